"""The numbers the History shows, checked without a display."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.trends import (
    AGGREGATE_FROM_DAYS,
    MAX_PERIODS,
    Evidence,
    Period,
    SessionSummary,
    aggregate,
    compare_zones,
    count_by_period,
    days_in_a_row,
    moving_average,
    period_for,
    summarise,
)


def session(day, leg=(6, 4), back=(None, None), zones=("piriformis",), ident=1):
    started = dt.datetime(2026, 11, day, 18, tzinfo=dt.UTC)
    return SessionSummary(ident, started, "", leg[0], leg[1], back[0], back[1], zones, 60.0)


def test_moving_average_skips_missing_ratings_and_never_counts_them_as_zero():
    values = [6, None, 4, 5, 3, 7, 5, 4, 2]
    averages = moving_average(values, window=3)
    assert averages[1] is None
    assert averages[2] == pytest.approx(5.0)  # 6 and 4
    assert averages[4] == pytest.approx(4.0)  # 4, 5, 3
    assert averages[-1] == pytest.approx((5 + 4 + 2) / 3)


def test_relief_averages_what_was_rated():
    assert session(1, leg=(6, 4), back=(5, 4)).relief == pytest.approx(1.5)
    assert session(1, leg=(6, None), back=(5, 2)).relief == pytest.approx(3.0)
    assert session(1, leg=(None, None)).relief is None


def test_days_in_a_row_counts_back_from_today_or_yesterday():
    days = {dt.date(2026, 11, d) for d in (18, 20, 21, 22)}
    assert days_in_a_row(days, dt.date(2026, 11, 22)) == 3
    assert days_in_a_row(days, dt.date(2026, 11, 23)) == 3  # not yet today
    assert days_in_a_row(days, dt.date(2026, 11, 24)) == 0


def test_summary_compares_the_last_30_days_with_the_30_before():
    today = dt.date(2026, 11, 23)
    sessions = [
        session(23, leg=(6, 3), zones=("piriformis", "soleus"), ident=1),
        session(22, leg=(6, 4), zones=("piriformis",), ident=2),
        session(21, leg=(6, 5), zones=("piriformis", "soleus"), ident=3),
        session(20, leg=(6, 6), zones=("soleus", "gluteus_medius"), ident=4),
    ]
    old = SessionSummary(9, dt.datetime(2026, 10, 10, 18, tzinfo=dt.UTC), "", 7, 7, None, None,
                         ("piriformis",), 60.0)  # fmt: skip
    summary = summarise([old, *sessions], today)
    assert summary.sessions_this_week == 1  # 23 November 2026 is a Monday: the week began today
    assert summary.days_in_a_row == 4
    assert summary.relief_last_30 == pytest.approx((3 + 2 + 1 + 0) / 4)
    assert summary.relief_previous_30 == pytest.approx(0.0)
    # Piriformis was left out of only one rated session: nothing to compare it with.
    by_zone = {c.zone: c for c in summary.zone_comparisons}
    assert set(by_zone) == {"piriformis", "soleus", "gluteus_medius"}
    assert all(c.evidence is Evidence.CANNOT_TELL for c in by_zone.values())
    assert (by_zone["piriformis"].with_count, by_zone["piriformis"].without_count) == (4, 1)
    assert not [c for c in summary.zone_comparisons if c.evidence is Evidence.SEEMS_TO_HELP]


def test_a_rating_is_read_by_kind_and_moment():
    rated = SessionSummary(1, dt.datetime(2026, 11, 1, tzinfo=dt.UTC), "", 6, 4, 5, None, (),
                           0.0, leg_morning=7)  # fmt: skip
    assert rated.rating(PainKind.LEG, Moment.NEXT_MORNING) == 7
    assert rated.rating(PainKind.BACK, Moment.BEFORE) == 5
    assert rated.rating(PainKind.BACK, Moment.AFTER) is None
    assert rated.rating(PainKind.BACK, Moment.NEXT_MORNING) is None


def _history(with_zone, without_zone, zone="piriformis", other="soleus"):
    """Sessions with ``zone`` (and ``other``) whose reliefs are ``with_zone``, then sessions
    with only ``other`` whose reliefs are ``without_zone`` (leg 8 before, 8 - relief after)."""
    days = iter(range(1, 31))
    made = [session(next(days), leg=(8, 8 - r), zones=(zone, other), ident=i)
            for i, r in enumerate(with_zone)]  # fmt: skip
    made += [session(next(days), leg=(8, 8 - r), zones=(other,), ident=100 + i)
             for i, r in enumerate(without_zone)]  # fmt: skip
    return made


def test_a_zone_that_clearly_adds_relief_seems_to_help():
    (piriformis,) = [c for c in compare_zones(_history([4, 4, 3, 5, 4], [1, 1, 2, 0]))
                     if c.zone == "piriformis"]  # fmt: skip
    assert piriformis.evidence is Evidence.SEEMS_TO_HELP
    assert piriformis.difference == pytest.approx(4.0 - 1.0)
    # Welch standard error: sqrt(var_with / n_with + var_without / n_without)
    assert piriformis.uncertainty == pytest.approx(((0.5 / 5) + (2 / 3 / 4)) ** 0.5)
    assert (
        piriformis.words() == "3.0 ± 0.5 points more relief with it (5 sessions) than without (4)"
    )
    summary = summarise(_history([4, 4, 3, 5, 4], [1, 1, 2, 0]), dt.date(2026, 11, 30))
    assert summary.zone_comparisons[0].zone == "piriformis"
    best = summary.zone_comparisons[0]
    assert best.evidence is Evidence.SEEMS_TO_HELP and best.with_count == 5


def test_a_zone_always_worked_with_another_cannot_be_told_apart():
    comparisons = {c.zone: c for c in compare_zones(_history([4, 4, 3], [1, 1, 2, 0]))}
    # soleus was in every session: nothing to compare it with.
    assert comparisons["soleus"].evidence is Evidence.CANNOT_TELL
    assert comparisons["soleus"].without_count == 0
    assert (
        comparisons["soleus"].words() == "Cannot tell yet: 3 more rated sessions without it needed"
    )
    twins = _history([4, 4, 3], [1, 1, 2])
    twins = [SessionSummary(s.id, s.started, "", s.leg_before, s.leg_after, None, None,
                            (*s.zones, "medius") if "piriformis" in s.zones else s.zones, 60.0)
             for s in twins]  # fmt: skip
    comparisons = {c.zone: c for c in compare_zones(twins)}
    assert comparisons["piriformis"].together_with == ("medius",)
    assert comparisons["medius"].together_with == ("piriformis",)
    assert comparisons["medius"].difference == comparisons["piriformis"].difference


def test_differences_under_two_points_are_never_called_helpful():
    (small,) = [c for c in compare_zones(_history([2.5] * 6, [1, 1, 1, 1, 1]))
                if c.zone == "piriformis"]  # fmt: skip
    assert small.difference == pytest.approx(1.5) and small.uncertainty == pytest.approx(0.0)
    assert small.evidence is Evidence.NO_CLEAR_DIFFERENCE


def test_a_large_but_uncertain_difference_is_not_called_helpful():
    (noisy,) = [c for c in compare_zones(_history([8, 0, 8, 0, 0], [0, 0, 1]))
                if c.zone == "piriformis"]  # fmt: skip
    assert noisy.difference == pytest.approx(3.2 - 1 / 3)  # over 2 points, but
    assert noisy.uncertainty > noisy.difference / 2  # within two standard errors of 0
    assert noisy.evidence is Evidence.NO_CLEAR_DIFFERENCE


def test_a_zone_with_clearly_less_relief_is_said_so():
    (worse,) = [c for c in compare_zones(_history([0, 1, 0, 0], [4, 3, 4, 5]))
                if c.zone == "piriformis"]  # fmt: skip
    assert worse.evidence is Evidence.LESS_RELIEF
    assert worse.words().startswith("3.8 ± ") and "less relief" in worse.words()


def test_sessions_without_relief_do_not_count():
    sessions = _history([4, 4, 3], [1, 1, 2])
    unrated = [session(d, leg=(None, None), zones=("soleus",), ident=50 + d) for d in (25, 26)]
    (piriformis,) = [c for c in compare_zones([*sessions, *unrated]) if c.zone == "piriformis"]
    assert (piriformis.with_count, piriformis.without_count) == (3, 3)


@pytest.fixture
def new_zealand(monkeypatch):
    """This computer's clock 13 hours ahead of UTC (a POSIX rule: no tz database needed)."""
    monkeypatch.setenv("TZ", "NZDT-13")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_days_are_the_days_on_this_computers_calendar_not_utc_days(new_zealand):
    """18:00 UTC on 22 November is 07:00 on the 23rd in Auckland: a session that morning
    counts for Monday the 23rd (this week, today) — not for Sunday the 22nd."""
    sessions = [session(21), session(22, ident=2)]  # local: the 22nd and the 23rd
    summary = summarise(sessions, dt.date(2026, 11, 23))
    assert summary.sessions_this_week == 1
    assert summary.days_in_a_row == 2
    assert sessions[1].day == dt.date(2026, 11, 23)


def test_about_a_year_shows_every_session_and_longer_spans_the_shortest_period_that_fits():
    assert period_for(7) is None
    assert period_for(366 + 14) is None  # "Year", with its margins
    assert AGGREGATE_FROM_DAYS <= 420
    assert period_for(AGGREGATE_FROM_DAYS + 1) is Period.WEEK
    assert period_for(3 * 365) is Period.WEEK
    assert period_for(10 * 365) is Period.MONTH  # 120 months, not 520 weeks
    assert period_for(30 * 365) is Period.QUARTER
    assert period_for(200 * 365) is Period.YEAR
    for days in (401, 800, 1200, 3650, 7300, 14600):
        assert days / period_for(days).value <= MAX_PERIODS  # type: ignore[union-attr]


def test_periods_start_on_mondays_and_first_days_and_end_where_the_next_begins():
    day = dt.date(2026, 11, 26)  # a Thursday
    assert Period.WEEK.start(day) == dt.date(2026, 11, 23)
    assert Period.WEEK.after(dt.date(2026, 11, 23)) == dt.date(2026, 11, 30)
    assert Period.MONTH.start(day) == dt.date(2026, 11, 1)
    assert Period.MONTH.after(dt.date(2026, 12, 1)) == dt.date(2027, 1, 1)
    assert Period.QUARTER.start(day) == dt.date(2026, 10, 1)
    assert Period.QUARTER.after(dt.date(2026, 10, 1)) == dt.date(2027, 1, 1)
    assert Period.YEAR.start(day) == dt.date(2026, 1, 1)
    assert Period.YEAR.after(dt.date(2026, 1, 1)) == dt.date(2027, 1, 1)


def test_aggregate_gives_each_periods_mean_quartiles_and_extremes_leaving_out_no_rating():
    days = [dt.date(2026, 11, d) for d in (2, 3, 4, 5, 6, 9, 10, 16)]
    values = [2, 4, None, 6, 8, 5, None, None]  # week of the 2nd: 2 4 6 8; the 9th: 5
    first, second = aggregate(days, values, Period.WEEK)
    assert (first.start, first.end, first.count) == (dt.date(2026, 11, 2), dt.date(2026, 11, 9), 4)
    assert first.mean == pytest.approx(5.0)
    assert (first.low, first.high) == (pytest.approx(3.5), pytest.approx(6.5))
    assert (first.minimum, first.maximum) == (2, 8)
    assert (second.start, second.count, second.mean) == (dt.date(2026, 11, 9), 1, 5.0)
    assert second.low == second.high == 5.0  # one value: no spread
    # The week of the 16th had only a skipped rating: no period, never a zero.
    assert len(aggregate(days, values, Period.WEEK)) == 2
    (month,) = aggregate(days, values, Period.MONTH)
    assert month.count == 5 and month.mean == pytest.approx(5.0)
    assert count_by_period(days, Period.WEEK) == {
        dt.date(2026, 11, 2): 5, dt.date(2026, 11, 9): 2, dt.date(2026, 11, 16): 1,
    }  # fmt: skip


def test_ten_years_of_daily_ratings_make_about_120_months():
    start = dt.date(2016, 11, 24)
    days = [start + dt.timedelta(days=i) for i in range(3653)]
    spreads = aggregate(days, [i % 11 for i in range(3653)], Period.MONTH)
    assert 120 <= len(spreads) <= 121
    assert sum(s.count for s in spreads) == 3653
    assert all(0 <= s.minimum <= s.low <= s.high <= s.maximum <= 10 for s in spreads)
