"""Killing the app mid-session loses nothing but the hold in progress."""

from __future__ import annotations

import signal
import sqlite3
import time

import pytest

from harness.app import running_holdpoint, write_routine

pytestmark = pytest.mark.system


def test_sigkill_during_a_session_keeps_every_finished_hold(home, tmp_path):
    routine = write_routine(tmp_path / "crash.toml", "Crash test", hold_s=15, reps=3)
    data = tmp_path / "data"
    log = tmp_path / "cues.log"
    args = ["--data-dir", str(data), "--routine", str(routine), "--start",
            "--speech-engine", "none", "--cue-log", str(log)]  # fmt: skip
    with running_holdpoint(args, home) as process:
        deadline = time.monotonic() + 60
        # The first hold ends (release) at 20 s; kill during the second one.
        while "release" not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the first hold never ended"
            time.sleep(0.1)
        time.sleep(7)  # well into the second hold
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    database = sqlite3.connect(data / "history.sqlite3")
    assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    holds = database.execute("SELECT zone, side, rep, outcome, actual_s FROM holds").fetchall()
    assert holds == [("piriformis", "left", 1, "completed", 15.0)]
    session = database.execute("SELECT routine, ended_at FROM sessions").fetchone()
    assert session == ("Crash test", None)  # started, never finished: the crash shows
