"""Pain ratings: 0–10 for leg pain and back pain, before and after a session.

Two seconds each, by keyboard: a digit rates at once; "1" then "0" quickly makes ten.
A rating can be skipped: it is then stored as no rating, never as a made-up number.
:class:`RatingSequence` is the keyboard logic of the rating page, on the caller's clock.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from holdpoint.core.i18n import QT_TRANSLATE_NOOP, translate

#: After a "1", a "0" within this many seconds makes ten rather than zero.
TEN_WINDOW_S = 1.0
# The words under both ends of a 0–10 scale (shown through localized_all("ratings", …)).
ANCHORS = (
    QT_TRANSLATE_NOOP("ratings", "no pain"),
    QT_TRANSLATE_NOOP("ratings", "worst imaginable"),
)


class PainKind(enum.StrEnum):
    LEG = "leg"
    BACK = "back"

    @property
    def label(self) -> str:
        if self is PainKind.LEG:
            return translate("ratings", "Leg pain")
        return translate("ratings", "Back pain")


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


class RatingSequence:
    """The rating page's keys: rows (leg pain, then back pain) rated one after the other.

    Pure and clock-free: every call that depends on time takes ``now``. The row that has
    the keyboard is :attr:`current`; after the last row the sequence is :attr:`finished`.

    * A digit 0 or 2–9 rates the current row and moves on.
    * A 1 is shown at once but waits up to ``window_s`` for a 0 (ten, then it moves on).
      If the window passes (:meth:`timeout`), or any other key comes, the 1 stands and
      the sequence moves on; that other key then acts on the next row.
    * Enter (:meth:`enter`) moves on, keeping the current row as it is; a waiting 1
      stands.
    * Esc (:meth:`escape`) skips the current row: an empty row stays empty (never a
      guessed number), a rating already given stays. On the last row it finishes.
    """

    def __init__(
        self, kinds: Sequence[PainKind] = tuple(PainKind), window_s: float = TEN_WINDOW_S
    ) -> None:
        if not kinds:
            raise ValueError("a rating sequence needs at least one row")
        self.kinds = tuple(kinds)
        self.window_s = window_s
        self._values: dict[PainKind, int | None] = dict.fromkeys(self.kinds)
        self._index = 0
        self._one_at: float | None = None

    # ------------------------------------------------------------------ reading the state

    @property
    def values(self) -> dict[PainKind, int | None]:
        """Every row's rating so far (None: not rated); a waiting 1 shows as 1."""
        return dict(self._values)

    @property
    def finished(self) -> bool:
        return self._index >= len(self.kinds)

    @property
    def current(self) -> PainKind | None:
        """The row that takes the keys; None once finished."""
        return None if self.finished else self.kinds[self._index]

    @property
    def deadline(self) -> float | None:
        """When a waiting 1 stands (call :meth:`timeout` then); None if no 1 waits."""
        return None if self._one_at is None else self._one_at + self.window_s

    # ------------------------------------------------------------------ keys

    def press(self, digit: int, now: float) -> None:
        """A digit key, pressed at ``now``."""
        if isinstance(digit, bool) or not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError(f"a digit key is 0 to 9, not {digit!r}")
        if self.finished:
            return
        if self._one_at is not None:
            if digit == 0 and now - self._one_at <= self.window_s:
                self._give(10)
                return
            self._give(1)  # the 1 stands; this digit belongs to the next row
            if self.finished:
                return
        if digit == 1:
            self._values[self.kinds[self._index]] = 1
            self._one_at = now
        else:
            self._give(digit)

    def timeout(self, now: float) -> None:
        """Time passing: a 1 whose window is over at ``now`` stands, and the row moves on."""
        deadline = self.deadline
        if deadline is not None and now >= deadline:
            self._give(1)

    def enter(self) -> None:
        """Move on, keeping the current row as it is (a waiting 1 stands)."""
        if self.finished:
            return
        if self._one_at is not None:
            self._give(1)
        else:
            self._index += 1

    def escape(self) -> None:
        """Skip the current row (a waiting 1 first stands, and the next row is skipped)."""
        if self.finished:
            return
        if self._one_at is not None:
            self._give(1)
            if self.finished:
                return
        self._index += 1

    # ------------------------------------------------------------------ mouse and focus

    def choose(self, kind: PainKind, value: int) -> None:
        """A click on ``value`` in row ``kind``: that row has it, and the keys go to the
        row after it (the last row keeps them: Done or Enter finishes)."""
        check_rating(value)
        if self.finished:
            return
        if self._one_at is not None and self.current is not kind:
            self._give(1)
        self._one_at = None
        self._values[kind] = value
        self._index = min(self.kinds.index(kind) + 1, len(self.kinds) - 1)

    def go_to(self, kind: PainKind) -> None:
        """The keyboard moved to row ``kind`` (Tab, a click); a waiting 1 stands."""
        if self.finished or self.current is kind:
            return
        if self._one_at is not None:
            self._values[self.kinds[self._index]] = 1
            self._one_at = None
        self._index = self.kinds.index(kind)

    def finish(self) -> None:
        """Done: the ratings are what was given (a waiting 1 stands)."""
        if self._one_at is not None:
            self._give(1)
        self._index = len(self.kinds)

    def _give(self, value: int) -> None:
        """The current row has ``value``; move on."""
        self._values[self.kinds[self._index]] = check_rating(value)
        self._one_at = None
        self._index += 1


def change_words(before: int | None, after: int | None) -> str:
    """How a rating moved, in plain words (a 2-point or 30% drop is a meaningful change)."""
    if before is None or after is None:
        return ""
    drop = before - after
    if drop == 0:
        return translate("ratings", "no change")
    if drop < 0:
        if drop == -1:
            return translate("ratings", "1 point higher")
        return translate("ratings", "{points} points higher").format(points=-drop)
    meaningful = drop >= 2 or (before > 0 and drop / before >= 0.3)
    if meaningful:
        if drop == 1:
            return translate("ratings", "1 point lower: a clear change")
        return translate("ratings", "{points} points lower: a clear change").format(points=drop)
    if drop == 1:
        return translate("ratings", "1 point lower")
    return translate("ratings", "{points} points lower").format(points=drop)
