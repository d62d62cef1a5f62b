"""Reminders: the days and times a person chose, and whether one is due now.

Pure and clock-free: every function takes ``now``. Times are wall-clock times of the
person's computer (naive local datetimes, as ``datetime.now()`` gives; aware ones work
too, in ``now``'s zone). A *slot* is one chosen time on one chosen day.

:func:`due` fires each slot once. After the computer slept through several slots it fires
at most one, the latest, and only if that one is at most :data:`MISSED_GRACE` old:
reminders never pile up, and a reminder hours late is no reminder.

The two halves are stored as text, like :class:`~holdpoint.core.catalog.ToolSet`:
``ReminderDays("mon,tue,wed,thu,fri")`` and ``ReminderTimes("08:00,20:00")``; ``str()``
gives the text back, and the empty text means no reminders.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

#: The days' names in the stored text, Monday first (``date.weekday()``'s numbers).
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: How late a missed reminder may still come (after a sleep, or while nothing checked).
MISSED_GRACE = dt.timedelta(hours=1)
#: A last reminder this far ahead of the clock means the clock was wrong then (or is
#: now), not that the person was reminded: it no longer holds reminders back.
CLOCK_SLACK = dt.timedelta(days=1)

_TIME = re.compile(r"(\d{1,2}):(\d{2})")


class ReminderDays(frozenset[int]):
    """The weekdays to remind on, 0 (Monday) to 6 (Sunday); stored as "mon,tue,…"."""

    def __new__(cls, items: Iterable[int | str] | str = ()) -> ReminderDays:
        if isinstance(items, str):  # the stored form; an unknown name raises ValueError
            items = [part.strip() for part in items.split(",") if part.strip()]
        days = set()
        for item in items:
            if isinstance(item, str):
                if item.lower() not in DAY_NAMES:
                    raise ValueError(f"{item!r} is not a day ({', '.join(DAY_NAMES)})")
                days.add(DAY_NAMES.index(item.lower()))
            elif isinstance(item, int) and not isinstance(item, bool) and 0 <= item <= 6:
                days.add(item)
            else:
                raise ValueError(f"{item!r} is not a weekday number 0–6")
        return super().__new__(cls, days)

    def __str__(self) -> str:
        return ",".join(DAY_NAMES[day] for day in sorted(self))

    def __repr__(self) -> str:
        return f"ReminderDays({str(self)!r})"


class ReminderTimes(tuple[tuple[int, int], ...]):
    """The times of day to remind at, as sorted (hour, minute) pairs without repeats;
    stored as "08:00,20:00"."""

    def __new__(cls, items: Iterable[tuple[int, int] | str] | str = ()) -> ReminderTimes:
        if isinstance(items, str):  # the stored form; a malformed time raises ValueError
            items = [part.strip() for part in items.split(",") if part.strip()]
        times = set()
        for item in items:
            if isinstance(item, str):
                match = _TIME.fullmatch(item)
                if match is None:
                    raise ValueError(f"{item!r} is not a time like 08:00")
                hour, minute = int(match[1]), int(match[2])
            else:
                hour, minute = item
            if not (0 <= hour <= 23 and 0 <= minute <= 59):
                raise ValueError(f"{hour:02d}:{minute:02d} is not a time of day")
            times.add((hour, minute))
        return super().__new__(cls, sorted(times))

    def __str__(self) -> str:
        return ",".join(f"{hour:02d}:{minute:02d}" for hour, minute in self)

    def __repr__(self) -> str:
        return f"ReminderTimes({str(self)!r})"


@dataclass(frozen=True)
class ReminderPlan:
    """When to remind: every chosen time on every chosen day. Either empty: never."""

    days: ReminderDays = field(default_factory=ReminderDays)
    times: ReminderTimes = field(default_factory=ReminderTimes)

    def __post_init__(self) -> None:  # plain sets and tuples are accepted, and checked
        object.__setattr__(self, "days", ReminderDays(self.days))
        object.__setattr__(self, "times", ReminderTimes(self.times))

    @property
    def active(self) -> bool:
        """Whether any reminder is set at all."""
        return bool(self.days and self.times)

    def slots_on(self, day: dt.date, tz: dt.tzinfo | None = None) -> list[dt.datetime]:
        """The reminders of ``day``, in order (none on a day not chosen)."""
        if day.weekday() not in self.days:
            return []
        return [dt.datetime.combine(day, dt.time(h, m), tzinfo=tz) for h, m in self.times]

    def _days_from(self, now: dt.datetime, step: int) -> Iterator[list[dt.datetime]]:
        """Each day's slots from ``now``'s day on, forwards (+1) or backwards (-1), one
        week and a day: every chosen weekday comes up in it."""
        for offset in range(8):
            yield self.slots_on(now.date() + dt.timedelta(days=step * offset), now.tzinfo)


def previous_slot(plan: ReminderPlan, now: dt.datetime) -> dt.datetime | None:
    """The latest slot at or before ``now``; None when no reminder is set."""
    for slots in plan._days_from(now, -1):
        earlier = [slot for slot in slots if slot <= now]
        if earlier:
            return earlier[-1]
    return None


def next_slot(plan: ReminderPlan, now: dt.datetime) -> dt.datetime | None:
    """The first slot after ``now`` (for the timer); None when no reminder is set."""
    for slots in plan._days_from(now, 1):
        later = [slot for slot in slots if slot > now]
        if later:
            return later[0]
    return None


def due(plan: ReminderPlan, last_fired: dt.datetime | None, now: dt.datetime) -> dt.datetime | None:
    """The slot to remind of now, or None.

    ``last_fired`` is the slot of the last reminder given (what this returned then).
    The latest slot at or before ``now`` is due unless it was given already (or a later
    one was) or it is more than :data:`MISSED_GRACE` old: so each slot fires once, and
    after a long sleep at most one fires. A ``last_fired`` more than :data:`CLOCK_SLACK`
    ahead of ``now`` came from a clock that was wrong, and is not held against today.
    """
    if last_fired is not None and (last_fired.tzinfo is None) != (now.tzinfo is None):
        last_fired = None  # cannot be compared: as if never
    slot = previous_slot(plan, now)
    if slot is None or now - slot > MISSED_GRACE:
        return None
    if last_fired is not None and slot <= last_fired <= now + CLOCK_SLACK:
        return None
    return slot


def parse_fired(text: str) -> dt.datetime | None:
    """The stored last reminder ("" or an ISO date and time, local) as a naive datetime;
    None for the empty text or one that cannot be read (then nothing holds a reminder
    back). A time with a UTC offset is turned into this computer's local time."""
    try:
        fired = dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if fired is not None and fired.tzinfo is not None:
        fired = fired.astimezone().replace(tzinfo=None)
    return fired
