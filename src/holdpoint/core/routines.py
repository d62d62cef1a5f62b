"""Named routines: the built-ins in resources/routines.toml, and files a physio can send.

A routine file is validated as strictly as the catalog: every zone must exist, every
hold is 15–60 s, every count in range, each zone at most once; a bad file is refused
with the file, line, routine and key, and nothing is changed. A file from anywhere is
read defensively (see :mod:`holdpoint.core.tomlcheck`): too large, binary or too deeply
nested is a :class:`RoutineError` too, never another exception.

    format = 1
    [[routine]]
    id = "glutes_and_piriformis"
    name = "Glutes and piriformis"
    description = "..."
    steps = [
      { zone = "piriformis", sides = "both", hold_s = 30, reps = 3, rest_s = 15 },
    ]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from holdpoint.core.catalog import HOLD_RANGE, REPS_RANGE, REST_RANGE, Catalog
from holdpoint.core.routine import GET_READY_S, GET_READY_SIDE_S, Sides, Step
from holdpoint.core.tomlcheck import Entry, Locator, file_label, parse_toml, read_text, shown

FORMAT = 1
#: The most routines one file may hold (the person's own routines are one file).
MAX_ROUTINES = 200
#: The longest name and description of a routine, in characters.
MAX_NAME = 200
MAX_DESCRIPTION = 2000


class RoutineError(ValueError):
    """A routine file is malformed; the message names the file, line, routine and key."""


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    description: str
    steps: tuple[Step, ...]

    def seconds(self, long_s: int = GET_READY_S, short_s: int = GET_READY_SIDE_S) -> int:
        """Estimated duration (see :meth:`Step.seconds`)."""
        return sum(step.seconds(long_s, short_s) for step in self.steps)


def load_routines(path: Path, catalog: Catalog) -> tuple[Routine, ...]:
    text = read_text(path, RoutineError, "routine file")
    return parse_routines(text, catalog, file_label(path.name))


def parse_routines(text: str, catalog: Catalog, filename: str) -> tuple[Routine, ...]:
    data = parse_toml(text, filename, RoutineError)
    locator = Locator(text, filename)
    top = Entry(data, "the file", locator, None, error=RoutineError)
    top.only_keys({"format", "routine"})
    if top.integer("format", 1, 1_000) != FORMAT:
        top.fail("format", f"this Holdpoint reads format {FORMAT}")
    entries = top.tables("routine", locator)
    if len(entries) > MAX_ROUTINES:
        top.fail("routine", f"the file holds {len(entries):,} routines; at most {MAX_ROUTINES}")
    routines = tuple(_routine(entry, catalog) for entry in entries)
    if not routines:
        top.fail("routine", "the file holds no routine")
    seen: set[str] = set()
    for routine in routines:
        if routine.id in seen:
            raise RoutineError(f"{filename}: routine {routine.id!r}: id: used twice")
        seen.add(routine.id)
    return routines


def _routine(entry: Entry, catalog: Catalog) -> Routine:
    entry.only_keys({"id", "name", "description", "steps"})
    steps: list[Step] = []
    zone_ids = {zone.id for zone in catalog.zones}
    items = entry.list_of_tables("steps")
    if len(items) > len(zone_ids):  # the Map builds one step per zone (RoutineDraft)
        entry.fail(
            "steps",
            f"{len(items):,} steps; at most {len(zone_ids)}, each zone of the catalog once",
        )
    for index, item in enumerate(items):
        step = entry.child(item, f"steps[{index}]")
        step.only_keys({"zone", "sides", "hold_s", "reps", "rest_s"})
        zone = step.text("zone")
        if zone not in zone_ids:
            step.fail("zone", f"{shown(zone)} is not a zone of the catalog")
        if any(earlier.zone_id == zone for earlier in steps):
            step.fail("zone", f"{zone!r} is listed twice; a routine works each zone once")
        steps.append(
            Step(
                zone_id=zone,
                sides=step.choice("sides", Sides),
                hold_s=step.integer("hold_s", *HOLD_RANGE),
                reps=step.integer("reps", *REPS_RANGE),
                rest_s=step.integer("rest_s", *REST_RANGE),
            )
        )
    return Routine(
        id=entry.identifier("id"),
        name=entry.words("name", MAX_NAME),
        description=(
            entry.words("description", MAX_DESCRIPTION, multiline=True)
            if entry.data.get("description")
            else ""
        ),
        steps=tuple(steps),
    )


def dump_routine(routine: Routine) -> str:
    """A routine as a file another Holdpoint can import (the format above)."""
    return dump_routines([routine])


def routine_id(name: str) -> str:
    """An id for a routine the person named: lowercase letters, digits and _."""
    ident = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "routine"
    return ident if ident[0].isalpha() else f"routine_{ident}"


def dump_routines(routines: list[Routine] | tuple[Routine, ...]) -> str:
    """Routines as one file in the format above."""

    def quoted(text: str) -> str:
        # Control characters are escaped: written raw, they would make the file invalid.
        escaped = text.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m[0]):04x}", escaped) + '"'

    lines = [f"format = {FORMAT}"]
    for routine in routines:
        lines += [
            "",
            "[[routine]]",
            f"id = {quoted(routine.id)}",
            f"name = {quoted(routine.name)}",
            *([f"description = {quoted(routine.description)}"] if routine.description else []),
            "steps = [",
        ]
        for s in routine.steps:
            lines.append(
                f"  {{ zone = {quoted(s.zone_id)}, sides = {quoted(s.sides.value)}, "
                f"hold_s = {s.hold_s}, reps = {s.reps}, rest_s = {s.rest_s} }},"
            )
        lines.append("]")
    return "\n".join(lines) + "\n"
