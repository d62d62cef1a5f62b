"""Private by construction, checked on a real run: no internet socket is ever opened (a
session with the real voice, History, export, the PDF report, all under strace), and
every file Holdpoint leaves is readable by the person only (0600, folders 0700)."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.app import app_env, write_routine

pytestmark = pytest.mark.system

STRACE = shutil.which("strace")


def _traced(home: Path, trace: Path, args: list[str], timeout: float = 90) -> None:
    """Run ``holdpoint ARGS`` and every process it starts under strace."""
    assert STRACE, "strace is missing (./dev test installs it)"
    command = [STRACE, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace),
               sys.executable, "-m", "holdpoint", *args]  # fmt: skip
    result = subprocess.run(command, env=app_env(home), capture_output=True, text=True,
                            timeout=timeout)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_no_internet_socket_and_every_file_private(home, tmp_path, pulse):
    data, log = tmp_path / "data", tmp_path / "cues.log"
    routine = write_routine(tmp_path / "short.toml", "Private", hold_s=15, reps=1)
    traces = []
    # A short session with the real voice (speech-dispatcher is started for it), then quit.
    trace = tmp_path / "session.trace"
    traces.append(trace)
    assert STRACE
    session = subprocess.Popen(
        [STRACE, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), sys.executable,
         "-m", "holdpoint", "--data-dir", str(data), "--routine", str(routine), "--start",
         "--speech-engine", "speechd", "--cue-log", str(log)],
        env=app_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while "session_done" not in (log.read_text() if log.exists() else ""):
            assert session.poll() is None, session.communicate()[1]
            assert time.monotonic() < deadline, "the session never finished"
            time.sleep(0.2)
    finally:
        # The app itself (not strace, which would only detach): the window closes.
        pattern = f"^{sys.executable} -m holdpoint --data-dir {data} "
        subprocess.run(["pkill", "-TERM", "-f", pattern], check=False)
        session.communicate(timeout=30)
    for name, args in {
        "history": ["--data-dir", str(data), "--screenshot", str(tmp_path / "h.png"),
                    "--place", "history"],
        "export": ["export", "--csv", str(tmp_path / "out" / "history.csv"), "--data-dir",
                   str(data)],
        "report": ["report", "--pdf", str(tmp_path / "out" / "report.pdf"), "--data-dir",
                   str(data)],
    }.items():  # fmt: skip
        (tmp_path / "out").mkdir(exist_ok=True)
        traces.append(tmp_path / f"{name}.trace")
        _traced(home, traces[-1], args)

    families = set()
    for path in traces:
        families |= set(re.findall(r"socket\((AF_\w+)", path.read_text()))
    assert "AF_UNIX" in families  # the trace saw sockets at all (X, D-Bus, audio, speech)
    assert not families & {"AF_INET", "AF_INET6"}, families

    created = [data, *data.rglob("*"), *(home / "config").rglob("*"), tmp_path / "h.png",
               *(home / "state").rglob("*"), *(tmp_path / "out").iterdir()]  # fmt: skip
    loose = [
        f"{path}: {oct(path.stat().st_mode & 0o777)}"
        for path in created
        if path.exists() and not path.is_symlink()
        and path.stat().st_mode & 0o777 != (0o700 if path.is_dir() else 0o600)
    ]  # fmt: skip
    assert loose == []
    assert any(p.name.startswith("history-") for p in (data / "backups").iterdir())
    assert (home / "state" / "Holdpoint" / "log" / "holdpoint.log").is_file()
    assert stat.S_IMODE((home / "config" / "Holdpoint" / "settings.ini").stat().st_mode) == 0o600
