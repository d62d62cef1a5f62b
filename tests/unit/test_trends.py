"""The numbers the History shows, checked without a display."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from holdpoint.core.trends import SessionSummary, days_in_a_row, moving_average, summarise


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


def test_summary_compares_the_last_30_days_with_the_30_before_and_ranks_zones():
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
    zones = [(zone, count) for zone, _mean, count in summary.helpful_zones]
    assert zones == [("piriformis", 4), ("soleus", 3)]  # gluteus_medius: too few sessions


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
