"""Spoken lines and the tenderness question, from real engine events (fake clock)."""

from __future__ import annotations

from holdpoint.core.catalog import Side
from holdpoint.core.cues import asks_tenderness, spoken_line
from holdpoint.core.engine import Kind, SessionEngine
from holdpoint.core.routine import Sides, Step, get_ready_plan

T0 = 1000.0


def batches(engine, until, step=0.25):
    """The events of each tick that had any: one moment's events, as the player gets them."""
    found, now = [], T0
    while now <= until + 1e-9:
        events = engine.advance(now)
        if events:
            found.append(events)
        now += step
    return found


def releases(found):
    return [events for events in found if any(e.kind is Kind.HOLD_ENDED for e in events)]


def test_a_completed_hold_with_more_to_come_is_rated_aloud_and_on_screen(catalog):
    engine = SessionEngine.start([Step("piriformis", Sides.LEFT, 20, 2, 5)], T0, get_ready=5)
    first, last = releases(batches(engine, T0 + 60))
    assert asks_tenderness(first)  # a rest follows
    assert not asks_tenderness(last)  # the session ends: the after-ratings come instead
    lines = [spoken_line(e, catalog, ask_tenderness=asks_tenderness(first)) for e in first]
    assert "Release. Tenderness?" in lines
    lines = [spoken_line(e, catalog, ask_tenderness=asks_tenderness(last)) for e in last]
    assert "Release." in lines and "Session complete. Well done." in lines


def test_with_the_question_turned_off_no_release_asks(catalog):
    engine = SessionEngine.start([Step("piriformis", Sides.LEFT, 20, 2, 5)], T0, get_ready=5)
    first, _last = releases(batches(engine, T0 + 60))
    assert not asks_tenderness(first, wanted=False)  # Settings > Session: ask_tenderness off
    ask = asks_tenderness(first, wanted=False)
    assert "Release." in [spoken_line(e, catalog, ask_tenderness=ask) for e in first]


def test_a_skipped_or_eased_off_hold_is_not_rated(catalog):
    engine = SessionEngine.start([Step("piriformis", Sides.LEFT, 20, 3, 5)], T0, get_ready=5)
    engine.advance(T0 + 6)  # holding
    assert not asks_tenderness(engine.skip(T0 + 7))
    engine.advance(T0 + 13)  # the next hold began after the rest
    assert not asks_tenderness(engine.ease_off(T0 + 14))


def test_a_release_delivered_with_the_next_hold_asks_nothing_a_new_hold_has_begun(catalog):
    engine = SessionEngine.start([Step("piriformis", Sides.LEFT, 20, 2, 5)], T0, get_ready=5)
    engine.advance(T0 + 24)
    late = engine.advance(T0 + 31)  # a stalled tick: release at 25, rest, next hold at 30
    assert [e.kind for e in late][-2:] == [Kind.REST_STARTED, Kind.HOLD_STARTED]
    assert not asks_tenderness(late)


def spoken(engine, catalog, until):
    return [spoken_line(e, catalog, ask_tenderness=asks_tenderness(events))
            for events in batches(engine, until) for e in events]  # fmt: skip


def test_a_move_says_how_to_get_into_position_and_a_hold_stays_short(catalog):
    steps = [Step("piriformis", Sides.BOTH, 20, 1, 5), Step("gluteus_medius", Sides.BOTH, 20, 1, 5)]
    ready = get_ready_plan(steps, catalog, Side.LEFT, 15, 5)
    lines = [line for line in spoken(SessionEngine.start(steps, T0, Side.LEFT, ready),
                                     catalog, T0 + 200) if line]  # fmt: skip
    piriformis, medius = catalog.zone("piriformis"), catalog.zone("gluteus_medius")
    assert lines[0] == f"Get ready: Piriformis, left side. {piriformis.position}"
    assert lines[1] == "Piriformis, left side. Hold twenty seconds."
    # The other side on the back: the ball moves, the body does not.
    assert "Switch to the right side." in lines
    assert "Get ready: Piriformis, right side." in lines
    # Another posture (on the side), then turning over to the other side.
    assert f"Get ready: Gluteus medius, left side. {medius.position}" in lines
    assert f"Get ready: Gluteus medius, right side. {medius.position}" in lines
    assert not any(piriformis.position in line for line in lines if "Hold" in line)


def test_too_sharp_says_the_spot_is_done_and_asks_nothing(catalog):
    engine = SessionEngine.start([Step("piriformis", Sides.BOTH, 20, 3, 5)], T0, get_ready=5)
    engine.advance(T0 + 8)
    events = engine.ease_off(T0 + 8)
    assert not asks_tenderness(events)
    lines = [spoken_line(e, catalog, ask_tenderness=asks_tenderness(events)) for e in events]
    assert lines == [
        None,  # the release itself: no "Release. Tenderness?"
        "Easing off. That spot is done for today.",
        "Switch to the right side.",
        "Get ready: Piriformis, right side.",
    ]


def test_too_sharp_on_the_last_hold_still_completes_the_session(catalog):
    engine = SessionEngine.start([Step("soleus", Sides.LEFT, 20, 1, 5)], T0, get_ready=5)
    engine.advance(T0 + 10)
    lines = [spoken_line(e, catalog) for e in engine.ease_off(T0 + 10)]
    assert [line for line in lines if line] == [
        "Easing off. That spot is done for today.",
        "Session complete. Well done.",
    ]
