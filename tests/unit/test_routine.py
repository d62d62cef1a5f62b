"""The routine draft the Map builds: merging sides, ordering, limits, time estimate."""

from __future__ import annotations

import pytest

from holdpoint.core.catalog import Side
from holdpoint.core.routine import (
    GET_READY_S,
    GET_READY_SIDE_S,
    RoutineDraft,
    Sides,
    Step,
    format_duration,
    timeline,
)


def test_left_and_right_merge_into_one_step(catalog):
    draft = RoutineDraft()
    piriformis = catalog.zone("piriformis")
    assert draft.toggle(piriformis, Side.LEFT)
    assert draft.toggle(piriformis, Side.RIGHT)
    assert len(draft) == 1 and draft.steps[0].sides is Sides.BOTH
    assert not draft.toggle(piriformis, Side.LEFT)
    assert draft.steps[0].sides is Sides.RIGHT
    draft.deselect("piriformis", Side.RIGHT)
    assert len(draft) == 0


def test_new_steps_take_the_zone_defaults_and_keep_selection_order(catalog):
    draft = RoutineDraft()
    for zone_id in ("soleus", "piriformis", "quadratus_lumborum"):
        draft.select(catalog.zone(zone_id), Side.LEFT)
    assert [s.zone_id for s in draft.steps] == ["soleus", "piriformis", "quadratus_lumborum"]
    zone = catalog.zone("piriformis")
    assert draft.steps[1] == Step("piriformis", Sides.LEFT, zone.hold_s, zone.reps, zone.rest_s)
    assert draft.selected() == {
        (z, Side.LEFT) for z in ("soleus", "piriformis", "quadratus_lumborum")
    }


def test_move_reorders(catalog):
    draft = RoutineDraft()
    for zone_id in ("soleus", "piriformis", "quadratus_lumborum"):
        draft.select(catalog.zone(zone_id), Side.RIGHT)
    draft.move(2, 0)
    assert [s.zone_id for s in draft.steps] == ["quadratus_lumborum", "soleus", "piriformis"]
    with pytest.raises(IndexError):
        draft.move(0, 3)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"hold_s": 14}, "hold 14 is outside 15–60"),
        ({"hold_s": 61}, "outside"),
        ({"reps": 0}, "repetitions"),
        ({"reps": 6}, "repetitions"),
        ({"rest_s": 1}, "rest"),
        ({"hold_s": 30.5}, "whole number"),
        ({"sides": "up"}, "up"),
    ],
)
def test_out_of_range_values_are_refused_and_nothing_changes(catalog, change, message):
    draft = RoutineDraft()
    draft.select(catalog.zone("piriformis"), Side.LEFT)
    before = draft.steps
    with pytest.raises(ValueError, match=message):
        draft.update(0, **change)
    assert draft.steps == before


def test_time_estimate_counts_a_long_get_ready_per_step_and_short_ones_between_sides(catalog):
    step = Step("piriformis", Sides.BOTH, hold_s=30, reps=3, rest_s=15)
    assert (GET_READY_S, GET_READY_SIDE_S) == (15, 5)
    assert step.seconds() == 15 + 5 + 2 * (3 * 30 + 2 * 15)
    assert step.seconds(long_s=30, short_s=10) == 30 + 10 + 2 * (3 * 30 + 2 * 15)
    one_side = Step("piriformis", Sides.LEFT, hold_s=30, reps=1, rest_s=15)
    assert one_side.seconds() == 15 + 30
    draft = RoutineDraft()
    assert draft.total_seconds() == 0
    draft.select(catalog.zone("piriformis"), Side.LEFT)
    draft.select(catalog.zone("soleus"), Side.RIGHT)
    assert draft.total_seconds(20, 5) == sum(s.seconds(20, 5) for s in draft.steps)
    assert format_duration(750) == "12 min 30 s"
    assert format_duration(45) == "45 s"
    assert format_duration(120) == "2 min"


def test_the_timeline_works_the_painful_side_first_in_every_step():
    steps = [Step("piriformis", Sides.BOTH, 30, 1, 15), Step("soleus", Sides.LEFT, 30, 1, 15)]
    assert timeline(steps, Side.RIGHT) == [(0, Side.RIGHT), (0, Side.LEFT), (1, Side.LEFT)]
    assert timeline(steps, Side.LEFT) == [(0, Side.LEFT), (0, Side.RIGHT), (1, Side.LEFT)]
    assert Sides.BOTH.ordered(Side.RIGHT) == (Side.RIGHT, Side.LEFT)
    assert Sides.LEFT.ordered(Side.RIGHT) == (Side.LEFT,)
