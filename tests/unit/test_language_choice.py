"""Which language a run shows, and whose formats its dates and numbers follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from holdpoint.core import i18n as core_i18n
from holdpoint.core.preferences import Language
from holdpoint.i18n import choose, locale_for


@pytest.mark.parametrize(
    ("preference", "system", "chosen"),
    [
        (Language.SYSTEM, ["de-AT", "de", "en"], "de"),
        (Language.SYSTEM, ["fr-FR", "de-DE"], "de"),  # the first one Holdpoint has
        (Language.SYSTEM, ["fr-FR", "it"], "en"),  # none: the source language
        (Language.SYSTEM, ["C"], "en"),
        (Language.SYSTEM, [], "en"),
        (Language.SYSTEM, ["en_US"], "en"),
        (Language.ENGLISH, ["de-DE"], "en"),
        (Language.GERMAN, ["en-GB"], "de"),
    ],
)
def test_the_preference_wins_else_the_systems_first_language_that_holdpoint_has(
    preference, system, chosen
):
    assert choose(preference, system) == chosen


def test_dates_and_numbers_follow_the_system_when_it_speaks_the_language():
    austria = QLocale("de_AT")
    assert locale_for("de", austria) == austria  # Austrian month names ("Jänner")
    assert locale_for("de", QLocale("en_GB")).name() == "de_DE"
    assert locale_for("en", QLocale("de_DE")).name() == "en_GB"
    plain = QLocale.c()
    assert locale_for("en", plain) == plain  # a bare system keeps its plain formats


def test_core_texts_are_english_until_a_translator_is_set():
    assert core_i18n.translate("cues", "Rest.") == "Rest."
    core_i18n.set_translator(lambda context, text, _d, _n: f"{context}:{text}")
    try:
        assert core_i18n.translate("cues", "Rest.") == "cues:Rest."
        assert core_i18n.localized_all("x", ("a", "b")) == ("x:a", "x:b")
    finally:
        core_i18n.set_translator(None)
    assert core_i18n.translate("cues", "Rest.") == "Rest."
