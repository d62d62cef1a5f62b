"""A stand-in for the desktop's ScreenSaver service on a private session bus.

Run as a program: ``python fake_screensaver.py LOGFILE``. It registers
org.freedesktop.ScreenSaver, answers Inhibit with a cookie and records every call in
LOGFILE, one line each. The desktop's real service cannot exist on a test machine.
"""

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class Saver(QObject):
    def __init__(self, log_path: str) -> None:
        super().__init__()
        self.log_path = log_path
        self.next_cookie = 41

    def _log(self, line: str) -> None:
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(line + "\n")

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self.next_cookie += 1
        self._log(f"Inhibit {application} {self.next_cookie} {reason}")
        return self.next_cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self._log(f"UnInhibit {cookie}")


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    saver = Saver(sys.argv[1])
    bus = QDBusConnection.sessionBus()
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not bus.registerObject("/org/freedesktop/ScreenSaver", saver, options):
        return 1
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        return 2
    saver._log("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
