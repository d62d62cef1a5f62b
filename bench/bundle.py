"""The packaged program: its sizes, how long it takes to build, and how fast it starts.

Builds with ``packaging/build`` (unless ``--no-build``), then times process start to the
first painted Map, on a private X display, for three programs alternating in one run:
the bundle (``dist/Holdpoint/holdpoint``), ``python -m holdpoint`` installed from the
wheel into a fresh virtual environment, and a bare PySide6 window. Holdpoint reports its
first paint itself when ``HOLDPOINT_FIRST_PAINT_PROBE`` is set (holdpoint.ui.first_paint).
Prints one ``name: value unit`` line per figure.

    .venv/bin/python bench/bundle.py [--runs 7] [--no-build]
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from harness.wheel import build_wheel, install_wheel  # noqa: E402
from harness.xvfb import private_display  # noqa: E402

DIST = ROOT / "dist"
PROBE = Path(__file__).with_name("_first_paint.py")


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else path.rglob("*")
    return sum(p.stat().st_size for p in files if p.is_file() and not p.is_symlink()) / 1e6


def build() -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            ROOT / "packaging" / "build",
            "--python",
            sys.executable,
            "--no-system-packages",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def wheel_python(folder: Path) -> Path:
    """A fresh environment with Holdpoint from its wheel (byte-compiled by pip, as any
    install); third-party packages are borrowed from this environment."""
    return install_wheel(build_wheel(folder), folder / "env") / "python"


def first_paint(command: list[str], display: str, folder: Path) -> tuple[float, int]:
    """Seconds from process start to first paint, and peak RSS in KiB."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOLDPOINT_FIRST_PAINT_PROBE="1",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
    )
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.communicate(timeout=30)
    if not line.startswith("painted "):
        raise SystemExit(f"bench: {command[0]} never reported its first paint")
    return elapsed, int(line.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-build", action="store_true", help="measure the dist/ there is")
    args = parser.parse_args()
    if not args.no_build:
        print(f"bundle_build_time: {build():.0f} s")
    version = subprocess.run(
        [sys.executable, ROOT / "packaging" / "build", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"bundle_size: {size_mb(DIST / 'Holdpoint'):.1f} MB")
    print(
        f"bundle_archive_size: {size_mb(DIST / f'holdpoint-{version}-linux-x86_64.tar.gz'):.1f} MB"
    )
    print(f"bundle_deb_size: {size_mb(DIST / f'holdpoint_{version}_amd64.deb'):.1f} MB")
    with tempfile.TemporaryDirectory() as tmp, private_display() as display:
        folder = Path(tmp)
        python = wheel_python(folder / "wheel")
        commands = {
            "bare": [sys.executable, str(PROBE), "bare", str(folder / "d")],
            # The Map's Qt parts without Holdpoint's code: the floor under the Map in PySide6.
            "bare_map": [sys.executable, str(PROBE), "bare_map", str(folder / "d")],
            "wheel": [str(python), "-m", "holdpoint", "--data-dir", str(folder / "wd")],
            "bundle": [str(DIST / "Holdpoint" / "holdpoint"), "--data-dir", str(folder / "bd")],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        rss: dict[str, list[int]] = {name: [] for name in commands}
        for command in commands.values():  # one warm-up each: file caches, font cache
            first_paint(command, display, folder)
        for _ in range(args.runs):
            for name, command in commands.items():
                elapsed, peak = first_paint(command, display, folder)
                times[name].append(elapsed)
                rss[name].append(peak)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"bundle_startup_runs: {args.runs} each")
    for name in commands:
        print(f"bundle_startup_{name}_median: {median[name] * 1000:.1f} ms")
        print(f"bundle_startup_{name}_peak_rss: {statistics.median(rss[name]) / 1024:.0f} MiB")
    print(f"bundle_startup_ratio_bundle_vs_wheel: {median['bundle'] / median['wheel']:.2f} x")
    print(f"bundle_startup_ratio_wheel_vs_bare: {median['wheel'] / median['bare']:.2f} x")
    floor = median["bare_map"]
    print(f"bundle_startup_ratio_bare_map_vs_bare: {floor / median['bare']:.2f} x (the floor)")
    print(f"bundle_startup_wheel_own_python: {(median['wheel'] - floor) * 1000:.1f} ms")
    print(f"bundle_startup_ratio_wheel_vs_floor: {median['wheel'] / floor:.2f} x")


if __name__ == "__main__":
    main()
