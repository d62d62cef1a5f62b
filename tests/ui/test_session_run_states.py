"""The session owner under random use: Hypothesis drives real :class:`SessionRun` objects
against a real history file, through every control, ratings given or skipped, new starts
over running ones, and quitting; then checks that nothing was mixed, lost or invented."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.routine import SideOrder, Sides, Step, get_ready_plan
from holdpoint.core.routines import Routine
from holdpoint.storage.history import HistoryStore
from holdpoint.ui.session.run import SessionRun, Stage

_COUNTER = itertools.count()
ROUTINES = (
    Routine("a", "Routine A", "", (Step("piriformis", Sides.BOTH, 15, 2, 10),
                                   Step("soleus", Sides.LEFT, 15, 1, 5))),
    Routine("b", "Routine B", "", (Step("gluteus_medius", Sides.RIGHT, 20, 3, 10),)),
    Routine("", "", "", (Step("quadratus_lumborum", Sides.BOTH, 15, 1, 10),)),
)  # fmt: skip
RATING = st.one_of(st.none(), st.integers(0, 10))
ORDERS = st.sampled_from(list(SideOrder))


class SessionLife(RuleBasedStateMachine):
    """One window's worth of sessions; ``self.run`` is the one the window would show."""

    def __init__(self) -> None:
        super().__init__()
        from holdpoint.core.catalog import load_catalog

        self.folder = Path(tempfile.mkdtemp(prefix=f"holdpoint-states-{next(_COUNTER)}-"))
        self.store = HistoryStore.open(self.folder)
        self.catalog = load_catalog(Path(__file__).parents[2] / "resources" / "zones.toml")
        self.now = 1000.0
        self.run: SessionRun | None = None
        self.runs: list[SessionRun] = []
        self.given: dict[int, dict[tuple[PainKind, Moment], int]] = {}  # by run index

    def _clock(self) -> float:
        return self.now

    def _problem(self, message: str) -> None:
        raise AssertionError(f"a healthy history reported a problem: {message}")

    # ------------------------------------------------------------------ rules

    @rule(routine=st.sampled_from(ROUTINES), order=ORDERS, ask_before=st.booleans())
    def start(self, routine: Routine, order: SideOrder, ask_before: bool) -> None:
        try:
            run = SessionRun(
                routine,
                order,
                store=lambda: self.store,
                on_problem=self._problem,
                clock=self._clock,
                get_ready=lambda steps, side: get_ready_plan(steps, self.catalog, side),
                ask_before=ask_before,
            )
        except ValueError:  # nothing on that side: the window says so, nothing starts
            return
        if self.run is not None:
            self.run.close()  # "stop it and start the new one"
        self.run = run
        self.runs.append(run)
        self.given[len(self.runs) - 1] = {}
        run.begin()

    def _rate(self, moment: Moment, leg: int | None, back: int | None) -> None:
        assert self.run is not None
        values = {PainKind.LEG: leg, PainKind.BACK: back}
        before_stage = self.run.stage
        self.run.rate(moment, values)
        taken = (before_stage, moment) in ((Stage.RATE_BEFORE, Moment.BEFORE),
                                           (Stage.RATE_AFTER, Moment.AFTER))  # fmt: skip
        if taken:
            for kind, value in values.items():
                if value is not None:
                    self.given[len(self.runs) - 1][(kind, moment)] = value

    @precondition(lambda self: self.run is not None and self.run.stage is Stage.RATE_BEFORE)
    @rule(leg=RATING, back=RATING)
    def rate_before(self, leg: int | None, back: int | None) -> None:
        self._rate(Moment.BEFORE, leg, back)

    @precondition(lambda self: self.run is not None and self.run.stage is Stage.RATE_AFTER)
    @rule(leg=RATING, back=RATING)
    def rate_after(self, leg: int | None, back: int | None) -> None:
        self._rate(Moment.AFTER, leg, back)

    @precondition(lambda self: self.run is not None)
    @rule(seconds=st.floats(0.05, 90))
    def time_passes(self, seconds: float) -> None:
        assert self.run is not None
        end = self.now + seconds
        while self.now < end:
            self.now = min(end, self.now + 0.5)
            for run in self.runs:  # a stale run's timer firing must change nothing
                run.controller.tick()

    @precondition(lambda self: self.run is not None and self.run.running)
    @rule(action=st.sampled_from(["toggle_pause", "next", "back", "extend", "ease_off"]))
    def control(self, action: str) -> None:
        assert self.run is not None
        getattr(self.run.controller, action)()

    @precondition(lambda self: self.run is not None)
    @rule()
    def stop(self) -> None:
        assert self.run is not None
        self.run.stop()

    @precondition(lambda self: self.run is not None and self.run.running)
    @rule(value=st.integers(0, 10))
    def tenderness(self, value: int) -> None:
        assert self.run is not None
        self.run.tenderness(value)

    @rule()
    def quit(self) -> None:
        if self.run is not None:
            self.run.close()
        self.run = None

    # ------------------------------------------------------------------ checks

    @invariant()
    def only_one_run_is_alive(self) -> None:
        alive = [run for run in self.runs if run.active]
        assert len(alive) <= 1 and (not alive or alive[0] is self.run)

    def teardown(self) -> None:
        try:
            self.quit()
            self._check_history()
        finally:
            self.store.close()

    def _check_history(self) -> None:
        db = self.store.connection
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        written = {run.recorder.session_id: (index, run) for index, run in enumerate(self.runs)
                   if run.recorder.session_id is not None}  # fmt: skip
        ids = [row[0] for row in db.execute("SELECT id FROM sessions")]
        assert sorted(ids) == sorted(written)  # no session without its run, none twice
        for session_id, (index, run) in written.items():
            routine, outcome = db.execute(
                "SELECT routine, outcome FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            assert routine == run.routine.name
            assert outcome in ("completed", "stopped")
            stored = [(h.zone, h.side, h.rep, h.outcome) for h in self.store.holds(session_id)]
            assert run.engine is not None
            ran = [(h.zone_id, h.side, h.rep, h.outcome) for h in run.engine.holds]
            assert stored == ran and stored  # every hold in its own session; none empty
            ratings = {
                (PainKind(kind), Moment(moment)): value
                for kind, moment, value in db.execute(
                    "SELECT kind, moment, value FROM ratings WHERE session_id = ?", (session_id,)
                )
            }
            assert ratings == self.given[index]  # nothing lost, nothing invented
        for index, run in enumerate(self.runs):
            if run.recorder.session_id is None:  # never began: only its before-rating, if any
                assert not run.engine or not run.engine.holds
                assert set(self.given[index]) <= {(k, Moment.BEFORE) for k in PainKind}


SessionLife.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_session_life(qapp) -> None:
    SessionLife.TestCase().runTest()
