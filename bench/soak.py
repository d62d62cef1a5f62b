"""Soak: the real app, with speech on, through a long routine while random session keys
are pressed every 0.5–3 s (Space, Right, Left, +, E, Esc then No), as a restless person
with a clicker would. Prints `name: value unit` lines:

    minutes run, stderr lines, Qt warnings, stalls (window late by over 500 ms),
    RSS at start and end, CPU % of a core during holds and on the idle Map.

It runs on a private X display, and on the PulseAudio server named by PULSE_SERVER (the
test suite's null sink) or, without one, on a private null sink of its own.

    .venv/bin/python bench/soak.py --minutes 30
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from harness.app import (  # noqa: E402
    app_env,
    past_the_first_week,
    write_settings,
    write_steps,
)
from harness.proc import cpu_percent, descendants, rss_mib  # noqa: E402
from harness.pulse import PulseServer  # noqa: E402
from harness.xvfb import private_display  # noqa: E402

#: Every zone, both sides, the longest holds: hours of routine, more than any soak needs.
ZONES = ["quadratus_lumborum", "lumbar_erectors", "gluteus_medius", "gluteus_minimus_posterior",
         "piriformis", "gluteus_maximus", "medial_hamstrings", "biceps_femoris",
         "gastrocnemius", "soleus", "tensor_fasciae_latae", "vastus_lateralis"]  # fmt: skip
#: The keys, and how often each is pressed (E, "too sharp", ends a whole side at once).
KEYS = {"space": 3, "Right": 3, "Left": 3, "plus": 2, "e": 1, "Escape": 2}
QT_WARNING_MARKS = ("Qt:", "QSocketNotifier", "QObject", "QThread", "QFont", "QPainter")


@contextlib.contextmanager
def audio_server() -> Iterator[None]:
    if os.environ.get("PULSE_SERVER"):
        yield
        return
    server = PulseServer()
    server.start()
    saved = dict(os.environ)
    os.environ.update(server.env)
    try:
        yield
    finally:
        server.stop()
        os.environ.clear()
        os.environ.update(saved)


def xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=15,
                          env=env, check=False)  # fmt: skip
    return done.stdout


def focus(display: str, pid: int) -> None:
    windows = xdotool(display, "search", "--sync", "--onlyvisible", "--pid", str(pid)).split()
    if windows:
        xdotool(display, "windowfocus", "--sync", windows[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--speech-engine", default="speechd")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="holdpoint-soak-"))
    home = folder / "home"
    home.mkdir()
    routine = write_steps(folder / "long.toml", "Soak",
                          [(zone, "both", 60, 5, 20) for zone in ZONES])  # fmt: skip
    write_settings(home, get_ready_s=5, get_ready_side_s=5)
    log = folder / "cues.log"
    past_the_first_week(folder / "data")  # a long session, not a first week's short one
    command = [sys.executable, "-m", "holdpoint", "--data-dir", str(folder / "data"),
               "--routine", str(routine), "--start", "--speech-engine", args.speech_engine,
               "--cue-log", str(log)]  # fmt: skip
    with audio_server(), private_display() as display:
        stderr_path = folder / "stderr.txt"
        with open(stderr_path, "w") as stderr:
            process = subprocess.Popen(command, env=app_env(home, {"DISPLAY": display}),
                                       stdout=subprocess.DEVNULL, stderr=stderr)  # fmt: skip
        try:
            started = time.monotonic()
            while "hold_start" not in (log.read_text() if log.exists() else ""):
                if process.poll() is not None or time.monotonic() - started > 60:
                    raise SystemExit(f"the session did not start: {stderr_path.read_text()}")
                time.sleep(0.2)
            rss_start = rss_mib(process.pid)
            paused = False
            sessions = 1

            def restart_if_done() -> None:
                """A session that ended (E and Right shorten it) is followed by another:
                no after-ratings, F5 starts the routine again, no before-ratings."""
                nonlocal sessions, paused
                if log.read_text().count("session_done") < sessions:
                    return
                focus(display, process.pid)
                xdotool(display, "key", "Escape", "Escape", "F5")
                time.sleep(1.0)
                xdotool(display, "key", "Escape", "Escape")
                sessions += 1
                paused = False

            end = started + args.minutes * 60
            while time.monotonic() < end and process.poll() is None:
                time.sleep(rng.uniform(0.5, 3.0))
                restart_if_done()
                key = rng.choices(list(KEYS), weights=list(KEYS.values()))[0]
                focus(display, process.pid)
                if key == "Escape":  # "Stop the session?" - then No (Esc again)
                    xdotool(display, "key", "Escape")
                    time.sleep(rng.uniform(0.3, 1.0))
                    xdotool(display, "key", "Escape")
                else:
                    xdotool(display, "key", key)
                    paused ^= key == "space"
            if paused:
                xdotool(display, "key", "space")
            restart_if_done()
            minutes = (time.monotonic() - started) / 60
            # Calm measurements: a stretch of plain holding, then the idle Map.
            xdotool(display, "key", "Left")  # back to the start of a hold: a full minute
            time.sleep(1.0)
            holding = cpu_percent(process.pid, 20.0)
            xdotool(display, "key", "Escape")
            time.sleep(0.5)
            xdotool(display, "key", "alt+y")  # stop: yes
            time.sleep(0.5)
            xdotool(display, "key", "Escape", "Escape")  # no after-ratings
            xdotool(display, "key", "ctrl+1")
            time.sleep(2.0)
            idle = cpu_percent(process.pid, 10.0)
            rss_end = rss_mib(process.pid)
            alive = process.poll() is None
        finally:
            helpers = descendants(process.pid)
            process.terminate()
            process.wait(20)
    errors = stderr_path.read_text().splitlines()
    warnings = [line for line in errors if any(mark in line for mark in QT_WARNING_MARKS)]
    text = log.read_text()
    stalls = [line for line in text.splitlines() if line.startswith("stall\t")]
    print(f"soak_minutes: {minutes:.1f} min")
    print(f"soak_app_alive_at_end: {int(alive)} bool")
    print(f"soak_stderr_lines: {len(errors)} lines")
    print(f"soak_qt_warnings: {len(warnings)} lines")
    print(f"soak_stalls_over_500ms: {len(stalls)} stalls")
    print(f"soak_sessions: {sessions} sessions")
    print(f"soak_cues_played: {text.count('sound' + chr(9))} sounds")
    print(f"soak_lines_spoken: {text.count('speech' + chr(9))} lines")
    print(f"soak_rss_start: {rss_start:.1f} MiB")
    print(f"soak_rss_end: {rss_end:.1f} MiB")
    print(f"soak_cpu_holding: {holding:.2f} %")
    print(f"soak_cpu_idle_map: {idle:.2f} %")
    print(f"soak_child_processes_at_end: {len(helpers)} processes")
    for line in errors[:5] + stalls[:5]:
        print(f"# {line}")
    print(f"# the app's data, cue log and stderr: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
