"""The Session place, driven by keys alone, on a fake clock (no real waiting)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from holdpoint.core.engine import EXTEND_S, Kind, Phase
from holdpoint.core.preferences import Place
from holdpoint.core.routine import Sides, Step
from holdpoint.core.routines import Routine
from holdpoint.ui.session.run import Stage

SHORT = Routine(
    "short",
    "Short test",
    "",
    (Step("piriformis", Sides.BOTH, 15, 2, 10), Step("soleus", Sides.LEFT, 15, 1, 10)),
)
#: The default get-ready before the first hold (a change of position).
FIRST_GET_READY = 15


@pytest.fixture
def session(holdpoint, clock):
    """The window on a fake clock; returns (window, clock, events seen)."""
    seen: list = []
    window = holdpoint.window
    window.seen = seen  # begin() collects the run's events here
    return window, clock, seen


def begin(window, qtbot, routine=SHORT):
    """Start a session and skip the before-ratings with Esc, as a person in a hurry would."""
    window.start_session(routine)
    window.run.eventsDue.connect(window.seen.extend)
    place = window.session_place()
    assert place.stack.currentWidget() is place.rating
    for _row in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert place.stack.currentWidget() is place.running_view
    return place


def run_for(window, clock, seconds, step=0.25):
    """Let ``seconds`` of fake time pass, ticking like the timers would."""
    for _ in range(round(seconds / step)):
        clock.now += step
        if window.run is not None and window.run.running:
            window.run.controller.tick()


def question(qtbot):
    """The visible question box, once it has the keyboard."""
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip
    qtbot.waitUntil(box.isActiveWindow)
    return box


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_a_whole_short_routine_runs_to_the_end(session, qtbot):
    window, clock, seen = session
    place = begin(window, qtbot)
    assert window.current_place() is Place.SESSION
    assert "Piriformis" in place.zone_title.text() and "Left" in place.zone_title.text()
    run_for(window, clock, 400)
    kinds = [event.kind for event in seen]
    assert kinds.count(Kind.HOLD_STARTED) == 2 * 2 + 1
    assert kinds.count(Kind.SWITCH_SIDE) == 1
    assert kinds[-1] is Kind.SESSION_DONE
    assert place.stack.currentWidget() is place.rating  # how is it now?
    for _row in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert place.stack.currentWidget() is place.done_view
    assert "5 holds done" in place.summary.text()
    assert not window.run.controller._frame_timer.isActive()  # no idle ticking


def test_keyboard_pause_resume_extend_skip_back_and_stop(holdpoint, session, qtbot):
    window, clock, seen = session
    place = begin(window, qtbot)
    run = window.run
    assert place.hasFocus()
    run_for(window, clock, FIRST_GET_READY + 0.5)  # get ready, then 0.5 s into the first hold
    snap = run.snapshot()
    assert snap.phase is Phase.HOLD and snap.remaining == pytest.approx(14.5)

    press(qtbot, window, Qt.Key.Key_Space)  # pause
    run_for(window, clock, 30)
    assert run.snapshot().remaining == pytest.approx(14.5)
    assert place.phase_label.text() == "Paused"
    press(qtbot, window, Qt.Key.Key_Space)  # resume
    assert run.snapshot().paused is False

    press(qtbot, window, Qt.Key.Key_Plus)  # +15 s
    assert run.snapshot().remaining == pytest.approx(14.5 + EXTEND_S)

    press(qtbot, window, Qt.Key.Key_Right)  # next: the hold ends as skipped, rest begins
    assert run.snapshot().phase is Phase.REST
    assert run.engine.holds[-1].outcome.value == "skipped"

    press(qtbot, window, Qt.Key.Key_PageUp)  # back: to the hold before
    snap = run.snapshot()
    assert snap.phase is Phase.HOLD and snap.segment.rep == 1

    press(qtbot, window, Qt.Key.Key_Escape)  # stop: asks first, and pauses meanwhile
    box = question(qtbot)
    assert run.engine.paused
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "No": carry on (the button animates its press)
    qtbot.waitUntil(lambda: not run.engine.paused)
    assert run.running

    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Qt.Key.Key_Escape)
    box = question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # "Yes"
    qtbot.waitUntil(lambda: not run.running)
    assert place.summary_title.text() == "Session stopped"
    assert seen[-1].kind is Kind.STOPPED
    # The after-rating takes digits at once, with no click: leg 6, back 4, done.
    assert run.stage is Stage.RATE_AFTER and place.stack.currentWidget() is place.rating
    qtbot.waitUntil(lambda: place.rating.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, window, Qt.Key.Key_6)
    press(qtbot, window, Qt.Key.Key_4)
    assert run.stage is Stage.DONE
    rows = holdpoint.history.connection.execute(
        "SELECT kind, value FROM ratings WHERE moment = 'after'"
    )
    assert set(rows) == {("leg", 6), ("back", 4)}


def test_a_long_gap_means_the_computer_slept_and_the_session_waits(session, qtbot):
    window, clock, _ = session
    begin(window, qtbot)
    run_for(window, clock, FIRST_GET_READY + 1)
    left = window.run.snapshot().remaining
    clock.now += 600  # ten minutes asleep
    window.run.controller.tick()
    snap = window.run.snapshot()
    assert snap.paused
    assert snap.remaining == pytest.approx(left)
    assert "asleep" in window.session_place().notice.text()


def test_start_from_the_map_runs_the_draft_under_the_routine_it_came_from(
    holdpoint, session, qtbot
):
    window, clock, _ = session
    place = window.place(Place.MAP)
    quick = next(r for r in holdpoint.routines if r.id == "quick_five")
    chosen = next(a for a in place.routine_menu.menu.actions() if a.text().startswith(quick.name))
    chosen.trigger()  # Routines > Quick 5 minutes
    assert place.routine.start.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.current_place() is Place.SESSION)
    for _row in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # skip the ratings
    assert window.run.running and window.run.routine.name == quick.name
    run_for(window, clock, FIRST_GET_READY + 1)  # the first hold begins: the session exists
    (name,) = holdpoint.history.connection.execute("SELECT routine FROM sessions").fetchone()
    assert name == quick.name
    window.run.stop()


def test_an_abandoned_start_leaves_nothing_in_the_history(holdpoint, session, qtbot):
    window, clock, _ = session
    begin(window, qtbot)
    run_for(window, clock, 5)  # still getting ready
    window.run.stop()
    assert window.run.stage is Stage.DONE  # nothing to rate: no hold began
    store = holdpoint.open_history()
    assert store.connection.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0


def test_starting_while_a_session_runs_asks_and_never_mixes_sessions(holdpoint, session, qtbot):
    window, clock, _ = session
    begin(window, qtbot)
    first = window.run
    run_for(window, clock, FIRST_GET_READY + 16)  # the first hold is done
    window.show_place(Place.MAP)
    window.start_session(SHORT)  # e.g. Ctrl+1, then F5
    box = question(qtbot)
    assert first.engine.paused  # paused while the question is open
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keep going with this one
    qtbot.waitUntil(lambda: not first.engine.paused)
    assert window.run is first and first.running

    window.start_session(SHORT)
    box = question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # stop it, start anew
    qtbot.waitUntil(lambda: window.run is not first)
    second = window.run
    assert first.stage is Stage.DONE and second.stage is Stage.RATE_BEFORE
    qtbot.waitUntil(lambda: window.session_place().rating.isAncestorOf(QApplication.focusWidget()))
    for _row in range(2):
        press(qtbot, window, Qt.Key.Key_Escape)
    run_for(window, clock, FIRST_GET_READY + 16)
    run_for(window, clock, 5)  # the old run's timers are dead: nothing more of it lands
    second.stop()
    store = holdpoint.history
    sessions = store.connection.execute("SELECT id, outcome FROM sessions ORDER BY id").fetchall()
    assert sessions == [(1, "stopped"), (2, "stopped")]
    # Each stopped in its first rest: one completed hold each, none written across.
    assert [(h.rep, h.outcome) for h in store.holds(1)] == [(1, "completed")]
    assert [(h.rep, h.outcome) for h in store.holds(2)] == [(1, "completed")]


def test_floor_mode_makes_every_text_and_control_large_and_back(session, qtbot):
    window, _clock, _ = session
    place = begin(window, qtbot)
    desk = {name: button.font().pointSizeF() for name, button in place.buttons.items()}
    desk_notice = place.notice.font().pointSizeF()
    desk_rating = place.rating.rows[next(iter(place.rating.rows))].title.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.navigation.isVisible() and not window.menuBar().isVisible()
    assert place.palette().window().color().lightness() < 10
    for name, button in place.buttons.items():
        assert button.font().pointSizeF() >= 1.9 * desk[name], name
    assert place.notice.font().pointSizeF() >= 1.9 * desk_notice
    assert place.tender.font().pointSizeF() >= 1.9 * desk[next(iter(desk))]
    title = place.rating.rows[next(iter(place.rating.rows))].title.font().pointSizeF()
    assert title >= 1.9 * desk_rating
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.navigation.isVisible()
    assert place.notice.font().pointSizeF() == pytest.approx(desk_notice)
    window.run.stop()


def test_the_ring_sits_on_the_centre_line_of_the_texts(session, qtbot):
    window, clock, _ = session
    place = begin(window, qtbot)
    run_for(window, clock, 1)
    ring_centre = place.ring.mapTo(place, place.ring.rect().center()).x()
    title_centre = place.zone_title.mapTo(place, place.zone_title.rect().center()).x()
    assert abs(ring_centre - title_centre) <= 2
    window.run.stop()


def test_without_a_desktop_bus_the_session_runs_and_says_why_the_screen_may_blank(
    session, monkeypatch, qtbot
):
    window, _clock, _ = session
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    begin(window, qtbot)
    assert window.run.running
    assert "screen may" in window.screensaver.problem
    window.run.stop()


def test_ratings_by_keys_alone_are_stored_and_the_change_is_shown(holdpoint, session, qtbot):
    window, clock, _ = session
    window.start_session(SHORT)
    place = window.session_place()
    for key in (Qt.Key.Key_6, Qt.Key.Key_1, Qt.Key.Key_0):  # leg 6, then back 1-then-0 = 10
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert place.stack.currentWidget() is place.running_view
    run_for(window, clock, 400)
    assert place.stack.currentWidget() is place.rating
    for key in (Qt.Key.Key_3, Qt.Key.Key_Escape):  # leg 3, back skipped
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert place.stack.currentWidget() is place.done_view
    assert "Leg pain: 6 → 3, 3 points lower: a clear change" in place.summary.text()
    rows = holdpoint.history.connection.execute("SELECT kind, moment, value FROM ratings")
    assert set(rows) == {("leg", "before", 6), ("back", "before", 10), ("leg", "after", 3)}
    assert len(holdpoint.history.holds(1)) == 5


def test_tenderness_by_one_key_shows_how_long_it_is_asked_and_takes_a_late_answer(
    holdpoint, session, qtbot
):
    window, clock, _ = session
    place = begin(window, qtbot)
    run_for(window, clock, FIRST_GET_READY + 15.25)  # get ready, then the first hold ends
    assert "How tender" in place.tender.text and place.tender.open
    full = place.tender._left
    run_for(window, clock, 8)  # most of the 10 s rest: the bar has shrunk, still asking
    assert place.tender.open and place.tender._left < full / 2
    qtbot.keyClick(place, Qt.Key.Key_7)
    assert "Tenderness 7 noted" in place.tender.text
    assert window.run.running and not window.run.engine.paused
    run_for(window, clock, 2.5)  # the rest ends, the next hold starts: the question leaves
    assert not place.tender.open and not place.tender.text
    qtbot.keyClick(place, Qt.Key.Key_3)  # a digit now rates nothing
    run_for(window, clock, 15)  # and it ends, unrated
    first, second = holdpoint.history.holds(1)[:2]
    assert first.tenderness == 7
    assert second.tenderness is None


def test_a_value_refused_by_the_history_is_shown_as_a_clear_message(holdpoint, session, qtbot):
    window, clock, _ = session
    begin(window, qtbot)
    window.run.recorder.rate_before({"leg": 11})  # past the model: the database refuses
    run_for(window, clock, FIRST_GET_READY + 1)
    message = window.statusBar().currentMessage()
    assert "could not be saved" in message and "out of range" in message
    run_for(window, clock, 15)
    assert len(holdpoint.history.holds(1)) == 1  # the refusal held nothing else up
    window.run.stop()


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
    for key in (Qt.Key.Key_2, Qt.Key.Key_4):
        qtbot.keyClick(QApplication.focusWidget(), key)
    rows = holdpoint.history.connection.execute(
        "SELECT session_id, kind, value FROM ratings WHERE moment = 'next_morning'"
    )
    assert set(rows) == {(session, "leg", 2), (session, "back", 4)}
    assert not window.morning.isVisible()


def test_too_sharp_lets_go_and_leaves_that_spot_on_that_side_for_today(holdpoint, session, qtbot):
    window, clock, _seen = session
    place = begin(window, qtbot)
    run_for(window, clock, FIRST_GET_READY + 1)  # a second into the first hold (of two)
    qtbot.keyClick(place, Qt.Key.Key_E)
    snap = window.run.snapshot()
    assert snap.phase is Phase.PREPARE and snap.segment.side.value == "right"  # on we go
    assert "done for today" in place.notice.text()
    run_for(window, clock, 400)
    holds = holdpoint.history.holds(1)
    left = [h for h in holds if h.zone == "piriformis" and h.side == "left"]
    assert [h.outcome for h in left] == ["eased_off"]  # no second left hold
    assert left[0].actual_s == pytest.approx(1.0)
    assert len([h for h in holds if h.zone == "piriformis" and h.side == "right"]) == 2


def test_get_ready_is_long_when_the_position_changes_and_short_between_sides(
    holdpoint, session, qtbot
):
    window, _clock, _ = session
    place = begin(window, qtbot)
    run = window.run
    prepares = [s for s in run.engine.segments if s.phase is Phase.PREPARE]
    # piriformis left (lying on the back), its right side (the same), soleus (sitting).
    assert [s.duration for s in prepares] == [15, 5, 15]
    assert [s.moved for s in prepares] == [True, False, True]
    zone = holdpoint.catalog.zone("piriformis")
    assert place.instruction.text() == zone.position  # how to get into position, large
    window.run.stop()
