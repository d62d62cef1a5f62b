"""What the History shows: moving averages, relief, streaks, and which zones seem to help.

Pure functions over session summaries, so every number on the chart and in the summary
can be checked without a display. A rating that was not given is None and is left out of
every average (never counted as 0).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
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
        return statistics.fmean(drops) if drops else None


def moving_average(
    values: Sequence[float | None], window: int = MOVING_WINDOW
) -> list[float | None]:
    """The mean of the last ``window`` sessions that have a value, at each session."""
    averages: list[float | None] = []
    recent: list[float] = []
    for value in values:
        if value is not None:
            recent = [*recent, value][-window:]
        averages.append(statistics.fmean(recent) if recent and value is not None else None)
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


def summarise(sessions: Sequence[SessionSummary], today: dt.date) -> Summary:
    week_start = today - dt.timedelta(days=today.weekday())
    local_days = {s.started.date() for s in sessions}

    def relief_between(first: dt.date, last: dt.date) -> float | None:
        values = [s.relief for s in sessions if first <= s.started.date() <= last]
        values = [v for v in values if v is not None]
        return statistics.fmean(values) if values else None

    by_zone: dict[str, list[float]] = defaultdict(list)
    for session in sessions:
        if session.relief is not None:
            for zone in set(session.zones):
                by_zone[zone].append(session.relief)
    helpful = sorted(
        ((zone, statistics.fmean(values), len(values)) for zone, values in by_zone.items()
         if len(values) >= MIN_SESSIONS_FOR_ZONE),
        key=lambda item: (-item[1], item[0]),
    )  # fmt: skip
    return Summary(
        sessions_this_week=sum(1 for s in sessions if s.started.date() >= week_start),
        days_in_a_row=days_in_a_row(local_days, today),
        relief_last_30=relief_between(today - dt.timedelta(days=29), today),
        relief_previous_30=relief_between(
            today - dt.timedelta(days=59), today - dt.timedelta(days=30)
        ),
        helpful_zones=tuple(helpful[:3]),
    )
