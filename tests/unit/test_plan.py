"""A routine fitted to the person: precautions first, then the first week's dose."""

from __future__ import annotations

import datetime as dt

from holdpoint.core.catalog import Tool
from holdpoint.core.plan import plan_session
from holdpoint.core.routine import Sides, Step
from holdpoint.core.safety import Precaution

TODAY = dt.date(2026, 11, 30)
LONG = [Step("piriformis", Sides.BOTH, 45, 3, 15), Step("soleus", Sides.BOTH, 45, 3, 15),
        Step("gluteus_medius", Sides.BOTH, 45, 3, 15)]  # fmt: skip


def test_without_precautions_after_the_first_week_nothing_changes(catalog):
    plan = plan_session(LONG, set(), catalog, TODAY - dt.timedelta(days=30), TODAY, 15, 5)
    assert plan.steps == tuple(LONG) and plan.notes == () and (plan.long_s, plan.short_s) == (15, 5)


def test_clot_risk_leaves_the_calf_out_and_says_why(catalog):
    later = TODAY - dt.timedelta(days=30)
    plan = plan_session(LONG, {Precaution.CLOT_RISK}, catalog, later, TODAY, 15, 5)
    assert [s.zone_id for s in plan.steps] == ["piriformis", "gluteus_medius"]
    assert [out.zone_id for out in plan.left_out] == ["soleus"]
    assert any(note.startswith("Deep calf (soleus) is left out: ") for note in plan.notes)


def test_gentle_mode_caps_holds_and_lengthens_get_ready(catalog):
    later = TODAY - dt.timedelta(days=30)
    plan = plan_session(LONG, {Precaution.BLOOD_THINNERS}, catalog, later, TODAY, 15, 5)
    assert max(step.hold_s for step in plan.steps) <= 20
    assert plan.long_s >= 25 and plan.short_s >= 10


def test_the_first_week_caps_the_dose_and_day_eight_does_not(catalog):
    first = plan_session(LONG, set(), catalog, None, TODAY, 15, 5)  # the very first session
    assert max(step.hold_s for step in first.steps) <= 30
    assert sum(step.seconds() for step in first.steps) <= 10 * 60
    assert first.notes
    eighth = plan_session(LONG, set(), catalog, TODAY - dt.timedelta(days=7), TODAY, 15, 5)
    assert eighth.steps == tuple(LONG)


def test_the_persons_tools_choose_the_ways_and_leave_out_what_needs_another(catalog):
    later = TODAY - dt.timedelta(days=30)
    steps = [*LONG, Step("rectus_femoris", Sides.BOTH, 30, 2, 15)]
    plan = plan_session(steps, set(), catalog, later, TODAY, 15, 5, tools={Tool.BALL})
    assert [s.zone_id for s in plan.steps] == ["piriformis", "soleus", "gluteus_medius"]
    assert [way.tool for way in plan.ways] == [Tool.BALL, Tool.BALL, Tool.BALL]
    assert plan.ways[1].position == next(
        use.position for use in catalog.zone("soleus").uses if use.tool is Tool.BALL
    )
    assert "Front thigh" in plan.notes[0] and "foam roller or massage stick" in plan.notes[0]


def test_the_ways_stay_with_their_steps_when_the_first_week_drops_some(catalog):
    first = plan_session(LONG, set(), catalog, None, TODAY, 15, 5, tools={Tool.BALL})
    assert len(first.ways) == len(first.steps) < len(LONG)
    for step, way in zip(first.steps, first.ways, strict=True):
        assert way in catalog.zone(step.zone_id).uses
