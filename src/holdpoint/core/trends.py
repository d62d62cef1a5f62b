"""What the History shows: moving averages, relief, streaks, and which zones seem to help.

Pure functions over session summaries, so every number on the chart and in the summary
can be checked without a display. A rating that was not given is None and is left out of
every average (never counted as 0).

Which zones seem to help (:func:`compare_zones`) is an honest comparison: zones worked
in the same sessions cannot be told apart, so a zone is judged only against sessions
that left it out — mean relief with it minus mean relief without it, with the standard
error of that difference — and only when each group has enough sessions. A difference
under 2 points is never called helpful.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from holdpoint.core.i18n import decimal, translate
from holdpoint.core.ratings import Moment, PainKind

MOVING_WINDOW = 7
#: Sessions each group (with the zone, without it) needs before zones are compared.
MIN_SESSIONS_FOR_ZONE = 3
#: A difference in relief (points) below this is not called helpful (or unhelpful).
CLEAR_DIFFERENCE = 2.0
#: How many standard errors the difference must stand clear of zero.
Z = 2.0


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
    leg_morning: int | None = None  # the next morning's ratings, if given
    back_morning: int | None = None

    def rating(self, kind: PainKind, moment: Moment) -> int | None:
        """The ``kind`` pain rated at ``moment``; None if not given."""
        leg, back = {
            Moment.BEFORE: (self.leg_before, self.back_before),
            Moment.AFTER: (self.leg_after, self.back_after),
            Moment.NEXT_MORNING: (self.leg_morning, self.back_morning),
        }[moment]
        return leg if kind is PainKind.LEG else back

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


class Evidence(enum.StrEnum):
    """What the ratings say about one zone."""

    CANNOT_TELL = "cannot_tell"  # too few sessions with it, or without it
    NO_CLEAR_DIFFERENCE = "no_clear_difference"
    SEEMS_TO_HELP = "seems_to_help"  # ≥ 2 points more relief, clear of the uncertainty
    LESS_RELIEF = "less_relief"  # ≥ 2 points less relief, clear of the uncertainty


@dataclass(frozen=True)
class ZoneComparison:
    """Relief (before minus after) in sessions with a zone against sessions without it.

    ``difference`` is ``with_mean - without_mean``; ``uncertainty`` its standard error
    (None with fewer than :data:`MIN_SESSIONS_FOR_ZONE` sessions in either group).
    ``together_with``: zones worked in exactly the same rated sessions, whose effect
    cannot be told apart from this one's."""

    zone: str
    evidence: Evidence
    with_count: int
    without_count: int
    with_mean: float | None
    without_mean: float | None
    difference: float | None
    uncertainty: float | None
    together_with: tuple[str, ...] = ()

    def words(self) -> str:
        """The comparison in plain words, e.g. "2.4 ± 0.6 points more relief with it
        (12 sessions) than without (5)"."""
        if self.difference is None or self.uncertainty is None:
            missing = MIN_SESSIONS_FOR_ZONE - min(self.with_count, self.without_count)
            if self.with_count < self.without_count:
                if missing == 1:
                    return translate(
                        "trends", "Cannot tell yet: 1 more rated session with it needed"
                    )
                text = translate(
                    "trends", "Cannot tell yet: {count} more rated sessions with it needed"
                )
            else:
                if missing == 1:
                    return translate(
                        "trends", "Cannot tell yet: 1 more rated session without it needed"
                    )
                text = translate(
                    "trends", "Cannot tell yet: {count} more rated sessions without it needed"
                )
            return text.format(count=missing)
        if self.difference >= 0:
            text = translate(
                "trends",
                "{difference} ± {uncertainty} points more relief with it ({with_count} sessions) "
                "than without ({without_count})",
            )
        else:
            text = translate(
                "trends",
                "{difference} ± {uncertainty} points less relief with it ({with_count} sessions) "
                "than without ({without_count})",
            )
        return text.format(
            difference=decimal(abs(self.difference)),
            uncertainty=decimal(self.uncertainty),
            with_count=self.with_count,
            without_count=self.without_count,
        )


@dataclass(frozen=True)
class Summary:
    sessions_this_week: int
    days_in_a_row: int
    relief_last_30: float | None
    relief_previous_30: float | None
    #: Every zone worked in a rated session: those that seem to help first (largest
    #: difference first), then the others by zone id.
    zone_comparisons: tuple[ZoneComparison, ...] = ()


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _variance(values: Sequence[float], mean: float) -> float:
    return sum((v - mean) ** 2 for v in values) / (len(values) - 1)


def compare_zones(sessions: Sequence[SessionSummary]) -> tuple[ZoneComparison, ...]:
    """A :class:`ZoneComparison` for every zone worked in a session with a relief: the
    mean relief of sessions with it against those without it, with the standard error
    of the difference (Welch: sqrt(s1²/n1 + s2²/n2)). A zone seems to help when the
    difference is at least :data:`CLEAR_DIFFERENCE` points and more than :data:`Z`
    standard errors from zero; with fewer than :data:`MIN_SESSIONS_FOR_ZONE` sessions in
    either group it cannot be told."""
    rated = [(frozenset(s.zones), relief) for s in sessions if (relief := s.relief) is not None]
    zones = sorted({zone for worked, _ in rated for zone in worked})
    patterns = {zone: tuple(zone in worked for worked, _ in rated) for zone in zones}
    results = []
    for zone in zones:
        with_ = [relief for worked, relief in rated if zone in worked]
        without = [relief for worked, relief in rated if zone not in worked]
        together = tuple(z for z in zones if z != zone and patterns[z] == patterns[zone])
        if min(len(with_), len(without)) < MIN_SESSIONS_FOR_ZONE:
            results.append(ZoneComparison(zone, Evidence.CANNOT_TELL, len(with_),
                                          len(without), _mean(with_), _mean(without),
                                          None, None, together))  # fmt: skip
            continue
        mean_with, mean_without = sum(with_) / len(with_), sum(without) / len(without)
        difference = mean_with - mean_without
        error = math.sqrt(_variance(with_, mean_with) / len(with_)
                          + _variance(without, mean_without) / len(without))  # fmt: skip
        evidence = Evidence.NO_CLEAR_DIFFERENCE
        if abs(difference) >= CLEAR_DIFFERENCE and abs(difference) > Z * error:
            evidence = Evidence.SEEMS_TO_HELP if difference > 0 else Evidence.LESS_RELIEF
        results.append(ZoneComparison(zone, evidence, len(with_), len(without), mean_with,
                                      mean_without, difference, error, together))  # fmt: skip
    return tuple(sorted(results, key=lambda c: (c.evidence is not Evidence.SEEMS_TO_HELP,
                                                -(c.difference or 0.0)
                                                if c.evidence is Evidence.SEEMS_TO_HELP
                                                else 0.0, c.zone)))  # fmt: skip


def summarise(sessions: Sequence[SessionSummary], today: dt.date) -> Summary:
    """The cards above the chart, in one pass over the sessions (days are local days)."""
    week_start = today - dt.timedelta(days=today.weekday())
    last_30, previous_30 = today - dt.timedelta(days=29), today - dt.timedelta(days=59)
    days: set[dt.date] = set()
    this_week = 0
    recent: list[float] = []
    before: list[float] = []
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
    return Summary(
        sessions_this_week=this_week,
        days_in_a_row=days_in_a_row(days, today),
        relief_last_30=_mean(recent),
        relief_previous_30=_mean(before),
        zone_comparisons=compare_zones(sessions),
    )


# ---------------------------------------------------------------------- years at a glance

#: Beyond this many days in view, the chart shows a mean per period with the spread of the
#: ratings around it, instead of every session (about a year: "Year" still shows each).
AGGREGATE_FROM_DAYS = 400
#: At most this many periods in view: weeks while they fit, then months, quarters, years.
MAX_PERIODS = 160


class Period(enum.Enum):
    """A length of calendar time the chart sums up by; the value is its length in days."""

    WEEK = 7.0
    MONTH = 30.44
    QUARTER = 91.31
    YEAR = 365.25

    def start(self, day: dt.date) -> dt.date:
        """The first day of the period ``day`` falls in (weeks begin on Monday)."""
        if self is Period.WEEK:
            return day - dt.timedelta(days=day.weekday())
        if self is Period.YEAR:
            return day.replace(month=1, day=1)
        months = 3 if self is Period.QUARTER else 1
        return day.replace(month=(day.month - 1) // months * months + 1, day=1)

    def after(self, start: dt.date) -> dt.date:
        """The first day of the next period (``start`` begins one)."""
        if self is Period.WEEK:
            return start + dt.timedelta(days=7)
        months = {Period.MONTH: 1, Period.QUARTER: 3, Period.YEAR: 12}[self]
        index = start.year * 12 + start.month - 1 + months
        return dt.date(index // 12, index % 12 + 1, 1)


def period_for(days_in_view: float) -> Period | None:
    """How the chart sums up ``days_in_view`` days: None (every session) up to
    :data:`AGGREGATE_FROM_DAYS`, else the shortest period of which at most
    :data:`MAX_PERIODS` fit."""
    if days_in_view <= AGGREGATE_FROM_DAYS:
        return None
    for period in Period:
        if days_in_view / period.value <= MAX_PERIODS:
            return period
    return Period.YEAR


@dataclass(frozen=True)
class Spread:
    """The values of one period: their mean and how far they spread.

    ``low`` and ``high`` are the lower and upper quartiles (the middle half of the
    values lies between them); with one value all three equal it."""

    start: dt.date
    end: dt.date  # the first day of the next period
    count: int
    mean: float
    low: float
    high: float
    minimum: float
    maximum: float


def _quartiles(ordered: Sequence[float]) -> tuple[float, float]:
    """Lower and upper quartile of sorted values (linear between the nearest ranks)."""

    def at(fraction: float) -> float:
        position = fraction * (len(ordered) - 1)
        below = math.floor(position)
        above = min(below + 1, len(ordered) - 1)
        return ordered[below] + (ordered[above] - ordered[below]) * (position - below)

    return at(0.25), at(0.75)


def aggregate(
    days: Sequence[dt.date], values: Sequence[float | None], period: Period
) -> list[Spread]:
    """A :class:`Spread` for each period with a value, oldest first. ``days[i]`` is the
    day of ``values[i]``; a value that is None (not rated) is left out, never counted."""
    return aggregate_series(days, {"": values}, period)[""]


def aggregate_series(
    days: Sequence[dt.date], series: Mapping[str, Sequence[float | None]], period: Period
) -> dict[str, list[Spread]]:
    """:func:`aggregate` for several series over the same days (each day's period is
    found once)."""
    starts = _starts(days, period)
    found = {}
    for name, values in series.items():
        groups: dict[dt.date, list[float]] = {}
        for start, value in zip(starts, values, strict=True):
            if value is not None:
                groups.setdefault(start, []).append(float(value))
        spreads = []
        for start in sorted(groups):
            group = sorted(groups[start])
            low, high = _quartiles(group)
            spreads.append(Spread(start, period.after(start), len(group), sum(group) / len(group),
                                  low, high, group[0], group[-1]))  # fmt: skip
        found[name] = spreads
    return found


def _starts(days: Sequence[dt.date], period: Period) -> list[dt.date]:
    """The first day of each day's period (days repeat: each is worked out once)."""
    known: dict[dt.date, dt.date] = {}
    starts = []
    for day in days:
        start = known.get(day)
        if start is None:
            start = known[day] = period.start(day)
        starts.append(start)
    return starts


def count_by_period(days: Sequence[dt.date], period: Period) -> dict[dt.date, int]:
    """How many sessions each period holds, by the period's first day."""
    counts: dict[dt.date, int] = {}
    for start in _starts(days, period):
        counts[start] = counts.get(start, 0) + 1
    return counts
