"""Reminders: the chosen days and times, their stored text, and when one is due."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from holdpoint.core.reminders import (
    MISSED_GRACE,
    ReminderDays,
    ReminderPlan,
    ReminderTimes,
    due,
    next_slot,
    parse_fired,
    previous_slot,
)

WEEKDAYS = ReminderPlan(ReminderDays("mon,tue,wed,thu,fri"), ReminderTimes("08:00,20:00"))
MONDAY = dt.date(2026, 3, 2)  # a Monday


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute, second))


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


# ------------------------------------------------------------------------- stored text


def test_the_text_forms_read_back_in_one_order():
    assert ReminderDays(" Fri,mon , wed") == {0, 2, 4}
    assert str(ReminderDays("fri,mon,wed")) == "mon,wed,fri"
    assert ReminderTimes("20:00, 8:00,08:00") == ((8, 0), (20, 0))  # sorted, no repeats
    assert str(ReminderTimes("20:00,8:05")) == "08:05,20:00"
    assert str(ReminderDays()) == "" and str(ReminderTimes()) == ""
    assert ReminderDays("") == ReminderDays() and ReminderTimes("") == ReminderTimes()
    assert repr(ReminderTimes("8:00")) == "ReminderTimes('08:00')"


@pytest.mark.parametrize("text", ["monday", "mon,xyz", "1"])
def test_unknown_days_are_refused(text):
    with pytest.raises(ValueError):
        ReminderDays(text)


@pytest.mark.parametrize("text", ["24:00", "08:60", "8", "08:00:00", "noon", "-1:00", "8:5"])
def test_impossible_times_are_refused(text):
    with pytest.raises(ValueError):
        ReminderTimes(text)


def test_numbers_and_pairs_are_checked_too():
    assert ReminderDays([0, 6]) == {0, 6}
    with pytest.raises(ValueError):
        ReminderDays([7])
    with pytest.raises(ValueError):
        ReminderDays([True])
    with pytest.raises(ValueError):
        ReminderTimes([(25, 0)])
    assert ReminderPlan({1}, ((9, 30),)).days == ReminderDays("tue")  # type: ignore[arg-type]


day_sets = st.frozensets(st.integers(0, 6))
time_lists = st.lists(st.tuples(st.integers(0, 23), st.integers(0, 59)), max_size=6)


@given(day_sets, time_lists)
def test_any_plan_survives_its_text(days_chosen, times_chosen):
    stored_days, stored_times = ReminderDays(days_chosen), ReminderTimes(times_chosen)
    assert ReminderDays(str(stored_days)) == stored_days
    assert ReminderTimes(str(stored_times)) == stored_times
    assert list(stored_times) == sorted(set(times_chosen))


def test_empty_days_or_times_mean_no_reminders():
    now = at(MONDAY, 8)
    for plan in (ReminderPlan(), ReminderPlan(times=ReminderTimes("08:00")),
                 ReminderPlan(days=ReminderDays("mon"))):  # fmt: skip
        assert not plan.active
        assert due(plan, None, now) is None
        assert next_slot(plan, now) is None and previous_slot(plan, now) is None


def test_parse_fired_reads_what_was_stored_and_nothing_else():
    assert parse_fired("") is None
    assert parse_fired("2026-03-02T08:00:00") == at(MONDAY, 8)
    assert parse_fired("yesterday") is None


# ---------------------------------------------------------------------------- due


def test_a_slot_fires_at_its_time_and_once():
    assert due(WEEKDAYS, None, at(MONDAY, 7, 59, 59)) is None
    assert due(WEEKDAYS, None, at(MONDAY, 8)) == at(MONDAY, 8)
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY, 8, 1)) is None
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY, 19, 59)) is None
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY, 20, 0, 30)) == at(MONDAY, 20)


def test_weekends_are_left_out():
    saturday = MONDAY + days(5)
    assert due(WEEKDAYS, at(MONDAY + days(4), 20), at(saturday, 8, 5)) is None
    assert next_slot(WEEKDAYS, at(MONDAY + days(4), 20)) == at(MONDAY + days(7), 8)


def test_a_slot_missed_by_less_than_an_hour_still_fires():
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY, 20, 59)) == at(MONDAY, 20)
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY, 21)) == at(MONDAY, 20)  # exactly an hour
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY, 21, 0, 1)) is None


def test_after_a_long_sleep_only_the_latest_slot_and_only_within_the_hour():
    # Asleep from Monday 07:00 to Wednesday 20:30: five slots passed, one fires.
    assert due(WEEKDAYS, None, at(MONDAY + days(2), 20, 30)) == at(MONDAY + days(2), 20)
    assert due(WEEKDAYS, at(MONDAY + days(2), 20), at(MONDAY + days(2), 20, 31)) is None
    # Waking at 22:00: the 20:00 one is too late, and no older one stands in for it.
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY + days(2), 22)) is None


def test_a_restart_does_not_fire_a_slot_again():
    stored = at(MONDAY, 8).isoformat()
    assert due(WEEKDAYS, parse_fired(stored), at(MONDAY, 8, 10)) is None


def test_a_last_reminder_from_a_wrong_clock_does_not_silence_reminders_for_ever():
    from_the_future = at(MONDAY + days(400), 8)
    assert due(WEEKDAYS, from_the_future, at(MONDAY, 8, 1)) == at(MONDAY, 8)
    # A clock set back by minutes (or the hour repeated in autumn) fires nothing twice.
    assert due(WEEKDAYS, at(MONDAY, 8), at(MONDAY, 8, 30)) is None


def test_aware_times_work_in_now_s_zone_and_a_mismatch_is_as_if_never():
    zone = dt.timezone(dt.timedelta(hours=2))
    now = at(MONDAY, 8, 5).replace(tzinfo=zone)
    assert due(WEEKDAYS, None, now) == at(MONDAY, 8).replace(tzinfo=zone)
    assert due(WEEKDAYS, at(MONDAY, 8), now) == at(MONDAY, 8).replace(tzinfo=zone)


def test_next_slot_is_strictly_later():
    assert next_slot(WEEKDAYS, at(MONDAY, 8)) == at(MONDAY, 20)
    assert next_slot(WEEKDAYS, at(MONDAY, 7, 59)) == at(MONDAY, 8)
    sunday_only = ReminderPlan(ReminderDays("sun"), ReminderTimes("09:00"))
    assert next_slot(sunday_only, at(MONDAY - days(1), 9)) == at(MONDAY + days(6), 9)


# ------------------------------------------------------------------ properties of due

plans = st.builds(
    ReminderPlan,
    day_sets.filter(bool),
    time_lists.filter(bool),
)
moments = st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1))
# Gaps between two checks: mostly a minute or less, sometimes a sleep of hours or days.
gaps = st.one_of(
    st.integers(1, 60).map(lambda s: dt.timedelta(seconds=s)),
    st.integers(1, 72 * 60).map(lambda m: dt.timedelta(minutes=m)),
)


def _run(plan: ReminderPlan, start: dt.datetime, steps: list[dt.timedelta]):
    """Check at ``start`` and after each gap, as the tray does; the slots fired, and
    every slot that passed with the checks around it."""
    fired: list[tuple[dt.datetime, dt.datetime]] = []  # (slot, when)
    last, now, nows = None, start, [start]
    for step in [dt.timedelta(0), *steps]:
        now += step
        nows.append(now)
        slot = due(plan, last, now)
        if slot is not None:
            fired.append((slot, now))
            last = slot
    return fired, nows


@settings(max_examples=200, deadline=None)
@given(plans, moments, st.lists(gaps, max_size=60))
def test_no_slot_ever_fires_twice_and_each_fires_in_its_hour(plan, start, steps):
    fired, _ = _run(plan, start, steps)
    slots = [slot for slot, _ in fired]
    assert len(slots) == len(set(slots))
    assert slots == sorted(slots)
    for slot, when in fired:
        assert slot <= when <= slot + MISSED_GRACE
        assert slot.weekday() in plan.days and (slot.hour, slot.minute) in plan.times


@settings(max_examples=100, deadline=None)
@given(plans, moments, st.integers(1, 2000))
def test_checked_every_minute_every_slot_fires(plan, start, minutes):
    fired, _ = _run(plan, start, [dt.timedelta(minutes=1)] * minutes)
    end = start + dt.timedelta(minutes=minutes)
    expected, moment = [], start
    while (slot := next_slot(plan, moment)) is not None and slot <= end:
        expected.append(slot)
        moment = slot
    first = previous_slot(plan, start)
    if first is not None and start - first <= MISSED_GRACE:  # missed just before: comes too
        expected.insert(0, first)
    assert [slot for slot, _ in fired] == expected


@settings(max_examples=200, deadline=None)
@given(plans, moments, st.integers(1, 10 * 24 * 60))
def test_after_any_sleep_at_most_one_fires(plan, start, asleep_minutes):
    woke = start + dt.timedelta(minutes=asleep_minutes)
    fired, _ = _run(plan, start, [woke - start])
    late = [slot for slot, when in fired if when == woke]
    assert len(late) <= 1
    latest = previous_slot(plan, woke)
    if late:
        assert late == [latest]
    elif latest is not None and latest > start:  # a slot passed asleep, and none fired
        assert woke - latest > MISSED_GRACE
