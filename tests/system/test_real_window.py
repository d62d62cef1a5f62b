"""The real app in a real window on its own X display, driven by real key presses."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from harness.app import running_holdpoint
from harness.images import assert_real_picture, load_png
from harness.xvfb import grab_screen, private_display

pytestmark = pytest.mark.system


def _xdotool(display: str, *args: str) -> str:
    tool = shutil.which("xdotool")
    assert tool, "xdotool is not installed (Debian: xdotool)"
    result = subprocess.run(
        [tool, *args],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
    )
    return result.stdout.strip() if result.returncode == 0 else ""


def _wait_for_window(display: str, process: subprocess.Popen[str], timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        found = _xdotool(display, "search", "--onlyvisible", "--name", "^Holdpoint$")
        if found:
            return found.splitlines()[0]
        time.sleep(0.1)
    raise AssertionError("the Holdpoint window never appeared")


def test_window_opens_switches_place_by_key_and_quits(home, data_dir, tmp_path):
    with (
        private_display() as display,
        running_holdpoint(["--data-dir", str(data_dir)], home, env={"DISPLAY": display}) as process,
    ):
        window_id = _wait_for_window(display, process)
        _xdotool(display, "windowfocus", window_id)
        # A real display: the window is mapped before it is painted. Look until it shows.
        deadline = time.monotonic() + 20
        while True:
            grab_screen(display, tmp_path / "screen.png")
            try:
                assert_real_picture(load_png(tmp_path / "screen.png"), min_colours=150)
                break
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        _xdotool(display, "key", "--window", window_id, "ctrl+3")
        _xdotool(display, "key", "--window", window_id, "ctrl+q")
        assert process.wait(20) == 0
    settings = (home / "config" / "Holdpoint" / "settings.ini").read_text()
    assert "place=history" in settings


def test_a_first_start_asks_the_health_check_before_anything_else(home, data_dir):
    """A new person: the health check opens over the window by itself (the tools and the
    tour follow it); cancelled, it is asked again at the next start."""
    with (
        private_display() as display,
        running_holdpoint(
            ["--data-dir", str(data_dir)], home, env={"DISPLAY": display}, health_checked=False
        ) as process,
    ):
        window_id = _wait_for_window(display, process)
        deadline = time.monotonic() + 20
        check = ""
        while not check:
            assert time.monotonic() < deadline, "the health check never opened"
            check = _xdotool(display, "search", "--onlyvisible", "--name", "^Health check$")
            time.sleep(0.1)
        _xdotool(display, "windowfocus", check.splitlines()[0])
        _xdotool(display, "key", "Escape")  # cancelled: nothing after it
        while _xdotool(display, "search", "--onlyvisible", "--name", "^Health check$"):
            assert time.monotonic() < deadline + 10, "Esc did not close the health check"
            time.sleep(0.1)
        _xdotool(display, "windowfocus", window_id)
        _xdotool(display, "key", "ctrl+q")
        assert process.wait(20) == 0
        assert process.stderr is not None and process.stderr.read() == ""
    settings = (home / "config" / "Holdpoint" / "settings.ini").read_text()
    assert "tour_seen=true" not in settings  # not yet: it follows the health check
