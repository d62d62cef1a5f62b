"""Start-up time: process start to the main window shown and painted, on a real X display.

Holdpoint (with the Map picture kept by the warm-up run, and without: `holdpoint_cold`, a
first start), a bare PySide6 QMainWindow, a bare one with a menu and a label (which also
pays for fonts), a bare one that names a ``Qt`` enum value (which every real PySide6 UI
does) and ``bare_map``, the Map's Qt parts built by plain code without Holdpoint (the
floor under Holdpoint's start-up in PySide6, see ``_bare_map.py``), are measured in the
same run, alternating, so that machine load affects all alike. Holdpoint's modules are
byte-compiled first, as in an installed app (this machine sets PYTHONDONTWRITEBYTECODE,
under which an editable checkout would compile its modules at every start). Prints one
``name: value unit`` line per figure.

    .venv/bin/python bench/startup.py [--runs 7] [--baseline OTHER_CHECKOUT/src]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from harness.xvfb import private_display

PROBE = Path(__file__).with_name("_first_paint.py")
SRC = Path(__file__).resolve().parents[1] / "src"


def first_paint(
    variant: str, display: str, folder: Path, baseline: Path | None = None
) -> tuple[float, int]:
    """Seconds from process start to first paint, and peak RSS in KiB."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    if variant == "baseline" and baseline is not None:  # another checkout's src/, first
        env["PYTHONPATH"] = str(baseline)
        variant = "holdpoint"
    for name in ("CONFIG", "STATE", "DATA", "CACHE"):  # settings, the log: all temporary
        env[f"XDG_{name}_HOME"] = str(folder / name.lower())
    if variant == "holdpoint_cold":  # a first start: nothing kept from an earlier one
        env["XDG_CACHE_HOME"] = tempfile.mkdtemp(dir=folder)
        variant = "holdpoint"
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(PROBE), variant, str(folder / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.communicate(timeout=30)
    if not line.startswith("painted "):
        raise SystemExit(f"bench: the {variant} probe failed (exit {process.returncode})")
    return elapsed, int(line.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--baseline",
        type=Path,
        help="the src/ folder of another checkout (e.g. a `git worktree` of an earlier "
        "commit): timed too, in the same run, for a change's effect",
    )
    args = parser.parse_args()
    for src in (SRC, args.baseline) if args.baseline else (SRC,):
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(src)], check=True)
    times: dict[str, list[float]] = {
        "bare": [], "bare_text": [], "bare_qt": [], "bare_map": [], "holdpoint": [],
        "holdpoint_cold": [],
    }  # fmt: skip
    if args.baseline:
        times["baseline"] = []
    rss: dict[str, list[int]] = {name: [] for name in times}
    with private_display() as display, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for variant in times:  # one warm-up each: file caches, font cache
            first_paint(variant, display, folder, args.baseline)
        for _ in range(args.runs):
            for variant in times:
                elapsed, peak = first_paint(variant, display, folder, args.baseline)
                times[variant].append(elapsed)
                rss[variant].append(peak)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"startup_runs: {args.runs} each")
    for name, values in times.items():
        print(f"startup_{name}_median: {median[name] * 1000:.1f} ms")
        print(f"startup_{name}_min: {min(values) * 1000:.1f} ms")
    print(f"startup_ratio: {median['holdpoint'] / median['bare']:.2f} x")
    print(f"startup_ratio_min: {min(times['holdpoint']) / min(times['bare']):.2f} x")
    print(f"startup_ratio_vs_bare_text: {median['holdpoint'] / median['bare_text']:.2f} x")
    print(f"startup_ratio_bare_qt_vs_bare: {median['bare_qt'] / median['bare']:.2f} x")
    print(f"startup_ratio_cold: {median['holdpoint_cold'] / median['bare']:.2f} x (a first start)")
    if args.baseline:
        print(f"startup_ratio_baseline: {median['baseline'] / median['bare']:.2f} x")
    floor = median["bare_map"]
    print(f"startup_ratio_bare_map_vs_bare: {floor / median['bare']:.2f} x (the floor)")
    print(f"startup_holdpoint_own_python: {(median['holdpoint'] - floor) * 1000:.1f} ms")
    print(f"startup_ratio_vs_floor: {median['holdpoint'] / floor:.2f} x")
    print(f"startup_qt_namespace_cost: {(median['bare_qt'] - median['bare']) * 1000:.1f} ms")
    for name, values in rss.items():
        print(f"startup_peak_rss_{name}: {statistics.median(values) / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
