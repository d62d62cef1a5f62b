"""Routine files: the built-ins load, a file round-trips, and bad files are refused precisely."""

from __future__ import annotations

import pytest

from holdpoint import assets
from holdpoint.core.engine import Phase, SessionEngine
from holdpoint.core.routine import Sides, Step
from holdpoint.core.routines import (
    Routine,
    RoutineError,
    dump_routine,
    load_routines,
    parse_routines,
)


def test_built_in_routines(catalog):
    routines = {r.id: r for r in load_routines(assets.resource_path("routines.toml"), catalog)}
    assert {"glutes_and_piriformis", "back_chain", "front_chain", "quick_five"} <= set(routines)
    back = [s.zone_id for s in routines["back_chain"].steps]
    assert {"quadratus_lumborum", "lumbar_erectors", "medial_hamstrings"} <= set(back)
    assert "gluteus_minimus_posterior" in back
    assert (
        back.index("lumbar_erectors") < back.index("piriformis") < back.index("medial_hamstrings")
    )  # low back, then glutes, then hamstrings
    front = [s.zone_id for s in routines["front_chain"].steps]
    assert {"iliopsoas", "rectus_femoris", "tensor_fasciae_latae"} <= set(front)
    calf = {"gastrocnemius", "soleus"}
    assert any(calf & {s.zone_id for s in r.steps} for r in routines.values())
    # Quick 5 minutes fits five minutes, as the menu shows it (15 s get-ready, 5 s sides).
    assert routines["quick_five"].seconds() <= 5 * 60
    assert routines["back_chain"].seconds() <= 15 * 60
    psoas = next(s for s in routines["front_chain"].steps if s.zone_id == "iliopsoas")
    assert psoas.hold_s <= 20  # the reference keeps psoas holds short
    for routine in routines.values():
        assert "often cause" not in routine.description and "tilts" not in routine.description


def test_a_routine_round_trips_through_a_file(catalog):
    steps = (Step("piriformis", Sides.LEFT, 45, 3, 20), Step("soleus", Sides.BOTH, 30, 2, 10))
    routine = Routine("from_my_physio", 'Mine "daily"', "After work", steps)
    (again,) = parse_routines(dump_routine(routine), catalog, "mine.toml")
    assert again == routine


GOOD = dump_routine(Routine("r", "R", "", (Step("piriformis", Sides.LEFT, 30, 3, 15),)))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (GOOD.replace("hold_s = 30", "hold_s = 5"),
         "mine.toml:7: routine 'r': steps[0].hold_s: 5 is outside 15–60"),
        (GOOD.replace('"piriformis"', '"pirformis"'), "steps[0].zone: 'pirformis' is not a zone"),
        (GOOD.replace('"left"', '"up"'), "steps[0].sides: 'up' is not one of left, right, both"),
        (GOOD.replace("reps = 3", "reps = 9"), "steps[0].reps: 9 is outside 1–5"),
        (GOOD.replace("format = 1", "format = 3"), "format: this Holdpoint reads format 1"),
        (GOOD.replace("steps = [", "steps = ["), None),
        (GOOD.replace("name = ", "nmae = "), "nmae: unknown key"),
        ("format = 1\n", "the file holds no routine"),
        (GOOD.replace("]\n", ""), "mine.toml"),
    ],
)  # fmt: skip
def test_bad_routine_files_are_refused_with_the_place(catalog, text, fragment):
    if fragment is None:
        assert parse_routines(text, catalog, "mine.toml")
        return
    with pytest.raises(RoutineError, match=None) as error:
        parse_routines(text, catalog, "mine.toml")
    assert fragment in str(error.value)


FORMAT_1 = """format = 1

[[routine]]
id = "from_before"
name = "Written before postures existed"
steps = [
  { zone = "piriformis", sides = "both", hold_s = 30, reps = 3, rest_s = 15 },
  { zone = "soleus", sides = "left", hold_s = 45, reps = 2, rest_s = 20 },
]
"""


def test_a_format_1_file_opens_unchanged_and_its_steps_are_the_engines_steps(catalog):
    (routine,) = parse_routines(FORMAT_1, catalog, "old.toml")
    assert routine.steps == (
        Step("piriformis", Sides.BOTH, 30, 3, 15),
        Step("soleus", Sides.LEFT, 45, 2, 20),
    )
    assert dump_routine(routine) == FORMAT_1
    engine = SessionEngine.start(routine.steps, 0.0)
    assert [s.zone_id for s in engine.segments if s.phase is Phase.PREPARE] == [
        "piriformis", "piriformis", "soleus",
    ]  # fmt: skip
    assert routine.seconds() == routine.steps[0].seconds() + routine.steps[1].seconds()
    assert routine.seconds(30, 10) == sum(s.seconds(30, 10) for s in routine.steps)
