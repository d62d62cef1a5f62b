"""With no sound device the app still runs, with visual cues, and says why sound is off."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from harness.app import app_env

pytestmark = pytest.mark.system

PROBE = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QTimer
    from holdpoint.audio.player import CuePlayer
    from holdpoint.core.cues import Cue
    app = QApplication([])
    player = CuePlayer("none-such-engine")
    player.load()
    def report():
        player.play(Cue.HOLD_START)  # must not fail
        print("PROBLEM", player.problem)
        print("SOUND", player.sound_available)
        app.quit()
    QTimer.singleShot(3000, report)
    app.exec()
    player.shutdown()
    """
)


def test_no_audio_server_and_no_speech_engine_are_explained(home):
    env = app_env(home, {"PULSE_SERVER": "unix:/nonexistent/pulse/native",
                         "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                            text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    problem = next(line for line in result.stdout.splitlines() if line.startswith("PROBLEM"))
    assert "No sound device was found, so cues are shown on screen only." in problem
    assert "Spoken cues are off" in problem and "none-such-engine" in problem
    assert "SOUND False" in result.stdout
