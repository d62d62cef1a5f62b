"""Pain ratings: 0–10 for leg pain and back pain, before and after a session.

Two seconds each, by keyboard: a digit rates at once; "1" then "0" quickly makes ten.
A rating can be skipped: it is then stored as no rating, never as a made-up number.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

#: After a "1", a "0" within this many seconds makes ten rather than zero.
TEN_WINDOW_S = 1.0
ANCHORS = ("no pain", "worst imaginable")


class PainKind(enum.StrEnum):
    LEG = "leg"
    BACK = "back"

    @property
    def label(self) -> str:
        return "Leg pain" if self is PainKind.LEG else "Back pain"


class Moment(enum.StrEnum):
    BEFORE = "before"
    AFTER = "after"
    NEXT_MORNING = "next_morning"


def check_rating(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"a pain rating is a whole number from 0 to 10, not {value!r}")
    return value


@dataclass
class DigitEntry:
    """Turns digit key presses into a 0–10 rating ("1" then "0" quickly is ten)."""

    value: int | None = None
    _one_at: float | None = None

    def press(self, digit: int, now: float) -> int:
        if self._one_at is not None and digit == 0 and now - self._one_at <= TEN_WINDOW_S:
            self.value = 10
            self._one_at = None
        else:
            self.value = check_rating(digit)
            self._one_at = now if digit == 1 else None
        return self.value


def change_words(before: int | None, after: int | None) -> str:
    """How a rating moved, in plain words (a 2-point or 30% drop is a meaningful change)."""
    if before is None or after is None:
        return ""
    drop = before - after
    if drop == 0:
        return "no change"
    if drop < 0:
        return f"{-drop} point{'s' if -drop != 1 else ''} higher"
    meaningful = drop >= 2 or (before > 0 and drop / before >= 0.3)
    words = f"{drop} point{'s' if drop != 1 else ''} lower"
    return f"{words}: a clear change" if meaningful else words
