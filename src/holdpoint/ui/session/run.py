"""One session's whole life, owned by one object: rate before → running → rate after → done.

A :class:`SessionRun` holds everything that belongs to one session: the routine with its
name, the side order, the engine (through its timer, :class:`SessionController`), the
recorder that writes it into the history, and the ratings. The Session place and the
window only show it and pass the person's input to it. Each run has its own recorder,
so the holds of two sessions can never mix; a run that is over stays over.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from holdpoint.core.catalog import Side
from holdpoint.core.engine import Event, SessionEngine, Snapshot
from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.routine import GetReady, SideOrder, Step, arrange
from holdpoint.core.routines import Routine
from holdpoint.storage.recorder import SessionRecorder
from holdpoint.ui.session.controller import SessionController

if TYPE_CHECKING:
    from holdpoint.storage.history import HistoryStore


class Stage(enum.Enum):
    RATE_BEFORE = "rate before"
    RUNNING = "running"
    RATE_AFTER = "rate after"
    DONE = "done"


class SessionRun(QObject):
    """One session, from the before-rating to the end; see the module's docstring."""

    #: The run moved on to another :class:`Stage`.
    stageChanged = Signal(object)
    #: The engine's events, in order, after the recorder has taken them.
    eventsDue = Signal(list)
    #: A fresh :class:`Snapshot` of the timer (about ten a second while running).
    changed = Signal(object)
    #: The computer slept this many seconds mid-session; the run is paused.
    suspended = Signal(float)

    def __init__(
        self,
        routine: Routine,
        order: SideOrder,
        *,
        store: Callable[[], HistoryStore | None],
        on_problem: Callable[[str], None],
        clock: Callable[[], float],
        get_ready: Callable[[Sequence[Step], Side], Sequence[GetReady]],
        ask_before: bool = True,
        notes: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        #: What was changed to fit the person (left out, shorter), to show at the start.
        self.notes = tuple(notes)
        self.order = order
        self.steps = arrange(routine.steps, order)
        if not self.steps:
            if order.side is Side.LEFT:
                raise ValueError(self.tr("Nothing to do on the left side in this routine."))
            raise ValueError(self.tr("Nothing to do on the right side in this routine."))
        self.ask_before = ask_before
        self._get_ready = get_ready
        self.controller = SessionController(clock, parent=self)
        self.recorder = SessionRecorder(store, routine.name, on_problem)
        self.stage = Stage.RATE_BEFORE
        self.before: dict[PainKind, int | None] = dict.fromkeys(PainKind)
        self.controller.eventsDue.connect(self._events)
        self.controller.changed.connect(self.changed)
        self.controller.suspended.connect(self.suspended)
        self.controller.finished.connect(self._finished)

    # ------------------------------------------------------------------ reading

    @property
    def engine(self) -> SessionEngine | None:
        return self.controller.engine

    @property
    def active(self) -> bool:
        """Not over yet: rating before, running, or waiting for the after-rating."""
        return self.stage is not Stage.DONE

    @property
    def running(self) -> bool:
        return self.stage is Stage.RUNNING

    def snapshot(self) -> Snapshot | None:
        return self.controller.snapshot()

    # ------------------------------------------------------------------ the person's input

    def begin(self) -> None:
        """Start: ask the before-rating, or (without one) run at once."""
        if self.stage is not Stage.RATE_BEFORE:
            return
        if self.ask_before:
            self.stageChanged.emit(self.stage)
        else:
            self._run()

    def rate(self, moment: Moment, values: dict[PainKind, int | None], note: str = "") -> None:
        """Ratings from the rating page, for the moment the run is at; others are ignored."""
        if self.stage is Stage.RATE_BEFORE and moment is Moment.BEFORE:
            self.before = dict(values)
            self.recorder.rate_before(values, note)
            self._run()
        elif self.stage is Stage.RATE_AFTER and moment is Moment.AFTER:
            self.recorder.rate_after(values, note)
            self._set_stage(Stage.DONE)

    def tenderness(self, value: int) -> None:
        if self.stage in (Stage.RUNNING, Stage.RATE_AFTER):
            self.recorder.tenderness(value)

    def pause_while_asking(self) -> Callable[[], None]:
        """Pause for a question (unless paused already); returns what carries on after
        it, if the answer did not end the run."""
        engine = self.engine
        was_paused = engine is not None and engine.paused
        if self.running and not was_paused:
            self.controller.toggle_pause()

        def carry_on() -> None:
            if self.running and not was_paused:
                self.controller.resume()

        return carry_on

    def stop(self) -> None:
        """End the session now: holds so far are kept, the after-rating is still asked."""
        if self.stage is Stage.RUNNING:
            self.controller.stop()
        elif self.stage is Stage.RATE_BEFORE:
            self._set_stage(Stage.DONE)

    def close(self) -> None:
        """The app quits or another session replaces this one: stop, ask nothing more."""
        self.stop()
        if self.stage is Stage.RATE_AFTER:
            self._set_stage(Stage.DONE)

    # ------------------------------------------------------------------ the engine

    def _run(self) -> None:
        self._set_stage(Stage.RUNNING)
        first = self.order.side
        self.controller.start(self.steps, first, self._get_ready(self.steps, first))

    def _events(self, events: list[Event]) -> None:
        self.recorder.record(events)
        self.eventsDue.emit(events)

    def _finished(self, _engine: SessionEngine) -> None:
        if self.stage is not Stage.RUNNING:
            return
        # A session stopped before its first hold left nothing to rate.
        self._set_stage(Stage.RATE_AFTER if self.recorder.started else Stage.DONE)

    def _set_stage(self, stage: Stage) -> None:
        if stage is not self.stage:
            self.stage = stage
            self.stageChanged.emit(stage)
