"""Writes one running session into the history as it happens.

One recorder per session, so two sessions can never share a session id. The session row
is written when its first hold begins, with the before-ratings given on the way in: a
start abandoned before any hold leaves nothing behind. Each hold is written the moment it
ends (a crash loses at most the hold in progress), and the outcome when the session ends.

A write that fails (a full or read-only disk, a busy file) is reported once through
``on_problem``; it and everything after it wait in memory, in order, and are written as
soon as a later write goes through, so the session goes on and nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from holdpoint.core.engine import Event, HoldResult, Kind
from holdpoint.core.i18n import translate
from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.records import HoldRow, SessionOutcome
from holdpoint.storage.errors import HistoryError

if TYPE_CHECKING:  # the store (and sqlite3) loads after the first paint
    from holdpoint.storage.history import HistoryStore

Ratings = Mapping[PainKind, int | None]
_Write = Callable[["HistoryStore"], None]


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SessionRecorder:
    """The history's side of one session; see the module's docstring."""

    def __init__(
        self,
        store: Callable[[], HistoryStore | None],
        routine: str,
        on_problem: Callable[[str], None],
        wall_clock: Callable[[], str] = utc_now,
    ) -> None:
        self._store = store
        self._on_problem = on_problem
        self._wall_clock = wall_clock
        self.routine = routine
        self.session_id: int | None = None
        self.finished = False
        self._before: tuple[Ratings, str] = ({}, "")
        self._pending: list[_Write] = []
        self._hold_ids: list[int] = []
        self._holds = 0  # holds handed in so far (written or waiting)
        self._failing = False

    @property
    def started(self) -> bool:
        """The first hold has begun: the session exists (written or waiting to be)."""
        return self._holds > 0 or bool(self._pending) or self.session_id is not None

    @property
    def waiting(self) -> int:
        """Writes that wait for the disk to accept them."""
        return len(self._pending)

    # ------------------------------------------------------------------ the person's input

    def rate_before(self, values: Ratings, note: str = "") -> None:
        """Kept until the session row is written (with it, when the first hold begins)."""
        self._before = (dict(values), note)

    def rate_after(self, values: Ratings, note: str = "") -> None:
        """The after-ratings; ignored for a session that never began (nothing to rate)."""
        if not self.started:
            return
        self._queue(lambda store: self._write_ratings(store, Moment.AFTER, values, note))

    def tenderness(self, value: int) -> None:
        """How tender the spot just released was (0–10)."""
        if self._holds == 0:
            return
        index = self._holds - 1
        self._queue(lambda store: store.set_tenderness(self._hold_ids[index], value))

    # ------------------------------------------------------------------ the engine's events

    def record(self, events: list[Event]) -> None:
        queued = False
        for event in events:
            if self.finished:
                break
            if event.kind is Kind.HOLD_STARTED and not self.started:
                self._pending.append(self._open(self._wall_clock()))
                queued = True
            if event.hold is not None and self.started:
                self._holds += 1
                self._pending.append(self._hold_write(_row(event.hold), self._wall_clock()))
                queued = True
            if event.kind in (Kind.SESSION_DONE, Kind.STOPPED) and self.started:
                outcome = (
                    SessionOutcome.COMPLETED
                    if event.kind is Kind.SESSION_DONE
                    else SessionOutcome.STOPPED
                )
                self._pending.append(self._finish_write(outcome, self._wall_clock()))
                self.finished = True  # the after-ratings still belong to it
                queued = True
        if queued:
            self.flush()

    # ------------------------------------------------------------------ writing

    def _queue(self, write: _Write) -> None:
        self._pending.append(write)
        self.flush()

    def flush(self) -> bool:
        """Write whatever waits, in order; True when nothing waits any more."""
        if not self._pending:
            return True
        store = self._store()
        if store is None:  # the history cannot be opened: the store has said why
            return False
        while self._pending:
            try:
                self._pending[0](store)
            except HistoryError as error:
                if error.refused:  # the value itself was refused: trying again cannot help
                    self._pending.pop(0)
                    self._on_problem(
                        translate(
                            "recorder", "Part of this session could not be saved: {error}"
                        ).format(error=error)
                    )
                    continue
                if not self._failing:
                    self._failing = True
                    self._on_problem(
                        translate(
                            "recorder",
                            "Part of this session could not be saved yet ({error}); it is kept "
                            "and will be saved as soon as the disk allows.",
                        ).format(error=error)
                    )
                return False
            self._pending.pop(0)
        if self._failing:
            self._failing = False
            self._on_problem(translate("recorder", "Everything from this session is saved now."))
        return True

    def _open(self, started_at: str) -> _Write:
        def write(store: HistoryStore) -> None:  # may run again after a failure: idempotent
            if self.session_id is None:
                self.session_id = store.start_session(self.routine, started_at)
            values, note = self._before
            self._write_ratings(store, Moment.BEFORE, values, note)

        return write

    def _write_ratings(
        self, store: HistoryStore, moment: Moment, values: Ratings, note: str
    ) -> None:
        assert self.session_id is not None
        store.rate_many(self.session_id, moment, values)
        if note:
            store.add_note(self.session_id, note)

    def _hold_write(self, row: HoldRow, ended_at: str) -> _Write:
        def write(store: HistoryStore) -> None:
            assert self.session_id is not None
            self._hold_ids.append(store.add_hold(self.session_id, row, ended_at))

        return write

    def _finish_write(self, outcome: SessionOutcome, ended_at: str) -> _Write:
        def write(store: HistoryStore) -> None:
            assert self.session_id is not None
            store.finish_session(self.session_id, outcome, ended_at)

        return write


def _row(hold: HoldResult) -> HoldRow:
    return HoldRow(
        zone=hold.zone_id,
        side=hold.side,
        rep=hold.rep,
        planned_s=float(hold.planned_s),
        actual_s=max(0.0, float(hold.actual_s)),
        outcome=hold.outcome,
    )
