"""Writes a running session into the history as it happens.

A session row when it starts, each hold the moment it ends (so a crash loses at most the
hold in progress), and the outcome when it ends. A write that fails (a full or read-only
disk) is reported through ``on_problem`` and the session goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from holdpoint.core.engine import Event, HoldResult, Kind
from holdpoint.core.records import HoldRow
from holdpoint.storage.errors import HistoryError

if TYPE_CHECKING:  # the store (and sqlite3) loads after the first paint
    from holdpoint.storage.history import HistoryStore


class SessionRecorder:
    def __init__(
        self, store: Callable[[], HistoryStore | None], on_problem: Callable[[str], None]
    ) -> None:
        self._store = store
        self._on_problem = on_problem
        self.session_id: int | None = None
        self.finished = False
        self.last_hold_id: int | None = None

    def begin(self, routine: str = "") -> None:
        self.finished = False
        store = self._store()
        if store is None:
            return
        try:
            self.session_id = store.start_session(routine)
        except HistoryError as error:
            self.session_id = None
            self._on_problem(f"This session cannot be saved: {error}")

    def rate(self, moment: object, values: dict, note: str = "") -> None:
        """Store the ratings given; a skipped one (None) is stored as nothing at all."""
        store = self._store()
        if store is None or self.session_id is None:
            return
        try:
            store.rate_many(self.session_id, str(moment), values)
            if note:
                store.add_note(self.session_id, note)
        except HistoryError as error:
            self._on_problem(f"Your ratings could not be saved: {error}")

    def tenderness(self, value: int) -> None:
        """The tenderness of the spot just held (0–10), given after its release."""
        store = self._store()
        if store is None or self.last_hold_id is None:
            return
        try:
            store.set_tenderness(self.last_hold_id, value)
        except HistoryError as error:
            self._on_problem(f"The tenderness could not be saved: {error}")

    def record(self, events: list[Event]) -> None:
        store = self._store()
        if store is None or self.session_id is None or self.finished:
            return
        try:
            for event in events:
                if event.hold is not None:
                    self.last_hold_id = store.add_hold(self.session_id, _row(event.hold))
                if event.kind in (Kind.SESSION_DONE, Kind.STOPPED):
                    outcome = "completed" if event.kind is Kind.SESSION_DONE else "stopped"
                    store.finish_session(self.session_id, outcome)
                    self.finished = True  # the after-ratings still belong to it
        except HistoryError as error:
            self._on_problem(f"Part of this session could not be saved: {error}")


def _row(hold: HoldResult) -> HoldRow:
    return HoldRow(
        zone=hold.zone_id,
        side=hold.side.value,
        rep=hold.rep,
        planned_s=float(hold.planned_s),
        actual_s=max(0.0, float(hold.actual_s)),
        outcome=hold.outcome.value,
    )
