"""Keep the screen awake while a session runs: nobody on the floor should have to get up
to wake the screen. Each system has its own way (chosen by
:func:`holdpoint.platform_choices.keep_awake_method`); where there is none, or it fails,
the session runs anyway and ``problem`` says why the screen may blank.

* Linux and FreeBSD: the freedesktop ScreenSaver interface on the session D-Bus. The
  request is made on a connection of its own, and released by closing it: desktops drop
  the inhibitions of a peer that leaves the bus, which also covers a crash, and the
  UnInhibit call's unsigned cookie cannot be sent as such from PySide.
* Windows: ``SetThreadExecutionState``. Its state belongs to the calling thread, so
  :meth:`ScreenSaverInhibitor.inhibit` and ``release`` must both be called on the GUI
  thread (they are: the session host calls them from its signals). Windows drops it when
  the process ends.
* macOS: a ``caffeinate -d -i -w PID`` process, ended on release; ``-w`` makes it end by
  itself if the app dies.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from holdpoint import APP_NAME
from holdpoint.platform_choices import KeepAwake, keep_awake_method

if TYPE_CHECKING:  # QtDBus loads when the first session starts, not at start-up
    import subprocess

    from PySide6.QtDBus import QDBusInterface

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
_CONNECTION = "holdpoint-keep-screen-on"

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
_CAFFEINATE_WAIT_S = 1.0


def caffeinate_command(pid: int, program: str = "caffeinate") -> list[str]:
    """macOS: keep the display (-d) and the system (-i) awake until process ``pid`` ends."""
    return [program, "-d", "-i", "-w", str(pid)]


def windows_kernel32() -> Any:
    """Windows' kernel32, with SetThreadExecutionState's DWORD argument and result."""
    if sys.platform != "win32":
        raise OSError("kernel32 is only on Windows")
    import ctypes

    kernel32 = ctypes.windll.kernel32
    kernel32.SetThreadExecutionState.argtypes = [ctypes.c_uint32]
    kernel32.SetThreadExecutionState.restype = ctypes.c_uint32
    return kernel32


class ScreenSaverInhibitor:
    """``kernel32`` (Windows) and ``caffeinate`` (macOS) are replaceable for tests."""

    def __init__(
        self,
        method: KeepAwake | None = None,
        *,
        kernel32: Callable[[], Any] = windows_kernel32,
        caffeinate: str = "caffeinate",
    ) -> None:
        self.method = keep_awake_method() if method is None else method
        self.cookie: int | None = None  # freedesktop: held while not None
        self.problem = ""
        self._kernel32 = kernel32
        self._caffeinate_program = caffeinate
        self._caffeinate: subprocess.Popen[bytes] | None = None
        self._execution_state_set = False

    def inhibit(self, reason: str | None = None) -> bool:
        """Ask the system not to blank the screen; True if it agreed. ``reason`` is what
        the desktop may show of it (by default: a session is running)."""
        if self.method is KeepAwake.FREEDESKTOP:
            if reason is None:
                reason = QCoreApplication.translate(
                    "ScreenSaverInhibitor", "A guided massage session is running"
                )
            return self._inhibit_freedesktop(reason)
        if self.method is KeepAwake.WINDOWS_EXECUTION_STATE:
            return self._inhibit_windows()
        if self.method is KeepAwake.MACOS_CAFFEINATE:
            return self._inhibit_macos()
        self.problem = "This system gives Holdpoint no way to keep the screen on; it may blank."
        log.info("screen saver not inhibited: %s", self.problem)
        return False

    def release(self) -> None:
        """Let the screen saver work again (when the session ends)."""
        self._release_freedesktop()
        self._release_windows()
        self._release_macos()

    # ------------------------------------------------------------------ freedesktop

    def _interface(self) -> QDBusInterface | None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, _CONNECTION)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(_CONNECTION)
            self.problem = "There is no desktop session bus, so the screen may still blank."
            return None
        interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        if not interface.isValid():
            self.problem = "The desktop offers no screen-saver control; the screen may blank."
            return None
        return interface

    def _inhibit_freedesktop(self, reason: str) -> bool:
        if self.cookie is not None:
            return True
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        interface = self._interface()
        if interface is None:
            log.info("screen saver not inhibited: %s", self.problem)
            QDBusConnection.disconnectFromBus(_CONNECTION)
            return False
        reply = interface.call("Inhibit", APP_NAME, reason)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            self.problem = f"The desktop refused to keep the screen on: {reply.errorMessage()}"
            log.info("%s", self.problem)
            QDBusConnection.disconnectFromBus(_CONNECTION)
            return False
        self.cookie = int(reply.arguments()[0])
        self.problem = ""
        return True

    def _release_freedesktop(self) -> None:
        if self.cookie is None:
            return
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(_CONNECTION)
        self.cookie = None

    # ------------------------------------------------------------------ Windows

    def _set_execution_state(self, flags: int) -> bool:
        try:
            return bool(self._kernel32().SetThreadExecutionState(flags))
        except (OSError, AttributeError) as error:
            log.debug("SetThreadExecutionState(%#x) failed: %s", flags, error)
            return False

    def _inhibit_windows(self) -> bool:
        if self._execution_state_set:
            return True
        if not self._set_execution_state(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED):
            self.problem = "Windows did not agree to keep the screen on, so it may still blank."
            log.info("screen saver not inhibited: %s", self.problem)
            return False
        self._execution_state_set = True
        self.problem = ""
        return True

    def _release_windows(self) -> None:
        if not self._execution_state_set:
            return
        self._execution_state_set = False
        if not self._set_execution_state(ES_CONTINUOUS):
            log.info("could not let Windows blank the screen again")

    # ------------------------------------------------------------------ macOS

    def _inhibit_macos(self) -> bool:
        if self._caffeinate is not None and self._caffeinate.poll() is None:
            return True
        import subprocess

        command = caffeinate_command(os.getpid(), self._caffeinate_program)
        try:
            self._caffeinate = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except (OSError, ValueError) as error:
            self._caffeinate = None
            self.problem = "The caffeinate program did not start, so the screen may blank."
            log.info("screen saver not inhibited: %s (%s)", self.problem, error)
            return False
        self.problem = ""
        return True

    def _release_macos(self) -> None:
        process, self._caffeinate = self._caffeinate, None
        if process is None:
            return
        import subprocess

        process.terminate()  # nothing is sent if it has ended (it is reaped instead)
        try:
            process.wait(_CAFFEINATE_WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
