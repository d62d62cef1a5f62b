"""The session engine: a pure state machine that times a routine. It never reads a clock.

Every call takes ``now`` (monotonic seconds, from the caller). The engine keeps
*deadlines*, not counters: a routine becomes a list of segments (get ready, hold, rest:
:mod:`holdpoint.core.segments`), each starting where the previous one ended in *active
time* (time not paused), and :meth:`SessionEngine.advance` returns every event whose
moment has come, in order, each exactly once. A late tick therefore delivers everything
that fell due while it was late, and no error accumulates: the tenth hold ends where the
schedule says, not where ten slightly late ticks would put it.

The person's controls (pause, resume, extend, skip, back, too sharp, stop) take ``now``
too. "Too sharp" ends that zone side for today: see :meth:`SessionEngine.ease_off`.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from holdpoint.core.catalog import Side
from holdpoint.core.routine import GET_READY_S, GetReady, Step
from holdpoint.core.segments import Phase, Segment, build_segments

__all__ = [
    "BACK_RESTART_S", "COUNTDOWN", "EXTEND_S", "WARNING_S", "Event", "HoldResult", "Kind",
    "Outcome", "Phase", "Segment", "SessionEngine", "Snapshot",
]  # fmt: skip

#: Seconds added to the running hold by :meth:`SessionEngine.extend`.
EXTEND_S = 15
#: Seconds before the end of a hold of the "ten seconds left" cue.
WARNING_S = 10
#: The last seconds of a hold that are counted down, one cue each.
COUNTDOWN = (3, 2, 1)
#: "Back" within this many seconds of a hold's start goes to the previous hold.
BACK_RESTART_S = 2.0


class Kind(enum.StrEnum):
    """What an event announces."""

    SWITCH_SIDE = "switch_side"
    GET_READY = "get_ready"
    HOLD_STARTED = "hold_started"
    TEN_SECONDS_LEFT = "ten_seconds_left"
    COUNTDOWN = "countdown"
    HOLD_ENDED = "hold_ended"
    #: Too sharp: the hold just ended was eased off, and the rest of that zone on that
    #: side is dropped for today (follows its HOLD_ENDED at the same moment).
    EASED_OFF = "eased_off"
    REST_STARTED = "rest_started"
    ZONE_DONE = "zone_done"
    SESSION_DONE = "session_done"
    PAUSED = "paused"
    RESUMED = "resumed"
    STOPPED = "stopped"


class Outcome(enum.StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    STOPPED = "stopped"
    EASED_OFF = "eased_off"  # it hurt too sharply: the person let go early


@dataclass(frozen=True)
class HoldResult:
    """What happened in one hold, for the history."""

    step: int
    zone_id: str
    side: Side
    rep: int
    planned_s: float
    actual_s: float
    outcome: Outcome


@dataclass(frozen=True)
class Event:
    kind: Kind
    at: float  # the monotonic moment it was due (the caller's clock)
    segment: Segment | None = None
    count: int = 0  # for COUNTDOWN: 3, 2 or 1
    hold: HoldResult | None = None  # for HOLD_ENDED


@dataclass(frozen=True)
class Snapshot:
    """Everything a timer view shows, at one moment."""

    phase: Phase
    segment: Segment | None
    remaining: float  # in the current segment
    duration: float  # of the current segment (with extensions)
    total_remaining: float
    paused: bool
    next_segment: Segment | None


@dataclass
class _Clock:
    """Active time: monotonic time since the start, minus every pause."""

    origin: float
    paused_total: float = 0.0
    paused_at: float | None = None

    def active(self, now: float) -> float:
        stop = self.paused_at if self.paused_at is not None else now
        return max(0.0, stop - self.origin - self.paused_total)

    def wall(self, active: float) -> float:
        """The monotonic moment of an active-time instant (under the pauses so far)."""
        return self.origin + self.paused_total + active


@dataclass
class SessionEngine:
    """Times one run of a routine. Create it with :meth:`start`."""

    segments: list[Segment]
    clock: _Clock
    index: int = 0
    segment_start: float = 0.0  # active time at which the current segment began
    duration: float = 0.0  # of the current segment, extensions included
    emitted: set[tuple[Kind, int]] = field(default_factory=set)
    holds: list[HoldResult] = field(default_factory=list)
    finished: bool = False
    stopped: bool = False  # ended early by stop()
    #: Zone sides (step index, side) eased off: their segments are never run again.
    dropped: set[tuple[int, Side]] = field(default_factory=set)

    @classmethod
    def start(
        cls,
        steps: Sequence[Step],
        now: float,
        first_side: Side = Side.LEFT,
        get_ready: Sequence[GetReady] | float = GET_READY_S,
    ) -> SessionEngine:
        """A session of ``steps`` that begins at ``now``; ``get_ready`` as for
        :func:`~holdpoint.core.segments.build_segments` (one per zone side, or one
        length for all)."""
        segments = build_segments(steps, first_side, get_ready)
        if not segments:
            raise ValueError("a session needs at least one step")
        return cls(segments, _Clock(now), duration=segments[0].duration)

    # ------------------------------------------------------------------ reading the state

    @property
    def paused(self) -> bool:
        return self.clock.paused_at is not None

    @property
    def current(self) -> Segment | None:
        return None if self.finished else self.segments[self.index]

    def snapshot(self, now: float) -> Snapshot:
        segment = self.current
        if segment is None:
            return Snapshot(Phase.DONE, None, 0.0, 0.0, 0.0, self.paused, None)
        remaining = max(0.0, self.segment_start + self.duration - self.clock.active(now))
        ahead = [self.segments[i] for i in self._live(range(self.index + 1, len(self.segments)))]
        later = sum(s.duration for s in ahead)
        following = ahead[0] if ahead else None
        return Snapshot(
            segment.phase,
            segment,
            remaining,
            self.duration,
            remaining + later,
            self.paused,
            following,
        )

    def next_deadline(self) -> float | None:
        """The monotonic moment of the next cue or segment end; None if paused or done."""
        if self.finished or self.paused:
            return None
        segment = self.segments[self.index]
        pending = [
            self.segment_start + offset
            for offset, kind, count in self._cues(segment)
            if (kind, count) not in self.emitted
        ]
        pending.append(self.segment_start + self.duration)
        return self.clock.wall(min(pending))

    def _live(self, indices: range) -> list[int]:
        """Those of ``indices`` whose segment belongs to a zone side not dropped."""
        return [i for i in indices if self.segments[i].place not in self.dropped]

    def counted_hold_seconds(self) -> float:
        """Seconds actually held in completed holds (pauses excluded)."""
        return sum(h.actual_s for h in self.holds if h.outcome is Outcome.COMPLETED)

    # ------------------------------------------------------------------ time passing

    def _cues(self, segment: Segment) -> list[tuple[float, Kind, int]]:
        """The events inside the current segment: (offset, kind, count), in order."""
        if segment.phase is Phase.PREPARE:
            cues = [(0.0, Kind.SWITCH_SIDE, 0)] if segment.switch_side else []
            return [*cues, (0.0, Kind.GET_READY, 0)]
        if segment.phase is Phase.REST:
            return [(0.0, Kind.REST_STARTED, 0)]
        end = self.duration
        cues = [(0.0, Kind.HOLD_STARTED, 0)]
        if end > WARNING_S + COUNTDOWN[0]:
            cues.append((end - WARNING_S, Kind.TEN_SECONDS_LEFT, 0))
        cues += [(end - n, Kind.COUNTDOWN, n) for n in COUNTDOWN if end > n]
        return cues

    def advance(self, now: float) -> list[Event]:
        """Every event due by ``now`` that has not been returned yet, in order."""
        if self.finished or self.paused:
            return []
        return self._collect(self.clock.active(now))

    def _collect(self, active: float) -> list[Event]:
        """Events due by active time ``active``; segments that ended are closed."""
        events: list[Event] = []
        while not self.finished:
            segment = self.segments[self.index]
            for offset, kind, count in self._cues(segment):
                due = self.segment_start + offset
                if due <= active and (kind, count) not in self.emitted:
                    self.emitted.add((kind, count))
                    events.append(Event(kind, self.clock.wall(due), segment, count))
            end = self.segment_start + self.duration
            if end > active:
                break
            events += self._finish_segment(end, Outcome.COMPLETED)
        return events

    def _record_hold(self, segment: Segment, end: float, outcome: Outcome) -> HoldResult:
        """Keep the result of the hold that ends at active time ``end``."""
        result = HoldResult(segment.step, segment.zone_id, segment.side, segment.rep,
                            segment.duration, end - self.segment_start, outcome)  # fmt: skip
        self.holds.append(result)
        return result

    def _finish_segment(self, end: float, outcome: Outcome) -> list[Event]:
        """Close the current segment at active time ``end`` and begin the next live one."""
        segment = self.segments[self.index]
        at = self.clock.wall(end)
        events: list[Event] = []
        following = self._live(range(self.index + 1, len(self.segments)))
        if segment.phase is Phase.HOLD:
            result = self._record_hold(segment, end, outcome)
            events.append(Event(Kind.HOLD_ENDED, at, segment, hold=result))
            if outcome is Outcome.EASED_OFF:
                events.append(Event(Kind.EASED_OFF, at, segment))
            if not following or self.segments[following[0]].step != segment.step:
                events.append(Event(Kind.ZONE_DONE, at, segment))
        self.index = following[0] if following else len(self.segments)
        self.segment_start = end
        self.emitted = set()
        if self.index >= len(self.segments):
            self.finished = True
            events.append(Event(Kind.SESSION_DONE, at, segment))
        else:
            self.duration = self.segments[self.index].duration
        return events

    # ------------------------------------------------------------------ the person's controls

    def pause(self, now: float) -> list[Event]:
        if self.finished or self.paused:
            return []
        events = self.advance(now)
        if self.finished:  # the session ended at this very moment: nothing to pause
            return events
        self.clock.paused_at = now
        return [*events, Event(Kind.PAUSED, now, self.current)]

    def resume(self, now: float) -> list[Event]:
        if self.finished or not self.paused:
            return []
        assert self.clock.paused_at is not None
        self.clock.paused_total += max(0.0, now - self.clock.paused_at)
        self.clock.paused_at = None
        return [Event(Kind.RESUMED, now, self.current), *self.advance(now)]

    def extend(self, now: float, seconds: float = EXTEND_S) -> list[Event]:
        """Add ``seconds`` to the running hold; its warning and countdown move with its end."""
        events = self.advance(now)
        segment = self.current
        if segment is None or segment.phase is not Phase.HOLD:
            return events
        self.duration += seconds
        active = self.clock.active(now)
        # Cues that now lie in the future will sound again at their new moments.
        for offset, kind, count in self._cues(segment):
            if self.segment_start + offset > active:
                self.emitted.discard((kind, count))
        return events

    def ease_off(self, now: float) -> list[Event]:
        """Too sharp: that spot is done for today.

        The running hold ends now, recorded as eased off (HOLD_ENDED, then EASED_OFF).
        The remaining holds of that zone on that side, and their rests, are dropped: they
        are not run and not recorded at all (the history keeps only holds that began), and
        :meth:`back` never returns to them. The session goes on with the get-ready of the
        next zone side, or finishes if there is none. Outside a hold this only delivers
        the events due.
        """
        events = self.advance(now)
        segment = self.current
        if segment is None or segment.phase is not Phase.HOLD:
            return events
        self.dropped.add(segment.place)
        return events + self._end_now(now, Outcome.EASED_OFF)

    def skip(self, now: float) -> list[Event]:
        """Next: end the current segment now (a hold ends as skipped)."""
        events = self.advance(now)
        if self.finished:
            return events
        return events + self._end_now(now, Outcome.SKIPPED)

    def _end_now(self, now: float, held: Outcome) -> list[Event]:
        """End the current segment at ``now`` (a hold with ``held``) and open the next."""
        assert self.current is not None
        outcome = held if self.current.phase is Phase.HOLD else Outcome.COMPLETED
        active = self.clock.active(now)
        events = self._finish_segment(active, outcome)
        # Even while paused, the next segment's opening cues are due now.
        return events + self._collect(active)

    def back(self, now: float) -> list[Event]:
        """Back: restart the current hold, or (near its start) go to the previous one."""
        events = self.advance(now)
        if self.finished:
            return events
        active = self.clock.active(now)
        current = self.segments[self.index]
        target = self.index
        if current.phase is not Phase.HOLD or active - self.segment_start < BACK_RESTART_S:
            earlier = [i for i in self._live(range(self.index))
                       if self.segments[i].phase is Phase.HOLD]  # fmt: skip
            target = earlier[-1] if earlier else self.index
        self.index = target
        self.segment_start = active
        self.duration = self.segments[target].duration
        self.emitted = set()
        return events + self._collect(active)

    def stop(self, now: float) -> list[Event]:
        """End the session early; a hold in progress is recorded as stopped."""
        events = self.advance(now)
        if self.finished:
            return events
        active = self.clock.active(now)
        segment = self.segments[self.index]
        hold = None
        if segment.phase is Phase.HOLD:
            hold = self._record_hold(segment, active, Outcome.STOPPED)
        self.finished = True
        self.stopped = True
        return [*events, Event(Kind.STOPPED, now, segment, hold=hold)]
