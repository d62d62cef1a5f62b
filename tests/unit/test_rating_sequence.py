"""The rating page's keys as a pure state machine, on a fake clock: nothing can trap."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from holdpoint.core.ratings import TEN_WINDOW_S, PainKind, RatingSequence

LEG, BACK = PainKind.LEG, PainKind.BACK


def keys(sequence: RatingSequence, *presses: int | str, start: float = 0.0) -> RatingSequence:
    """Press digits (int), "esc", "enter" or "wait" (for the ten-window to pass), 0.1 s
    apart, from ``start``."""
    now = start
    for key in presses:
        now += 0.1
        if key == "esc":
            sequence.escape()
        elif key == "enter":
            sequence.enter()
        elif key == "wait":  # until the ten-window is over, if one is open
            now = max(now, sequence.deadline or now)
            sequence.timeout(now)
        else:
            assert isinstance(key, int)
            sequence.press(key, now)
    return sequence


def test_a_digit_rates_the_row_and_moves_on_then_finishes():
    sequence = RatingSequence()
    assert sequence.current is LEG and not sequence.finished
    keys(sequence, 6)
    assert sequence.current is BACK and sequence.values == {LEG: 6, BACK: None}
    keys(sequence, 4)
    assert sequence.finished and sequence.current is None
    assert sequence.values == {LEG: 6, BACK: 4}


def test_one_then_zero_in_time_is_ten():
    assert keys(RatingSequence(), 1, 0, 1, 0).values == {LEG: 10, BACK: 10}


def test_a_one_shows_at_once_and_stands_when_the_window_passes():
    sequence = RatingSequence()
    sequence.press(1, 10.0)
    assert sequence.values[LEG] == 1 and sequence.current is LEG
    assert sequence.deadline == pytest.approx(10.0 + TEN_WINDOW_S)
    sequence.timeout(10.5)  # too early: still waiting for a 0
    assert sequence.current is LEG
    sequence.timeout(10.0 + TEN_WINDOW_S)
    assert sequence.current is BACK and sequence.values[LEG] == 1
    assert sequence.deadline is None


def test_a_zero_after_the_window_is_a_zero_for_the_next_row():
    sequence = RatingSequence()
    sequence.press(1, 0.0)
    sequence.press(0, TEN_WINDOW_S + 0.2)  # the timer was late: the 1 stood already
    assert sequence.finished and sequence.values == {LEG: 1, BACK: 0}


def test_another_digit_in_the_window_makes_the_one_stand_and_rates_the_next_row():
    assert keys(RatingSequence(), 1, 4).values == {LEG: 1, BACK: 4}
    sequence = keys(RatingSequence(), 1, 1)  # the second 1 waits in turn, on the back row
    assert sequence.values == {LEG: 1, BACK: 1} and sequence.current is BACK
    keys(sequence, "wait")
    assert sequence.finished


def test_escape_skips_only_the_row_that_has_the_keyboard():
    sequence = keys(RatingSequence(), "esc")
    assert sequence.current is BACK and sequence.values == {LEG: None, BACK: None}
    keys(sequence, 3)
    assert sequence.finished and sequence.values == {LEG: None, BACK: 3}


def test_escape_after_a_leg_rating_keeps_it_and_finishes_on_the_last_row():
    sequence = keys(RatingSequence(), 6, "esc")
    assert sequence.finished and sequence.values == {LEG: 6, BACK: None}


def test_escape_while_a_one_waits_keeps_the_one_and_skips_the_next_row():
    sequence = keys(RatingSequence(), 1, "esc")
    assert sequence.finished and sequence.values == {LEG: 1, BACK: None}


def test_enter_moves_on_and_finishes_on_the_last_row():
    sequence = keys(RatingSequence(), "enter")
    assert sequence.current is BACK and sequence.values[LEG] is None
    keys(sequence, "enter")
    assert sequence.finished and sequence.values == {LEG: None, BACK: None}
    sequence = keys(RatingSequence(), 1, "enter")  # Enter confirms a waiting 1: one step
    assert sequence.current is BACK and sequence.values[LEG] == 1


def test_keys_after_the_end_change_nothing():
    sequence = keys(RatingSequence(), 2, 3, 9, "esc", "enter", 1)
    assert sequence.finished and sequence.values == {LEG: 2, BACK: 3}


def test_a_click_rates_that_row_and_hands_the_keys_to_the_next():
    sequence = RatingSequence()
    sequence.choose(LEG, 7)
    assert sequence.current is BACK and sequence.values[LEG] == 7
    sequence.choose(BACK, 2)
    assert sequence.current is BACK and not sequence.finished  # Done or Enter finishes
    sequence.press(1, 0.0)
    sequence.choose(BACK, 8)  # the click replaces the waiting 1 of its own row
    assert sequence.values == {LEG: 7, BACK: 8} and sequence.deadline is None
    sequence.enter()
    assert sequence.finished


def test_moving_the_keyboard_to_another_row_keeps_what_was_given():
    sequence = keys(RatingSequence(), 5)
    sequence.go_to(LEG)
    assert sequence.current is LEG and sequence.values[LEG] == 5
    sequence.press(1, 0.0)
    sequence.go_to(BACK)  # Tab while a 1 waits: the 1 stands
    assert sequence.values[LEG] == 1 and sequence.current is BACK
    sequence.finish()
    assert sequence.finished and sequence.values == {LEG: 1, BACK: None}


def test_finish_keeps_a_waiting_one():
    sequence = RatingSequence()
    sequence.press(1, 0.0)
    sequence.finish()
    assert sequence.values == {LEG: 1, BACK: None}


@pytest.mark.parametrize("digit", [-1, 10, 2.5, True])
def test_only_digit_keys_are_pressed(digit):
    with pytest.raises(ValueError, match="0 to 9"):
        RatingSequence().press(digit, 0.0)


key_presses = st.lists(
    st.one_of(st.integers(0, 9), st.sampled_from(["esc", "enter", "wait"])), max_size=12
)


@given(presses=key_presses)
def test_no_key_sequence_guesses_a_value_or_loses_one(presses):
    """Every value is a digit given (or ten from 1-0); a row once rated stays rated;
    at most one row moves per key, and enough Esc presses always finish."""
    sequence = RatingSequence()
    now = 0.0
    rated: set[PainKind] = set()
    for key in presses:
        now += 0.1
        before = sequence.values
        index = sequence.kinds.index(sequence.current) if sequence.current else 2
        if key == "esc":
            sequence.escape()
        elif key == "enter":
            sequence.enter()
        elif key == "wait":
            now += TEN_WINDOW_S
            sequence.timeout(now)
        else:
            sequence.press(key, now)
        after = sequence.values
        for kind in rated:
            assert after[kind] is not None, "a rating was thrown away"
        rated |= {kind for kind, value in after.items() if value is not None}
        changed = [kind for kind in after if after[kind] != before[kind]]
        if isinstance(key, str):  # Esc, Enter and time never make a number up
            assert not changed  # (a waiting 1 shows already: it only stands)
        else:
            assert len(changed) <= 1
        for value in after.values():
            assert value is None or 0 <= value <= 10
        moved = (sequence.kinds.index(sequence.current) if sequence.current else 2) - index
        assert 0 <= moved <= 2
    for _ in range(2):
        sequence.escape()
    assert sequence.finished
