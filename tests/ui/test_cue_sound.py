"""Cue sounds heard through the null sink: cues due together, then the CPU afterwards.

QtMultimedia 6.11's PulseAudio path used to spin at 100% CPU ("QSocketNotifier: Invalid
socket ...") once two QSoundEffects had played together and one played again: here a
side switch (release + switch side + get ready) is followed by the end of a session
(release + session done), the recording is searched for each cue's pitch, and the
process's CPU time is measured while nothing plays. A Qt warning fails the test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from harness.app import app_env
from holdpoint.audio.player import CuePlayer
from holdpoint.core.cues import Cue
from holdpoint.core.preferences import Preferences

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from make_sounds import CUE_PITCH_HZ

SWITCH = [Cue.RELEASE, Cue.SWITCH_SIDE, Cue.GET_READY]
END = [Cue.RELEASE, Cue.SESSION_DONE]


def _levels(samples: np.ndarray, rate: int, pitch: float) -> tuple[np.ndarray, float]:
    """How strong ``pitch`` is in 40 ms windows every 2 ms, and the seconds per step."""
    window, hop = int(0.040 * rate), int(0.002 * rate)
    probe = np.exp(-2j * np.pi * pitch * np.arange(window) / rate) * np.hanning(window)
    frames = np.lib.stride_tricks.sliding_window_view(samples.astype(np.float64), window)
    return np.abs(frames[::hop] @ probe), hop / rate


def _onsets(samples: np.ndarray, rate: int, pitch: float, gap_s: float = 0.25) -> list[float]:
    """Where the tone at ``pitch`` starts (seconds into the recording), each time it
    starts again after ``gap_s`` of quiet at that pitch."""
    levels, step = _levels(samples, rate, pitch)
    loud = levels > 0.3 * levels.max()
    onsets: list[float] = []
    last = -1e9
    for index in np.flatnonzero(loud):
        if index * step - last > gap_s:
            onsets.append(index * step + 0.020)  # the middle of the first loud window
        last = index * step
    return onsets


@pytest.fixture
def player(qtbot, pulse):
    played: list[tuple[str, str]] = []
    cues = CuePlayer(None, lambda kind, text: played.append((kind, text)))
    cues.load()
    cues.apply(Preferences())
    assert cues.sound_available, cues.problem
    qtbot.wait(300)  # the sink's stream is open, and the sounds are scaled for the volumes
    cues.played = played  # type: ignore[attr-defined]
    yield cues
    cues.shutdown()


def _played_at(player) -> dict[str, list[float]]:
    moments: dict[str, list[float]] = {}
    for kind, text in player.played:
        if kind == "sound":
            name, _due, played = text.split()
            moments.setdefault(name, []).append(float(played.removeprefix("played=")))
    return moments


def test_cues_due_together_sound_together_and_leave_the_cpu_idle(qtbot, pulse, player):
    """Three side switches and session ends, 1.2 s apart (the old player spun in 5 of 8
    runs of this), then a tick while the last end still rings."""
    with pulse.record(tail=0.3) as recording:
        qtbot.wait(200)
        moments = [SWITCH, END] * 3
        for index, moment in enumerate(moments):
            for cue in moment:  # several plays in one turn of the event loop
                player.play(cue)
            qtbot.wait(1200 if index < len(moments) - 1 else 400)
        player.play(Cue.TICK)  # while the last end still rings: mixed into what is left
        cpu, wall = time.process_time(), time.monotonic()
        qtbot.wait(3000)
        cpu_share = (time.process_time() - cpu) / (time.monotonic() - wall)
    assert cpu_share < 0.20, f"{cpu_share:.0%} of a core while nothing plays"

    played = [(Cue(name), at) for name, moments in _played_at(player).items() for at in moments]
    played.sort(key=lambda item: item[1])
    assert len(played) == 3 * (len(SWITCH) + len(END)) + 1
    # One playback per turn: the cues of one moment started at the same moment.
    assert len({at for _, at in played}) == 3 * 2 + 1
    samples, rate = recording.samples, recording.rate
    heard = {cue: _onsets(samples, rate, CUE_PITCH_HZ[cue]) for cue, _ in played}
    # Where the recording is at a monotonic moment: the first release sets the offset.
    offset = heard[Cue.RELEASE][0] - played[0][1]
    for cue, at in played:
        expected = at + offset
        # The onset nearest where it should be (a neighbouring pitch of another cue can
        # show as a faint onset elsewhere).
        onset = min(heard[cue], key=lambda moment: abs(moment - expected))
        assert abs(onset - expected) < 0.030, (cue, at - played[0][1], onset, heard[cue])
    # The session-done arpeggio went on after the tick was mixed into it.
    levels, step = _levels(samples, rate, CUE_PITCH_HZ[Cue.SESSION_DONE])
    assert levels[int((played[-1][1] + offset + 0.15) / step)] > 0.1 * levels.max()


def test_a_session_moment_is_one_playback_and_the_sink_stops_after_it(qtbot, pulse, player):
    from holdpoint.core.engine import Event, Kind

    catalog = None  # no spoken lines without a voice: handle() never reads the catalog
    now = time.monotonic()
    events = [Event(Kind.HOLD_ENDED, now), Event(Kind.SESSION_DONE, now)]
    player.voice = False
    player.handle(events, catalog)  # type: ignore[arg-type]
    sink = player._sound._sink
    from PySide6.QtMultimedia import QtAudio

    assert sink.state() == QtAudio.State.ActiveState
    qtbot.waitUntil(lambda: sink.state() == QtAudio.State.StoppedState, timeout=5000)
    lines = [text for kind, text in player.played if kind == "sound"]
    assert [line.split()[0] for line in lines] == ["release", "session_done"]
    assert all(f"due={now:.4f}" in line for line in lines)


NO_DEVICE_PROBE = textwrap.dedent(
    """
    import os
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from holdpoint.audio.player import CuePlayer
    from holdpoint.core.cues import Cue
    from holdpoint.core.preferences import Preferences
    app = QApplication([])
    player = CuePlayer("mock")
    player.load()
    player.apply(Preferences())
    def report():
        player.play(Cue.HOLD_START)
        player.say("Release.")
        me = os.getpid()
        children = Path(f"/proc/{me}/task/{me}/children").read_text().split()
        print("PROBLEM", player.problem)
        print("SOUND", player.sound_available)
        print("CHILDREN", len(children))
        app.quit()
    QTimer.singleShot(2000, report)
    app.exec()
    player.shutdown()
    """
)
#: What QtMultimedia itself says when it loads (platform-notes.md: harmless noise).
_HARMLESS = ("pipewire-0.3", "Using Qt multimedia with FFmpeg")


def test_no_sound_device_means_cues_on_screen_no_speech_helper_and_a_quiet_terminal(home):
    env = app_env(home, {"PULSE_SERVER": "unix:/nonexistent/pulse/native",
                         "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    result = subprocess.run([sys.executable, "-c", NO_DEVICE_PROBE], env=env,
                            capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert "No sound device was found, so cues are shown on screen only." in out["PROBLEM"]
    assert "Spoken cues are off: there is no sound device to speak on." in out["PROBLEM"]
    assert out["SOUND"] == "False"
    assert out["CHILDREN"] == "0", "a speech helper was started"
    noise = [line for line in result.stderr.splitlines() if not any(h in line for h in _HARMLESS)]
    assert noise == []
