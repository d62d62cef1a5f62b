"""The health check and precautions in the real window: red flags lock Start with the
reason until cleared; precautions grey their zones, cap holds and change the built-ins;
the first week's dose; advice from the history (see someone, lighter next time)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from holdpoint.core.health import HealthCheck
from holdpoint.core.preferences import Place
from holdpoint.core.safety import RED_FLAG_QUESTIONS, Precaution, RedFlag
from holdpoint.storage.history import HistoryStore
from holdpoint.ui.session.run import Stage

TODAY = dt.date.today()


def _answer(holdpoint, **answers) -> None:
    """The person answers the health check (as the wizard would hand it over)."""
    gate = holdpoint.window.health_gate
    gate.check = HealthCheck(answered=TODAY, **answers)
    gate.changed.emit(gate.check)


def _routine(holdpoint, ident):
    return next(r for r in holdpoint.routines if r.id == ident)


def _visible_box():
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip


def _old_history(holdpoint, days: int = 30) -> None:
    """One session a month ago: the first week is over."""
    store = holdpoint.open_history()
    started = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    session = store.start_session("Earlier", started.isoformat())
    store.finish_session(session, "completed")


@pytest.mark.parametrize("flag", [q.flag for q in RED_FLAG_QUESTIONS])
def test_each_red_flag_locks_start_with_the_reason_until_cleared(holdpoint, qtbot, flag):
    _answer(holdpoint, red_flags={flag})
    window = holdpoint.window
    window.start_session(_routine(holdpoint, "quick_five"))
    box = _visible_box()
    question = next(q for q in RED_FLAG_QUESTIONS if q.flag is flag)
    assert question.instruction in box.text() or question.instruction in box.informativeText()
    assert window.run is None  # nothing started
    box.close()
    _answer(holdpoint, red_flags={flag}, cleared={flag})  # "assessed and cleared"
    window.start_session(_routine(holdpoint, "quick_five"))
    assert window.run is not None and window.run.stage is Stage.RATE_BEFORE


def test_clot_risk_greys_the_calf_zones_with_the_reason_and_they_cannot_be_added(holdpoint, qtbot):
    _answer(holdpoint, precautions={Precaution.CLOT_RISK})
    window = holdpoint.window
    place = window.map_place()
    body_map = place.body_map
    greyed = {zone.id for zone in holdpoint.catalog.zones if body_map.excluded_reason(zone.id)}
    assert greyed == {"gastrocnemius", "soleus"}
    spot = next(s for s in body_map.spots() if s.id == "soleus")
    qtbot.mouseClick(body_map, Qt.MouseButton.LeftButton,
                     pos=body_map.spot_centre(spot).toPoint())  # fmt: skip
    assert place.draft.index_of("soleus") is None  # refused
    assert "left out" in window.statusBar().currentMessage()
    assert "clot" in body_map.excluded_reason("soleus").lower()
    button = body_map.button("soleus", spot.side)
    assert "Left out" in button.accessibleDescription()
    assert isinstance(body_map.spot_centre(spot), QPointF)


def test_belly_precautions_grey_the_psoas_only(holdpoint):
    _answer(holdpoint, precautions={Precaution.BELLY})
    body_map = holdpoint.window.map_place().body_map
    greyed = {zone.id for zone in holdpoint.catalog.zones if body_map.excluded_reason(zone.id)}
    assert greyed == {"iliopsoas"}


def test_a_built_in_routine_adapts_and_gentle_mode_caps_holds(holdpoint, qtbot):
    _old_history(holdpoint)
    _answer(holdpoint, precautions={Precaution.BLOOD_THINNERS, Precaution.CLOT_RISK})
    window = holdpoint.window
    calves = _routine(holdpoint, "legs_and_calves")
    window.start_session(calves)
    run = window.run
    zones = [step.zone_id for step in run.routine.steps]
    assert "soleus" not in zones and "gastrocnemius" not in zones and zones
    assert max(step.hold_s for step in run.routine.steps) <= 20  # gentle mode
    assert any("left out" in note.lower() for note in run.notes)
    assert run.routine.name == calves.name
    place = window.session_place()
    assert "Left out" in place.notice.text() or "left out" in place.notice.text()


def test_the_first_weeks_sessions_are_capped_at_about_ten_minutes(holdpoint):
    window = holdpoint.window
    chain = _routine(holdpoint, "back_chain")
    assert chain.seconds() > 12 * 60
    window.start_session(chain)  # no session before: this is the first week
    steps = window.run.routine.steps
    assert sum(step.seconds() for step in steps) <= 10 * 60
    assert max(step.hold_s for step in steps) <= 30
    window.run.close()
    _old_history(holdpoint)
    window.start_session(chain)
    assert window.run.routine.steps == chain.steps


def _ratings_history(data_dir, before: list[int], days_apart: int = 5) -> None:
    store = HistoryStore.open(data_dir)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_apart * (len(before) - 1))
    for index, value in enumerate(before):
        started = start + dt.timedelta(days=days_apart * index)
        session = store.start_session("Back chain", started.isoformat())
        for kind in ("leg", "back"):
            store.rate(session, kind, "before", value)  # type: ignore[arg-type]
        store.finish_session(session, "completed")  # type: ignore[arg-type]
    store.close()


def test_six_weeks_without_improvement_suggest_seeing_someone(holdpoint):
    _ratings_history(holdpoint.data_dir, [6, 6, 7, 6, 6, 7, 6, 6, 6, 7])
    holdpoint.open_history()
    banner = holdpoint.window.advice
    assert not banner.isHidden()
    assert "doctor or physiotherapist" in banner.title.text()


def test_six_weeks_of_clear_improvement_suggest_nothing(holdpoint):
    _ratings_history(holdpoint.data_dir, [7, 7, 6, 6, 5, 4, 4, 3, 3, 2])
    holdpoint.open_history()
    assert holdpoint.window.advice.isHidden()


def test_a_worse_next_morning_suggests_a_lighter_dose(holdpoint):
    store = HistoryStore.open(holdpoint.data_dir)
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    session = store.start_session("Back chain", yesterday.isoformat())
    for kind, moment, value in (
        ("leg", "before", 4),
        ("back", "before", 3),
        ("leg", "next_morning", 6),
        ("back", "next_morning", 3),
    ):
        store.rate(session, kind, moment, value)  # type: ignore[arg-type]
    store.finish_session(session, "completed")  # type: ignore[arg-type]
    store.close()
    holdpoint.open_history()
    banner = holdpoint.window.advice
    assert not banner.isHidden()
    assert "lighter" in (banner.title.text() + banner.text.text()).lower()
    qtbot_free = banner.dismiss
    qtbot_free.click()
    assert banner.isHidden()


def test_help_offers_the_health_check_again(holdpoint):
    window = holdpoint.window
    help_menu = next(a.menu() for a in window.menuBar().actions() if "Help" in a.text())
    assert window.health_action in help_menu.actions()
    assert not window.health_action.shortcut().isEmpty()
    assert window.place(Place.MAP) is not None
    assert RedFlag.SADDLE_NUMBNESS in {q.flag for q in RED_FLAG_QUESTIONS}


@pytest.mark.parametrize("precaution", list(Precaution))
def test_each_precaution_greys_exactly_its_zones_on_the_map(holdpoint, precaution):
    from holdpoint.core.health import excluded_zones, expand

    _answer(holdpoint, precautions={precaution})
    expected = excluded_zones(expand({precaution}), holdpoint.catalog)
    body_map = holdpoint.window.map_place().body_map
    greyed = {zone.id: body_map.excluded_reason(zone.id) for zone in holdpoint.catalog.zones}
    assert {zone for zone, reason in greyed.items() if reason} == set(expected)
    assert all(greyed[zone] == reason for zone, reason in expected.items())
