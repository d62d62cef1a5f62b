"""Real sound: a WAV played through QtMultimedia is recorded from the null sink."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from harness.tones import write_tone

pytestmark = pytest.mark.system


def test_the_null_sink_is_the_default_output(qapp, pulse):
    outputs = [device.description() for device in QMediaDevices.audioOutputs()]
    assert "Holdpoint-test-sink" in outputs, outputs


@pytest.mark.parametrize("frequency", [523.25, 880.0, 1318.5])
def test_sound_effect_is_recorded_at_its_frequency(qapp, qtbot, pulse, tmp_path, frequency):
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(write_tone(tmp_path / "tone.wav", frequency))))
    qtbot.waitUntil(lambda: effect.status() != QSoundEffect.Status.Loading, timeout=10_000)
    assert effect.status() == QSoundEffect.Status.Ready, "QSoundEffect could not load the tone"

    with pulse.record() as recording:
        effect.play()
        qtbot.waitUntil(effect.isPlaying, timeout=5_000)
        qtbot.waitUntil(lambda: not effect.isPlaying(), timeout=10_000)

    assert recording.peak() > 3000, "nothing audible was recorded"
    measured = recording.dominant_frequency()
    assert measured == pytest.approx(frequency, rel=0.02)
    # About as long as the tone: played once, not cut off and not looped.
    assert 0.45 < len(recording.sounding()) / recording.rate < 0.9


def test_silence_records_as_silence(pulse):
    """The harness can fail: with nothing played, nothing is heard."""
    with pulse.record(tail=0.2) as recording:
        pass
    assert recording.seconds > 0.1
    assert recording.peak() < 300
    with pytest.raises(AssertionError, match="no sound"):
        recording.dominant_frequency()
