"""Time to get into position: long where the position changes, short where it does not."""

from __future__ import annotations

import pytest

from holdpoint.core.catalog import Posture, Side
from holdpoint.core.routine import GetReady, Sides, Step, get_ready_plan
from holdpoint.core.segments import Phase, build_segments

LONG, SHORT = (15, True), (5, False)


def timing(plan: list[GetReady]) -> list[tuple[float, bool]]:
    return [(ready.seconds, ready.moved) for ready in plan]


def step(zone: str, sides: Sides = Sides.BOTH) -> Step:
    return Step(zone, sides, 30, 1, 15)


def test_every_zone_has_a_posture_and_a_tool(catalog):
    postures = {zone.id: zone.posture for zone in catalog.zones}
    assert postures["piriformis"] is Posture.BACK
    assert postures["gluteus_medius"] is Posture.SIDE
    assert postures["medial_hamstrings"] is Posture.SEATED
    assert postures["soleus"] is Posture.FLOOR_SEATED
    assert postures["rectus_femoris"] is Posture.FRONT
    every_way = {use.posture for zone in catalog.zones for use in zone.uses}
    assert every_way == set(Posture)  # every posture is used
    assert catalog.zone("lumbar_erectors").tool == "two balls in a sock"
    assert catalog.zone("gastrocnemius").tool == "foam roller"


def test_the_first_get_ready_is_long_and_the_other_side_on_the_back_is_short(catalog):
    assert timing(get_ready_plan([step("piriformis")], catalog)) == [LONG, SHORT]


def test_turning_over_between_the_sides_of_a_side_lying_zone_is_long(catalog):
    assert timing(get_ready_plan([step("gluteus_medius")], catalog)) == [LONG, LONG]


def test_a_next_zone_in_the_same_position_with_the_same_tool_is_short(catalog):
    steps = [step("piriformis", Sides.LEFT), step("gluteus_minimus_posterior", Sides.LEFT)]
    assert timing(get_ready_plan(steps, catalog)) == [LONG, SHORT]
    # Both lying on the same side with a tennis ball: no turning over.
    steps = [step("gluteus_medius", Sides.LEFT), step("gluteus_minimus_anterior", Sides.LEFT)]
    assert timing(get_ready_plan(steps, catalog)) == [LONG, SHORT]


def test_another_posture_another_tool_or_the_other_side_lying_down_is_long(catalog):
    cases = [
        [step("piriformis", Sides.LEFT), step("medial_hamstrings", Sides.LEFT)],  # to a chair
        [step("quadratus_lumborum", Sides.LEFT), step("lumbar_erectors", Sides.LEFT)],  # tool
        [step("gluteus_medius", Sides.LEFT), step("gluteus_minimus_anterior", Sides.RIGHT)],
    ]
    for steps in cases:
        assert timing(get_ready_plan(steps, catalog)) == [LONG, LONG], steps


def test_the_plan_follows_the_painful_side_first_and_the_chosen_lengths(catalog):
    steps = [step("piriformis"), step("gluteus_maximus", Sides.RIGHT), step("soleus")]
    plan = get_ready_plan(steps, catalog, Side.RIGHT, long_s=30, short_s=8)
    assert timing(plan) == [
        (30, True),  # piriformis, right: the start
        (8, False),  # piriformis, left
        (8, False),  # gluteus maximus, right: same posture and tool
        (30, True),  # soleus, right: sitting on the floor, foam roller
        (8, False),  # soleus, left
    ]
    # Where the position changes, the plan says how to get into it; elsewhere nothing.
    assert [ready.position for ready in plan] == [
        catalog.zone("piriformis").position, "", "", catalog.zone("soleus").position, "",
    ]  # fmt: skip
    segments = build_segments(steps, Side.RIGHT, plan)
    prepares = [s for s in segments if s.phase is Phase.PREPARE]
    assert [(s.zone_id, s.side) for s in prepares] == [
        ("piriformis", Side.RIGHT), ("piriformis", Side.LEFT),
        ("gluteus_maximus", Side.RIGHT), ("soleus", Side.RIGHT), ("soleus", Side.LEFT),
    ]  # fmt: skip
    assert [GetReady(s.duration, s.moved, s.position) for s in prepares] == plan


def test_the_ways_chosen_for_the_person_set_the_positions_and_the_moves(catalog):
    """With a ball instead of a foam roller for the calf, the get-ready says how to use
    the ball; a posture that changes because of the way chosen is a move."""
    calf = catalog.zone("soleus")
    ball = next(use for use in calf.uses if use.tool == "ball")
    piriformis = catalog.zone("piriformis")
    seated = next(use for use in piriformis.uses if use.posture is Posture.SEATED)
    steps = [step("piriformis", Sides.LEFT), step("soleus", Sides.LEFT)]
    plan = get_ready_plan(steps, catalog, ways=[seated, ball])
    assert [ready.position for ready in plan] == [seated.position, ball.position]
    assert timing(plan) == [LONG, LONG]  # a chair, then the floor


def test_the_ways_must_match_the_steps(catalog):
    with pytest.raises(ValueError, match="1 ways for 2 steps"):
        steps = [step("piriformis"), step("soleus")]
        get_ready_plan(steps, catalog, ways=[catalog.zone("soleus").uses[0]])


def test_an_empty_routine_has_no_get_ready(catalog):
    assert timing(get_ready_plan([], catalog)) == []
