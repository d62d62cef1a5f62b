"""A whole routine of the shape of the built-ins (two zones, both sides, every side switch
and the end) played by the real app into the null sink: every cue is heard, in order, the
app stays calm after the end, and nothing is printed. Before the fix, two cue sounds due
in one instant (release + switch side + get ready) sent QtMultimedia into a 100% CPU spin
with endless "QSocketNotifier" warnings and no further sound."""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import pytest

from harness.app import running_holdpoint, write_settings, write_steps
from harness.proc import cpu_percent
from holdpoint.core.catalog import load_catalog
from holdpoint.core.cues import CUE_FOR_EVENT
from holdpoint.core.engine import SessionEngine
from holdpoint.core.routine import Sides, Step, get_ready_plan

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from make_sounds import CUE_PITCH_HZ
from test_cues_recorded import _onset, _read_log

pytestmark = pytest.mark.system

#: The shape of every built-in: two zones (in two positions), both sides, the shortest
#: allowed holds and rests, so that it runs in about a minute and a half.
STEPS = [("piriformis", "both", 15, 1, 5), ("gluteus_medius", "both", 15, 1, 5)]
GET_READY_S = 5


def _expected_sounds() -> list[str]:
    """The cue sounds the engine schedules for STEPS, in order (pure: no app, no clock)."""
    root = Path(__file__).resolve().parents[2]
    catalog = load_catalog(root / "resources" / "zones.toml")
    steps = [Step(zone, Sides(sides), hold, reps, rest) for zone, sides, hold, reps, rest in STEPS]
    plan = get_ready_plan(steps, catalog, long_s=GET_READY_S, short_s=GET_READY_S)
    engine = SessionEngine.start(steps, 0.0, get_ready=plan)
    sounds, now = [], 0.0
    while not engine.finished:
        now += 0.25
        sounds += [CUE_FOR_EVENT[e.kind].value for e in engine.advance(now)
                   if e.kind in CUE_FOR_EVENT]  # fmt: skip
    return sounds


def test_a_whole_routine_sounds_every_cue_of_every_switch_and_the_end(pulse, home, tmp_path):
    routine = write_steps(tmp_path / "shape.toml", "Built-in shape", STEPS)
    write_settings(home, get_ready_s=GET_READY_S, get_ready_side_s=GET_READY_S)
    log = tmp_path / "cues.log"
    args = ["--data-dir", str(tmp_path / "data"), "--routine", str(routine), "--start",
            "--speech-engine", "mock", "--cue-log", str(log)]  # fmt: skip
    expected = _expected_sounds()
    assert expected.count("switch_side") == 2 and expected[-1] == "session_done"
    with pulse.record(tail=1.5) as recording, running_holdpoint(args, home) as process:
        started = time.monotonic()
        deadline = started + 150
        while "session_done" not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline, "the session never finished"
            time.sleep(0.25)
        time.sleep(0.5)
        calm = cpu_percent(process.pid, 3.0)
        assert process.poll() is None, "the app should still be running"
        process.terminate()
        _out, errors = process.communicate(timeout=20)
    assert calm < 20, f"the app uses {calm:.0f}% of a core after the end"
    assert errors.strip() == "", errors[-2000:]  # no Qt warning, no traceback: nothing
    sounds, _speech = _read_log(log)
    assert [name for name, _ in sounds] == expected
    assert "stall" not in log.read_text()
    # Every cue is in the recording, in order, near its moment (the path delay aside).
    samples, rate = recording.samples, recording.rate
    onsets = [_onset(samples, rate, CUE_PITCH_HZ[name], due - started - 0.25, due - started + 0.9)
              for name, due in sounds]  # fmt: skip
    # Cues due in one instant are mixed into one playback: they start together, so "in
    # order" allows the few milliseconds by which the tone finder places them.
    assert all(later > earlier - 0.02 for earlier, later in itertools.pairwise(onsets))
    delays = [onset - (due - started) for onset, (_, due) in zip(onsets, sounds, strict=True)]
    path = sorted(delays)[len(delays) // 2]
    assert max(abs(delay - path) for delay in delays) < 0.1, delays
