"""The demo history ends today, before the current time, with a session to show."""

from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest

from holdpoint import assets
from holdpoint.core.catalog import load_catalog
from holdpoint.core.demo import BEFORE_NOW, demo_sessions
from holdpoint.core.routines import load_routines
from holdpoint.core.trends import SessionSummary, summarise


@pytest.fixture(scope="module")
def routines():
    catalog = load_catalog(assets.resource_path("zones.toml"))
    return load_routines(assets.resource_path("routines.toml"), catalog)


@pytest.fixture(params=["UTC0", "NZST-12", "HST10"])
def zone(request, monkeypatch):
    """This computer's clock in UTC, far ahead of it, and far behind it."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _summaries(sessions):
    return [SessionSummary(i, s.started_at, s.routine, None, None, None, None, (), 0.0)
            for i, s in enumerate(sessions)]  # fmt: skip


@pytest.mark.parametrize(
    "now",
    [
        dt.datetime(2026, 11, 30, 13, 21, tzinfo=dt.UTC),  # a Monday, early afternoon
        dt.datetime(2026, 11, 25, 9, 5, tzinfo=dt.UTC),  # before the usual evening session
        dt.datetime(2026, 11, 28, 23, 50, tzinfo=dt.UTC),  # a Saturday, late
    ],
)
def test_the_demo_ends_before_now_with_a_session_today(routines, zone, now):
    sessions = list(demo_sessions(routines, now, years=2))
    assert len(sessions) > 300
    assert all(s.ended_at <= now - BEFORE_NOW for s in sessions)  # nothing later than now
    assert all(s.started_at < s.ended_at for s in sessions)
    ordered = [s.started_at for s in sessions]
    assert ordered == sorted(ordered)
    assert all(a.ended_at < b.started_at for a, b in itertools.pairwise(sessions))
    today = now.astimezone().date()
    assert sessions[-1].started_at.astimezone().date() == today
    summary = summarise(_summaries(sessions), today)
    assert summary.sessions_this_week >= 1
    assert summary.days_in_a_row >= 1
    first = sessions[0].started_at.astimezone().date()
    assert (today - first).days >= 2 * 365 - 2


def test_a_day_for_the_end_keeps_the_evening_sessions(routines):
    """Benchmarks pass a day: every day of it, in the evening."""
    sessions = list(demo_sessions(routines, dt.date(2026, 11, 23), years=1, every_day=True))
    assert len(sessions) == 366
    assert sessions[-1].started_at.date() == dt.date(2026, 11, 23)
    assert all(s.started_at.hour == 18 for s in sessions)


def test_the_same_seed_gives_the_same_history(routines):
    now = dt.datetime(2026, 11, 30, 13, 21, tzinfo=dt.UTC)
    assert list(demo_sessions(routines, now, 1)) == list(demo_sessions(routines, now, 1))
