"""The catalog, routines and body drawing in German: every English text has its German
one, nothing else is in the file, and the translated catalog keeps everything but texts."""

from __future__ import annotations

import pytest

from holdpoint import assets
from holdpoint.core.body import load_body
from holdpoint.core.catalog import load_catalog
from holdpoint.core.content_text import (
    ContentTextError,
    english_texts,
    load_texts,
    parse_texts,
    translate_body,
    translate_catalog,
    translate_routines,
)
from holdpoint.core.routines import load_routines

CATALOG = load_catalog(assets.resource_path("zones.toml"))
ROUTINES = load_routines(assets.resource_path("routines.toml"), CATALOG)
BODY = load_body(assets.resource_path("body.toml"))
GERMAN = load_texts(assets.resource_path("i18n/content.de.toml"))
ENGLISH = english_texts(CATALOG, ROUTINES, BODY)


@pytest.mark.parametrize("section", sorted(ENGLISH))
def test_every_english_text_has_a_german_one_and_nothing_else_is_there(section):
    english, german = ENGLISH[section], GERMAN.get(section, {})
    assert sorted(german) == sorted(english), f"[{section}] ids differ"
    for ident, fields in english.items():
        assert sorted(german[ident]) == sorted(fields), f"[{section}.{ident}] fields differ"
        for name, text in fields.items():
            if isinstance(text, tuple):
                assert len(german[ident][name]) == len(text), f"{section}.{ident}.{name}"


def test_german_texts_are_not_left_in_english():
    """Latin muscle names and abbreviations may stay; sentences may not."""
    same = [
        (section, ident, name)
        for section, entries in ENGLISH.items()
        for ident, fields in entries.items()
        for name, text in fields.items()
        if GERMAN[section][ident][name] == text and len(str(text).split()) > 3
    ]
    assert same == []


def test_the_translated_catalog_keeps_shapes_doses_and_ids():
    german = translate_catalog(CATALOG, GERMAN)
    piriformis = german.zone("piriformis")
    english = CATALOG.zone("piriformis")
    assert piriformis.find.startswith("Stellen Sie sich eine Linie vor")
    assert piriformis.uses[0].position.startswith("Legen Sie sich")
    assert (piriformis.shape, piriformis.hold_s, piriformis.reps, piriformis.refers_to) == (
        english.shape, english.hold_s, english.reps, english.refers_to)  # fmt: skip
    assert [u.tool for u in piriformis.uses] == [u.tool for u in english.uses]
    assert german.region("low_back").name == "Unterer Rücken"
    routines = translate_routines(ROUTINES, GERMAN)
    assert [r.steps for r in routines] == [r.steps for r in ROUTINES]
    assert routines[0].name == "Gesäß und Piriformis"
    body = translate_body(BODY, GERMAN)
    assert body.muscle("gastrocnemius").label == "Wade"
    assert body.muscle("gastrocnemius").outline == BODY.muscle("gastrocnemius").outline


def test_a_text_missing_from_the_translation_stays_english():
    partial = parse_texts('format = 1\n[zone.piriformis]\nname = "Birnenmuskel"\n')
    catalog = translate_catalog(CATALOG, partial)
    assert catalog.zone("piriformis").name == "Birnenmuskel"
    assert catalog.zone("piriformis").find == CATALOG.zone("piriformis").find
    assert catalog.zone("gluteus_medius") == CATALOG.zone("gluteus_medius")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("format = 1\n[zone.x\n", "content.toml"),
        ("format = 2\n", "format"),
        ('format = 1\n[sound.tick]\nname = "x"\n', "[sound]: not a section"),
        ('format = 1\n[zone.piriformis]\nhold_s = "30"\n', "hold_s: not a text"),
        ("format = 1\n[zone.piriformis]\nname = 3\n", "name: must be a text"),
        ('format = 1\n[zone.piriformis]\ncautions = "x"\n', "must be a list of texts"),
        ('format = 1\n[zone.piriformis]\nname = " "\n', "must be a text"),
    ],
)
def test_a_damaged_translation_file_is_named_in_one_line(text, says):
    with pytest.raises(ContentTextError, match=None) as caught:
        parse_texts(text)
    assert says in str(caught.value) and "\n" not in str(caught.value)
