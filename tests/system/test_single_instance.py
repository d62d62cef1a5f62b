"""One Holdpoint per history, with real processes on the test display: a second start
hands over and exits, a crash leaves nothing that blocks the next start, and two
processes can never hold the history at once."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from harness.app import app_env, run_holdpoint, running_holdpoint, write_routine
from harness.proc import wait_for

pytestmark = pytest.mark.system


def _first_window(data: Path, log: Path) -> list[str]:
    return ["--data-dir", str(data), "--speech-engine", "none", "--cue-log", str(log)]


def test_a_second_start_hands_its_routine_to_the_first_window_and_exits(home, tmp_path):
    data, log = tmp_path / "data", tmp_path / "first.log"
    routine = write_routine(tmp_path / "handed.toml", "Handed over", hold_s=15, reps=1)
    with running_holdpoint(_first_window(data, log), home) as first:
        wait_for(lambda: (data / "history.lock").exists(), 20, "no lock", first)
        time.sleep(1.5)  # the window is up and listening
        started = time.monotonic()
        second = run_holdpoint(
            ["--data-dir", str(data), "--routine", str(routine.relative_to(tmp_path)), "--start"],
            home,
            timeout=10,
            cwd=tmp_path,  # a relative path: the first window runs elsewhere
        )
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert took < 2.0, f"the second start took {took:.1f} s"
        assert second.stderr == ""
        # The first window started the routine it was handed: its cues begin.
        wait_for(
            lambda: log.exists() and "get_ready" in log.read_text(),
            15,
            "the routine never started",
            first,
        )
        assert first.poll() is None


def test_a_second_start_while_the_first_is_still_starting_waits_for_it(home, tmp_path):
    """A double click on the icon: the second start finds the lock taken before the first
    listens (its socket comes after its first paint: here 1.5 s late), waits, and hands
    over instead of refusing."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    first = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            from pathlib import Path
            from PySide6.QtCore import QCoreApplication, QTimer
            from holdpoint.instance import Instance, Request
            app = QCoreApplication([])
            instance = Instance(Path({str(data)!r}))
            assert instance.claim(Request())
            print("claimed", flush=True)
            def handed(request):
                print("handed", request.place, flush=True)
                QTimer.singleShot(100, app.quit)
            instance.requested.connect(handed)
            QTimer.singleShot(1500, instance.listen)
            app.exec()
            instance.release()
        """)],
        stdout=subprocess.PIPE,
        text=True,
        env=app_env(home),
    )  # fmt: skip
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "claimed"
        second = run_holdpoint(["--data-dir", str(data), "--place", "history"], home, timeout=20)
        assert second.returncode == 0, second.stderr
        assert second.stderr == ""
        assert first.stdout.readline().strip() == "handed history"
        assert first.wait(10) == 0
    finally:
        first.kill()
        first.communicate(timeout=10)


def test_a_stale_socket_and_lock_after_a_kill_do_not_block_the_next_start(home, tmp_path):
    data, log = tmp_path / "data", tmp_path / "first.log"
    with running_holdpoint(_first_window(data, log), home) as first:
        wait_for(lambda: (data / "history.lock").exists(), 20, "no lock", first)
        time.sleep(1.5)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert (data / "history.lock").exists()  # left behind by the crash
    log2 = tmp_path / "again.log"
    with running_holdpoint(_first_window(data, log2), home) as again:
        time.sleep(3)
        assert again.poll() is None, again.communicate()[1]  # it started and stays up
        # ...and it is the one that answers now.
        third = run_holdpoint(["--data-dir", str(data), "--place", "history"], home, timeout=10)
        assert third.returncode == 0 and third.stderr == "", third.stderr
        assert again.poll() is None


def test_two_processes_never_hold_the_history(home, tmp_path):
    """A process that holds the history's lock but does not answer (here a bare
    QLockFile): a window refuses with one line, and so does demo-history."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from PySide6.QtCore import QLockFile
            lock = QLockFile({str(data / "history.lock")!r})
            assert lock.tryLock(0)
            print("locked", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE,
        text=True,
        env=app_env(home),
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        window = run_holdpoint(["--data-dir", str(data)], home, timeout=20)
        assert window.returncode == 1
        assert window.stderr.strip() == (
            f"holdpoint: another Holdpoint (process {holder.pid}) is using this history "
            "and does not answer"
        )
        demo = run_holdpoint(["demo-history", "--data-dir", str(data)], home, timeout=20)
        assert demo.returncode == 1 and "close it first" in demo.stderr
        assert not (data / "history.sqlite3").exists()  # nothing was written
    finally:
        holder.kill()
        holder.communicate(timeout=10)  # closes its pipe too
    # Once the holder is gone, its lock is stale and the next start takes it.
    demo = run_holdpoint(["demo-history", "--data-dir", str(data), "--years", "0.1"], home,
                         timeout=60)  # fmt: skip
    assert demo.returncode == 0, demo.stderr
