"""The body drawing (resources/body.toml): the shipped file loads and fits the catalog,
and every kind of damage gives one clear error naming the file, the line and the key."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from holdpoint import assets
from holdpoint.core.body import (
    BodyError,
    LandmarkKind,
    check_zones,
    inside,
    load_body,
    parse_body,
)
from holdpoint.core.catalog import load_catalog

SHIPPED = assets.resource_path("body.toml")
TEXT = SHIPPED.read_text(encoding="utf-8")


def _silhouette(body):
    right = list(body.outline)
    return tuple(right + [(-x, y) for x, y in reversed(right[1:-1])])


def test_the_shipped_drawing_loads_and_has_a_muscle_for_every_zone():
    body = load_body(SHIPPED)
    catalog = load_catalog(assets.resource_path("zones.toml"))
    check_zones(body, catalog)
    assert {muscle.zone for muscle in body.muscles} == {zone.id for zone in catalog.zones}
    for muscle in body.muscles:
        assert muscle.points, muscle.zone  # trigger points marked
        assert muscle.referral, muscle.zone
        assert len(muscle.label) <= 16, muscle.zone  # short enough to sit beside it
        for x, y in muscle.points:  # each trigger point lies on its muscle
            assert any(inside((x, y), part) for part in muscle.outline), (muscle.zone, x, y)
    names = {landmark.name for landmark in body.landmarks}
    assert {"Hip crest", "Sit bone", "Top of thigh bone", "Kneecap"} <= names
    nerve = [lm for lm in body.landmarks if lm.kind is LandmarkKind.NERVE]
    assert [lm.id for lm in nerve] == ["sciatic_nerve"]


def test_the_figure_has_hands_and_feet_and_every_muscle_lies_inside_it():
    body = load_body(SHIPPED)
    outline = body.outline
    assert max(x for x, _ in outline) >= 33  # the thumb reaches out from the wrist
    assert max(y for _, y in outline if 25 < _ < 35) >= 120  # fingers below the wrist
    assert max(y for _, y in outline) == 200.0 and min(x for x, y in outline if y > 195) < 6
    silhouette = _silhouette(body)
    for muscle in body.muscles:
        for part in muscle.outline:
            for point in part:
                assert inside(point, silhouette), (muscle.zone, point)


def test_the_piriformis_runs_from_the_sacrum_to_the_top_of_the_thigh_bone():
    body = load_body(SHIPPED)
    (band,) = body.muscle("piriformis").outline
    xs = [x for x, _ in band]
    assert min(xs) <= 4.6  # the sacrum's edge (PSIS at x 4.5)
    assert max(xs) >= 18.4  # the top of the thigh bone (GT at x 19.5)
    ys = [y for _, y in band]
    assert max(ys) - min(ys) < 8  # a band, not a blob


def _broken(old: str, new: str, count: int = 1) -> str:
    assert old in TEXT, old
    return TEXT.replace(old, new, count)


PIRIFORMIS = 'zone = "piriformis"'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("format = 1\n[figure\n", r"^body\.toml:2: not valid TOML"),
        (
            _broken("format = 1", "format = 7"),
            r"^body\.toml:\d+: the file: format: .*reads format 1",
        ),
        (_broken("[figure]", "[figures]"), r"^body\.toml:\d+: the file: figures: unknown key"),
        (
            _broken("0.0 25.5, 4.6 26.0", "0.0 25.5, 4.6"),
            r"^body\.toml:30: \[figure\]: outline: point 2: '4\.6' must be \"x y\"",
        ),
        (
            _broken(
                PIRIFORMIS + '\nlabel = "Piriformis"',
                PIRIFORMIS + '\nlabel = "Piriformis"\nshade = 3',
            ),
            r"^body\.toml:\d+: muscle 'piriformis': shade: unknown key",
        ),
        (
            _broken("points = '8.6 92.8, 13.8 92.4'", "points = '8.6 92.8, 60.0 92.4'"),
            r"^body\.toml:\d+: muscle 'piriformis': points: point 2: \[60\.0, 92\.4\]: x is out",
        ),
        (
            _broken("points = '8.6 92.8, 13.8 92.4'", "points = '8.6 92.8, 13.8 292.4'"),
            r"^body\.toml:\d+: muscle 'piriformis': points: point 2: .*y is outside 0–200",
        ),
        (
            _broken("fibre_angle = -3.0\n", ""),
            r"^body\.toml:\d+: muscle 'piriformis': fibre_angle: give either",
        ),
        (
            _broken(
                'id = "sit_bone"\nname = "Sit bone"\nview = "back"',
                'id = "sit_bone"\nname = "Sit bone"\nview = "side"',
            ),
            r"^body\.toml:\d+: landmark 'sit_bone': view: 'side' is not one of back, front, both",
        ),
        (
            _broken('kind = "nerve"', 'kind = "vein"'),
            r"^body\.toml:\d+: landmark 'sciatic_nerve': kind: 'vein' is not one of",
        ),
        (
            _broken("zoom = 1.7", "zoom = 9.0"),
            r"^body\.toml:\d+: closeup 'low_back': zoom: 9\.0 is outside 1–4",
        ),
        (
            _broken('zone = "soleus"', 'zone = "piriformis"'),
            r"^body\.toml:\d+: muscle 'piriformis': zone: used twice",
        ),
        (
            _broken(
                '{ view = "back", points = \'1.6 86.4, ', '{ view = "back", points = \'1.6 x, '
            ),
            r"^body\.toml:\d+: muscle 'piriformis': referral\[0\]\.points: point 1: '1\.6 x' must",
        ),
        (
            _broken("'1.6 86.4, 5.0 86.6, 5.6 95.0, 2.6 97.6, 1.4 92.0'", "[1.6]"),
            r"^body\.toml:\d+: muscle 'piriformis': referral\[0\]\.points: must be points written",
        ),
        (
            _broken("points = '8.6 92.8, 13.8 92.4'", "points = '8.6 92.8, nan 92.4'"),
            r"^body\.toml:\d+: muscle 'piriformis': points: point 2: .* is not a number",
        ),
    ],
)
def test_a_damaged_body_file_gives_one_clear_error(text, message):
    with pytest.raises(BodyError, match=message) as caught:
        parse_body(text, "body.toml")
    assert "\n" not in str(caught.value)


def test_the_line_of_the_error_is_that_of_the_broken_key():
    text = _broken("zoom = 1.7", "zoom = 0.5")
    with pytest.raises(BodyError) as caught:
        parse_body(text)
    line = int(re.match(r"body\.toml:(\d+):", str(caught.value)).group(1))
    assert text.splitlines()[line - 1].startswith("zoom = 0.5")


def test_the_drawing_must_fit_the_catalog():
    catalog = load_catalog(assets.resource_path("zones.toml"))
    unknown = parse_body(_broken('zone = "soleus"', 'zone = "solius"'))
    with pytest.raises(BodyError, match=r"^body\.toml: muscle 'solius': zone: not a zone"):
        check_zones(unknown, catalog)
    # The zone's centre in zones.toml is where the map is clicked: it must be on the muscle.
    piriformis = catalog.zone("piriformis")
    moved = replace(piriformis, shape=replace(piriformis.shape, y=60.0))
    elsewhere = replace(catalog, zones=tuple(
        moved if zone.id == "piriformis" else zone for zone in catalog.zones
    ))  # fmt: skip
    with pytest.raises(BodyError, match=r"muscle 'piriformis': outline: does not contain"):
        check_zones(load_body(SHIPPED), elsewhere)


def test_unreadable_files_are_named(tmp_path):
    missing = tmp_path / "body.toml"
    with pytest.raises(BodyError, match=r"body\.toml: cannot read the body drawing"):
        load_body(missing)
    missing.write_bytes(b"format = 1\n\xff\xfe")
    with pytest.raises(BodyError, match=r"body\.toml: the body drawing is not UTF-8"):
        load_body(missing)
