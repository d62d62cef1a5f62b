"""Cue timing of a real QTimer-driven session while the GUI thread is stalled at random.

Runs a routine of a little over two minutes through the real SessionController (real
monotonic clock, real Qt timers). A "background load" blocks the GUI thread for 50–300 ms
at random moments. For every cue it records how late it was delivered against its
deadline, and prints median, p99 and max for cues outside stalls and inside them, the
lateness over the first and last quarter of the session (drift would show as growth),
and the end-of-session drift. One ``name: value unit`` line per figure.

    .venv/bin/python bench/timer_accuracy.py [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from holdpoint.core.engine import Kind, StepPlan
from holdpoint.core.routine import Sides
from holdpoint.ui.session_controller import SessionController

ROUTINE = [
    StepPlan("piriformis", Sides.BOTH, 15, 2, 5),
    StepPlan("soleus", Sides.LEFT, 15, 2, 5),
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    app = QApplication(sys.argv[:1])
    controller = SessionController()
    stalls: list[tuple[float, float]] = []
    cues: list[tuple[float, float]] = []  # (due, delivered)

    def delivered(events: list) -> None:
        now = time.monotonic()
        cues.extend((event.at, now) for event in events if event.kind is not Kind.PAUSED)

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
    controller.finished.connect(lambda _engine: app.quit())
    start = time.monotonic()
    controller.start(ROUTINE)
    load.start(500)
    app.exec()
    end = time.monotonic()
    engine = controller.engine
    assert engine is not None and engine.finished

    def in_stall(due: float) -> bool:
        # A cue due during a stall, or just before one began, waits for the stall to end.
        return any(begin - 0.002 <= due <= finish for begin, finish in stalls)

    outside = [(done - due) * 1000 for due, done in cues if not in_stall(due)]
    inside = [(done - due) * 1000 for due, done in cues if in_stall(due)]
    planned = sum(segment.duration for segment in engine.segments)
    finished_due = cues[-1][0]
    quarter = max(1, len(outside) // 4)
    print(f"session_length: {end - start:.1f} s")
    print(f"cues: {len(cues)} count")
    print(f"stalls: {len(stalls)} count")
    print(f"cue_error_median: {statistics.median(outside):.2f} ms")
    print(f"cue_error_p99: {percentile(outside, 0.99):.2f} ms")
    print(f"cue_error_max: {max(outside):.2f} ms")
    if inside:
        print(f"cue_error_in_stall_max: {max(inside):.2f} ms")
        print(f"cues_in_stall: {len(inside)} count")
    print(f"cue_error_first_quarter_mean: {statistics.mean(outside[:quarter]):.2f} ms")
    print(f"cue_error_last_quarter_mean: {statistics.mean(outside[-quarter:]):.2f} ms")
    print(f"end_drift: {(finished_due - (start + planned)) * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
