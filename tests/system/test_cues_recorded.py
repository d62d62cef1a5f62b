"""Real sound from the real app: a short routine played into the null sink and recorded.

The app runs as a subprocess with ``--routine FILE --start``; it writes every cue it
plays (with the moment it was due) to ``--cue-log``. The test records the sink, finds
each cue in the recording by its own pitch, and checks order and timing. A constant
delay of the audio path (player, server, recorder) is measured and set aside; what must
stay within 60 ms is each cue against its scheduled moment.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pytest

from harness.app import running_holdpoint, write_routine
from harness.dbus import peers, session_bus_with_screensaver

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from make_sounds import CUE_PITCH_HZ

pytestmark = pytest.mark.system

EXPECTED_SOUNDS = ["get_ready", "hold_start", "ten_seconds", "tick", "tick", "tick", "release",
                   "session_done"]  # fmt: skip
TOLERANCE_S = 0.060


def _read_log(path: Path) -> tuple[list[tuple[str, float]], list[str]]:
    sounds, speech = [], []
    for line in path.read_text().splitlines():
        kind, text = line.split("\t", 1)
        if kind == "sound":
            name, due, _played = text.split()
            sounds.append((name, float(due.removeprefix("due="))))
        else:
            speech.append(text)
    return sounds, speech


def _onset(samples: np.ndarray, rate: int, pitch: float, start: float, end: float) -> float:
    """When the tone at ``pitch`` first rises in [start, end] s of the recording."""
    first, last = max(0, int(start * rate)), min(len(samples), int(end * rate))
    part = samples[first:last].astype(np.float64)
    window, hop = int(0.015 * rate), int(0.002 * rate)
    probe = np.exp(-2j * np.pi * pitch * np.arange(window) / rate) * np.hanning(window)
    levels = np.array([abs(np.dot(part[i : i + window], probe))
                       for i in range(0, len(part) - window, hop)])  # fmt: skip
    assert len(levels) and levels.max() > 2e4, f"no {pitch:.0f} Hz tone in {start:.2f}–{end:.2f} s"
    rising = int(np.argmax(levels > 0.3 * levels.max()))
    return (first + rising * hop + window / 2) / rate


def test_a_short_routine_sounds_every_cue_on_time_and_keeps_the_screen_on(pulse, home, tmp_path):
    routine = write_routine(tmp_path / "test.toml", "Test", hold_s=15, reps=1)
    log = tmp_path / "cues.log"
    args = ["--data-dir", str(tmp_path / "data"), "--routine", str(routine), "--start",
            "--speech-engine", "mock", "--cue-log", str(log)]  # fmt: skip
    saver_log = tmp_path / "screensaver.log"
    with (
        session_bus_with_screensaver(saver_log) as bus,
        pulse.record(tail=1.5) as recording,
    ):
        started = time.monotonic()
        env = {"DBUS_SESSION_BUS_ADDRESS": bus}
        with running_holdpoint(args, home, env=env) as process:
            deadline = time.monotonic() + 60
            during = set()
            while "session_done" not in (log.read_text() if log.exists() else ""):
                if not during and "Inhibit" in saver_log.read_text():
                    during = peers(bus)
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "the session never finished"
                time.sleep(0.2)
            time.sleep(0.5)
            saver = saver_log.read_text().splitlines()
            after = peers(bus)
            assert process.poll() is None, "the app should still be running"
    sounds, speech = _read_log(log)
    # The screen was kept on for the session and let go at its end, app still running.
    assert saver[1].startswith("Inhibit Holdpoint "), saver
    assert during - after, "the connection that kept the screen on was not closed"
    assert [name for name, _ in sounds] == EXPECTED_SOUNDS

    rate, samples = recording.rate, recording.samples
    offsets = []
    for name, due in sounds:
        expected = due - started  # where it should be in the recording, give or take the path
        onset = _onset(samples, rate, CUE_PITCH_HZ[name], expected - 0.25, expected + 0.45)
        offsets.append(onset - expected)
    path_delay = float(np.median(offsets))
    errors = [abs(offset - path_delay) for offset in offsets]
    worst, delay_ms = max(errors) * 1000, path_delay * 1000
    assert max(errors) <= TOLERANCE_S, f"a cue is {worst:.0f} ms off (path {delay_ms:.0f} ms)"
    # The recorder starts capturing some ms after ``started``: a fast path (one audio sink,
    # about 10 ms) can measure a little below zero.
    assert -0.1 < path_delay < 0.4, f"the audio path delays cues by {path_delay * 1000:.0f} ms"

    # The first get-ready says how to get into position (core.cues.spoken_line).
    assert speech[0].startswith("Get ready: Piriformis, left side. Lie on your back")
    assert speech[1:] == ["Piriformis, left side. Hold fifteen seconds.", "Ten seconds.",
                          "Release.", "Session complete. Well done."]  # fmt: skip
