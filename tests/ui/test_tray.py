"""The tray and its reminders, on a fake wall clock (no test waits for a real minute):
reminders come at the chosen times, once each; closing keeps Holdpoint in the tray when
the person said so; Quit ends a session as stopped; a click gets the last routine ready;
the desktop notification service is called with the types it expects."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from harness.dbus import session_bus_with_notifications
from holdpoint.core.preferences import KeepInTray, Place, Preferences
from holdpoint.core.reminders import ReminderDays, ReminderTimes
from holdpoint.core.routine import SideOrder
from holdpoint.instance import Request
from holdpoint.platform_choices import Notifications
from holdpoint.settings import SettingsStore
from holdpoint.ui.tray import CHECK_MS, TITLE, Notifier, Tray

MONDAY = dt.date(2026, 3, 2)
WEEKDAYS = {
    "reminder_days": ReminderDays("mon,tue,wed,thu,fri"),
    "reminder_times": ReminderTimes("08:00,20:00"),
}


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second))


class WallClock:
    """The wall clock the tray reads, moved by the test."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class Kept:
    """The preferences as the window keeps them: read, and changed."""

    def __init__(self, prefs: Preferences) -> None:
        self.prefs = prefs

    def __call__(self) -> Preferences:
        return self.prefs

    def change(self, **changes: object) -> None:
        self.prefs = self.prefs.replace(**changes)


class FakeNotifier(QObject):
    """Records each notification instead of showing it."""

    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []
        self.works = True

    def notify(self, title: str, text: str) -> bool:
        self.shown.append((title, text))
        return self.works


@pytest.fixture
def trays():
    """Trays made by a test, closed and deleted after it (they belong to the app)."""
    made: list[Tray] = []
    yield made
    for tray in made:
        tray.close()
        tray.deleteLater()
    QApplication.processEvents()


def make_tray(trays, kept, clock, available=True, window_shown=False):
    notifier = FakeNotifier()
    tray = Tray(kept, kept.change, now=clock, available=lambda: available,
                window_shown=lambda: window_shown, notifier=notifier)  # fmt: skip
    trays.append(tray)
    fired: list[dt.datetime] = []
    tray.reminded.connect(lambda slot, _shown: fired.append(slot))
    return tray, notifier, fired


def test_reminders_fire_at_the_chosen_times_once_each(qapp, trays):
    clock = WallClock(at(MONDAY, 7, 0))
    kept = Kept(Preferences(**WEEKDAYS))
    tray, notifier, fired = make_tray(trays, kept, clock)
    tray.start()
    assert fired == [] and tray.check_timer.isActive()
    assert tray.check_timer.interval() == CHECK_MS
    # Armed for the minute itself (and a hair after), not for the next minute's check.
    assert tray.slot_timer.isActive() and tray.slot_timer.interval() == 3600 * 1000 + 50

    clock.now = at(MONDAY, 8, 0, 0)
    tray.slot_timer.timeout.emit()  # as the timer would
    assert fired == [at(MONDAY, 8)]
    assert notifier.shown == [(TITLE, notifier.shown[0][1])] and "08:00" in notifier.shown[0][1]
    assert kept.prefs.last_reminder == "2026-03-02T08:00"  # a restart will not repeat it
    assert tray.slot_timer.interval() == 12 * 3600 * 1000 + 50

    for minute in range(1, 120):  # the minute checks that follow give nothing more
        clock.now = at(MONDAY, 8) + dt.timedelta(minutes=minute)
        tray.check_timer.timeout.emit()
    assert fired == [at(MONDAY, 8)]

    clock.now = at(MONDAY, 20, 0, 40)  # checked 40 s late: still that reminder
    tray.check()
    assert fired == [at(MONDAY, 8), at(MONDAY, 20)]

    # Friday evening to Monday morning: nothing at the weekend.
    clock.now = at(MONDAY, 20) + dt.timedelta(days=4)
    tray.check()
    for hour in range(21, 81):  # to Monday 08:00
        clock.now = at(MONDAY + dt.timedelta(days=4), 20) + dt.timedelta(hours=hour - 20)
        tray.check()
    assert [slot.weekday() for slot in fired] == [0, 0, 4, 0]
    assert len(notifier.shown) == len(fired) == 4


def test_after_a_sleep_one_reminder_at_most_and_only_within_the_hour(qapp, trays):
    clock = WallClock(at(MONDAY, 9))
    kept = Kept(Preferences(**WEEKDAYS, last_reminder="2026-03-02T08:00"))
    tray, _notifier, fired = make_tray(trays, kept, clock)
    tray.start()
    assert fired == []  # 08:00 was given before a restart
    clock.now = at(MONDAY + dt.timedelta(days=2), 20, 40)  # woke on Wednesday evening
    tray.check_timer.timeout.emit()  # the first check after waking sees the wall clock
    assert fired == [at(MONDAY + dt.timedelta(days=2), 20)]  # one, not five
    clock.now = at(MONDAY + dt.timedelta(days=4), 22, 0)  # asleep again, woke too late
    tray.check()
    assert len(fired) == 1


def test_reminders_just_chosen_start_from_now(qapp, trays):
    clock = WallClock(at(MONDAY, 8, 30))
    kept = Kept(Preferences())
    tray, _notifier, fired = make_tray(trays, kept, clock)
    tray.start()
    kept.change(**WEEKDAYS)  # chosen in Settings at 08:30
    tray.check()
    assert fired == []  # 08:00 is not "missed"
    clock.now = at(MONDAY, 20)
    tray.check()
    assert fired == [at(MONDAY, 20)]


def test_without_a_tray_reminders_come_only_while_the_window_is_open(qapp, trays, caplog):
    clock = WallClock(at(MONDAY, 7))
    kept = Kept(Preferences(**WEEKDAYS))
    with caplog.at_level(logging.INFO, "holdpoint.ui.tray"):
        tray, _notifier, fired = make_tray(trays, kept, clock, available=False)
        tray.start()
        clock.now = at(MONDAY, 8, 1)
        tray.check()
        tray.check()
    assert fired == [] and not tray.icon.isVisible()
    notes = [r.message for r in caplog.records if "no system tray" in r.message]
    assert notes == ["no system tray: reminders come only while the window is open"]
    shown_tray, _notifier, shown_fired = make_tray(trays, kept, clock, False, window_shown=True)
    shown_tray.start()
    assert shown_fired == [at(MONDAY, 8)]


def test_the_icon_is_there_while_in_the_tray_or_with_reminders_set(qapp, trays):
    kept = Kept(Preferences())
    tray, _notifier, _fired = make_tray(trays, kept, WallClock(at(MONDAY, 7)))
    tray.start()
    assert not tray.icon.isVisible()
    tray.set_in_tray(True)
    assert tray.icon.isVisible()
    tray.set_in_tray(False)
    assert not tray.icon.isVisible()
    kept.change(**WEEKDAYS)
    tray.check()
    assert tray.icon.isVisible()
    assert tray.icon.toolTip() == "Holdpoint" and not tray.icon.icon().isNull()


def test_the_menu_and_a_click_on_the_reminder_ask_for_the_window(qapp, qtbot, trays):
    tray, notifier, _fired = make_tray(trays, Kept(Preferences()), WallClock(at(MONDAY, 7)))
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == ["&Open Holdpoint", "&Start last routine", "&Quit Holdpoint"]
    with qtbot.waitSignal(tray.openRequested, timeout=1000):
        tray.open_action.trigger()
    with qtbot.waitSignal(tray.startRequested, timeout=1000):
        tray.start_action.trigger()
    with qtbot.waitSignal(tray.startRequested, timeout=1000):
        notifier.clicked.emit()  # the notification was clicked
    with qtbot.waitSignal(tray.quitRequested, timeout=1000):
        tray.quit_action.trigger()


# ---------------------------------------------------------------- the desktop's service


def test_the_notification_service_gets_its_own_types_and_its_click_comes_back(
    qapp, qtbot, tmp_path, trays
):
    from PySide6.QtDBus import QDBusConnection

    log = tmp_path / "notifications.log"
    with session_bus_with_notifications(log) as address:
        name = "holdpoint-test-notifications"
        tray, _fake, _fired = make_tray(trays, Kept(Preferences()), WallClock(at(MONDAY, 7)))
        bus = QDBusConnection.connectToBus(address, name)
        try:
            notifier = Notifier(tray.icon, Notifications.FREEDESKTOP, lambda: bus)
            clicks: list[bool] = []
            notifier.clicked.connect(lambda: clicks.append(True))
            with qtbot.waitSignal(notifier.clicked, timeout=5000):
                assert notifier.notify(TITLE, "Your 08:00 reminder.")
            assert notifier.via == "freedesktop"
            qtbot.wait(300)  # D-Bus messages, not a clock: another app's click came first
            assert clicks == [True]  # ours once; the other application's is not ours
            lines = log.read_text().splitlines()
            calls = [json.loads(line[7:]) for line in lines if line.startswith("Notify ")]
            assert len(calls) == 1
            call = calls[0]
            assert call["app"] == "Holdpoint" and call["summary"] == TITLE
            assert call["replaces_id"] == 0 and call["actions"][0] == "default"
            assert call["hints"] == {"desktop-entry": "holdpoint"}
        finally:
            QDBusConnection.disconnectFromBus(name)


def test_without_a_notification_service_the_tray_icon_says_it(qapp, tmp_path, trays):
    from PySide6.QtDBus import QDBusConnection

    log = tmp_path / "screensaver.log"
    from harness.dbus import session_bus_with_screensaver  # a bus, but no notifications

    with session_bus_with_screensaver(log) as address:
        name = "holdpoint-test-no-notifications"
        tray, _fake, _fired = make_tray(trays, Kept(Preferences()), WallClock(at(MONDAY, 7)))
        bus = QDBusConnection.connectToBus(address, name)
        try:
            notifier = Notifier(tray.icon, Notifications.FREEDESKTOP, lambda: bus)
            assert notifier.notify(TITLE, "text") is False  # no icon shown, nothing to say it
            tray.set_in_tray(True)
            shown = notifier.notify(TITLE, "text")
            assert notifier.via == ("tray" if shown else "")
        finally:
            QDBusConnection.disconnectFromBus(name)


# ------------------------------------------------------------------ in the whole app


@pytest.fixture
def in_tray(holdpoint, qapp):
    """The app with a tray that is there (on a fake clock, notifications recorded), and
    reminders set; quitting is recorded instead of done."""
    holdpoint.window.change_preferences(**WEEKDAYS)
    quits: list[bool] = []
    holdpoint._quit = lambda: quits.append(True)
    clock = WallClock(at(MONDAY, 7))
    holdpoint.start_tray(available=lambda: True, now=clock, notifier=FakeNotifier())
    holdpoint.quits = quits
    holdpoint.ask_keep_in_tray = lambda parent: False  # never a real question box
    yield holdpoint
    holdpoint._quitting = True  # the window closes for good when the test ends
    holdpoint.tray.close()
    holdpoint.tray.deleteLater()
    qapp.setQuitOnLastWindowClosed(True)
    QApplication.processEvents()


def test_closing_asks_once_then_keeps_holdpoint_in_the_tray(in_tray, settings_path):
    hp = in_tray
    asked: list[object] = []
    hp.ask_keep_in_tray = lambda parent: asked.append(parent) or True
    hp.window.close()
    assert asked == [hp.window]
    assert not hp.window.isVisible() and hp.quits == []
    assert hp.tray.icon.isVisible()
    assert SettingsStore(settings_path).load().keep_in_tray is KeepInTray.YES
    assert SettingsStore(settings_path).load().window_geometry  # kept as it went away
    hp.show_window()  # "Open Holdpoint"
    assert hp.window.isVisible()
    hp.window.close()
    assert asked == [hp.window] and not hp.window.isVisible()  # not asked again
    hp.quit()
    assert hp.quits == [True]


def test_answering_no_closes_and_quits_as_before(in_tray, settings_path):
    hp = in_tray
    hp.ask_keep_in_tray = lambda parent: False
    hp.window.close()
    assert not hp.window.isVisible()
    assert SettingsStore(settings_path).load().keep_in_tray is KeepInTray.NO
    hp.window.show()
    asked: list[object] = []
    hp.ask_keep_in_tray = lambda parent: asked.append(parent) or True
    hp.window.close()
    assert asked == []  # remembered


def test_without_reminders_or_a_tray_closing_closes(holdpoint, qapp, trays):
    asked: list[object] = []
    holdpoint.ask_keep_in_tray = lambda parent: asked.append(parent) or True
    holdpoint.window.change_preferences(**WEEKDAYS, keep_in_tray=KeepInTray.YES)
    tray = holdpoint.start_tray(available=lambda: False, notifier=FakeNotifier())
    trays.append(tray)
    holdpoint.window.close()
    assert asked == [] and not holdpoint.window.isVisible()
    assert qapp.quitOnLastWindowClosed()  # quits as today


def test_quit_from_the_tray_ends_a_running_session_as_stopped(in_tray, clock, qtbot):
    hp = in_tray
    hp.window.change_preferences(keep_in_tray=KeepInTray.YES)
    routine = next(r for r in hp.routines if r.id == "quick_five")
    hp.window.start_session(routine, SideOrder.LEFT_FIRST, ask_before=False)
    run = hp.window.run
    for _ in range(100):  # 25 s: the get-ready, and into the first hold
        clock.now += 0.25
        run.controller.tick()
    assert run.running
    hp.quit()
    assert not run.running and hp.quits == [True]
    outcome = hp.history.connection.execute("SELECT outcome FROM sessions").fetchall()
    assert outcome == [("stopped",)]


def test_a_click_on_the_reminder_gets_the_last_routine_ready(in_tray, qtbot):
    hp = in_tray
    hp.window.change_preferences(keep_in_tray=KeepInTray.YES)
    store = hp.open_history()
    store.start_session("Back chain", "2026-03-01T08:00:00+00:00")
    hp.window.close()  # in the tray
    assert not hp.window.isVisible()
    hp.tray.notifier.clicked.emit()
    assert hp.window.isVisible()
    assert hp.window.current_place() is Place.MAP
    back_chain = next(r for r in hp.routines if r.name == "Back chain")
    place = hp.window.map_place()
    assert place.draft.steps == back_chain.steps
    assert place.current_routine().name == "Back chain"
    assert hp.window.focusWidget() is place.routine.start and place.routine.start.isEnabled()
    assert hp.window.run is None  # ready, not started: the person starts lying down


def test_the_routine_on_the_map_is_the_last_one_of_this_run(in_tray):
    hp = in_tray
    quick = next(r for r in hp.routines if r.id == "quick_five")
    hp.window.load_routine(quick)
    hp.window.show_place(Place.HISTORY)
    hp.start_last_routine()
    assert hp.window.current_place() is Place.MAP
    assert hp.window.map_place().current_routine().name == quick.name


def test_a_second_start_shows_the_window_but_a_second_tray_start_does_not(in_tray):
    hp = in_tray
    hp.window.change_preferences(keep_in_tray=KeepInTray.YES)
    hp.window.close()
    hp.handle_request(Request(tray=True))  # started at login again: nothing to show
    assert not hp.window.isVisible()
    hp.handle_request(Request())
    assert hp.window.isVisible()
    assert not hp.tray.icon.isVisible() or hp.prefs.reminders.active


def test_started_in_the_tray_the_window_is_built_when_first_shown(
    qapp, qtbot, tmp_path, settings_path, clock
):
    from holdpoint.app import Holdpoint
    from holdpoint.cli import Options
    from holdpoint.core.preferences import Theme
    from holdpoint.storage.datadir import prepare_data_dir

    store = SettingsStore(settings_path)
    store.save(store.load().replace(place=Place.HISTORY, **WEEKDAYS))
    data = prepare_data_dir(tmp_path / "data")
    hp = Holdpoint(Options(tray=True, theme=Theme.LIGHT), data, settings_path, clock)
    assert hp._window is None  # nothing of the window, the Map or History yet
    hp.change_preferences(last_reminder="2026-03-02T08:00")  # a reminder, given in the tray
    assert hp.prefs.last_reminder == "2026-03-02T08:00"
    hp.show_window()  # "Open Holdpoint"
    qtbot.addWidget(hp.window)
    assert hp.window.isVisible()
    assert hp.window.current_place() is Place.HISTORY  # where the person left it
    assert hp.window.prefs.last_reminder == "2026-03-02T08:00"
    assert hp.prefs.reminders.active
