"""The safety content names every red flag the brief requires, plainly."""

from holdpoint.core import safety


def test_red_flags_cover_the_urgent_signs():
    text = " ".join(safety.RED_FLAGS).lower()
    for sign in ("bladder", "bowel", "saddle", "weakness", "getting worse", "fever", "fall"):
        assert sign in text, sign


def test_pressure_rules_say_ease_off_and_name_the_no_press_areas():
    text = " ".join(safety.PRESSURE_RULES).lower()
    assert "sharp" in text and "shooting" in text and "ease off" in text
    for place in ("spine", "back of the knee", "nerve"):
        assert place in text, place


def test_short_note_is_consistent_with_the_lists():
    note = safety.SHORT_NOTE.lower()
    for word in ("not a diagnosis", "sharp", "bladder", "saddle", "fever", "fall"):
        assert word in note, word
