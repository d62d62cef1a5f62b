"""The routine draft the Map builds: merging sides, ordering, limits, time estimate."""

from __future__ import annotations

import pytest

from holdpoint import assets
from holdpoint.core.catalog import Side, load_catalog
from holdpoint.core.routine import PREPARE_S, RoutineDraft, Sides, Step, format_duration


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(assets.resource_path("zones.toml"))


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


def test_time_estimate():
    step = Step("piriformis", Sides.BOTH, hold_s=30, reps=3, rest_s=15)
    assert step.seconds() == 2 * (PREPARE_S + 3 * 30 + 2 * 15)
    draft = RoutineDraft()
    assert draft.total_seconds() == 0
    assert format_duration(750) == "12 min 30 s"
    assert format_duration(45) == "45 s"
    assert format_duration(120) == "2 min"
