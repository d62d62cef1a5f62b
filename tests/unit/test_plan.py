"""A routine fitted to the person: precautions first, then the first week's dose."""

from __future__ import annotations

import datetime as dt

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
