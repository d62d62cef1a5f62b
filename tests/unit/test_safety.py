"""The health check: every red flag asked, precautions applied to a plan, the gate."""

from __future__ import annotations

import datetime as dt

import pytest

from holdpoint import assets
from holdpoint.core import safety
from holdpoint.core.catalog import Posture, Tool, parse_catalog
from holdpoint.core.health import (
    VALID_DAYS,
    GateReason,
    HealthCheck,
    adapt,
    clearance_statement,
    excluded_zones,
    expand,
    gate,
    get_ready_lengths,
    is_gentle,
    load_check,
    positions,
)
from holdpoint.core.routine import Sides, Step
from holdpoint.core.safety import (
    RED_FLAG_QUESTIONS,
    BellyCondition,
    ClotRisk,
    Precaution,
    RedFlag,
    RedFlagGroup,
    Urgency,
)

TODAY = dt.date(2026, 11, 30)


# ----------------------------------------------------------------------- red flags

#: Every red flag of clinical.md's "Red flags" section, by the words its question uses.
CLINICAL_RED_FLAGS = {
    RedFlag.SADDLE_NUMBNESS: ("numbness", "genitals", "back passage"),
    RedFlag.BLADDER_BOWEL: ("starting to pee", "unable to pee", "bladder", "bowels"),
    RedFlag.SEXUAL_FUNCTION: ("sexual",),
    RedFlag.BOTH_LEGS: ("sciatica", "both legs"),
    RedFlag.LEG_WEAKNESS: ("weakness", "numbness", "both legs", "severe", "getting worse"),
    RedFlag.CANCER_HISTORY: ("cancer",),
    RedFlag.AGE_AT_ONSET: ("new", "over 50", "under 20"),
    RedFlag.WEIGHT_LOSS: ("lost weight", "without trying"),
    RedFlag.NIGHT_PAIN: ("night",),
    RedFlag.NO_IMPROVEMENT: ("month", "improvement"),
    RedFlag.FEVER: ("fever", "chills"),
    RedFlag.WEAK_IMMUNITY: ("immune system",),
    RedFlag.INJECTED_DRUGS: ("injected drugs",),
    RedFlag.RECENT_INFECTION: ("bacterial infection",),
    RedFlag.SERIOUS_INJURY: ("serious injury",),
    RedFlag.FRAGILE_BONE_INJURY: ("minor", "osteoporosis", "steroid"),
    # Not a red flag of the reference's list but its "possible clot": no massage, a doctor.
    RedFlag.POSSIBLE_CLOT: ("calf", "swollen", "warm", "red"),
}
URGENT = {
    RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL, RedFlag.SEXUAL_FUNCTION,
    RedFlag.BOTH_LEGS, RedFlag.LEG_WEAKNESS, RedFlag.FEVER, RedFlag.SERIOUS_INJURY,
}  # fmt: skip


def test_every_red_flag_of_the_reference_is_asked_once_in_plain_words():
    assert [q.flag for q in RED_FLAG_QUESTIONS] == list(RedFlag)
    for q in RED_FLAG_QUESTIONS:
        for words in CLINICAL_RED_FLAGS[q.flag]:
            assert words in q.question.lower(), (q.flag, words)
        assert q.question.endswith("?") and q.instruction.endswith(".")
        assert (q.urgency is Urgency.URGENT) == (q.flag in URGENT), q.flag
        if q.urgency is Urgency.URGENT:
            assert "urgent" in q.instruction.lower()
        else:
            assert "before using holdpoint" in q.instruction.lower()


def test_the_questions_are_grouped_for_display():
    shown = [q for group in RedFlagGroup for q in safety.questions_in(group)]
    assert sorted(shown, key=lambda q: q.flag) == sorted(RED_FLAG_QUESTIONS, key=lambda q: q.flag)
    assert [g.heading for g in RedFlagGroup] == ["Nerves and bladder", "Other illness", "Injury"]
    assert {q.flag for q in safety.questions_in(RedFlagGroup.INJURY)} == {
        RedFlag.SERIOUS_INJURY, RedFlag.FRAGILE_BONE_INJURY}  # fmt: skip


def test_the_plain_texts_are_complete_and_modest():
    assert "often cause" not in safety.PURPOSE and "can contribute" in safety.PURPOSE
    rules = " ".join(safety.PRESSURE_RULES).lower()
    assert "spread further down the leg" in rules and "last after the hold" in rules
    assert "tingling means" not in rules
    ask = " ".join(safety.ASK_FIRST).lower()
    for words in ("blood thinners", "pregnant", "osteoporosis", "diabetes", "neuropathy",
                  "aneurysm", "calf", "cancer"):  # fmt: skip
        assert words in ask, words
    guidance = " ".join(safety.GUIDANCE).lower()
    for words in ("start gently", "breathe out", "massage guns", "stretching", "walk",
                  "24–48 hours", "lighter pressure"):  # fmt: skip
        assert words in guidance, words
    assert "spreading down the leg" in safety.SHORT_NOTE


# --------------------------------------------------------------------- precautions


def test_every_precaution_has_text_and_names_only_zones_of_the_catalog(catalog):
    assert [item.precaution for item in safety.PRECAUTIONS] == list(Precaution)
    zone_ids = {zone.id for zone in catalog.zones}
    for item in safety.PRECAUTIONS:
        assert item.title and item.explanation.endswith(".")
        assert set(item.excludes) <= zone_ids
        assert bool(item.excludes) == bool(item.exclude_reason)
        assert bool(item.avoid_postures) == bool(item.posture_reason)
    assert len(ClotRisk) == 10 and len(BellyCondition) == 4
    assert all(risk.text for risk in ClotRisk) and all(c.text for c in BellyCondition)


def test_clot_risk_leaves_the_calf_out_and_belly_conditions_the_hip_flexors(catalog):
    calf = excluded_zones({Precaution.CLOT_RISK}, catalog)
    assert set(calf) == {"gastrocnemius", "soleus"}
    assert "clot" in calf["soleus"]
    assert set(excluded_zones({Precaution.BELLY}, catalog)) == {"iliopsoas"}
    assert set(excluded_zones({Precaution.BLOOD_THINNERS}, catalog)) == {"iliopsoas"}
    assert excluded_zones(set(), catalog) == {}


def test_what_a_precaution_implies_and_what_a_clinician_can_clear():
    late = expand({Precaution.PREGNANT_AFTER_20_WEEKS})
    assert late == {Precaution.PREGNANT_AFTER_20_WEEKS, Precaution.PREGNANT, Precaution.CLOT_RISK}
    assert Precaution.CLOT_RISK in expand({Precaution.OVER_65})
    assert Precaution.CLOT_RISK in expand({Precaution.RECENT_SURGERY})
    cleared = expand({Precaution.OVER_65}, cleared={Precaution.CLOT_RISK, Precaution.OVER_65})
    assert cleared == {Precaution.OVER_65}  # only clot risk can be cleared
    assert expand({Precaution.BELLY}, cleared={Precaution.BELLY}) == {Precaution.BELLY}


def test_pregnancy_after_20_weeks_leaves_out_the_face_down_only_zones():
    text = (
        assets.resource_path("zones.toml")
        .read_text(encoding="utf-8")
        .replace(
            '  { name = "massage stick", posture = "seated", position = "Sit on a chair and '
            "press the stick gently into the middle",
            '  { name = "massage stick", posture = "front", position = "Lie face down and '
            "press the stick gently into the middle",
        )
    )
    only_face_down = parse_catalog(text)
    reasons = excluded_zones(expand({Precaution.PREGNANT_AFTER_20_WEEKS}), only_face_down)
    assert set(reasons) == {"iliopsoas", "gastrocnemius", "soleus", "rectus_femoris"}
    assert "face down" in reasons["rectus_femoris"]
    assert "belly" in reasons["iliopsoas"]


def test_adapt_caps_holds_in_gentle_mode_and_says_what_it_left_out(catalog):
    steps = [
        Step("piriformis", Sides.BOTH, 30, 3, 15),
        Step("soleus", Sides.BOTH, 30, 2, 15),
        Step("iliopsoas", Sides.LEFT, 15, 3, 20),
        Step("quadratus_lumborum", Sides.BOTH, 20, 2, 15),
    ]
    adapted = adapt(steps, expand({Precaution.PREGNANT}), catalog)
    assert adapted.gentle
    assert [s.zone_id for s in adapted.steps] == ["piriformis", "quadratus_lumborum"]
    assert adapted.steps[0].hold_s == safety.GENTLE_HOLD_S and adapted.steps[0].reps == 3
    assert adapted.steps[1].hold_s == 20
    assert adapted.shortened == ("piriformis",)
    assert {out.zone_id for out in adapted.left_out} == {"soleus", "iliopsoas"}
    assert all(out.reason for out in adapted.left_out)
    assert adapted.notes[0] == safety.GENTLE_PRESSURE
    assert any("midwife" in note for note in adapted.notes)
    assert len(adapted.ways) == len(adapted.steps)


def test_adapt_chooses_a_wall_or_chair_where_a_zone_has_one(catalog):
    steps = [Step("quadratus_lumborum", Sides.BOTH, 30, 2, 15),
             Step("piriformis", Sides.BOTH, 30, 2, 15)]  # fmt: skip
    bones = adapt(steps, expand({Precaution.OSTEOPOROSIS}), catalog)
    assert [way.posture for way in bones.ways] == [Posture.STANDING, Posture.BACK]
    assert any("kneeling" in note and "twisting" in note for note in bones.notes)
    late = adapt(steps, expand({Precaution.PREGNANT_AFTER_20_WEEKS}), catalog)
    assert [way.posture for way in late.ways] == [Posture.SEATED, Posture.SEATED]
    assert any("back for long" in note for note in late.notes)
    plain = adapt(steps, set(), catalog)
    assert [way.posture for way in plain.ways] == [Posture.BACK, Posture.BACK]
    assert plain.steps == tuple(steps) and not plain.gentle and plain.notes == ()


def test_adapt_keeps_to_the_persons_tools(catalog):
    steps = [Step("rectus_femoris", Sides.BOTH, 30, 2, 15), Step("soleus", Sides.BOTH, 30, 2, 15)]
    adapted = adapt(steps, set(), catalog, tools={Tool.MASSAGE_STICK})
    assert [way.tool for way in adapted.ways] == [Tool.MASSAGE_STICK, Tool.MASSAGE_STICK]
    none = adapt(steps, set(), catalog, tools={Tool.BALL})
    assert [s.zone_id for s in none.steps] == ["soleus"]
    assert (
        none.left_out[0].reason == "Needs a tool you have not chosen: foam roller or massage stick."
    )
    late = adapt(steps[:1], expand({Precaution.PREGNANT_AFTER_20_WEEKS}), catalog,
                 tools={Tool.FOAM_ROLLER})  # fmt: skip
    assert "face down" in late.left_out[0].reason and "massage stick" in late.left_out[0].reason


def test_the_map_leaves_out_exactly_what_a_session_would(catalog):
    """excluded_zones() with tools and precautions is the list adapt() leaves out, so the
    map greys what a session could not do; positions() gives the way a session would use."""
    every = [Step(zone.id, Sides.BOTH if zone.bilateral else Sides.RIGHT, 30, 2, 15)
             for zone in catalog.zones]  # fmt: skip
    cases = [
        (set(), None),
        (set(), {Tool.BALL}),
        (expand({Precaution.CLOT_RISK}), {Tool.BALL}),
        (expand({Precaution.PREGNANT_AFTER_20_WEEKS}), {Tool.FOAM_ROLLER, Tool.BALL}),
    ]
    for precautions, tools in cases:
        excluded = excluded_zones(precautions, catalog, tools)
        adapted = adapt(every, precautions, catalog, tools)
        assert excluded == {out.zone_id: out.reason for out in adapted.left_out}
        where = positions(precautions, catalog, tools)
        assert set(where) == {zone.id for zone in catalog.zones} - set(excluded)
        assert [where[s.zone_id] for s in adapted.steps] == [w.position for w in adapted.ways]
    only_a_ball = excluded_zones(set(), catalog, {Tool.BALL})
    assert set(only_a_ball) == {"vastus_lateralis", "rectus_femoris"}
    assert excluded_zones(set(), catalog) == {}


def test_gentle_mode_gives_longer_get_ready():
    gentle = {Precaution.NEUROPATHY}
    assert is_gentle(gentle) and not is_gentle({Precaution.CLOT_RISK})
    assert get_ready_lengths(gentle, 15, 5) == (25, 10)
    assert get_ready_lengths(gentle, 40, 12) == (40, 12)  # the person's longer choice stays
    assert get_ready_lengths({Precaution.BELLY}, 15, 5) == (15, 5)


# -------------------------------------------------------------------- the check


def test_checklists_bring_their_precaution_and_clearance_lifts_the_calf():
    check = HealthCheck(TODAY, clot_risks={ClotRisk.SMOKING}, belly={BellyCondition.HERNIA})
    assert check.in_effect() == {Precaution.CLOT_RISK, Precaution.BELLY}
    cleared = HealthCheck(TODAY, precautions={Precaution.OVER_65},
                          clot_risks={ClotRisk.OVER_60},
                          cleared_precautions={Precaution.CLOT_RISK})  # fmt: skip
    assert cleared.in_effect() == {Precaution.OVER_65}


def test_the_gate_needs_a_recent_check_without_uncleared_red_flags():
    assert gate(None, TODAY).reason is GateReason.NO_CHECK
    assert not gate(None, TODAY).allowed
    fresh = HealthCheck(TODAY - dt.timedelta(days=VALID_DAYS - 1))
    opened = gate(fresh, TODAY)
    assert opened.allowed and opened.next_due == TODAY + dt.timedelta(days=1)
    # On the day it is due, it is asked again (the date the wizard names).
    due = HealthCheck(TODAY - dt.timedelta(days=VALID_DAYS))
    assert gate(due, TODAY).reason is GateReason.DUE
    assert gate(HealthCheck(TODAY + dt.timedelta(days=1)), TODAY).reason is GateReason.DUE


def test_a_yes_blocks_until_cleared_and_urgent_signs_are_worded_seriously():
    check = HealthCheck(TODAY, red_flags={RedFlag.CANCER_HISTORY, RedFlag.BLADDER_BOWEL})
    blocked = gate(check, TODAY)
    assert blocked.reason is GateReason.RED_FLAG and not blocked.allowed and blocked.urgent
    assert [q.flag for q in blocked.flags] == [RedFlag.BLADDER_BOWEL, RedFlag.CANCER_HISTORY]
    assert "urgent" in blocked.text
    assert clearance_statement(check) == safety.CLEARANCE_URGENT
    assert "examined" in safety.CLEARANCE_URGENT
    partly = HealthCheck(TODAY, red_flags=check.red_flags, cleared={RedFlag.BLADDER_BOWEL})
    assert gate(partly, TODAY).reason is GateReason.RED_FLAG and not gate(partly, TODAY).urgent
    assert clearance_statement(partly) == safety.CLEARANCE_SEE_DOCTOR
    cleared = HealthCheck(TODAY, red_flags=check.red_flags, cleared=check.red_flags)
    assert gate(cleared, TODAY).allowed
    # A clearance covers only the answers it was given for.
    assert HealthCheck(TODAY, cleared={RedFlag.FEVER}).cleared == frozenset()


def test_the_check_round_trips_through_plain_values():
    check = HealthCheck(
        TODAY,
        red_flags={RedFlag.NIGHT_PAIN, RedFlag.FEVER},
        cleared={RedFlag.FEVER},
        precautions={Precaution.PREGNANT_AFTER_20_WEEKS, Precaution.OSTEOPOROSIS},
        clot_risks={ClotRisk.SMOKING, ClotRisk.OVER_60},
        belly={BellyCondition.HERNIA},
        cleared_precautions={Precaution.CLOT_RISK},
    )
    stored = check.to_dict()
    assert all(isinstance(value, str) for value in stored.values())
    assert HealthCheck.from_dict(stored) == check
    assert stored["answered"] == "2026-11-30"
    assert stored["red_flags"] == "night_pain,fever"  # question order
    assert load_check(stored) == check
    assert load_check(HealthCheck(TODAY).to_dict()) == HealthCheck(TODAY)
    # Some settings back-ends hand a list back for a comma-separated value.
    assert load_check({**stored, "red_flags": ["night_pain", "fever"]}) == check


@pytest.mark.parametrize(
    "stored",
    [
        None,
        "answered=2026-11-30",
        {},
        {"format": "1"},
        {"format": "2", "answered": "2026-11-30"},
        {"format": "1", "answered": "30/11/2026"},
        {"format": "1", "answered": 20261130},
        {"format": "1", "answered": "2026-11-30", "red_flags": "fever,unknown_flag"},
        {"format": "1", "answered": "2026-11-30", "precautions": 3},
        {"format": "1", "answered": "2026-11-30", "belly": "hernia,appendix"},
    ],
)
def test_a_malformed_stored_check_reads_as_no_check_yet(stored):
    assert load_check(stored) is None
    assert gate(load_check(stored), TODAY).reason is GateReason.NO_CHECK
