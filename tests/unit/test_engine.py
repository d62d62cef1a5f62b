"""The session engine, driven by a fake clock: exact schedules and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from holdpoint import assets
from holdpoint.core.catalog import Side, load_catalog
from holdpoint.core.engine import (
    EXTEND_S,
    Kind,
    Outcome,
    Phase,
    SessionEngine,
)
from holdpoint.core.routine import (
    GetReady,
    SideOrder,
    Sides,
    Step,
    arrange,
    get_ready_plan,
)
from holdpoint.core.segments import build_segments

T0 = 1000.0  # the fake monotonic clock starts here
CATALOG = load_catalog(assets.resource_path("zones.toml"))


def plan(zone="piriformis", sides=Sides.LEFT, hold=20, reps=2, rest=5):
    return Step(zone, sides, hold, reps, rest)


def timeline(engine, until, step=0.25):
    """Advance in small ticks until ``until``; return (kind, count, at - T0) for each event."""
    events, now = [], T0
    while now <= until + 1e-9:
        events += engine.advance(now)
        now += step
    return [(e.kind, e.count, round(e.at - T0, 6)) for e in events]


def test_one_side_schedule_is_exact():
    engine = SessionEngine.start([plan()], T0, get_ready=5)
    assert timeline(engine, T0 + 60) == [
        (Kind.GET_READY, 0, 0.0),
        (Kind.HOLD_STARTED, 0, 5.0),
        (Kind.TEN_SECONDS_LEFT, 0, 15.0),
        (Kind.COUNTDOWN, 3, 22.0), (Kind.COUNTDOWN, 2, 23.0), (Kind.COUNTDOWN, 1, 24.0),
        (Kind.HOLD_ENDED, 0, 25.0),
        (Kind.REST_STARTED, 0, 25.0),
        (Kind.HOLD_STARTED, 0, 30.0),
        (Kind.TEN_SECONDS_LEFT, 0, 40.0),
        (Kind.COUNTDOWN, 3, 47.0), (Kind.COUNTDOWN, 2, 48.0), (Kind.COUNTDOWN, 1, 49.0),
        (Kind.HOLD_ENDED, 0, 50.0),
        (Kind.ZONE_DONE, 0, 50.0),
        (Kind.SESSION_DONE, 0, 50.0),
    ]  # fmt: skip
    assert engine.finished
    assert engine.counted_hold_seconds() == 40


def test_both_sides_switch_after_the_first_side():
    engine = SessionEngine.start([plan(sides=Sides.BOTH, reps=1)], T0, Side.RIGHT, get_ready=5)
    kinds = [(k, at) for k, _, at in timeline(engine, T0 + 60) if k in
             (Kind.GET_READY, Kind.SWITCH_SIDE, Kind.ZONE_DONE)]  # fmt: skip
    assert kinds == [(Kind.GET_READY, 0.0), (Kind.SWITCH_SIDE, 25.0), (Kind.GET_READY, 25.0),
                     (Kind.ZONE_DONE, 50.0)]  # fmt: skip
    assert [h.side for h in engine.holds] == [Side.RIGHT, Side.LEFT]


def test_a_late_tick_delivers_everything_due_once_at_its_own_moment():
    engine = SessionEngine.start([plan(hold=20, reps=1)], T0, get_ready=5)
    engine.advance(T0 + 21.5)  # the countdown "3" at 22 is not yet due
    stalled = engine.advance(T0 + 24.5)  # a 3 s stall
    assert [(e.kind, e.count, e.at - T0) for e in stalled] == [
        (Kind.COUNTDOWN, 3, 22.0),
        (Kind.COUNTDOWN, 2, 23.0),
        (Kind.COUNTDOWN, 1, 24.0),
    ]
    assert engine.advance(T0 + 24.5) == []


def test_pauses_are_not_counted_as_hold_time():
    engine = SessionEngine.start([plan(hold=20, reps=1)], T0, get_ready=5)
    engine.advance(T0 + 10)
    assert [e.kind for e in engine.pause(T0 + 10)] == [Kind.PAUSED]
    assert engine.advance(T0 + 500) == []
    assert engine.snapshot(T0 + 500).remaining == pytest.approx(15)
    engine.resume(T0 + 110)
    events = timeline(engine, T0 + 200)
    assert (Kind.HOLD_ENDED, 0, 125.0) in events
    assert engine.holds[0].actual_s == pytest.approx(20)


def test_extend_moves_the_end_and_the_cues_with_it():
    engine = SessionEngine.start([plan(hold=20, reps=1)], T0, get_ready=5)
    engine.advance(T0 + 16)  # "ten seconds left" has sounded
    engine.extend(T0 + 16)
    events = timeline(engine, T0 + 60)
    assert (Kind.TEN_SECONDS_LEFT, 0, 30.0) in events  # again: now there are 24 s left
    assert (Kind.HOLD_ENDED, 0, 25.0 + EXTEND_S) in events
    assert engine.holds[0].actual_s == pytest.approx(20 + EXTEND_S)


def test_skip_ends_the_hold_as_skipped_and_moves_on_now():
    engine = SessionEngine.start([plan(hold=20, reps=2)], T0, get_ready=5)
    engine.advance(T0 + 8)
    events = engine.skip(T0 + 8)
    assert [e.kind for e in events] == [Kind.HOLD_ENDED, Kind.REST_STARTED]
    assert engine.holds[0].outcome is Outcome.SKIPPED
    assert engine.holds[0].actual_s == pytest.approx(3)
    assert engine.snapshot(T0 + 8).phase is Phase.REST


def test_back_restarts_the_hold_or_goes_to_the_previous_one():
    engine = SessionEngine.start([plan(hold=20, reps=2)], T0, get_ready=5)
    engine.advance(T0 + 12)
    assert [e.kind for e in engine.back(T0 + 12)] == [Kind.HOLD_STARTED]
    assert engine.snapshot(T0 + 12).remaining == pytest.approx(20)
    engine.advance(T0 + 37.5)  # the restarted hold ends at 32, the rest at 37
    assert engine.current.rep == 2
    engine.back(T0 + 38)  # one second into the second hold: back to the first
    assert engine.current.rep == 1 and engine.current.phase is Phase.HOLD
    engine.advance(T0 + 43)
    engine.back(T0 + 43)  # five seconds in: restart this hold
    assert engine.current.rep == 1 and engine.current.phase is Phase.HOLD


def test_stop_records_the_hold_in_progress():
    engine = SessionEngine.start([plan(hold=20, reps=2)], T0, get_ready=5)
    engine.advance(T0 + 9)
    assert [e.kind for e in engine.stop(T0 + 9)] == [Kind.STOPPED]
    assert engine.holds[-1].outcome is Outcome.STOPPED
    assert engine.finished and engine.advance(T0 + 100) == []


def test_an_empty_routine_is_refused():
    with pytest.raises(ValueError):
        SessionEngine.start([], T0)


def test_each_get_ready_has_its_own_length_and_says_whether_the_position_changes():
    steps = [plan(sides=Sides.BOTH, reps=1), plan("soleus", reps=1)]
    ready = [GetReady(15, True), GetReady(5, False), GetReady(12, True)]
    engine = SessionEngine.start(steps, T0, Side.LEFT, ready)
    prepares = [s for s in engine.segments if s.phase is Phase.PREPARE]
    assert [(s.zone_id, s.side, s.duration, s.moved, s.switch_side) for s in prepares] == [
        ("piriformis", Side.LEFT, 15, True, False),
        ("piriformis", Side.RIGHT, 5, False, True),
        ("soleus", Side.LEFT, 12, True, False),
    ]
    starts = [at for kind, _, at in timeline(engine, T0 + 200) if kind is Kind.HOLD_STARTED]
    assert starts == [15.0, 15 + 20 + 5.0, 15 + 20 + 5 + 20 + 12.0]
    with pytest.raises(ValueError, match="2 get-ready times for 3 zone sides"):
        SessionEngine.start(steps, T0, Side.LEFT, ready[:2])


def test_one_length_for_all_counts_each_new_step_as_a_move():
    steps = [plan(sides=Sides.BOTH, reps=1), plan("soleus", reps=1)]
    segments = build_segments(steps, Side.RIGHT, 7)
    prepares = [(s.side, s.duration, s.moved) for s in segments if s.phase is Phase.PREPARE]
    assert prepares == [(Side.RIGHT, 7, True), (Side.LEFT, 7, False), (Side.LEFT, 7, True)]


# ---------------------------------------------------------------------------- too sharp


def test_too_sharp_ends_that_zone_side_for_today_and_goes_to_the_next_get_ready():
    steps = [plan(sides=Sides.BOTH, hold=20, reps=3, rest=5)]
    engine = SessionEngine.start(steps, T0, Side.LEFT, get_ready=5)
    engine.advance(T0 + 8)  # three seconds into the first hold on the left
    events = engine.ease_off(T0 + 8)
    assert [e.kind for e in events] == [
        Kind.HOLD_ENDED, Kind.EASED_OFF, Kind.SWITCH_SIDE, Kind.GET_READY,
    ]  # fmt: skip
    assert events[0].hold.outcome is Outcome.EASED_OFF
    assert events[0].hold.actual_s == pytest.approx(3)
    assert events[1].hold is None  # recorded once, with the HOLD_ENDED
    snap = engine.snapshot(T0 + 8)
    assert snap.phase is Phase.PREPARE and snap.segment.side is Side.RIGHT
    assert snap.total_remaining == pytest.approx(5 + 3 * 20 + 2 * 5)
    rest = timeline(engine, T0 + 200)
    assert [k for k, _, _ in rest].count(Kind.HOLD_STARTED) == 3  # the right side, in full
    assert [(h.side, h.outcome) for h in engine.holds] == [
        (Side.LEFT, Outcome.EASED_OFF),
        *[(Side.RIGHT, Outcome.COMPLETED)] * 3,
    ]  # the left side's other holds never began: they are not recorded
    assert engine.finished and rest[-1][0] is Kind.SESSION_DONE


def test_too_sharp_on_the_last_hold_of_the_routine_finishes_it():
    engine = SessionEngine.start([plan(reps=2)], T0, get_ready=5)
    engine.advance(T0 + 40)  # the second (last) hold began at 30
    events = engine.ease_off(T0 + 40)
    assert [e.kind for e in events] == [
        Kind.HOLD_ENDED, Kind.EASED_OFF, Kind.ZONE_DONE, Kind.SESSION_DONE,
    ]  # fmt: skip
    assert engine.finished and not engine.stopped


def test_too_sharp_on_the_first_of_three_skips_to_the_next_zone_and_back_never_returns():
    steps = [plan(reps=1), plan("soleus", reps=3), plan("quadratus_lumborum", reps=1)]
    engine = SessionEngine.start(steps, T0, get_ready=5)
    engine.advance(T0 + 31)  # piriformis 5..25, soleus get ready 25..30, first hold from 30
    kinds = [e.kind for e in engine.ease_off(T0 + 31)]
    assert kinds == [Kind.HOLD_ENDED, Kind.EASED_OFF, Kind.ZONE_DONE, Kind.GET_READY]
    assert engine.current.zone_id == "quadratus_lumborum"
    engine.back(T0 + 32)  # back from the get-ready: to piriformis, not the dropped soleus
    assert (engine.current.zone_id, engine.current.phase) == ("piriformis", Phase.HOLD)
    timeline(engine, T0 + 300)
    assert engine.finished
    zones = [h.zone_id for h in engine.holds]
    assert zones == ["piriformis", "soleus", "piriformis", "quadratus_lumborum"]


def test_too_sharp_outside_a_hold_changes_nothing():
    engine = SessionEngine.start([plan()], T0, get_ready=5)
    engine.advance(T0)
    assert engine.ease_off(T0 + 1) == []  # getting ready
    engine.advance(T0 + 26)  # resting
    assert engine.ease_off(T0 + 26) == []
    assert engine.snapshot(T0 + 26).phase is Phase.REST and engine.dropped == set()


# ---------------------------------------------------------------------------- properties

plans = st.builds(
    Step,
    zone_id=st.sampled_from(["piriformis", "soleus", "gluteus_medius", "quadratus_lumborum"]),
    sides=st.sampled_from(list(Sides)),
    hold_s=st.integers(15, 40),
    reps=st.integers(1, 3),
    rest_s=st.integers(5, 10),
)
routines = st.lists(plans, min_size=1, max_size=3)
lengths = st.floats(5, 60, allow_nan=False)
gaps = st.floats(0.0, 8.0, allow_nan=False)
timing_ops = st.lists(st.tuples(gaps, st.sampled_from(["tick", "tick", "pause", "resume"])),
                      max_size=60)  # fmt: skip
sharp_ops = st.lists(
    st.tuples(gaps, st.sampled_from(["tick", "tick", "pause", "resume", "ease_off"])),
    max_size=60,
)  # fmt: skip
all_ops = st.lists(
    st.tuples(gaps, st.sampled_from(["tick", "tick", "tick", "pause", "resume", "skip",
                                     "extend", "back", "ease_off"])),
    max_size=60,
)  # fmt: skip


def _drive(engine, ops):
    """Apply ``ops`` at increasing times, then tick until done; check as we go."""
    now, seen = T0, []

    def check(events):
        for event in events:
            assert event.at <= now + 1e-9, "an event arrived before it was due"
        snap = engine.snapshot(now)
        assert snap.remaining >= 0 and snap.total_remaining >= snap.remaining - 1e-9

    for gap, op in ops:
        now += gap
        events = getattr(engine, "advance" if op == "tick" else op)(now)
        check(events)
        seen += events
    if engine.paused:
        seen += engine.resume(now)
    while not engine.finished:  # tick at each deadline (and a little after), not each second
        now = max(now, engine.next_deadline()) + 0.01
        events = engine.advance(now)
        check(events)
        seen += events
    return seen, now


def _cues(events):
    return [e for e in events if e.kind not in (Kind.PAUSED, Kind.RESUMED)]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=routines, ops=timing_ops, long_s=lengths, short_s=lengths,
       first=st.sampled_from(list(Side)))  # fmt: skip
def test_ticks_and_pauses_keep_every_cue_once_in_order_and_lose_no_time(
    routine, ops, long_s, short_s, first
):
    ready = get_ready_plan(routine, CATALOG, first, long_s, short_s)
    engine = SessionEngine.start(routine, T0, first, ready)
    events, _ = _drive(engine, ops)
    times = [e.at for e in _cues(events)]
    assert times == sorted(times)
    keys = [(id(e.segment), e.kind, e.count) for e in _cues(events)]
    assert len(keys) == len(set(keys)), "a cue came twice"
    holds = sum(step.reps * len(step.sides.members) for step in routine)
    assert [e.kind for e in events].count(Kind.HOLD_STARTED) == holds
    assert [e.kind for e in events].count(Kind.HOLD_ENDED) == holds
    assert [e.kind for e in events].count(Kind.GET_READY) == len(ready)
    assert [e.kind for e in events][-1] is Kind.SESSION_DONE
    planned = sum(s.hold_s * s.reps * len(s.sides.members) for s in routine)
    assert engine.counted_hold_seconds() == pytest.approx(planned)
    # The session ends exactly its planned length after the start, plus the pauses.
    total = sum(seg.duration for seg in engine.segments)
    assert total == pytest.approx(planned + sum(r.seconds for r in ready) + sum(
        s.rest_s * (s.reps - 1) * len(s.sides.members) for s in routine))  # fmt: skip
    done = next(e for e in events if e.kind is Kind.SESSION_DONE)
    assert done.at - T0 == pytest.approx(total + engine.clock.paused_total)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=routines, ops=sharp_ops)
def test_too_sharp_drops_the_rest_of_that_side_and_loses_no_time(routine, ops):
    engine = SessionEngine.start(routine, T0, Side.LEFT, get_ready=6)
    events, _ = _drive(engine, ops)
    eased = set()
    for event in events:
        if event.kind is Kind.EASED_OFF:
            eased.add(event.segment.place)
        elif event.kind is Kind.HOLD_STARTED:
            assert event.segment.place not in eased, "a hold after too sharp on that side"
    assert eased == engine.dropped
    assert [e.kind for e in events].count(Kind.EASED_OFF) == len(eased)
    eased_holds = [h for h in engine.holds if h.outcome is Outcome.EASED_OFF]
    assert len(eased_holds) == len(eased)
    assert all(h.outcome in (Outcome.COMPLETED, Outcome.EASED_OFF) for h in engine.holds)
    for hold in engine.holds:  # a completed hold is held in full; an eased one, less
        if hold.outcome is Outcome.COMPLETED:
            assert hold.actual_s == pytest.approx(hold.planned_s)
        else:
            assert -1e-9 <= hold.actual_s <= hold.planned_s + 1e-9
    assert [e.kind for e in events].count(Kind.HOLD_ENDED) == len(engine.holds)
    completed = sum(h.actual_s for h in engine.holds if h.outcome is Outcome.COMPLETED)
    assert engine.counted_hold_seconds() == pytest.approx(completed)
    # Active time is the holds as held plus every get-ready and rest begun (each runs in
    # full): pauses are excluded, and what was dropped takes no time.
    begun = sum(e.segment.duration for e in events
                if e.kind in (Kind.GET_READY, Kind.REST_STARTED))  # fmt: skip
    held = sum(h.actual_s for h in engine.holds)
    done = next(e for e in events if e.kind is Kind.SESSION_DONE)
    assert done.at - T0 == pytest.approx(begun + held + engine.clock.paused_total)
    assert events[-1].kind is Kind.SESSION_DONE


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=routines, ops=all_ops)
def test_any_controls_keep_holds_paired_and_time_consistent(routine, ops):
    engine = SessionEngine.start(routine, T0, get_ready=5)
    events, _ = _drive(engine, ops)
    open_hold = False
    eased = set()
    for event in events:
        if event.kind is Kind.HOLD_STARTED:
            assert event.segment.place not in eased, "a hold after too sharp on that side"
            open_hold = True
        elif event.kind is Kind.HOLD_ENDED:
            assert open_hold, "a hold ended that had not started"
            open_hold = False
        elif event.kind is Kind.EASED_OFF:
            eased.add(event.segment.place)
        elif event.kind in (Kind.TEN_SECONDS_LEFT, Kind.COUNTDOWN):
            assert open_hold, "a hold cue outside a hold"
    assert [e.kind for e in events].count(Kind.HOLD_ENDED) == len(engine.holds)
    assert all(h.actual_s >= -1e-9 for h in engine.holds)
    completed = [h for h in engine.holds if h.outcome is Outcome.COMPLETED]
    assert engine.counted_hold_seconds() == pytest.approx(sum(h.actual_s for h in completed))
    assert events[-1].kind is Kind.SESSION_DONE


def test_side_order_puts_the_painful_side_first_or_alone():
    steps = [plan(sides=Sides.BOTH), plan("soleus", sides=Sides.RIGHT)]
    first = build_segments(arrange(steps, SideOrder.RIGHT_FIRST), SideOrder.RIGHT_FIRST.side)
    assert [s.side for s in first if s.phase is Phase.PREPARE] == [
        Side.RIGHT,
        Side.LEFT,
        Side.RIGHT,
    ]
    only_left = arrange(steps, SideOrder.LEFT_ONLY)
    assert [(s.zone_id, s.sides) for s in only_left] == [("piriformis", Sides.LEFT)]
    assert SideOrder.LEFT_ONLY.label == "Left side only"
    assert SideOrder.RIGHT_FIRST.label == "Both sides, right first"
