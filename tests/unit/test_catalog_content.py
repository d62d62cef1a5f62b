"""The shipped content keeps to the clinical reference: tools, sources, no-press areas,
wording, and routines that fit the time they state.

The reference is read at test time from ``shared/reference/clinical.md`` beside the
repository (``Path(__file__).parents[3]``)."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from pathlib import Path

import pytest

from holdpoint import assets
from holdpoint.core.catalog import Ellipse, Posture, Tool, View, Zone
from holdpoint.core.routine import get_ready_plan, timeline
from holdpoint.core.routines import Routine, load_routines

CLINICAL = Path(__file__).parents[3] / "shared" / "reference" / "clinical.md"

#: The tools zones may name, each with the words of clinical.md's seed tools (or zone
#: table) it stands for. A percussion gun is deliberately not here.
ALLOWED_TOOLS = {
    Tool.BALL: ("tennis ball", "massage ball"),
    Tool.TWO_BALLS: ("two balls in a sock",),
    Tool.FOAM_ROLLER: ("foam roller",),
    Tool.MASSAGE_STICK: ("massage stick",),
    Tool.HOOK_TOOL: ("hook-shaped back tools",),
    Tool.PSOAS_TOOL: ("psoas tools",),
    Tool.FINGERS: ("fingers",),
}

#: How each posture's position text says it.
POSTURE_WORDS = {
    Posture.BACK: "on your back",
    Posture.FRONT: "face down",
    Posture.SIDE: "on your side",
    Posture.SEATED: "chair",
    Posture.FLOOR_SEATED: "on the floor",
    Posture.STANDING: "stand",
}

#: How each tool's position text names it.
TOOL_WORDS = {
    Tool.BALL: "ball", Tool.TWO_BALLS: "two balls", Tool.FINGERS: "finger",
    Tool.FOAM_ROLLER: "roller", Tool.MASSAGE_STICK: "stick", Tool.HOOK_TOOL: "hook",
    Tool.PSOAS_TOOL: "psoas tool",
}  # fmt: skip

#: Places never to press on, and the words that show a sentence keeps off them.
NO_PRESS_WORDS = re.compile(
    r"\bspine\b|back of (the|your) knee|behind the knee|knee crease|\bgroin\b|\bnerve\b"
)
#: Landmarks named only to find a spot (the sacrum), never pressed on.
LANDMARKS = ("the flat bone at the base of your spine",)
KEEPS_OFF = (
    "never", "not ", "avoid", "away from", "keep off", "stay", "stop", "beside", "below",
    "above", "out from", "outside", "either side", "gap between", "ease off", "move",
)  # fmt: skip


@pytest.fixture(scope="module")
def clinical() -> str:
    if not CLINICAL.is_file():
        pytest.fail(
            f"The clinical reference is missing: expected it at {CLINICAL} "
            "(shared/reference/clinical.md beside the repository)."
        )
    return CLINICAL.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def routines(catalog):
    return load_routines(assets.resource_path("routines.toml"), catalog)


def _section(text: str, heading: str) -> str:
    start = text.index(f"## {heading}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _texts(zone: Zone) -> list[str]:
    return [zone.find, *(use.position for use in zone.uses), *zone.cautions]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=\.)\s+", text) if s]


# ------------------------------------------------------------------------- tools


def test_every_tool_is_a_seed_tool_of_the_reference(clinical, catalog):
    seed = _section(clinical, "What the seed material says").lower()
    zones_table = _section(clinical, "Zones").lower()
    for tool, words in ALLOWED_TOOLS.items():
        assert all(w in seed or w in zones_table for w in words), (tool, words)
    assert set(ALLOWED_TOOLS) == set(Tool)
    for zone in catalog.zones:
        assert zone.uses, zone.id
        for use in zone.uses:
            assert use.tool in ALLOWED_TOOLS, (zone.id, use.tool)
    assert "percussion guns are discouraged" in seed


def test_each_way_says_its_posture_and_tool(catalog):
    for zone in catalog.zones:
        for use in zone.uses:
            text = use.position.lower()
            assert POSTURE_WORDS[use.posture] in text, (zone.id, use.posture, use.position)
            assert TOOL_WORDS[use.tool] in text, (zone.id, use.tool, use.position)


def test_the_zones_the_reference_works_against_a_wall_have_a_standing_way(catalog):
    standing = {z.id for z in catalog.zones if any(u.posture is Posture.STANDING for u in z.uses)}
    assert standing == {"quadratus_lumborum"}  # the reference gives a wall only for the QL
    ql = catalog.zone("quadratus_lumborum")
    assert Tool.HOOK_TOOL in ql.tools  # hook-shaped back tools suit the QL
    assert catalog.zone("iliopsoas").tools == (Tool.FINGERS, Tool.PSOAS_TOOL)


# ----------------------------------------------------------------------- wording


def test_sources_are_keys_of_the_reference(clinical, catalog):
    body = _section(clinical, "Source keys").split("\n", 1)[1]  # without the heading
    keys = set(re.findall(r"(?:^|·)\s*([A-Z]\d)\s", " ".join(body.split())))
    assert {"Q1", "N1", "N2", "A3", "D1", "T4"} <= keys
    for zone in catalog.zones:
        for source in zone.sources:
            assert source in keys, (zone.id, source)


def test_muscles_are_those_of_the_reference(clinical, catalog):
    text = clinical.lower()
    for zone in catalog.zones:
        for word in re.findall(r"[a-z]{5,}", zone.muscle.lower()):
            assert word in text, (zone.id, word)


def test_no_text_sends_pressure_onto_the_spine_knee_pit_groin_or_a_nerve(catalog):
    for zone in catalog.zones:
        for text in _texts(zone):
            for sentence in _sentences(text):
                sentence = sentence.lower()
                for landmark in LANDMARKS:
                    sentence = sentence.replace(landmark, "the sacrum")
                if NO_PRESS_WORDS.search(sentence):
                    assert any(w in sentence for w in KEEPS_OFF), (zone.id, sentence)
            lowered = text.lower()
            assert not re.search(r"\b(on|onto|over) (the|your) (spine|nerve|groin)", lowered)
            for word in ("gun", "percussion", "vibrat"):
                assert word not in lowered, (zone.id, word)


def test_tingling_alone_is_not_a_reason_to_stop_spreading_is(catalog):
    for zone in catalog.zones:
        for caution in zone.cautions:
            if "tingl" in caution.lower():
                assert any(w in caution for w in ("spread", "runs down", "appears", "stays")), (
                    zone.id,
                    caution,
                )
                assert "means move" not in caution


def test_placement_corrections_of_the_reference(catalog):
    ql = catalog.zone("quadratus_lumborum")
    for text in (ql.find, *(use.position for use in ql.uses)):
        assert "finger-width" not in text
        assert "hand-breadth" in text and "spine" in text
    tfl = catalog.zone("tensor_fasciae_latae")
    assert "just below and a little outside" in tfl.find and "not on top" in tfl.find
    assert all("below and a little outside" in use.position for use in tfl.uses)
    hamstrings = catalog.zone("medial_hamstrings")
    assert "halfway" in hamstrings.find
    assert all("halfway" in use.position for use in hamstrings.uses)  # where to start agrees
    maximus = catalog.zone("gluteus_maximus")
    assert "sit bone" in maximus.find and all("sit bone" in u.position for u in maximus.uses)
    assert "sciatic_nerve_exit" in maximus.no_press


def test_the_calf_and_belly_zones_carry_their_precautions(catalog):
    for calf in ("gastrocnemius", "soleus"):
        cautions = " ".join(catalog.zone(calf).cautions).lower()
        assert "swollen, warm, red or painful" in cautions and "emergency" in cautions
    psoas = " ".join(catalog.zone("iliopsoas").cautions).lower()
    for word in ("pregnant", "hernia", "inflamed bowel", "belly surgery", "aneurysm", "pulse",
                 "blood thinners"):  # fmt: skip
        assert word in psoas, word
    assert catalog.zone("iliopsoas").hold_s <= 20


# ------------------------------------------------------------------------ shapes


def _points(shape: Ellipse, per_ring: int = 72) -> list[tuple[float, float]]:
    """Points on the boundary of ``shape`` and on rings inside it, in figure units."""
    theta = math.radians(shape.angle)
    points = []
    for ring in (1.0, 0.75, 0.5, 0.25):
        for i in range(per_ring):
            a = 2 * math.pi * i / per_ring
            u, v = ring * shape.rx * math.cos(a), ring * shape.ry * math.sin(a)
            points.append((shape.x + u * math.cos(theta) - v * math.sin(theta),
                           shape.y + u * math.sin(theta) + v * math.cos(theta)))  # fmt: skip
    return [*points, (shape.x, shape.y)]


def _overlap(a: Ellipse, b: Ellipse) -> bool:
    return any(b.contains(x, y) for x, y in _points(a)) or any(
        a.contains(x, y) for x, y in _points(b)
    )


def test_the_sampling_finds_an_overlap_and_a_near_miss():
    nerve = Ellipse(View.BACK, x=5.0, y=94.0, rx=1.8, ry=2.2)
    assert _overlap(Ellipse(View.BACK, x=7.5, y=94.0, rx=1.0, ry=1.0), nerve)
    assert not _overlap(Ellipse(View.BACK, x=7.9, y=94.0, rx=1.0, ry=1.0), nerve)
    assert _overlap(Ellipse(View.BACK, x=5.0, y=94.0, rx=8.0, ry=8.0), nerve)  # all around it
    assert _overlap(Ellipse(View.BACK, x=5.0, y=94.0, rx=0.5, ry=0.5), nerve)  # all inside


def test_no_pressure_shape_overlaps_a_no_press_area_on_either_side(catalog):
    for zone in catalog.zones:
        for area in catalog.no_press:
            for shape in area.shapes:
                if shape.view is not zone.shape.view:
                    continue
                # The left side mirrors the right: the right zone against the right area
                # and against the left one (what lies across the midline).
                mirrored = replace(shape, x=-shape.x, angle=-shape.angle)
                for other in (shape, mirrored):
                    assert not _overlap(zone.shape, other), (zone.id, area.id)


def test_the_nerve_exit_is_where_the_reference_puts_it(catalog):
    (exit_,) = catalog.no_press_area("sciatic_nerve_exit").shapes
    psis, sit_bone = (4.5, 88.0), (6.5, 106.0)  # the landmarks in zones.toml's header
    third = (psis[0] + (sit_bone[0] - psis[0]) / 3, psis[1] + (sit_bone[1] - psis[1]) / 3)
    assert exit_.contains(*third)
    assert 5.0 <= exit_.y - psis[1] <= 7.0  # about 5 cm below the dimple (0.85 cm a unit)
    maximus = catalog.zone("gluteus_maximus").shape
    assert maximus.y > exit_.y  # the gluteus maximus zone lies below it, above the sit bone
    assert maximus.y + maximus.ry < sit_bone[1]


# ---------------------------------------------------------------------- routines


def _limit_minutes(routine: Routine) -> int:
    found = re.findall(r"(\d+) minutes", f"{routine.name} {routine.description}")
    assert found, f"{routine.id}: name or description must state its time, e.g. 'Up to 15 minutes'"
    return int(found[-1])


def test_every_built_in_routine_fits_the_time_it_states(catalog, routines):
    for routine in routines:
        limit = _limit_minutes(routine) * 60
        assert routine.seconds() <= limit, (routine.id, routine.seconds())  # what the menu shows
        work = sum(
            len(s.sides.members) * (s.reps * s.hold_s + (s.reps - 1) * s.rest_s)
            for s in routine.steps
        )
        for first in {side for _, side in timeline(routine.steps)}:
            plan = get_ready_plan(routine.steps, catalog, first, 15, 5)
            assert work + sum(g.seconds for g in plan) <= limit, (routine.id, first)
    assert _limit_minutes(next(r for r in routines if r.id == "quick_five")) == 5


def test_routine_descriptions_are_modest(routines):
    for routine in routines:
        text = routine.description.lower()
        for claim in ("tilts the pelvis", "most often cause", "cures", "fixes", "will relieve"):
            assert claim not in text, (routine.id, claim)
