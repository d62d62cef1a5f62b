"""Routines: ordered steps of zone, sides, hold, repetitions and rest.

:class:`RoutineDraft` is what the Map builds as the person selects zones: selecting a
zone's left and right places merges them into one step with both sides. Every value is
checked here, so a widget can never put an out-of-range hold into a routine.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from holdpoint.core.catalog import HOLD_RANGE, REPS_RANGE, REST_RANGE, Side, Zone

#: Seconds of "get ready" before each zone and side (the session engine uses the same).
PREPARE_S = 5


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

    @property
    def label(self) -> str:
        return "Left and right" if self is Sides.BOTH else self.value.capitalize()


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

    def seconds(self) -> int:
        """Estimated duration: per side, get ready, the holds and the rests between them."""
        per_side = PREPARE_S + self.reps * self.hold_s + (self.reps - 1) * self.rest_s
        return per_side * len(self.sides.members)


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

    def update(self, index: int, **changes: object) -> None:
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

    def total_seconds(self) -> int:
        return sum(step.seconds() for step in self._steps)


def format_duration(seconds: int) -> str:
    """``"12 min 30 s"``, ``"45 s"``: how long a routine takes, for people."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"
