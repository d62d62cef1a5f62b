"""A dose that grows: the first week's cap, and calm advice from fake rating histories."""

from __future__ import annotations

import datetime as dt

import pytest

from holdpoint.core.dose import (
    AdviceKind,
    apply_cap,
    first_day,
    first_week_cap,
    lighter_dose_advice,
    pain_levels,
    see_someone_advice,
)
from holdpoint.core.ratings import PainKind
from holdpoint.core.routine import Sides, Step
from holdpoint.core.trends import SessionSummary

START = dt.date(2026, 10, 1)


def rated(day: dt.date, leg=None, back=None, morning=(None, None), ident=1) -> SessionSummary:
    """A session at noon local time on ``day`` with before-ratings ``leg`` and ``back``."""
    started = dt.datetime.combine(day, dt.time(12)).astimezone().astimezone(dt.UTC)
    return SessionSummary(ident, started, "", leg, None, back, None, ("piriformis",), 60.0,
                          leg_morning=morning[0], back_morning=morning[1])  # fmt: skip


def history(levels: list[float], days: int = 42, back: list[float] | None = None):
    """One session every ``days / len(levels)`` days from START, leg rated ``levels``."""
    step = days / len(levels)
    return [
        rated(
            START + dt.timedelta(days=round(i * step)),
            leg=round(v),
            back=None if back is None else round(back[i]),
            ident=i,
        )
        for i, v in enumerate(levels)
    ]


def today_after(sessions) -> dt.date:
    return max(s.day for s in sessions)


# ------------------------------------------------------------------ the first week


def test_the_first_week_cap_applies_on_days_one_to_seven_not_day_eight():
    assert first_week_cap(None, START) is not None  # no session yet: today is day 1
    for day in range(7):
        cap = first_week_cap(START, START + dt.timedelta(days=day))
        assert cap is not None and cap.session_s == 600 and cap.hold_s == 30
        assert cap.until == START + dt.timedelta(days=6)
    assert first_week_cap(START, START + dt.timedelta(days=7)) is None
    assert first_day([rated(START + dt.timedelta(days=3)), rated(START)]) == START
    assert first_day([]) is None


def test_the_cap_shortens_holds_and_leaves_trailing_zones_for_another_day():
    cap = first_week_cap(START, START)
    steps = [
        Step("quadratus_lumborum", Sides.BOTH, 45, 2, 15),  # at 30 s: 15 + 5 + 2 * 75 = 170
        Step("piriformis", Sides.BOTH, 30, 3, 15),  # 15 + 5 + 2 * 120 = 260
        Step("gluteus_medius", Sides.BOTH, 30, 2, 15),  # 170: 600 in all, just fits
        Step("soleus", Sides.BOTH, 30, 2, 15),  # 170 more: over
        Step("iliopsoas", Sides.LEFT, 15, 1, 20),  # fits, but after one that did not
    ]
    capped = apply_cap(steps, cap)
    assert [s.zone_id for s in capped.steps] == [
        "quadratus_lumborum", "piriformis", "gluteus_medius"]  # fmt: skip
    assert capped.steps[0].hold_s == 30 and capped.steps[0].reps == 2
    assert capped.shortened == ("quadratus_lumborum",)
    assert capped.dropped == ("soleus", "iliopsoas")
    assert capped.seconds == sum(s.seconds() for s in capped.steps) <= cap.session_s
    assert len(capped.changes) == 2 and "2 zones" in capped.changes[1]


def test_a_first_step_too_long_on_its_own_keeps_the_repetitions_that_fit():
    cap = first_week_cap(START, START)
    capped = apply_cap([Step("piriformis", Sides.BOTH, 60, 5, 60)], cap)
    (step,) = capped.steps
    assert step.hold_s == 30 and step.reps == 3  # 20 + 2 * (90 + 120) = 440; 4 reps: 620
    assert capped.fewer_reps == ("piriformis",) and capped.dropped == ()


def test_a_routine_within_the_cap_is_unchanged():
    steps = [Step("piriformis", Sides.BOTH, 25, 2, 10)]
    capped = apply_cap(steps, first_week_cap(START, START))
    assert capped.steps == tuple(steps) and capped.changes == ()


# ------------------------------------------------------------------ next morning


def test_worse_next_morning_by_two_points_suggests_a_lighter_dose():
    sessions = [rated(START, leg=5, back=3, morning=(7, 3), ident=4)]
    advice = lighter_dose_advice(sessions)
    assert advice is not None and advice.kind is AdviceKind.LIGHTER_DOSE
    assert advice.session_id == 4
    assert "leg pain went from 5 before your last session to 7 the next morning" in advice.text
    assert "shorter holds or lighter pressure" in advice.text
    back = lighter_dose_advice([rated(START, leg=5, back=3, morning=(5, 5))])
    assert back is not None and back.text.startswith("Your back pain went from 3 before")
    both = lighter_dose_advice([rated(START, leg=5, back=3, morning=(8, 5))])
    assert (
        both is not None and "to 8 the next morning, and your back pain from 3 to 5." in both.text
    )


def test_worse_by_one_point_or_not_rated_gives_no_advice():
    assert lighter_dose_advice([rated(START, leg=5, back=3, morning=(6, 4))]) is None
    assert lighter_dose_advice([rated(START, leg=5, morning=(None, 9))]) is None  # no back before
    assert lighter_dose_advice([]) is None


def test_only_the_latest_session_counts():
    earlier = rated(START, leg=3, morning=(6, None), ident=1)
    later = rated(START + dt.timedelta(days=1), leg=4, ident=2)
    assert lighter_dose_advice([earlier, later]) is None
    assert lighter_dose_advice([later, earlier]) is None  # order of the list does not matter


# ------------------------------------------------------------- not improving


def test_six_weeks_without_clear_improvement_suggests_seeing_someone():
    sessions = history([6, 6, 5, 6, 6, 5, 6, 6, 5, 6, 6, 5])
    advice = see_someone_advice(sessions, today_after(sessions))
    assert advice is not None and advice.kind is AdviceKind.NOT_IMPROVING
    assert "doctor or physiotherapist" in advice.title
    assert "leg pain has gone from about" in advice.text


def test_clear_improvement_gives_no_advice():
    sessions = history([7, 7, 7, 6, 6, 5, 5, 5, 4, 4, 4, 4])  # 7 → 4: 3 points
    assert see_someone_advice(sessions, today_after(sessions)) is None
    thirty_percent = history([5, 5, 5, 5, 5, 4, 4, 4, 4, 3, 3, 4])  # 5 → 3.5: 30%
    assert see_someone_advice(thirty_percent, today_after(thirty_percent)) is None


def test_too_little_data_gives_no_advice():
    few = history([6, 6, 6, 6, 6, 6, 6])  # 7 sessions over 6 weeks
    assert see_someone_advice(few, today_after(few)) is None
    short = history([6] * 12, days=20)  # 12 sessions over 3 weeks
    assert see_someone_advice(short, today_after(short)) is None
    assert see_someone_advice([], START) is None


def test_the_levels_compare_the_first_week_with_the_last_two():
    sessions = history([8, 6, 6, 6, 6, 6, 6, 6, 4, 4, 5, 3], days=42)
    levels = pain_levels(sessions, PainKind.LEG, today_after(sessions))
    assert levels is not None
    assert levels.start == pytest.approx(7.0)  # days 0 and 4: 8 and 6
    assert levels.recent == pytest.approx(4.0)  # the last two weeks: 4, 5, 3
    assert levels.improved_clearly and not levels.worse_clearly
    # Weeks later, with no new ratings, there is no recent level to compare.
    assert pain_levels(sessions, PainKind.LEG, today_after(sessions) + dt.timedelta(30)) is None


def test_a_worsening_trend_suggests_seeing_someone():
    sessions = history([4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7])
    advice = see_someone_advice(sessions, today_after(sessions))
    assert advice is not None and advice.kind is AdviceKind.GETTING_WORSE
    assert "getting worse" in advice.text


def test_back_pain_that_improved_counts_as_improvement():
    sessions = history([5] * 12, back=[7, 7, 7, 6, 6, 5, 5, 4, 4, 4, 4, 4])
    assert see_someone_advice(sessions, today_after(sessions)) is None


def test_mild_pain_that_stays_mild_gives_no_advice():
    sessions = history([2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2])
    assert see_someone_advice(sessions, today_after(sessions)) is None


def test_advice_is_calm():
    sessions = history([6] * 12)
    advice = see_someone_advice(sessions, today_after(sessions))
    assert advice is not None
    for word in ("danger", "serious", "warning", "must", "immediately", "!"):
        assert word not in f"{advice.title} {advice.text}".lower(), word
