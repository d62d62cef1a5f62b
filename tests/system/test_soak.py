"""Three minutes of bench/soak.py in the suite: the real app with speech on, random
session keys every 0.5–3 s. It fails on any Qt warning or a window stall over 500 ms.
(The 30-minute figures are in the issue notes: run the bench with --minutes 30.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.system

BENCH = Path(__file__).resolve().parents[2] / "bench" / "soak.py"


def test_three_minutes_of_random_keys_with_speech_on(pulse):
    done = subprocess.run([sys.executable, str(BENCH), "--minutes", "3", "--seed", "7"],
                          capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    figures = {}
    for line in done.stdout.splitlines():
        if ":" in line and not line.startswith("#"):
            name, value = line.split(":", 1)
            figures[name] = float(value.split()[0])
    details = done.stdout
    assert figures["soak_minutes"] >= 3.0, details
    assert figures["soak_app_alive_at_end"] == 1, details
    assert figures["soak_qt_warnings"] == 0, details
    assert figures["soak_stderr_lines"] == 0, details
    assert figures["soak_stalls_over_500ms"] == 0, details
    assert figures["soak_cues_played"] > 20, details
