"""The voice speaks the window's language, or says plainly that it cannot."""

from __future__ import annotations

from holdpoint.audio.speech import SpeechClient, State
from holdpoint.audio.speech_helper import choose_voice_locale


def test_without_a_voice_for_the_language_voice_goes_off_with_one_clear_line(qtbot):
    client = SpeechClient("mock", language="de")  # Qt's mock engine has no German voice
    messages: list[str] = []
    client.unavailable.connect(messages.append)
    try:
        client.start()
        qtbot.waitUntil(lambda: client.state is State.FAILED, timeout=20_000)
    finally:
        client.stop()
    assert len(messages) == 1
    assert "no voice for Deutsch" in messages[0]
    assert "The sounds and the on-screen timer go on" in messages[0]


def test_an_english_voice_is_chosen_for_english_lines(qtbot):
    client = SpeechClient("mock", language="en")
    try:
        with qtbot.waitSignal(client.ready, timeout=20_000):
            client.start()
        assert client.voice_locale == "en_GB"
    finally:
        client.stop()


def test_the_voice_locale_prefers_the_systems_region_then_the_main_country():
    available = ["en_US", "de_AT", "de_DE", "fr_FR", "en_GB"]
    assert choose_voice_locale("de", available, "de_AT") == "de_AT"
    assert choose_voice_locale("de", available, "C") == "de_DE"
    assert choose_voice_locale("de", ["de_CH", "de_LU"], "fr_FR") == "de_CH"
    assert choose_voice_locale("en", available, "en_US") == "en_US"
    assert choose_voice_locale("en", available, "de_DE") == "en_GB"
    assert choose_voice_locale("de", ["en_GB", "en_US"], "de_DE") is None
