"""“Where does it hurt?” ranks the zones whose referred pain covers the painful regions."""

from __future__ import annotations

import itertools

import pytest

from holdpoint.core.finder import rank_zones


def _ids(matches):
    return [match.zone.id for match in matches]


def test_back_of_thigh_and_calf_points_to_posterior_gluteus_minimus(catalog):
    ranked = rank_zones(catalog, ["back_of_thigh", "calf"])
    assert _ids(ranked)[0] == "gluteus_minimus_posterior"
    assert ranked[0].covered == ("back_of_thigh", "calf")


def test_outer_thigh_and_outer_lower_leg_points_to_anterior_gluteus_minimus(catalog):
    ranked = rank_zones(catalog, ["outer_thigh", "outer_lower_leg"])
    assert _ids(ranked)[0] == "gluteus_minimus_anterior"


def test_buttock_and_hip_has_piriformis_in_the_first_three(catalog):
    ranked = rank_zones(catalog, ["buttock", "hip"])
    assert "piriformis" in _ids(ranked)[:3]


def test_more_covered_regions_rank_higher_then_sciatica_mentions(catalog):
    ranked = rank_zones(catalog, ["buttock", "back_of_thigh", "sacrum"])
    scores = [match.score for match in ranked]
    assert scores == sorted(scores, reverse=True)
    for first, second in itertools.pairwise(ranked):
        if first.score == second.score:
            assert first.zone.sciatica_mentions >= second.zone.sciatica_mentions


def test_every_match_covers_something_and_nothing_else_is_listed(catalog):
    ranked = rank_zones(catalog, ["heel"])
    assert _ids(ranked) == ["soleus"]
    assert rank_zones(catalog, []) == []


def test_unknown_region_is_refused(catalog):
    with pytest.raises(KeyError):
        rank_zones(catalog, ["elbow"])
