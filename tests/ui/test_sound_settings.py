"""Settings > Sound and voice on real widgets, heard through the null sink."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from holdpoint.audio.speech import State
from holdpoint.core.cues import Cue
from holdpoint.settings import SettingsStore
from holdpoint.ui.settings import SettingsDialog
from holdpoint.ui.settings.sound import SoundPage

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from make_sounds import CUE_PITCH_HZ


@pytest.fixture
def dialog(holdpoint, pulse, qtbot):
    holdpoint._speech_engine = "mock"  # a real helper process, with a silent engine
    holdpoint.load_cues()
    player = holdpoint.player
    qtbot.waitUntil(player.is_loaded, timeout=10_000)
    window = holdpoint.window
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Settings
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.isVisible()
    qtbot.keyClick(settings.page_list, Qt.Key.Key_Down)  # Session, then Sound and voice
    page = settings.stack.currentWidget()
    assert isinstance(page, SoundPage)
    yield page
    settings.close()


def test_volume_keys_change_the_player_and_are_saved(holdpoint, dialog, qtbot, settings_path):
    dialog.volume.setFocus()
    qtbot.keyClick(dialog.volume, Qt.Key.Key_Home)
    assert holdpoint.player.volume == 0
    qtbot.keyClick(dialog.volume, Qt.Key.Key_PageUp)
    assert holdpoint.player.volume == pytest.approx(0.10)
    qtbot.keyClick(dialog.cue_sliders[Cue.TICK], Qt.Key.Key_End)
    assert holdpoint.player.cue_volume[Cue.TICK] == 1.0
    stored = SettingsStore(settings_path).load()
    assert stored.volume == 10 and stored.volume_tick == 100


def test_an_output_that_is_gone_falls_back_to_the_default(holdpoint, dialog):
    holdpoint.window.change_preferences(audio_device="no-such-device")
    assert holdpoint.player.output_device().description() == "Holdpoint-test-sink"


def test_the_test_button_is_heard(holdpoint, dialog, pulse, qtbot):
    with pulse.record(tail=1.0) as recording:
        qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
        qtbot.wait(100)  # the cues of one turn of the event loop start together, after it
    assert recording.peak() > 3000
    assert recording.dominant_frequency() == pytest.approx(CUE_PITCH_HZ["hold_start"], rel=0.02)
    assert dialog.status.text() == "Sound and voice are working."


def test_voice_lost_to_a_dead_helper_is_turned_on_again_here(holdpoint, dialog, qtbot):
    player = holdpoint.player
    speech = player._speech
    qtbot.waitUntil(lambda: speech is not None and speech.state is State.READY, timeout=20_000)
    first = speech.pid
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: player.voice_failed, timeout=5_000)
    assert "To turn the voice on again: File > Settings > Sound and voice." in dialog.status.text()
    assert not dialog.voice.isChecked()  # shown as off: what happened
    assert holdpoint.window.prefs.voice  # but the person's setting is unchanged

    dialog.voice.click()
    qtbot.waitUntil(lambda: speech.state is State.READY, timeout=20_000)
    assert speech.pid not in (0, first)  # a fresh helper
    assert dialog.status.text() == "Sound and voice are working."
    spoken: list[str] = []
    speech.speaking.connect(spoken.append)
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: spoken == ["This is how Holdpoint sounds. Release."], timeout=5_000)


def test_the_voice_asks_for_tenderness_after_a_completed_hold(holdpoint, pulse, monkeypatch):
    """The player speaks the release of a hold with more to come as a question."""
    from holdpoint.core.engine import SessionEngine
    from holdpoint.core.routine import Sides, Step

    holdpoint._speech_engine = None  # the lines are caught before any voice
    holdpoint.load_cues()
    spoken: list[str] = []
    monkeypatch.setattr(holdpoint.player, "say", spoken.append)  # no speech engine here
    engine = SessionEngine.start([Step("piriformis", Sides.LEFT, 15, 2, 5)], 0.0)
    for now in range(60):
        holdpoint.player.handle(engine.advance(float(now)), holdpoint.catalog)
    releases = [line for line in spoken if line.startswith("Release")]
    assert releases == ["Release. Tenderness?", "Release."]  # the last one ends the session
