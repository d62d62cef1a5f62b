"""Realistic synthetic history, for screenshots, demonstrations and benchmarks.

A person who starts with leg pain around 6 and back pain around 5, does a session on
most days (fewer at weekends, a week off now and then), and slowly improves with ups
and downs; each session relieves a little, tenderness of the zones worked eases over
weeks. Deterministic for a given seed.

Given the current time, the history ends before it, with a session earlier the same day
(so the cards read a session this week and days in a row); given a day, it ends that
evening.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

from holdpoint.core.engine import Outcome
from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.records import HoldRow
from holdpoint.core.routines import Routine


@dataclass(frozen=True)
class DemoSession:
    started_at: dt.datetime
    ended_at: dt.datetime
    routine: str
    ratings: dict[tuple[PainKind, Moment], int]  # 0..10
    holds: tuple[HoldRow, ...]


LEG, BACK = PainKind.LEG, PainKind.BACK
BEFORE, AFTER = Moment.BEFORE, Moment.AFTER


def _clamp(value: float) -> int:
    return max(0, min(10, round(value)))


def demo_sessions(
    routines: tuple[Routine, ...],
    end: dt.date | dt.datetime,
    years: float = 1.0,
    seed: int = 7,
    every_day: bool = False,
) -> Iterator[DemoSession]:
    """Sessions from ``years`` before ``end`` up to ``end``; ``every_day`` makes one each
    day (for benchmarks), otherwise most days, and always on the last day. Sessions are
    in the evening (UTC); when ``end`` is a time (the current one, timezone-aware), the
    last day is its local day and a session that would end later than
    :data:`BEFORE_NOW` before it is moved earlier to end then (or left out, where that
    would overlap the one before)."""
    now = end if isinstance(end, dt.datetime) else None
    last_day = now.astimezone().date() if now is not None else end
    assert isinstance(last_day, dt.date)
    previous_end: dt.datetime | None = None
    for session in _sessions(routines, last_day, years, seed, every_day):
        if now is not None and session.ended_at > now - BEFORE_NOW:
            moved = _before(session, now, previous_end)
            if moved is None:
                continue
            session = moved
        previous_end = session.ended_at
        yield session


#: With the current time given, the last session ends this long before it.
BEFORE_NOW = dt.timedelta(minutes=20)


def _before(
    session: DemoSession, now: dt.datetime, previous_end: dt.datetime | None
) -> DemoSession | None:
    """``session`` moved earlier so that it ends :data:`BEFORE_NOW` before ``now``; None
    if that would overlap the session before it."""
    shift = max(dt.timedelta(0), session.ended_at - (now - BEFORE_NOW))
    started, ended = session.started_at - shift, session.ended_at - shift
    if previous_end is not None and started <= previous_end:
        return None
    return DemoSession(started, ended, session.routine, session.ratings, session.holds)


def _sessions(
    routines: tuple[Routine, ...], end: dt.date, years: float, seed: int, every_day: bool
) -> Iterator[DemoSession]:
    """The sessions, each day's in its evening (UTC); the last day always has one."""
    rng = random.Random(seed)
    days = round(365 * years)
    start = end - dt.timedelta(days=days)
    tenderness: dict[tuple[str, str], float] = {}
    for index in range(days + 1):
        day = start + dt.timedelta(days=index)
        week_off = (index // 60) % 7 == 6 and index % 60 < 7  # a week off now and then
        likely = 0.45 if day.weekday() >= 5 else 0.8  # fewer sessions at weekends
        skip = not every_day and (week_off or rng.random() >= likely)
        if skip and index < days:
            continue
        progress = index / max(days, 1)
        flare = 1.5 * max(0.0, math.sin(index / 23.0)) * rng.random()
        leg = 6.5 - 3.5 * progress + flare + rng.gauss(0, 0.8)
        back = 5.0 - 2.0 * progress + flare * 0.7 + rng.gauss(0, 0.8)
        relief = max(0.0, rng.gauss(1.3, 0.7))
        routine = routines[rng.randrange(len(routines))]
        begin = dt.datetime.combine(day, dt.time(18, rng.randrange(60)), dt.UTC)
        clock = begin + dt.timedelta(seconds=5)
        holds = []
        for step in routine.steps:
            for side in sorted(step.sides.members, key=lambda s: s.value):
                key = (step.zone_id, side.value)
                level = tenderness.setdefault(key, rng.uniform(5, 8))
                for rep in range(1, step.reps + 1):
                    skipped = rng.random() < 0.02
                    actual = rng.uniform(2, step.hold_s * 0.5) if skipped else float(step.hold_s)
                    rated = rep == step.reps and rng.random() < 0.7
                    holds.append(
                        HoldRow(
                            step.zone_id,
                            side,
                            rep,
                            float(step.hold_s),
                            actual,
                            Outcome.SKIPPED if skipped else Outcome.COMPLETED,
                            _clamp(level + rng.gauss(0, 0.7)) if rated else None,
                        )
                    )
                    clock += dt.timedelta(seconds=actual + step.rest_s)
                tenderness[key] = max(1.0, level - rng.uniform(0, 0.05))
        ratings = {(LEG, BEFORE): _clamp(leg), (BACK, BEFORE): _clamp(back)}
        if rng.random() < 0.92:
            ratings[(LEG, AFTER)] = _clamp(leg - relief)
            ratings[(BACK, AFTER)] = _clamp(back - relief * 0.7)
        yield DemoSession(begin, clock, routine.name, ratings, tuple(holds))
