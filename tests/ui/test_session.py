"""The Session place, driven by keys alone, on a fake clock (no real waiting)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from holdpoint.core.engine import EXTEND_S, Kind, Phase, StepPlan
from holdpoint.core.preferences import Place
from holdpoint.core.routine import Sides


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session(holdpoint, qtbot):
    """The window with a fake clock; returns (window, place, clock, events seen)."""
    clock = FakeClock()
    holdpoint.controller.clock = clock
    seen: list = []
    holdpoint.controller.eventsDue.connect(seen.extend)
    return holdpoint.window, clock, seen


def begin(window, qtbot, steps=None):
    """Start a session and skip the before-ratings with Esc, as a person in a hurry would."""
    window.start_session(steps or SHORT)
    place = window.session_place()
    assert place.stack.currentWidget() is place.rating
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert place.stack.currentWidget() is place.running_view
    return place


def run_for(window, clock, seconds, step=0.25):
    """Let ``seconds`` of fake time pass, ticking like the timers would."""
    for _ in range(round(seconds / step)):
        clock.now += step
        window.controller.tick()


def question(qtbot):
    """The visible "Stop the session?" box, once it has the keyboard."""
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip
    qtbot.waitUntil(box.isActiveWindow)
    return box


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


SHORT = [StepPlan("piriformis", Sides.BOTH, 3, 2, 2), StepPlan("soleus", Sides.LEFT, 4, 1, 2)]


def test_a_whole_short_routine_runs_to_the_end(session, qtbot):
    window, clock, seen = session
    place = begin(window, qtbot)
    assert window.current_place() is Place.SESSION
    assert "Piriformis" in place.zone_title.text() and "Left" in place.zone_title.text()
    run_for(window, clock, 200)
    kinds = [event.kind for event in seen]
    assert kinds.count(Kind.HOLD_STARTED) == 2 * 2 + 1
    assert kinds.count(Kind.SWITCH_SIDE) == 1
    assert kinds[-1] is Kind.SESSION_DONE
    assert place.stack.currentWidget() is place.rating  # how is it now?
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert place.stack.currentWidget() is place.done_view
    assert "5 holds done" in place.summary.text()
    assert not window.controller._frame_timer.isActive()  # no idle ticking


def test_keyboard_pause_resume_extend_skip_back_and_stop(session, qtbot):
    window, clock, seen = session
    place = begin(window, qtbot)
    assert place.hasFocus()
    run_for(window, clock, 5.5)  # 5 s get ready, then 0.5 s into the first hold
    snap = window.controller.snapshot()
    assert snap.phase is Phase.HOLD and snap.remaining == pytest.approx(2.5)

    press(qtbot, window, Qt.Key.Key_Space)  # pause
    run_for(window, clock, 30)
    assert window.controller.snapshot().remaining == pytest.approx(2.5)
    assert place.phase_label.text() == "Paused"
    press(qtbot, window, Qt.Key.Key_Space)  # resume
    assert window.controller.snapshot().paused is False

    press(qtbot, window, Qt.Key.Key_Plus)  # +15 s
    assert window.controller.snapshot().remaining == pytest.approx(2.5 + EXTEND_S)

    press(qtbot, window, Qt.Key.Key_Right)  # next: the hold ends as skipped, rest begins
    assert window.controller.snapshot().phase is Phase.REST
    assert window.controller.engine.holds[-1].outcome.value == "skipped"

    press(qtbot, window, Qt.Key.Key_PageUp)  # back: to the hold before
    snap = window.controller.snapshot()
    assert snap.phase is Phase.HOLD and snap.segment.rep == 1

    press(qtbot, window, Qt.Key.Key_Escape)  # stop: asks first, and pauses meanwhile
    box = question(qtbot)
    assert window.controller.engine.paused
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "No": carry on (the button animates its press)
    qtbot.waitUntil(lambda: not window.controller.engine.paused)
    assert window.controller.running

    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Qt.Key.Key_Escape)
    box = question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # "Yes"
    qtbot.waitUntil(lambda: not window.controller.running)
    assert place.summary_title.text() == "Session stopped"
    assert seen[-1].kind is Kind.STOPPED


def test_a_long_gap_means_the_computer_slept_and_the_session_waits(session, qtbot):
    window, clock, _ = session
    begin(window, qtbot)
    run_for(window, clock, 6)
    left = window.controller.snapshot().remaining
    clock.now += 600  # ten minutes asleep
    window.controller.tick()
    snap = window.controller.snapshot()
    assert snap.paused
    assert snap.remaining == pytest.approx(left)
    assert "asleep" in window.session_place().notice.text()


def test_start_from_the_map_runs_the_draft(holdpoint, qtbot):
    window = holdpoint.window
    place = window.place(Place.MAP)
    place.toggle_zone("piriformis", place.catalog.zone("piriformis").sides[0])
    start = place.routine.start
    assert start.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.current_place() is Place.SESSION)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # skip the ratings
    assert window.controller.running
    assert window.controller.engine.segments[1].zone_id == "piriformis"
    window.controller.stop()


def test_floor_mode_fills_the_screen_with_high_contrast_and_back(session, qtbot):
    window, _clock, _ = session
    begin(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    place = window.session_place()
    assert not window.navigation.isVisible() and not window.menuBar().isVisible()
    assert place.palette().window().color().lightness() < 10
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.navigation.isVisible()
    window.controller.stop()


def test_without_a_desktop_bus_the_session_runs_and_says_why_the_screen_may_blank(
    session, monkeypatch, qtbot
):
    window, _clock, _ = session
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    begin(window, qtbot)
    assert window.controller.running
    assert "screen may" in window.screensaver.problem
    window.controller.stop()


def test_ratings_by_keys_alone_are_stored_and_the_change_is_shown(holdpoint, session, qtbot):
    window, clock, _ = session
    window.start_session(SHORT)
    place = window.session_place()
    keys = [Qt.Key.Key_6, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_Return]
    for key in keys:  # leg 6, then back 1-then-0 = 10
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert place.stack.currentWidget() is place.running_view
    run_for(window, clock, 200)
    assert place.stack.currentWidget() is place.rating
    for key in (Qt.Key.Key_3, Qt.Key.Key_Return, Qt.Key.Key_Return):  # leg 3, back skipped
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert place.stack.currentWidget() is place.done_view
    assert "Leg pain: 6 → 3, 3 points lower: a clear change" in place.summary.text()
    rows = holdpoint.history.connection.execute("SELECT kind, moment, value FROM ratings")
    assert set(rows) == {("leg", "before", 6), ("back", "before", 10), ("leg", "after", 3)}
    assert len(holdpoint.history.holds(1)) == 5


def test_tenderness_after_a_release_by_one_key_never_stops_the_flow(holdpoint, session, qtbot):
    window, clock, _ = session
    place = begin(window, qtbot)
    run_for(window, clock, 5 + 3 + 0.25)  # get ready, then the first hold ends
    assert "How tender" in place.notice.text()
    qtbot.keyClick(place, Qt.Key.Key_7)
    assert "Tenderness 7 noted" in place.notice.text()
    assert window.controller.running and not window.controller.engine.paused
    run_for(window, clock, 2.5)  # the rest ends, the next hold starts: the question leaves
    assert "How tender" not in place.notice.text()
    run_for(window, clock, 3)  # and ends, unrated
    first, second = holdpoint.history.holds(1)[:2]
    assert first.tenderness == 7
    assert second.tenderness is None


def test_a_value_refused_by_the_history_is_shown_as_a_clear_message(holdpoint, session, qtbot):
    window, _clock, _ = session
    begin(window, qtbot)
    holdpoint.recorder.rate("before", {"leg": 11}, "")  # past the model: the database refuses
    message = window.statusBar().currentMessage()
    assert "could not be saved" in message and "out of range" in message
    window.controller.stop()


def test_the_morning_after_a_banner_offers_the_rating_and_keys_give_it(holdpoint, qtbot):
    import datetime as dt

    from holdpoint.storage.history import HistoryStore

    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    store = HistoryStore.open(holdpoint.data_dir)
    session = store.start_session("Quick 5 minutes", yesterday.isoformat())
    store.close()
    holdpoint.open_history()
    window = holdpoint.window
    assert window.morning.isVisible()
    qtbot.mouseClick(window.morning.rate, Qt.MouseButton.LeftButton)
    place = window.session_place()
    assert place.stack.currentWidget() is place.rating
    assert "Good morning" in place.rating.heading.text()
    for key in (Qt.Key.Key_2, Qt.Key.Key_Return, Qt.Key.Key_4, Qt.Key.Key_Return):
        qtbot.keyClick(QApplication.focusWidget(), key)
    rows = holdpoint.history.connection.execute(
        "SELECT session_id, kind, value FROM ratings WHERE moment = 'next_morning'"
    )
    assert set(rows) == {(session, "leg", 2), (session, "back", 4)}
    assert not window.morning.isVisible()


def test_too_sharp_lets_go_at_once_and_is_recorded_as_eased_off(holdpoint, session, qtbot):
    window, clock, _ = session
    place = begin(window, qtbot)
    run_for(window, clock, 6)  # a second into the first hold
    qtbot.keyClick(place, Qt.Key.Key_E)
    assert window.controller.snapshot().phase.value == "rest"
    assert "too sharp" in place.notice.text()
    (hold,) = holdpoint.history.holds(1)
    assert hold.outcome == "eased_off" and hold.actual_s == pytest.approx(1.0)
