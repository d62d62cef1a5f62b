"""What a session will really do: a routine fitted to the person's precautions and to
the dose of their first week. One pure function the app calls at every start, so the
Map, a built-in routine, a physio's file and ``--start`` are all adapted the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from holdpoint.core.catalog import Catalog, Tool, ToolUse
from holdpoint.core.dose import apply_cap, first_week_cap
from holdpoint.core.health import LeftOut, adapt, get_ready_lengths
from holdpoint.core.i18n import translate
from holdpoint.core.routine import Step
from holdpoint.core.safety import Precaution


@dataclass(frozen=True)
class SessionPlan:
    """The steps to run with the ``ways`` they are worked (one per step: tool, posture,
    how to get into position), the get-ready lengths (position change, between sides),
    the zones ``left_out`` with their reasons, and ``notes`` for the person."""

    steps: tuple[Step, ...]
    ways: tuple[ToolUse, ...]
    long_s: int
    short_s: int
    left_out: tuple[LeftOut, ...]
    notes: tuple[str, ...]


def plan_session(
    steps: Sequence[Step],
    precautions: Collection[Precaution],
    catalog: Catalog,
    first_session_day: dt.date | None,
    today: dt.date,
    long_s: int,
    short_s: int,
    tools: Collection[Tool] | None = None,
) -> SessionPlan:
    """``steps`` adapted to ``precautions`` (as :meth:`HealthCheck.in_effect` gives them)
    and the person's ``tools`` (None: any), then capped in the first week (from
    ``first_session_day``; None: this is the first)."""
    adapted = adapt(steps, precautions, catalog, tools)
    long_s, short_s = get_ready_lengths(precautions, long_s, short_s)
    notes = [
        translate("plan", "{zone} is left out: {reason}").format(
            zone=catalog.zone(out.zone_id).name, reason=out.reason
        )
        for out in adapted.left_out
    ]
    notes += adapted.notes
    kept = adapted.steps
    cap = first_week_cap(first_session_day, today)
    if cap is not None and kept:
        capped = apply_cap(kept, cap, long_s, short_s)
        if capped.changes:
            notes += [cap.text, *capped.changes]
        kept = capped.steps
    # The cap keeps a prefix of the steps, so their ways are the first ones.
    ways = adapted.ways[: len(kept)]
    return SessionPlan(tuple(kept), ways, long_s, short_s, adapted.left_out, tuple(notes))
