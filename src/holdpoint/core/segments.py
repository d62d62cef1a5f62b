"""The timeline of a routine: per step and side, get ready, then holds with rests between.

A pure function of the steps, the side worked first and the get-ready lengths; the
session engine (:mod:`holdpoint.core.engine`) times the segments it returns.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from holdpoint.core.catalog import Side
from holdpoint.core.routine import GET_READY_S, GetReady, Step, timeline


class Phase(enum.StrEnum):
    PREPARE = "prepare"
    HOLD = "hold"
    REST = "rest"
    DONE = "done"


@dataclass(frozen=True)
class Segment:
    phase: Phase
    step: int
    zone_id: str
    side: Side
    rep: int  # 1-based; the hold a rest follows, or the first hold for a prepare
    reps: int
    duration: float
    switch_side: bool = False  # a prepare that follows the other side of the same zone
    moved: bool = False  # a prepare before which the position changes (say how to get there)
    position: str = ""  # on a moved prepare: how to get into position, when known

    @property
    def place(self) -> tuple[int, Side]:
        """The zone side this segment belongs to: (step index, side)."""
        return self.step, self.side


def build_segments(
    steps: Sequence[Step],
    first_side: Side = Side.LEFT,
    get_ready: Sequence[GetReady] | float = GET_READY_S,
) -> list[Segment]:
    """The timeline of a routine: per step and side, get ready, then holds with rests.

    ``get_ready`` gives the get-ready of every (step, side) in the order of
    :func:`~holdpoint.core.routine.timeline` (see
    :func:`~holdpoint.core.routine.get_ready_plan`); a number makes every get-ready that
    long, counting each new step as a change of position and its other side as none.
    """
    places = timeline(steps, first_side)
    # The first side of each step; any other side is a switch of sides.
    firsts = [side is steps[index].sides.ordered(first_side)[0] for index, side in places]
    if isinstance(get_ready, int | float):
        get_ready = [GetReady(float(get_ready), moved=first) for first in firsts]
    if len(get_ready) != len(places):
        raise ValueError(f"{len(get_ready)} get-ready times for {len(places)} zone sides")
    segments: list[Segment] = []
    for (index, side), first, ready in zip(places, firsts, get_ready, strict=True):
        step = steps[index]
        segments.append(
            Segment(
                Phase.PREPARE,
                index,
                step.zone_id,
                side,
                1,
                step.reps,
                ready.seconds,
                switch_side=not first,
                moved=ready.moved,
                position=ready.position,
            )
        )
        for rep in range(1, step.reps + 1):
            segments.append(
                Segment(Phase.HOLD, index, step.zone_id, side, rep, step.reps, step.hold_s)
            )
            if rep < step.reps:
                segments.append(
                    Segment(Phase.REST, index, step.zone_id, side, rep, step.reps, step.rest_s)
                )
    return segments
