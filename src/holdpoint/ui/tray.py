"""Holdpoint in the system tray: the icon, its menu, and reminders at the chosen times.

:class:`Tray` checks the reminders (:func:`holdpoint.core.reminders.due`) once a minute
on the wall clock, so a computer waking from sleep is noticed within a minute, and once
more at the exact time of the next reminder. A reminder is a desktop notification: on
Linux and the BSDs through the freedesktop.org notification service on the session D-Bus
where there is one (clicking it works even without a tray), else the tray icon's message.
Clicking it, or the menu's "Start last routine", asks for the window with the last
routine ready (:attr:`Tray.startRequested`; the composition root does it).

Where the desktop has no system tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is
False, e.g. a bare X server), there is no icon, closing the window quits as before, and
reminders come only while the window is open.

QtDBus is imported at the first reminder, never at start-up: Holdpoint in the tray stays
light.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

from holdpoint import APP_NAME
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import Preferences
from holdpoint.core.reminders import ReminderPlan, due, next_slot, parse_fired, previous_slot
from holdpoint.platform_choices import Notifications, notification_method
from holdpoint.ui import icons

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

#: The notification's title (marked in the context "Tray"; shown through :func:`localized`).
TITLE = QT_TRANSLATE_NOOP("Tray", "Time for Holdpoint")
#: How often the wall clock is compared with the reminders (and a wake from sleep seen).
CHECK_MS = 60_000
#: Sizes the tray icon is drawn at: what trays ask for, from a 16 px panel to HiDPI.
ICON_SIZES = (16, 22, 24, 32, 48, 64)
#: How long the notification service may take to answer, in milliseconds.
NOTIFY_TIMEOUT_MS = 2000

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"  # clicking the notification itself


def reminder_text(slot: dt.datetime) -> str:
    """The notification's text for the reminder of ``slot``, in the chosen language."""
    return QCoreApplication.translate(
        "Tray", "Your {time} reminder. Click to open {app} with your last routine ready."
    ).format(time=f"{slot:%H:%M}", app=APP_NAME)


def tray_icon() -> QIcon:
    """Holdpoint's icon as plain pixmaps (trays, and the D-Bus tray protocol, ask for
    sizes, not for an icon engine)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(icons.render("holdpoint", QSize(size, size))))
    return icon


class Notifier(QObject):
    """Shows a reminder as a desktop notification and reports a click on it."""

    #: The person clicked the notification (or its button).
    clicked = Signal()

    def __init__(
        self,
        icon: QSystemTrayIcon,
        method: Notifications | None = None,
        bus: Callable[[], QDBusConnection] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon = icon
        self._method = notification_method() if method is None else method
        self._bus = bus
        self._interface: QDBusInterface | None = None
        self._receiver: QObject | None = None
        self._ids: set[int] = set()
        self.via = ""  # how the last notification went: "freedesktop", "tray" or ""
        icon.messageClicked.connect(self.clicked)

    def notify(self, title: str, text: str) -> bool:
        """Show ``title`` and ``text``; False if there was no way to."""
        if self._method is Notifications.FREEDESKTOP and self._freedesktop(title, text):
            self.via = "freedesktop"
        elif self._icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self._icon.showMessage(title, text, self._icon.icon())
            self.via = "tray"
        else:
            self.via = ""
        return bool(self.via)

    def _connect(self) -> QDBusInterface | None:
        """The notification service, once; None if the session has none."""
        if self._interface is not None:
            return self._interface
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = self._bus() if self._bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no session D-Bus: reminders come from the tray icon")
            return None
        interface = QDBusInterface(SERVICE, PATH, SERVICE, bus, self)
        if not interface.isValid():
            log.info("no desktop notification service: reminders come from the tray icon")
            return None
        interface.setTimeout(NOTIFY_TIMEOUT_MS)
        self._receiver = _action_receiver(self._invoked, self)
        bus.connect(SERVICE, PATH, SERVICE, "ActionInvoked", self._receiver,  # type: ignore[call-overload]
                    "1invoked(QDBusMessage)")  # fmt: skip
        self._interface = interface
        return interface

    def _freedesktop(self, title: str, text: str) -> bool:
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject

        interface = self._connect()
        if interface is None:
            return False
        # Through the introspected interface, so that Qt sends the types the service
        # expects (replaces_id is a D-Bus uint32, which a Python int is not).
        try:
            ident = QMetaObject.invokeMethod(
                interface, "Notify", Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"), Q_ARG(str, APP_NAME), Q_ARG("uint", 0),
                Q_ARG(str, "holdpoint"), Q_ARG(str, title), Q_ARG(str, text),
                Q_ARG("QStringList", [DEFAULT_ACTION, self.tr("Get my routine ready")]),
                Q_ARG("QVariantMap", {"desktop-entry": "holdpoint"}), Q_ARG(int, -1),
            )  # fmt: skip
        except (RuntimeError, TypeError) as error:
            log.info("the desktop notification service refused a reminder: %s", error)
            return False
        if not isinstance(ident, int) or not ident:
            log.info("the desktop notification service did not show a reminder")
            return False
        self._ids.add(ident)
        return True

    def _invoked(self, arguments: list[Any]) -> None:
        if len(arguments) == 2 and arguments[0] in self._ids:  # ours, not another app's
            self._ids.discard(arguments[0])
            self.clicked.emit()


def _action_receiver(callback: Callable[[list[Any]], None], parent: QObject) -> QObject:
    """A QObject whose ``invoked(QDBusMessage)`` slot gives ``callback`` the arguments
    (built here: naming QDBusMessage imports QtDBus)."""
    from PySide6.QtCore import Slot
    from PySide6.QtDBus import QDBusMessage

    class Receiver(QObject):
        @Slot(QDBusMessage)
        def invoked(self, message: QDBusMessage) -> None:
            callback(list(message.arguments()))

    return Receiver(parent)


class Tray(QObject):
    """The tray icon, its menu and the reminder timers.

    ``prefs`` gives the current preferences (the settings may change them at any time);
    ``change(**changes)`` keeps and saves a change (the last reminder given). ``now`` is
    the wall clock, ``available`` whether the desktop has a tray and ``window_shown``
    whether the window is on screen: all replaceable by tests.
    """

    openRequested = Signal()
    #: "Start last routine", or a reminder was clicked.
    startRequested = Signal()
    quitRequested = Signal()
    #: A reminder was due: its slot (datetime), and whether a notification showed it.
    reminded = Signal(object, bool)

    def __init__(
        self,
        prefs: Callable[[], Preferences],
        change: Callable[..., None],
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        window_shown: Callable[[], bool] = lambda: False,
        notifier: Notifier | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._change = change
        self._now = now
        self._available = available
        self._window_shown = window_shown
        self._plan: ReminderPlan = prefs().reminders
        self._in_tray = False
        self._was_available = False
        self._said_no_tray = False

        self.icon = QSystemTrayIcon(tray_icon(), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()  # a tray menu has no parent widget; the tray owns it
        self.destroyed.connect(self.menu.deleteLater)
        self.open_action = self._add(self.tr("&Open Holdpoint"), self.openRequested)
        self.start_action = self._add(self.tr("&Start last routine"), self.startRequested)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("&Quit Holdpoint"), self.quitRequested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.notifier = notifier if notifier is not None else Notifier(self.icon, parent=self)
        self.notifier.clicked.connect(self.startRequested)

        #: Checks the wall clock every minute: timers stand still while the computer sleeps.
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_MS)
        self.check_timer.timeout.connect(self.check)
        #: Fires at the next reminder's time (re-armed at every check).
        self.slot_timer = QTimer(self)
        self.slot_timer.setSingleShot(True)
        self.slot_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.slot_timer.timeout.connect(self.check)

    def _add(self, text: str, signal: Any) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(signal)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openRequested.emit()

    @property
    def plan(self) -> ReminderPlan:
        """The reminders as last checked."""
        return self._plan

    def available(self) -> bool:
        """Whether the desktop shows tray icons."""
        return bool(self._available())

    def start(self) -> None:
        """Start checking: now, then every minute and at each reminder's time."""
        self.check_timer.start()
        self.check()

    def close(self) -> None:
        """Stop the timers and take the icon away (Holdpoint quits)."""
        self.check_timer.stop()
        self.slot_timer.stop()
        self.icon.hide()

    def set_in_tray(self, in_tray: bool) -> None:
        """The window was put away to the tray (True), or shown again (False)."""
        self._in_tray = in_tray
        self._update_icon()

    def _update_icon(self) -> bool:
        """Show the icon while Holdpoint is in the tray or has reminders to give, where
        there is a tray; returns whether there is one."""
        available = self.available()
        wanted = available and (self._in_tray or self._plan.active)
        if available and not self._was_available and self.icon.isVisible():
            self.icon.hide()  # a tray that came up after us (at login): show us there anew
        self._was_available = available
        self.icon.setVisible(wanted)
        return available

    def check(self) -> dt.datetime | None:
        """Give the reminder that is due now, if any (and return its slot); arm the timer
        for the next one."""
        prefs = self._prefs()
        plan, now = prefs.reminders, self._now()
        last = prefs.last_reminder
        if plan != self._plan:
            self._plan = plan
            last = self._skip_passed(plan, last, now)
        available = self._update_icon()
        slot = None
        if available or self._window_shown():
            slot = due(plan, parse_fired(last), now)
        elif plan.active and not self._said_no_tray:
            self._said_no_tray = True
            log.info("no system tray: reminders come only while the window is open")
        if slot is not None:
            self._change(last_reminder=slot.isoformat(timespec="minutes"))
            shown = self.notifier.notify(localized("Tray", TITLE), reminder_text(slot))
            self.reminded.emit(slot, shown)
        self._arm(plan, now)
        return slot

    def _skip_passed(self, plan: ReminderPlan, last: str, now: dt.datetime) -> str:
        """Reminders just chosen start from now: a time that has just passed is not
        "missed". Returns the last reminder (stored) from now on."""
        passed = previous_slot(plan, now)
        fired = parse_fired(last)
        if passed is not None and (fired is None or fired < passed):
            last = passed.isoformat(timespec="minutes")
            self._change(last_reminder=last)
        return last

    def _arm(self, plan: ReminderPlan, now: dt.datetime) -> None:
        slot = next_slot(plan, now)
        if slot is None:
            self.slot_timer.stop()
            return
        # A little after the minute, never early: due() must already see the slot.
        milliseconds = int((slot - now).total_seconds() * 1000) + 50
        self.slot_timer.start(max(milliseconds, 0))


def ask_keep_in_tray(parent: QWidget) -> bool:
    """The one-time question when the window is first closed with reminders set."""
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "Tray",
            "Keep Holdpoint in the tray for reminders?\n\n"
            "It then keeps running after you close the window, and reminds you at the times "
            "you chose. You can change this in Settings.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
