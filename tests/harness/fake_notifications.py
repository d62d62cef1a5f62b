"""A stand-in for the desktop's notification service on a private session bus.

Run as a program: ``python fake_notifications.py LOGFILE``. It registers
org.freedesktop.Notifications with the specification's exact types (a call with other
types finds no method, as with a real service), records every Notify in LOGFILE, and
"clicks" each notification a moment later: first another application's one (an id that
is not the caller's), then the caller's, with the ``default`` action.
"""

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

CLICK_AFTER_MS = 200


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    ActionInvoked = Signal("uint", str)

    def __init__(self, log_path: str) -> None:
        super().__init__()
        self.log_path = log_path
        self.last_id = 0

    def log(self, line: str) -> None:
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(line + "\n")

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces_id, icon, summary, body, actions, hints, timeout):
        self.last_id += 1
        ident = self.last_id
        call = {"app": app, "replaces_id": replaces_id, "icon": icon, "summary": summary,
                "body": body, "actions": list(actions), "hints": dict(hints),
                "timeout": timeout, "id": ident}  # fmt: skip
        self.log("Notify " + json.dumps(call))
        QTimer.singleShot(CLICK_AFTER_MS, lambda: self.click(ident))
        return ident

    def click(self, ident: int) -> None:
        self.ActionInvoked.emit(ident + 1000, "default")  # someone else's notification
        self.ActionInvoked.emit(ident, "default")
        self.log(f"clicked {ident}")

    @Slot(result="QStringList")
    def GetCapabilities(self):
        return ["body", "actions"]


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    service = Notifications(sys.argv[1])
    bus = QDBusConnection.sessionBus()
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not bus.registerObject("/org/freedesktop/Notifications", service, options):
        return 1
    if not bus.registerService("org.freedesktop.Notifications"):
        return 2
    service.log("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
