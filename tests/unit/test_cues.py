"""Spoken lines and the tenderness question, from real engine events (fake clock)."""

from __future__ import annotations

import pytest

from holdpoint import assets
from holdpoint.core.catalog import load_catalog
from holdpoint.core.cues import asks_tenderness, spoken_line
from holdpoint.core.engine import Kind, SessionEngine, StepPlan
from holdpoint.core.routine import Sides

T0 = 1000.0


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(assets.resource_path("zones.toml"))


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
    engine = SessionEngine.start([StepPlan("piriformis", Sides.LEFT, 20, 2, 5)], T0, prepare_s=5)
    first, last = releases(batches(engine, T0 + 60))
    assert asks_tenderness(first)  # a rest follows
    assert not asks_tenderness(last)  # the session ends: the after-ratings come instead
    lines = [spoken_line(e, catalog, ask_tenderness=asks_tenderness(first)) for e in first]
    assert "Release. Tenderness?" in lines
    lines = [spoken_line(e, catalog, ask_tenderness=asks_tenderness(last)) for e in last]
    assert "Release." in lines and "Session complete. Well done." in lines


def test_a_skipped_or_eased_off_hold_is_not_rated(catalog):
    engine = SessionEngine.start([StepPlan("piriformis", Sides.LEFT, 20, 3, 5)], T0, prepare_s=5)
    engine.advance(T0 + 6)  # holding
    assert not asks_tenderness(engine.skip(T0 + 7))
    engine.advance(T0 + 13)  # the next hold began after the rest
    assert not asks_tenderness(engine.ease_off(T0 + 14))


def test_back_to_back_holds_ask_nothing_a_new_hold_has_begun(catalog):
    engine = SessionEngine.start([StepPlan("piriformis", Sides.LEFT, 20, 2, 0)], T0, prepare_s=5)
    first, _last = releases(batches(engine, T0 + 60))
    assert any(e.kind is Kind.HOLD_STARTED for e in first)
    assert not asks_tenderness(first)
