"""Keep the screen awake while a session runs: nobody on the floor should have to get up
to wake the screen. Linux desktops offer this through the freedesktop ScreenSaver
interface on the session D-Bus; where there is none, the session runs anyway and the
reason is logged.

The request is made on a connection of its own, and released by closing it: desktops
drop the inhibitions of a peer that leaves the bus, which also covers a crash, and the
UnInhibit call's unsigned cookie cannot be sent as such from PySide.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from holdpoint import APP_NAME

if TYPE_CHECKING:  # QtDBus loads when the first session starts, not at start-up
    from PySide6.QtDBus import QDBusInterface

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
_CONNECTION = "holdpoint-keep-screen-on"


class ScreenSaverInhibitor:
    def __init__(self) -> None:
        self.cookie: int | None = None
        self.problem = ""

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

    def inhibit(self, reason: str = "A guided massage session is running") -> bool:
        """Ask the desktop not to blank the screen; True if it agreed."""
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

    def release(self) -> None:
        """Let the screen saver work again (when the session ends)."""
        if self.cookie is None:
            return
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(_CONNECTION)
        self.cookie = None
