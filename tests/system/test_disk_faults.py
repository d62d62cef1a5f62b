"""The data folder on a real small file system (a 600 KiB tmpfs) that fills up in the
middle of a session in the real app: the session goes on, the window says so in plain
words, and once there is space again every finished hold is in the history, in order,
with no partial backup left.

A file system turning read-only under an open database cannot be made here (the kernel
refuses to remount a file system with files open for writing: "mount point is busy");
tests/unit/test_recorder.py injects that error at the storage boundary instead."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from harness.app import past_the_first_week, running_holdpoint, write_routine
from harness.proc import wait_for

pytestmark = pytest.mark.system


@contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k,mode=0700", "tmpfs",
                              str(folder)], capture_output=True, text=True)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(disk: Path) -> Path:
    """Take every free byte of ``disk``."""
    filler = disk / "filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=4k"], capture_output=True)
    return filler


def _log(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def test_a_full_disk_mid_session_loses_no_hold(home, tmp_path):
    routine = write_routine(tmp_path / "disk.toml", "Disk check", hold_s=15, reps=3, rest_s=5)
    log = tmp_path / "cues.log"
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        past_the_first_week(data)
        args = ["--data-dir", str(data), "--routine", str(routine), "--start",
                "--speech-engine", "none", "--cue-log", str(log)]  # fmt: skip
        with running_holdpoint(args, home) as app:
            wait_for(lambda: "sound\trelease" in _log(log), 60,
                  "the first hold never ended", app)  # fmt: skip
            filler = _fill(disk)
            wait_for(lambda: "could not be saved" in _log(log), 40, "no word of the fault", app)
            time.sleep(8)  # a hold ends while the fault lasts
            filler.unlink()
            wait_for(lambda: "session_done" in _log(log), 90, "the session never finished", app)
            wait_for(lambda: "Everything from this session is saved now" in _log(log), 30,
                  "the kept holds were never saved", app)  # fmt: skip
            assert app.poll() is None
        with sqlite3.connect(data / "history.sqlite3") as db:
            holds = db.execute(
                "SELECT rep, holds.outcome FROM holds JOIN sessions ON sessions.id = session_id "
                "WHERE routine = 'Disk check' ORDER BY holds.id"
            ).fetchall()
        assert holds == [(1, "completed"), (2, "completed"), (3, "completed")]
        assert not list((data / "backups").glob("*.partial"))
