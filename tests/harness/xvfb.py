"""Private X displays: a real X server (Xvfb) owned by one test or one benchmark run.

A test that drives a real window with synthetic key presses changes the X input focus;
on a private display that cannot disturb the in-process tests on the shared one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def private_display(size: str = "1280x800") -> Iterator[str]:
    """Start an Xvfb of ``size`` (24-bit colour), yield its DISPLAY value, stop it after."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is not installed (Debian: xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        number = reader.readline().strip()
    if not number:
        server.wait(10)
        raise RuntimeError("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def grab_screen(display: str, path: Path) -> None:
    """Save what ``display`` shows (its root window, every client's windows) as PNG."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication;"
        "app = QGuiApplication(['grab']);"
        "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)"
    )
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=60)
