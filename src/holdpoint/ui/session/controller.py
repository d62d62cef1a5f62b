"""Drives the session engine from Qt timers and hands its events to the view and cues.

Two timers, both stopped when no session runs (zero idle CPU):

* a single-shot precise timer armed for the engine's next deadline, so a cue is
  delivered at its moment, not up to a frame later;
* a single-shot frame timer that refreshes the display four times a second, and exactly
  when the digits change; none while paused (the screen then stands still).

The clock is passed in (the app's one clock); tests pass a fake one and call
:meth:`tick` themselves, so no test waits in real time.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from holdpoint.core.catalog import Side
from holdpoint.core.engine import Event, SessionEngine, Snapshot
from holdpoint.core.routine import GetReady, Step

#: The longest wait between two refreshes of the display (the ring's arc moves then).
FRAME_S = 0.25
#: A gap this long between two ticks means the computer slept: pause and ask.
SUSPEND_GAP_S = 10.0


class SessionController(QObject):
    eventsDue = Signal(list)  # list[Event], in order
    changed = Signal(object)  # Snapshot
    finished = Signal(object)  # the SessionEngine, with its hold results
    suspended = Signal(float)  # seconds the computer was away

    def __init__(self, clock: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.engine: SessionEngine | None = None
        self._last_tick: float | None = None
        self._cue_timer = QTimer(self)
        self._cue_timer.setSingleShot(True)
        self._cue_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._cue_timer.timeout.connect(self.tick)
        self._frame_timer = QTimer(self)
        self._frame_timer.setSingleShot(True)
        self._frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame_timer.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self.engine is not None and not self.engine.finished

    def snapshot(self) -> Snapshot | None:
        return self.engine.snapshot(self.clock()) if self.engine else None

    def start(self, steps: Sequence[Step], first_side: Side, get_ready: Sequence[GetReady]) -> None:
        """Run ``steps``; ``get_ready`` gives the time to get into position before each
        step and side, in the order they come (see :func:`core.routine.get_ready_plan`)."""
        now = self.clock()
        self.engine = SessionEngine.start(steps, now, first_side, get_ready)
        self._last_tick = now
        self.tick()

    # ------------------------------------------------------------------ time passing

    def tick(self) -> None:
        engine = self.engine
        if engine is None or engine.finished:  # a late timer of a session that ended
            return
        now = self.clock()
        last = self._last_tick
        self._last_tick = now
        if last is not None and now - last > SUSPEND_GAP_S and not engine.paused:
            # Asleep mid-session: stop the clock where it stopped, then ask.
            self._deliver(engine.pause(last), now)
            self.suspended.emit(now - last)
            return
        self._deliver(engine.advance(now), now)

    def _deliver(self, events: list[Event], now: float) -> None:
        engine = self.engine
        assert engine is not None
        if events:
            self.eventsDue.emit(events)
        snapshot = engine.snapshot(now)
        self.changed.emit(snapshot)
        if engine.finished:
            self._cue_timer.stop()
            self._frame_timer.stop()
            self.finished.emit(engine)
            return
        deadline = engine.next_deadline()
        if deadline is None:
            self._cue_timer.stop()
        else:
            self._cue_timer.start(max(0, math.ceil((deadline - now) * 1000)))
        if snapshot.paused:
            self._frame_timer.stop()
        else:  # the next refresh: in a quarter second, or when the digits change if sooner
            to_next_second = (snapshot.remaining - math.floor(snapshot.remaining)) or 1.0
            wait = min(FRAME_S, to_next_second + 0.002)
            self._frame_timer.start(max(1, math.ceil(wait * 1000)))

    # ------------------------------------------------------------------ the person's controls

    def _control(self, action: Callable[[float], list[Event]]) -> None:
        if not self.running:
            return
        now = self.clock()
        self._last_tick = now
        self._deliver(action(now), now)

    def toggle_pause(self) -> None:
        if self.engine is not None:
            self._control(self.engine.resume if self.engine.paused else self.engine.pause)

    def resume(self) -> None:
        if self.engine is not None and self.engine.paused:
            self._control(self.engine.resume)

    def next(self) -> None:
        if self.engine is not None:
            self._control(self.engine.skip)

    def ease_off(self) -> None:
        if self.engine is not None:
            self._control(self.engine.ease_off)

    def back(self) -> None:
        if self.engine is not None:
            self._control(self.engine.back)

    def extend(self) -> None:
        if self.engine is not None:
            self._control(self.engine.extend)

    def stop(self) -> None:
        if self.engine is not None:
            self._control(self.engine.stop)
