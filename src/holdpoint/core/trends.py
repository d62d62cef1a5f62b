"""What the History shows: moving averages, relief, streaks, and which zones seem to help.

Pure functions over session summaries, so every number on the chart and in the summary
can be checked without a display. A rating that was not given is None and is left out of
every average (never counted as 0).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

MOVING_WINDOW = 7
MIN_SESSIONS_FOR_ZONE = 3


@dataclass(frozen=True)
class SessionSummary:
    id: int
    started: dt.datetime  # UTC
    routine: str
    leg_before: int | None
    leg_after: int | None
    back_before: int | None
    back_after: int | None
    zones: tuple[str, ...]  # zones with a completed hold
    hold_seconds: float

    @cached_property
    def relief(self) -> float | None:
        """Leg and back pain before minus after, averaged over what was rated."""
        drops = [
            before - after
            for before, after in ((self.leg_before, self.leg_after),
                                  (self.back_before, self.back_after))
            if before is not None and after is not None
        ]  # fmt: skip
        return _mean(drops)

    @cached_property
    def day(self) -> dt.date:
        """The day it was on this computer's calendar (``started`` is UTC)."""
        return self.started.astimezone().date()


def moving_average(
    values: Sequence[float | None], window: int = MOVING_WINDOW
) -> list[float | None]:
    """The mean of the last ``window`` sessions that have a value, at each session."""
    averages: list[float | None] = []
    recent: deque[float] = deque(maxlen=window)
    for value in values:
        if value is None:
            averages.append(None)
        else:
            recent.append(value)
            averages.append(sum(recent) / len(recent))
    return averages


def days_in_a_row(days: set[dt.date], today: dt.date) -> int:
    """Consecutive days with a session, ending today (or yesterday, if not yet today)."""
    day = today if today in days else today - dt.timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= dt.timedelta(days=1)
    return count


@dataclass(frozen=True)
class Summary:
    sessions_this_week: int
    days_in_a_row: int
    relief_last_30: float | None
    relief_previous_30: float | None
    helpful_zones: tuple[tuple[str, float, int], ...]  # (zone, mean relief, sessions)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def summarise(sessions: Sequence[SessionSummary], today: dt.date) -> Summary:
    """The cards above the chart, in one pass over the sessions (days are local days)."""
    week_start = today - dt.timedelta(days=today.weekday())
    last_30, previous_30 = today - dt.timedelta(days=29), today - dt.timedelta(days=59)
    days: set[dt.date] = set()
    this_week = 0
    recent: list[float] = []
    before: list[float] = []
    by_zone: dict[str, list[float]] = {}
    for session in sessions:
        day = session.day
        days.add(day)
        this_week += week_start <= day <= today
        relief = session.relief
        if relief is None:
            continue
        if last_30 <= day <= today:
            recent.append(relief)
        elif previous_30 <= day < last_30:
            before.append(relief)
        for zone in set(session.zones):
            by_zone.setdefault(zone, []).append(relief)
    helpful = sorted(
        ((zone, sum(values) / len(values), len(values)) for zone, values in by_zone.items()
         if len(values) >= MIN_SESSIONS_FOR_ZONE),
        key=lambda item: (-item[1], item[0]),
    )  # fmt: skip
    return Summary(
        sessions_this_week=this_week,
        days_in_a_row=days_in_a_row(days, today),
        relief_last_30=_mean(recent),
        relief_previous_30=_mean(before),
        helpful_zones=tuple(helpful[:3]),
    )
