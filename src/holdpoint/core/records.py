"""What the history keeps of a session and its holds: shared by the recorder, the store
and demo data. Typed down to the SQL boundary: sides, outcomes and rating moments are
enums here and become text only inside :mod:`holdpoint.storage.history`."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from holdpoint.core.catalog import Side
from holdpoint.core.engine import Outcome


class SessionOutcome(enum.StrEnum):
    """How a session ended (NULL in the database while it has not ended)."""

    COMPLETED = "completed"
    STOPPED = "stopped"


@dataclass(frozen=True)
class HoldRow:
    """One hold as stored: zone, side, repetition, seconds planned and held, outcome."""

    zone: str
    side: Side
    rep: int
    planned_s: float
    actual_s: float
    outcome: Outcome
    tenderness: int | None = None
