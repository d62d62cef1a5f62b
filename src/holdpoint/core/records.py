"""What the history keeps of one hold: shared by the recorder, the store and demo data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HoldRow:
    """One hold as stored: zone, side, repetition, seconds planned and held, outcome."""

    zone: str
    side: str
    rep: int
    planned_s: float
    actual_s: float
    outcome: str
    tenderness: int | None = None
