"""A private D-Bus session bus, and the stand-in ScreenSaver service on it."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

FAKE_SCREENSAVER = Path(__file__).with_name("fake_screensaver.py")
FAKE_NOTIFICATIONS = Path(__file__).with_name("fake_notifications.py")


def peers(address: str) -> set[str]:
    """The unique names of the connections on the bus at ``address`` now."""
    result = subprocess.run(
        ["dbus-send", f"--bus={address}", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"],
        capture_output=True, text=True, check=True, timeout=20,
    )  # fmt: skip
    return {word.strip('"') for word in result.stdout.split() if word.startswith('":')}


@contextlib.contextmanager
def session_bus_with_screensaver(log: Path) -> Iterator[str]:
    """Yield the address of a new session bus where a fake ScreenSaver logs to ``log``."""
    with _session_bus_with(FAKE_SCREENSAVER, log) as address:
        yield address


@contextlib.contextmanager
def session_bus_with_notifications(log: Path) -> Iterator[str]:
    """Yield the address of a new session bus where a fake notification service logs
    to ``log`` (and clicks each notification; see fake_notifications.py)."""
    with _session_bus_with(FAKE_NOTIFICATIONS, log) as address:
        yield address


@contextlib.contextmanager
def _session_bus_with(service_program: Path, log: Path) -> Iterator[str]:
    """A new session bus with the stand-in service ``service_program`` logging to ``log``."""
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is not installed (Debian: dbus-daemon)"
    read_end, write_end = os.pipe()
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", f"--print-address={write_end}"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as reader:
        address = reader.readline().strip()
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen")
    service = subprocess.Popen([sys.executable, str(service_program), str(log)], env=env)
    try:
        deadline = time.monotonic() + 20
        while "ready" not in (log.read_text() if log.exists() else ""):
            name = service_program.stem
            assert service.poll() is None, f"the stand-in {name} did not start"
            assert time.monotonic() < deadline, f"the stand-in {name} never got ready"
            time.sleep(0.05)
        yield address
    finally:
        for process in (service, bus):
            process.terminate()
            process.wait(10)
