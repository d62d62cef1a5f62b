import pytest

from holdpoint.core.ratings import DigitEntry, change_words, check_rating


def test_a_digit_rates_at_once_and_one_then_zero_is_ten():
    entry = DigitEntry()
    assert entry.press(7, 0.0) == 7
    assert entry.press(1, 1.0) == 1
    assert entry.press(0, 1.5) == 10
    assert entry.press(0, 1.6) == 0  # a second 0 is zero again
    assert entry.press(1, 5.0) == 1
    assert entry.press(0, 6.5) == 0  # too slow for ten


@pytest.mark.parametrize("value", [-1, 11, 2.5, True, "3"])
def test_only_whole_numbers_from_0_to_10(value):
    with pytest.raises(ValueError, match="0 to 10"):
        check_rating(value)


def test_change_words_follow_the_meaningful_change():
    assert change_words(6, 4) == "2 points lower: a clear change"
    assert change_words(3, 2) == "1 point lower: a clear change"  # 33 % from a low start
    assert change_words(8, 7) == "1 point lower"
    assert change_words(4, 5) == "1 point higher"
    assert change_words(5, 5) == "no change"
    assert change_words(None, 3) == ""
