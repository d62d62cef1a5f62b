"""Cue timing of a real QTimer-driven session, sounded and heard, while the GUI thread is
stalled at random.

Runs a routine of a few minutes through the real SessionController (real monotonic
clock, real Qt timers) and the real CuePlayer (cue sounds through the sound output, the
voice through its helper process with the ``mock`` engine unless told otherwise). A
"background load" blocks the GUI thread for 50–300 ms at random moments. It prints:

* how late each cue was delivered against its deadline (median, p99, max) for cues
  outside stalls and inside them, over the first and last quarter (drift would show as
  growth), and the end-of-session drift;
* how long from a cue's moment to the start of its sound (the player's ``played=``);
* with the private null sink (used when ``PULSE_SERVER`` is not set): where each cue is
  heard in a recording of the sink, against its moment, after the constant delay of the
  audio path (median of all) is set aside;
* the process's CPU share during the session and for 3 s after it (nothing plays).

One ``name: value unit`` line per figure.

    .venv/bin/python bench/timer_accuracy.py [--seed 1] [--speech-engine mock|speechd|none]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # harness.pulse: the test suite's null sink
sys.path.insert(0, str(ROOT / "scripts"))  # make_sounds: each cue's pitch

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from holdpoint import assets  # noqa: E402
from holdpoint.core.catalog import Side, load_catalog  # noqa: E402
from holdpoint.core.engine import Kind  # noqa: E402
from holdpoint.core.preferences import Preferences  # noqa: E402
from holdpoint.core.routine import Sides, Step, get_ready_plan  # noqa: E402
from holdpoint.ui.session.controller import SessionController  # noqa: E402

ROUTINE = [
    Step("piriformis", Sides.BOTH, 15, 2, 5),
    Step("soleus", Sides.LEFT, 15, 2, 5),
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def figures(name: str, values: list[float]) -> None:
    if values:
        print(f"{name}_median: {statistics.median(values):.2f} ms")
        print(f"{name}_p99: {percentile(values, 0.99):.2f} ms")
        print(f"{name}_max: {max(values):.2f} ms")


@contextlib.contextmanager
def sound_server(wanted: bool) -> Iterator[Any]:
    """The private null sink (a harness.pulse.PulseServer), or None: sound is off or
    PULSE_SERVER names a server of its own (then nothing is recorded)."""
    if not wanted or "PULSE_SERVER" in os.environ:
        yield None
        return
    from harness.pulse import PulseServer

    server = PulseServer()
    server.start()
    os.environ.update(server.env)
    try:
        yield server
    finally:
        server.stop()


def heard_errors(recording: Any, started: float, sounds: list[tuple[str, float]]) -> list[float]:
    """For each (cue, moment): where its pitch rises in the recording against that moment,
    after the median delay of the audio path is set aside (ms)."""
    import numpy as np
    from make_sounds import CUE_PITCH_HZ

    samples, rate = recording.samples.astype(np.float64), recording.rate
    window, hop = int(0.015 * rate), int(0.002 * rate)
    offsets = []
    for name, at in sounds:
        expected = at - started
        first = max(0, int((expected - 0.25) * rate))
        part = samples[first : int((expected + 0.45) * rate)]
        probe = np.exp(-2j * np.pi * CUE_PITCH_HZ[name] * np.arange(window) / rate)
        probe *= np.hanning(window)
        frames = np.lib.stride_tricks.sliding_window_view(part, window)[::hop]
        levels = np.abs(frames @ probe)
        if not len(levels) or levels.max() < 2e4:
            continue  # not heard (counted below)
        rising = int(np.argmax(levels > 0.3 * levels.max()))
        offsets.append((first + rising * hop + window / 2) / rate - expected)
    if not offsets:
        return []
    path = statistics.median(offsets)
    print(f"audio_path_delay: {path * 1000:.1f} ms")
    print(f"cues_heard: {len(offsets)} of {len(sounds)} count")
    return [abs(offset - path) * 1000 for offset in offsets]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--speech-engine", default="mock", help="mock, speechd or none")
    args = parser.parse_args()
    engine = None if args.speech_engine == "none" else args.speech_engine
    with sound_server(wanted=True) as server:
        return run(args.seed, engine, server)


def run(seed: int, speech_engine: str | None, server: Any) -> int:
    rng = random.Random(seed)
    app = QApplication(sys.argv[:1])
    catalog = load_catalog(assets.resource_path("zones.toml"))
    controller = SessionController(time.monotonic)
    stalls: list[tuple[float, float]] = []
    cues: list[tuple[float, float]] = []  # (due, delivered)
    played: list[tuple[str, float, float]] = []  # (cue, due, sound started)
    spoken: list[str] = []

    from holdpoint.audio.player import CuePlayer

    def on_played(kind: str, text: str) -> None:
        if kind == "sound":
            name, due, start = text.split()
            played.append((name, float(due[4:]), float(start[7:])))
        else:
            spoken.append(text)

    player = CuePlayer(speech_engine, on_played)
    player.load()
    player.apply(Preferences())
    if player.problem:
        print(f"# sound: {player.problem}")

    def delivered(events: list) -> None:
        now = time.monotonic()
        cues.extend((event.at, now) for event in events if event.kind is not Kind.PAUSED)
        player.handle(events, catalog)

    def stall() -> None:
        length = rng.uniform(0.050, 0.300)
        begin = time.monotonic()
        while time.monotonic() - begin < length:  # the GUI thread is busy
            pass
        stalls.append((begin, begin + length))
        load.start(rng.randint(300, 2500))

    load = QTimer()
    load.setSingleShot(True)
    load.timeout.connect(stall)
    controller.eventsDue.connect(delivered)
    marks: dict[str, tuple[float, float]] = {}

    def begin() -> None:
        marks["start"] = (time.monotonic(), time.process_time())
        plan = get_ready_plan(ROUTINE, catalog, Side.LEFT)
        controller.start(ROUTINE, Side.LEFT, plan)
        load.start(500)

    def finished(_engine: object) -> None:
        load.stop()
        marks["end"] = (time.monotonic(), time.process_time())
        QTimer.singleShot(3000, app.quit)  # the idle tail: the last cues ring out

    controller.finished.connect(finished)
    recording_block = server.record(tail=0.3) if server else contextlib.nullcontext(None)
    with recording_block as recording:
        recorded_from = time.monotonic()
        QTimer.singleShot(1000, begin)  # the voice's helper gets ready meanwhile
        app.exec()
    idle = (time.monotonic(), time.process_time())
    player.shutdown()
    engine = controller.engine
    assert engine is not None and engine.finished

    def in_stall(due: float) -> bool:
        # A cue due during a stall, or just before one began, waits for the stall to end.
        return any(begin - 0.002 <= due <= finish for begin, finish in stalls)

    outside = [(done - due) * 1000 for due, done in cues if not in_stall(due)]
    inside = [(done - due) * 1000 for due, done in cues if in_stall(due)]
    planned = sum(segment.duration for segment in engine.segments)
    (start, cpu_start), (end, cpu_end) = marks["start"], marks["end"]
    finished_due = cues[-1][0]
    quarter = max(1, len(outside) // 4)
    print(f"session_length: {end - start:.1f} s")
    print(f"cues: {len(cues)} count")
    print(f"stalls: {len(stalls)} count")
    figures("cue_error", outside)
    if inside:
        print(f"cue_error_in_stall_max: {max(inside):.2f} ms")
        print(f"cues_in_stall: {len(inside)} count")
    print(f"cue_error_first_quarter_mean: {statistics.mean(outside[:quarter]):.2f} ms")
    print(f"cue_error_last_quarter_mean: {statistics.mean(outside[-quarter:]):.2f} ms")
    print(f"end_drift: {(finished_due - (start + planned)) * 1000:.2f} ms")
    print(f"sounds_played: {len(played)} count")
    print(f"lines_spoken: {len(spoken)} count")
    figures("due_to_sound", [(at - due) * 1000 for _, due, at in played if not in_stall(due)])
    if recording is not None:
        heard = [(name, due) for name, due, _ in played if not in_stall(due)]
        figures("heard_error", heard_errors(recording, recorded_from, heard))
    print(f"cpu_session: {(cpu_end - cpu_start) / (end - start) * 100:.1f} % of a core")
    print(f"cpu_after: {(idle[1] - cpu_end) / (idle[0] - end) * 100:.1f} % of a core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
