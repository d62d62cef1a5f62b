import dataclasses

import pytest

from holdpoint.core import preferences
from holdpoint.core.catalog import Tool, ToolSet
from holdpoint.core.preferences import KeepInTray, Place, Preferences, Theme, new_step
from holdpoint.core.reminders import ReminderDays, ReminderPlan, ReminderTimes
from holdpoint.core.routine import GET_READY_S, GET_READY_SIDE_S, SideOrder, Sides, Step


def test_defaults_are_declared_once_with_titles():
    prefs = Preferences()
    assert prefs.theme is Theme.SYSTEM
    assert prefs.text_scale == 1.0
    assert prefs.place is Place.MAP
    for name in preferences.names():
        assert preferences.title(name), name


@pytest.mark.parametrize("name", preferences.names())
def test_every_default_round_trips_through_text(name):
    value = getattr(Preferences(), name)
    assert preferences.decode(name, preferences.encode(value)) == value


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("theme", "pink"),
        ("text_scale", "huge"),
        ("text_scale", "5"),
        ("text_scale", "0.1"),
        ("place", "garden"),
        ("get_ready_s", "4"),
        ("get_ready_s", "61"),
        ("get_ready_s", "7.5"),
        ("get_ready_side_s", "0"),
        ("tools", "ball,massage gun"),
        ("reminder_days", "monday"),
        ("reminder_times", "25:00"),
        ("reminder_times", "8 am"),
        ("keep_in_tray", "maybe"),
        ("start_at_login", "yes"),
    ],
)
def test_unreadable_or_out_of_range_text_is_refused(name, text):
    with pytest.raises(ValueError, match=name):
        preferences.decode(name, text)


def test_model_refuses_out_of_range_values():
    with pytest.raises(ValueError, match="text_scale"):
        Preferences(text_scale=3.0)
    with pytest.raises(ValueError, match="theme"):
        Preferences(theme="dark")  # a plain string is not a Theme
    with pytest.raises(ValueError, match="text_scale"):
        Preferences().replace(text_scale=True)


def test_replace_returns_a_new_value():
    prefs = Preferences()
    larger = prefs.replace(text_scale=1.2)
    assert larger.text_scale == 1.2
    assert prefs.text_scale == 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        prefs.text_scale = 2.0  # type: ignore[misc]


def test_clamp_text_scale():
    assert preferences.clamp_text_scale(5) == 2.0
    assert preferences.clamp_text_scale(0.1) == 0.8
    assert preferences.clamp_text_scale(1.1000000001) == 1.1


def test_get_ready_times_are_preferences_with_the_routines_defaults():
    prefs = Preferences()
    assert (prefs.get_ready_s, prefs.get_ready_side_s) == (GET_READY_S, GET_READY_SIDE_S)
    assert preferences.title("get_ready_s") == "Get ready when the position changes"
    assert preferences.title("get_ready_side_s") == "Get ready between sides"
    assert preferences.bounds("get_ready_s") == (5, 60)
    assert preferences.bounds("get_ready_side_s") == (5, 60)
    assert prefs.replace(get_ready_s=60, get_ready_side_s=5).get_ready_s == 60
    with pytest.raises(ValueError, match="get_ready_side_s"):
        prefs.replace(get_ready_side_s=61)


def test_the_tools_are_a_typed_set_stored_as_names():
    assert Preferences().tools == ToolSet() and Preferences().tools.chosen is None  # any tool
    chosen = preferences.decode("tools", "foam roller, ball")
    assert chosen == {Tool.BALL, Tool.FOAM_ROLLER}
    assert preferences.encode(chosen) == "ball,foam roller"  # one order, whatever was typed
    assert chosen.chosen == {Tool.BALL, Tool.FOAM_ROLLER, Tool.FINGERS}  # always at hand
    assert ToolSet([Tool.FINGERS]).chosen == {Tool.FINGERS}  # nothing but fingers
    with pytest.raises(ValueError, match="tools"):
        Preferences(tools="ball")  # type: ignore[arg-type]  # text is not a set of tools


def test_reminders_are_typed_and_stored_as_text():
    prefs = Preferences()
    assert not prefs.reminders.active  # none until chosen
    assert prefs.keep_in_tray is KeepInTray.ASK and prefs.start_at_login is False
    assert prefs.last_reminder == ""
    days = preferences.decode("reminder_days", "fri, mon,tue,wed,thu")
    times = preferences.decode("reminder_times", "20:00,8:00")
    assert preferences.encode(days) == "mon,tue,wed,thu,fri"
    assert preferences.encode(times) == "08:00,20:00"
    chosen = prefs.replace(reminder_days=days, reminder_times=times)
    assert chosen.reminders == ReminderPlan(ReminderDays(range(5)), ReminderTimes("08:00,20:00"))
    assert preferences.decode("keep_in_tray", "yes") is KeepInTray.YES
    with pytest.raises(ValueError, match="reminder_times"):
        Preferences(reminder_times="08:00")  # type: ignore[arg-type]  # text is not times


def test_session_defaults_are_unset_until_chosen_and_kept_in_their_clinical_ranges():
    prefs = Preferences()
    assert (prefs.default_hold_s, prefs.default_reps, prefs.default_rest_s) == (0, 0, 0)
    assert prefs.ask_tenderness is True and prefs.side_order is SideOrder.LEFT_FIRST
    assert preferences.bounds("default_hold_s") == (15, 60)
    assert preferences.bounds("default_reps") == (1, 5)
    assert preferences.bounds("default_rest_s") == (5, 30)
    assert preferences.unset("default_hold_s") == 0 and preferences.unset("volume") is None
    chosen = prefs.replace(default_hold_s=15, default_reps=5, default_rest_s=30)
    assert chosen.replace(default_hold_s=0).default_hold_s == 0  # back to each zone's own
    for name, value in (("default_hold_s", 14), ("default_hold_s", 61), ("default_reps", 6),
                        ("default_rest_s", 4), ("default_rest_s", 31), ("volume", -1)):  # fmt: skip
        with pytest.raises(ValueError, match=name):
            prefs.replace(**{name: value})
    assert preferences.decode("side_order", "right_only") is SideOrder.RIGHT_ONLY
    for name, text in (("default_hold_s", "10"), ("side_order", "left"), ("ask_tenderness", "no")):
        with pytest.raises(ValueError, match=name):
            preferences.decode(name, text)


def test_a_new_step_takes_the_zones_own_values_unless_the_person_chose_defaults(catalog):
    piriformis, psoas = catalog.zone("piriformis"), catalog.zone("iliopsoas")
    spine = next(z for z in catalog.zones if 15 < z.hold_s <= preferences.SHORT_HOLD_S)
    own = new_step(piriformis, Sides.LEFT, Preferences())
    assert own == Step.for_zone(piriformis, Sides.LEFT)  # as before the defaults existed
    chosen = Preferences(default_hold_s=45, default_reps=2, default_rest_s=10)
    assert new_step(piriformis, Sides.BOTH, chosen) == Step("piriformis", Sides.BOTH, 45, 2, 10)
    # Short-hold zones never get longer holds from a default, only shorter ones.
    assert new_step(psoas, Sides.RIGHT, chosen).hold_s == psoas.hold_s == 15
    assert new_step(spine, Sides.RIGHT, chosen).hold_s == spine.hold_s
    assert new_step(spine, Sides.RIGHT, chosen.replace(default_hold_s=15)).hold_s == 15
    only_reps = new_step(piriformis, Sides.LEFT, Preferences(default_reps=1))
    assert (only_reps.hold_s, only_reps.reps, only_reps.rest_s) == (
        piriformis.hold_s, 1, piriformis.rest_s,
    )  # fmt: skip
