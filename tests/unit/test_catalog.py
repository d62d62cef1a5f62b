"""The zone catalog: the shipped file loads, and every kind of damage is named precisely."""

from __future__ import annotations

import re

import pytest

from holdpoint import assets
from holdpoint.core.catalog import (
    HOLD_RANGE,
    CatalogError,
    Posture,
    Side,
    Tool,
    View,
    load_catalog,
    parse_catalog,
    position_text,
)

SHIPPED = assets.resource_path("zones.toml")
TEXT = SHIPPED.read_text(encoding="utf-8")

REQUIRED_ZONES = {
    "quadratus_lumborum", "lumbar_erectors", "gluteus_maximus", "gluteus_medius",
    "gluteus_minimus_anterior", "gluteus_minimus_posterior", "piriformis",
    "medial_hamstrings", "biceps_femoris", "gastrocnemius", "soleus", "peroneus_longus",
    "tensor_fasciae_latae", "vastus_lateralis", "iliopsoas", "rectus_femoris",
}  # fmt: skip


def test_the_shipped_catalog_loads_with_every_required_zone():
    catalog = load_catalog(SHIPPED)
    assert {zone.id for zone in catalog.zones} >= REQUIRED_ZONES
    for zone in catalog.zones:
        assert HOLD_RANGE[0] <= zone.hold_s <= HOLD_RANGE[1]
        assert zone.find and zone.position and zone.tools and zone.cautions and zone.sources
        assert "TEXT" not in (zone.find + zone.position)
        assert zone.tool is zone.uses[0].tool and zone.posture is zone.uses[0].posture
        assert zone.refers_to
    assert len(list(catalog.places())) == 2 * len(catalog.zones)  # all bilateral
    assert {zone.shown_on for zone in catalog.zones} == {View.BACK, View.FRONT}


def test_guidance_never_tells_anyone_to_press_the_spine_knee_pit_or_nerve():
    catalog = load_catalog(SHIPPED)
    for zone in catalog.zones:
        positions = " ".join(use.position for use in zone.uses)
        guidance = f"{zone.find} {positions}".lower()
        assert not re.search(r"\b(on|onto) (the|your) spine\b", guidance), zone.id
        assert "back of the knee" not in positions.lower() or "above" in positions
        assert "gun" not in guidance
    piriformis = catalog.zone("piriformis")
    assert any("tingl" in c.lower() or "zap" in c.lower() for c in piriformis.cautions)


def test_a_zone_lists_its_ways_and_the_default_is_the_first():
    catalog = load_catalog(SHIPPED)
    ql = catalog.zone("quadratus_lumborum")
    assert ql.tools == (Tool.BALL, Tool.HOOK_TOOL)  # each tool once, default first
    assert ql.tool == "ball" and ql.posture is Posture.BACK
    assert ql.position == ql.uses[0].position
    assert [use.posture for use in ql.uses] == [Posture.BACK, Posture.STANDING, Posture.SEATED]


def test_the_way_is_chosen_for_the_tools_a_person_has():
    catalog = load_catalog(SHIPPED)
    calf = catalog.zone("gastrocnemius")
    assert calf.use_for() is calf.uses[0]  # any tool: the default
    assert calf.use_for({Tool.MASSAGE_STICK}).tool is Tool.MASSAGE_STICK
    assert calf.use_for({Tool.PSOAS_TOOL}) is None  # nothing that fits
    assert position_text(calf, {Tool.PSOAS_TOOL}) == calf.position  # falls back
    erectors = catalog.zone("lumbar_erectors")
    assert erectors.use_for({Tool.BALL}).tool is Tool.TWO_BALLS  # made of balls
    psoas = catalog.zone("iliopsoas")
    assert psoas.use_for(set()).tool is Tool.FINGERS  # always at hand
    ql = catalog.zone("quadratus_lumborum")
    wall = ql.use_for({Tool.BALL}, prefer=[Posture.STANDING])
    assert wall.posture is Posture.STANDING and "wall" in wall.position
    assert position_text(ql, None, prefer=[Posture.SEATED]).startswith("Sit")
    assert catalog.zone("rectus_femoris").use_for(avoid={Posture.FRONT}).tool is Tool.MASSAGE_STICK
    assert catalog.zone("rectus_femoris").use_for({Tool.FOAM_ROLLER}, avoid={Posture.FRONT}) is None


def test_label_names_zone_and_side():
    zone = load_catalog(SHIPPED).zone("piriformis")
    assert zone.label(Side.LEFT) == "Piriformis, left"


def _mutate(pattern: str, replacement: str, count: int = 1, after: str = "") -> str:
    """The shipped text with ``pattern`` replaced, in the entry that starts at ``after``."""
    start = TEXT.index(after) if after else 0
    head, tail = TEXT[:start], TEXT[start:]
    changed, made = re.subn(pattern, replacement, tail, count=count, flags=re.MULTILINE)
    assert made == count, f"the test's pattern {pattern!r} did not match"
    return head + changed


def _line_of(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[: text.index(needle, start)].count("\n") + 1


PIRI = 'id = "piriformis"'

MALFORMED = [
    # (description, mutated text, expected message fragment, needle locating the line)
    (
        "hold too long",
        _mutate(r"^hold_s = 30", "hold_s = 90", after=PIRI),
        "zone 'piriformis': hold_s: 90 is outside 15–60",
        "hold_s = 90",
    ),
    (
        "no repetitions",
        _mutate(r"^reps = 3", "reps = 0", after=PIRI),
        "zone 'piriformis': reps: 0 is outside 1–5",
        "reps = 0",
    ),
    (
        "hold as text",
        _mutate(r"^hold_s = 30", 'hold_s = "30"', after=PIRI),
        "zone 'piriformis': hold_s: '30' must be a whole number",
        'hold_s = "30"',
    ),
    (
        "missing key",
        _mutate(r"^find = .*\n", "", after=PIRI),
        "zone 'piriformis': find: missing",
        '[[zone]]\nid = "piriformis"',
    ),
    (
        "unknown region",
        _mutate(r'^refers_to = \["sacrum"', 'refers_to = ["sacrun"', after=PIRI),
        "zone 'piriformis': refers_to: 'sacrun' is not a region",
        'refers_to = ["sacrun"',
    ),
    (
        "unknown no-press area",
        _mutate(r'^no_press = \["sciatic_nerve_exit"', 'no_press = ["nerve"', after=PIRI),
        "zone 'piriformis': no_press: 'nerve' is not a no-press area",
        'no_press = ["nerve"',
    ),
    (
        "bad view",
        _mutate(r'^view = "back"', 'view = "top"', after=PIRI),
        "zone 'piriformis': view: 'top' is not one of back, front, side",
        'view = "top"',
    ),
    (
        "side zone without its diagram",
        _mutate(r'^shown_on = "front"\n', "", after='id = "tensor_fasciae_latae"'),
        "zone 'tensor_fasciae_latae': shown_on: missing",
        '[[zone]]\nid = "tensor_fasciae_latae"',
    ),
    (
        "bilateral as text",
        _mutate(r"^bilateral = true", 'bilateral = "yes"', after=PIRI),
        "zone 'piriformis': bilateral: 'yes' must be true or false",
        'bilateral = "yes"',
    ),
    (
        "typo in a key",
        _mutate(r"^rest_s = 15", "rest_sec = 15", after=PIRI),
        "zone 'piriformis': rest_sec: unknown key",
        "rest_sec = 15",
    ),
    (
        "shape off the figure",
        _mutate(r"^shape = \{ x = 12.4", "shape = { x = 50.5", after=PIRI),
        "zone 'piriformis': shape.x: 50.5 is outside 0–35",
        "shape = { x = 50.5",
    ),
    (
        "shape without a radius",
        _mutate(r"rx = 3.4, ry = 1.6", "rx = 3.4", after=PIRI),
        "zone 'piriformis': shape.ry: missing",
        "rx = 3.4, angle",
    ),
    (
        "no tools",
        _mutate(r"^tools = \[\n(  \{.*\},\n)+\]", "tools = []", after=PIRI),
        "zone 'piriformis': tools: must be a non-empty list of tables",
        "tools = []",
    ),
    (
        "tools as plain names (the format before ways)",
        _mutate(r"^tools = \[\n(  \{.*\},\n)+\]", 'tools = ["ball"]', after=PIRI),
        "zone 'piriformis': tools: must be a non-empty list of tables",
        'tools = ["ball"]',
    ),
    (
        "a percussion gun",
        _mutate(
            r'name = "ball", posture = "seated"',
            'name = "massage gun", posture = "seated"',
            after=PIRI,
        ),
        "zone 'piriformis': tools[1].name: 'massage gun' is not one of ball, two balls in a "
        "sock, foam roller, massage stick, hook tool, psoas tool, fingers",
        'name = "massage gun"',
    ),
    (
        "unknown posture",
        _mutate(r'posture = "back", position', 'posture = "sitting", position', after=PIRI),
        "zone 'piriformis': tools[0].posture: 'sitting' is not one of back, front, side, "
        "seated, floor_seated, standing",
        'posture = "sitting"',
    ),
    (
        "posture as a list",
        _mutate(r'posture = "back", position', 'posture = ["back"], position', after=PIRI),
        "zone 'piriformis': tools[0].posture: must be non-empty text",
        'posture = ["back"]',
    ),
    (
        "no posture",
        _mutate(r'name = "ball", posture = "back", ', 'name = "ball", ', after=PIRI),
        "zone 'piriformis': tools[0].posture: missing",
        '{ name = "ball", position = "Lie on your back with your knees bent and the ball',
    ),
    (
        "the same way twice",
        _mutate(
            r'name = "ball", posture = "seated"', 'name = "ball", posture = "back"', after=PIRI
        ),
        "zone 'piriformis': tools[1].posture: 'ball' in posture 'back' is listed twice",
        '{ name = "ball", posture = "back", position = "Sit',
    ),
    (
        "a typo in a way",
        _mutate(
            r'name = "ball", posture = "seated"', 'nmae = "ball", posture = "seated"', after=PIRI
        ),
        "zone 'piriformis': tools[1].nmae: unknown key",
        'nmae = "ball"',
    ),
    (
        "duplicate id",
        _mutate(r'^id = "soleus"', 'id = "piriformis"'),
        "zone 'piriformis': id: already used by another zone",
        'id = "piriformis"\nname = "Deep',
    ),
    (
        "region without shapes",
        _mutate(r'^shapes = \[\{ view = "back", x = 3.2.*\]', "shapes = []"),
        "region 'sacrum': shapes: must be a non-empty list",
        "shapes = []",
    ),
    (
        "newer format",
        _mutate(r"^format = 2", "format = 3"),
        "the file: format: this Holdpoint reads format 2",
        "format = 3",
    ),
    (
        "not TOML at all",
        _mutate(r"^muscle = \"Piriformis\"", "muscle Piriformis", after=PIRI),
        "not valid TOML",
        "muscle Piriformis",
    ),
]


@pytest.mark.parametrize(
    ("text", "fragment", "needle"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_catalog_names_file_line_entry_and_key(text, fragment, needle):
    with pytest.raises(CatalogError) as error:
        parse_catalog(text, "zones.toml")
    message = str(error.value)
    assert fragment in message
    expected_line = _line_of(text, needle)
    assert message.startswith(f"zones.toml:{expected_line}:"), (message, expected_line)


def test_unreadable_file_names_the_path(tmp_path):
    missing = tmp_path / "zones.toml"
    with pytest.raises(CatalogError, match=re.escape(str(missing))):
        load_catalog(missing)
