"""Holdpoint started in the tray (``--tray``, as at login), as real processes on X.

In the tray Holdpoint is light: no window, no History, no sound, no database, and its
memory stays within 1.6 times a bare PySide6 window's. A second start shows the window.
The test displays have no system tray host: --tray must start and stay light anyway.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from harness.app import app_env, run_holdpoint, running_holdpoint
from harness.proc import rss_mib, wait_for
from harness.xvfb import private_display

pytestmark = pytest.mark.system

#: How long after its start a process is measured: the issue's "two seconds after start",
#: with a second more for a slow machine to finish starting.
SETTLE_S = 3.0
ROUNDS = 3
MAX_RATIO = 1.6

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
app.exec()
"""

#: What the tray must not have loaded: History's charts, sound, the database.
HEAVY = ("numpy", "pyqtgraph", "libQt6Multimedia", "_sqlite3", "libQt6TextToSpeech")


def _rss_after_start(command: Sequence[str], home: Path, env: dict[str, str]) -> tuple[float, str]:
    """RSS (MiB) of ``command`` SETTLE_S after its start, and what it had mapped then."""
    process = subprocess.Popen(
        list(command),
        env=app_env(home, env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(SETTLE_S)
        assert process.poll() is None, process.communicate()[1]
        rss = rss_mib(process.pid)
        maps = Path(f"/proc/{process.pid}/maps").read_text()
    finally:
        process.kill()
        process.communicate(timeout=30)
    return rss, maps


def _visible_holdpoint_windows(display: str) -> list[str]:
    tool = shutil.which("xdotool")
    assert tool, "xdotool is not installed (Debian: xdotool)"
    result = subprocess.run(
        [tool, "search", "--onlyvisible", "--name", "^Holdpoint$"],
        capture_output=True, text=True, timeout=20, check=False,
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    return result.stdout.split()


def test_in_the_tray_holdpoint_is_light(tmp_path, home):
    """Measured in turns, bare window and tray, on the same display with the same Python
    and environment; the medians of three are compared."""
    with private_display() as display:
        env = {"DISPLAY": display}
        bare: list[float] = []
        tray: list[float] = []
        for round_ in range(ROUNDS):
            rss, _maps = _rss_after_start([sys.executable, "-c", BARE_WINDOW], home, env)
            bare.append(rss)
            data = tmp_path / f"data-{round_}"
            args = ["--tray", "--data-dir", str(data), "--speech-engine", "none"]
            rss, maps = _rss_after_start([sys.executable, "-m", "holdpoint", *args], home, env)
            tray.append(rss)
            assert [name for name in HEAVY if name in maps] == []
            assert _visible_holdpoint_windows(display) == []
            assert not (data / "history.sqlite3").exists()  # the history was not opened
    ratio = statistics.median(tray) / statistics.median(bare)
    print(
        f"tray RSS {statistics.median(tray):.1f} MiB {tray}, bare window "
        f"{statistics.median(bare):.1f} MiB {bare}: {ratio:.2f}x"
    )
    assert ratio <= MAX_RATIO, (tray, bare)


def test_a_second_start_shows_the_window_of_holdpoint_in_the_tray(tmp_path, home):
    data = tmp_path / "data"
    with private_display() as display:
        env = {"DISPLAY": display}
        args = ["--data-dir", str(data), "--speech-engine", "none"]
        with running_holdpoint(["--tray", *args], home, env=env) as first:
            wait_for(lambda: (data / "history.lock").exists(), 20, "no lock", first)
            time.sleep(1.0)  # listening
            assert _visible_holdpoint_windows(display) == []
            again = run_holdpoint(["--tray", *args], home, env=env, timeout=20)
            assert again.returncode == 0, again.stderr  # at login again: handed over
            time.sleep(0.5)
            assert _visible_holdpoint_windows(display) == []  # and nothing shown for it
            second = run_holdpoint(args, home, env=env, timeout=20)
            assert second.returncode == 0, second.stderr
            wait_for(lambda: _visible_holdpoint_windows(display), 20, "no window was shown", first)
            # No tray on this display: closing the window quits, as it always did.
            window = _visible_holdpoint_windows(display)[0]
            for command in (["windowfocus", window], ["key", "--window", window, "ctrl+q"]):
                subprocess.run(["xdotool", *command], timeout=20, check=False, capture_output=True,
                               env={"DISPLAY": display, "PATH": "/usr/bin:/bin"})  # fmt: skip
            assert first.wait(20) == 0
