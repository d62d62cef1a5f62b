"""A minute-long session in the real app, twice: once with a speech helper that stops
answering mid-session, once with no audio server at all. Each time the window keeps
counting (screenshots change every second), keys work, the session completes and is in
the history, the window says the voice is off, and no process is left behind.

Before the fix, speech-dispatcher blocked inside a C call holding Python's interpreter
lock, and the window froze for good at "11", when "ten seconds" was spoken."""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from harness.app import past_the_first_week, running_holdpoint, write_settings, write_steps
from harness.proc import command_line, descendants, wait_for
from harness.xvfb import private_display

pytestmark = pytest.mark.system

#: 10 s to get into position, then one 50 s hold: a minute.
STEPS = [("piriformis", "left", 50, 1, 5)]


def _screen(display: str) -> bytes:
    """The whole private display, as the person would see it (xwd's raw dump)."""
    return subprocess.run(["xwd", "-root", "-silent", "-display", display],
                          capture_output=True, timeout=10, check=True).stdout  # fmt: skip


def _log(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def _outcome(data: Path) -> str | None:
    """How the session in ``data``'s history ended, as far as it is written."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{data / 'history.sqlite3'}?mode=ro",
                                                uri=True, timeout=1)) as db:  # fmt: skip
            row = db.execute("SELECT outcome FROM sessions WHERE routine = 'A minute'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _helpers(pid: int) -> list[int]:
    return [child for child in descendants(pid) if "speech-helper" in command_line(child)]


def _window(display: str, pid: int) -> str:
    """The app's window on ``display``, once it is shown."""
    env = {**os.environ, "DISPLAY": display}
    search = ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(pid)]
    found = subprocess.run(search, capture_output=True, text=True, timeout=30, check=True, env=env)
    return found.stdout.split()[-1]


def _press(display: str, pid: int, key: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    window = _window(display, pid)
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True, timeout=10, env=env)
    subprocess.run(["xdotool", "key", key], check=True, timeout=10, env=env)


@pytest.mark.parametrize("fault", ["speech helper hangs", "no audio server"])
def test_a_minute_long_session_keeps_counting_whatever_the_audio_does(fault, pulse, home, tmp_path):
    routine = write_steps(tmp_path / "minute.toml", "A minute", STEPS)
    write_settings(home, get_ready_s=10)
    log = tmp_path / "cues.log"
    data = past_the_first_week(tmp_path / "data")  # holds of 50 s, not the first week's 30
    args = ["--data-dir", str(data), "--routine", str(routine), "--start",
            "--speech-engine", "speechd", "--cue-log", str(log)]  # fmt: skip
    env = {"PULSE_SERVER": "unix:/nonexistent/native"} if fault == "no audio server" else {}
    with (
        private_display() as display,
        running_holdpoint(args, home, env={**env, "DISPLAY": display}) as process,
    ):
        if fault == "speech helper hangs":
            # The helper speaks the first line, then stops answering (as a stuck
            # speech-dispatcher would): it is frozen, not gone.
            wait_for(lambda: "speech\t" in _log(log), 30, "the first spoken line", process)
            (helper,) = _helpers(process.pid)
            os.kill(helper, signal.SIGSTOP)
        else:  # nothing sounds: the window says so, and the hold starts after get-ready
            wait_for(lambda: "notice\t" in _log(log), 30, "the window's notice", process)
        _window(display, process.pid)
        time.sleep(11)  # 10 s to get into position: the hold has begun
        shots = []
        for _ in range(8):  # the countdown changes on screen every second
            shots.append(_screen(display))
            time.sleep(1.0)
        changes = sum(a != b for a, b in itertools.pairwise(shots))
        assert changes == len(shots) - 1, f"the screen changed {changes} of {len(shots) - 1} s"
        _press(display, process.pid, "space")  # pause: the screen stands still
        time.sleep(0.5)
        first = _screen(display)
        time.sleep(1.5)
        assert _screen(display) == first, "the countdown went on while paused"
        _press(display, process.pid, "space")  # and on again
        wait_for(lambda: _outcome(data) == "completed", 90, "the end of the session", process)
        notices = [line for line in _log(log).splitlines() if line.startswith("notice\t")]
        assert any("voice" in line.lower() or "spoken" in line.lower() for line in notices), notices
        assert not _helpers(process.pid), "a speech helper was left behind"
        assert "stall" not in _log(log)
        process.terminate()
        _out, errors = process.communicate(timeout=20)
    assert errors.strip() == "", errors[-2000:]
    with sqlite3.connect(data / "history.sqlite3") as db:
        (session, outcome) = db.execute(
            "SELECT id, outcome FROM sessions WHERE routine = 'A minute'"
        ).fetchone()
        holds = db.execute("SELECT outcome FROM holds WHERE session_id = ?", (session,)).fetchall()
    assert outcome == "completed" and holds == [("completed",)]
