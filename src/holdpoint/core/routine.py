"""Routines: ordered steps of zone, sides, hold, repetitions and rest.

:class:`RoutineDraft` is what the Map builds as the person selects zones: selecting a
zone's left and right places merges them into one step with both sides. Every value is
checked here, so a widget can never put an out-of-range hold into a routine.

:func:`get_ready_plan` says how long each "get ready" of a session lasts: long where the
person has to get into a new position (the first hold, another posture, another tool,
turning over), short where they only move the ball.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from holdpoint.core.catalog import (
    HOLD_RANGE,
    REPS_RANGE,
    REST_RANGE,
    Catalog,
    Posture,
    Side,
    ToolUse,
    Zone,
)
from holdpoint.core.i18n import translate

#: Seconds of "get ready" when the position changes (the preference ``get_ready_s``).
GET_READY_S = 15
#: Seconds of "get ready" between sides or zones in the same position
#: (the preference ``get_ready_side_s``).
GET_READY_SIDE_S = 5


class Sides(enum.StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @classmethod
    def of(cls, sides: set[Side]) -> Sides:
        if sides == {Side.LEFT, Side.RIGHT}:
            return cls.BOTH
        if sides == {Side.LEFT}:
            return cls.LEFT
        if sides == {Side.RIGHT}:
            return cls.RIGHT
        raise ValueError("a step needs at least one side")

    @property
    def members(self) -> set[Side]:
        return {Side.LEFT, Side.RIGHT} if self is Sides.BOTH else {Side(self.value)}

    def ordered(self, first: Side) -> tuple[Side, ...]:
        """The sides in the order they are worked: ``first`` first, when it is one of them."""
        return tuple(sorted(self.members, key=lambda side: side is not first))

    @property
    def label(self) -> str:
        """The name shown to people: "Left", "Right", "Left and right"."""
        if self is Sides.BOTH:
            return translate("routine", "Left and right")
        return Side(self.value).label

    @property
    def in_sentence(self) -> str:
        """The name inside a sentence: "left", "right", "left and right"."""
        if self is Sides.BOTH:
            return translate("routine", "left and right")
        if self is Sides.LEFT:
            return translate("routine", "left")
        return translate("routine", "right")


class SideOrder(enum.StrEnum):
    """How a routine treats the two sides: the painful side first, or only that side."""

    LEFT_FIRST = "left_first"
    RIGHT_FIRST = "right_first"
    LEFT_ONLY = "left_only"
    RIGHT_ONLY = "right_only"

    @property
    def side(self) -> Side:
        return Side.LEFT if self.value.startswith("left") else Side.RIGHT

    @property
    def only(self) -> bool:
        return self.value.endswith("_only")

    @property
    def label(self) -> str:
        if self is SideOrder.LEFT_ONLY:
            return translate("routine", "Left side only")
        if self is SideOrder.RIGHT_ONLY:
            return translate("routine", "Right side only")
        if self is SideOrder.LEFT_FIRST:
            return translate("routine", "Both sides, left first")
        return translate("routine", "Both sides, right first")


def _check(name: str, value: int, bounds: tuple[int, int]) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number, not {value!r}")
    if not bounds[0] <= value <= bounds[1]:
        raise ValueError(f"{name} {value} is outside {bounds[0]}–{bounds[1]}")


@dataclass(frozen=True)
class Step:
    zone_id: str
    sides: Sides
    hold_s: int
    reps: int
    rest_s: int

    def __post_init__(self) -> None:
        _check("hold", self.hold_s, HOLD_RANGE)
        _check("repetitions", self.reps, REPS_RANGE)
        _check("rest", self.rest_s, REST_RANGE)
        object.__setattr__(self, "sides", Sides(self.sides))  # Qt hands enums back as str

    @classmethod
    def for_zone(cls, zone: Zone, sides: Sides) -> Step:
        return cls(zone.id, sides, zone.hold_s, zone.reps, zone.rest_s)

    def seconds(self, long_s: int = GET_READY_S, short_s: int = GET_READY_SIDE_S) -> int:
        """Estimated duration: a long get-ready at the start, a short one between the
        sides, and per side the holds and the rests between them."""
        sides = len(self.sides.members)
        per_side = self.reps * self.hold_s + (self.reps - 1) * self.rest_s
        return long_s + (sides - 1) * short_s + sides * per_side


class RoutineDraft:
    """The routine being built on the Map: an ordered list of steps, edited in place."""

    def __init__(self) -> None:
        self._steps: list[Step] = []

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    def __len__(self) -> int:
        return len(self._steps)

    def index_of(self, zone_id: str) -> int | None:
        return next((i for i, step in enumerate(self._steps) if step.zone_id == zone_id), None)

    def is_selected(self, zone_id: str, side: Side) -> bool:
        index = self.index_of(zone_id)
        return index is not None and side in self._steps[index].sides.members

    def selected(self) -> set[tuple[str, Side]]:
        return {(step.zone_id, side) for step in self._steps for side in step.sides.members}

    def select(self, zone: Zone, side: Side) -> None:
        index = self.index_of(zone.id)
        if index is None:
            self._steps.append(Step.for_zone(zone, Sides.of({side})))
        else:
            step = self._steps[index]
            self._steps[index] = replace(step, sides=Sides.of(step.sides.members | {side}))

    def deselect(self, zone_id: str, side: Side) -> None:
        index = self.index_of(zone_id)
        if index is None:
            return
        remaining = self._steps[index].sides.members - {side}
        if remaining:
            self._steps[index] = replace(self._steps[index], sides=Sides.of(remaining))
        else:
            del self._steps[index]

    def toggle(self, zone: Zone, side: Side) -> bool:
        """Select or deselect one place; returns whether it is now selected."""
        if self.is_selected(zone.id, side):
            self.deselect(zone.id, side)
            return False
        self.select(zone, side)
        return True

    def update(self, index: int, **changes: Any) -> None:
        """Change a step's sides, hold_s, reps or rest_s; a bad value raises ValueError."""
        self._steps[index] = replace(self._steps[index], **changes)

    def remove(self, index: int) -> None:
        del self._steps[index]

    def move(self, source: int, target: int) -> None:
        """Move the step at ``source`` so that it ends up at index ``target``."""
        if not (0 <= source < len(self._steps) and 0 <= target < len(self._steps)):
            raise IndexError(f"cannot move step {source} to {target}")
        self._steps.insert(target, self._steps.pop(source))

    def clear(self) -> None:
        self._steps.clear()

    def replace_all(self, steps: tuple[Step, ...] | list[Step]) -> None:
        """Make the draft exactly ``steps`` (a routine was loaded); one step per zone."""
        zones = [step.zone_id for step in steps]
        if len(set(zones)) != len(zones):
            raise ValueError("a routine lists a zone twice")
        self._steps = list(steps)

    def total_seconds(self, long_s: int = GET_READY_S, short_s: int = GET_READY_SIDE_S) -> int:
        """Estimated duration of the whole draft (see :meth:`Step.seconds`)."""
        return sum(step.seconds(long_s, short_s) for step in self._steps)


def format_duration(seconds: int) -> str:
    """``"12 min 30 s"``, ``"45 s"``: how long a routine takes, for people."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return translate("routine", "{seconds} s").format(seconds=rest)
    if rest:
        return translate("routine", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest
        )
    return translate("routine", "{minutes} min").format(minutes=minutes)


def arrange(steps: Sequence[Step], order: SideOrder) -> list[Step]:
    """``steps`` for ``order``: with "only", steps on the other side alone are dropped."""
    if not order.only:
        return list(steps)
    return [
        replace(step, sides=Sides(order.side.value))
        for step in steps
        if order.side in step.sides.members
    ]


def timeline(steps: Sequence[Step], first_side: Side = Side.LEFT) -> list[tuple[int, Side]]:
    """Every (step index, side) of ``steps``, in the order a session works them."""
    return [
        (index, side) for index, step in enumerate(steps) for side in step.sides.ordered(first_side)
    ]


@dataclass(frozen=True)
class GetReady:
    """The get-ready before one zone side: how long, and whether the position changes
    (then the screen and the voice say how to get into it: ``position``)."""

    seconds: float
    moved: bool
    position: str = ""


def _where(way: ToolUse, side: Side) -> tuple[Posture, str, Side | None]:
    """What must stay the same for a short get-ready: posture and tool, and for lying on
    one side, that side (the other side means turning over)."""
    return way.posture, way.tool, side if way.posture is Posture.SIDE else None


def get_ready_plan(
    steps: Sequence[Step],
    catalog: Catalog,
    first_side: Side = Side.LEFT,
    long_s: float = GET_READY_S,
    short_s: float = GET_READY_SIDE_S,
    ways: Sequence[ToolUse] | None = None,
) -> list[GetReady]:
    """The get-ready of every (step, side) of :func:`timeline`, in that order: ``long_s``
    (moved) before the first and wherever the posture or the tool differs from the one
    before, or a side-lying zone changes side; ``short_s`` otherwise (the other side of
    the same zone, or the next zone in the same position with the same tool). ``ways``
    gives how each step is worked (see :func:`holdpoint.core.plan.plan_session`); None:
    each zone's default way."""
    if ways is None:
        ways = [catalog.zone(step.zone_id).uses[0] for step in steps]
    if len(ways) != len(steps):
        raise ValueError(f"{len(ways)} ways for {len(steps)} steps")
    plan: list[GetReady] = []
    before: tuple[Posture, str, Side | None] | None = None
    for index, side in timeline(steps, first_side):
        here = _where(ways[index], side)
        moved = here != before
        position = ways[index].position if moved else ""
        plan.append(GetReady(long_s if moved else short_s, moved, position))
        before = here
    return plan
