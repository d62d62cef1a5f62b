"""The typed settings over a real INI file (QtCore only, no display)."""

import datetime as dt

import pytest

from holdpoint import settings
from holdpoint.core import preferences
from holdpoint.core.catalog import Tool, ToolSet
from holdpoint.core.health import HealthCheck
from holdpoint.core.preferences import KeepInTray, Language, Place, Preferences, Theme
from holdpoint.core.routine import SideOrder
from holdpoint.settings import FORMAT, FORMAT_KEY, SettingsError, SettingsStore


def test_a_new_file_gives_the_defaults(settings_path):
    store = SettingsStore(settings_path)
    assert store.load() == Preferences()
    assert store.problems == []


def test_round_trip(settings_path):
    prefs = Preferences(
        theme=Theme.DARK, text_scale=1.3, place=Place.HISTORY, window_geometry="AdnQywAD",
        tools=ToolSet([Tool.BALL, Tool.FOAM_ROLLER]),
    )  # fmt: skip
    SettingsStore(settings_path).save(prefs)
    assert settings_path.is_file()
    assert SettingsStore(settings_path).load() == prefs


def test_a_bad_value_falls_back_to_its_default_and_is_reported(settings_path):
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[General]\ntheme=pink\ntext_scale=1.5\n")
    store = SettingsStore(settings_path)
    prefs = store.load()
    assert prefs.theme is Theme.SYSTEM
    assert prefs.text_scale == 1.5
    assert len(store.problems) == 1
    assert str(settings_path) in store.problems[0] and "theme" in store.problems[0]


def test_a_hand_written_list_of_tools_is_read(settings_path):
    """QSettings reads an unquoted ``a, b`` as a list; it still means those tools."""
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[General]\ntools=ball, massage stick\n")
    store = SettingsStore(settings_path)
    assert store.load().tools == {Tool.BALL, Tool.MASSAGE_STICK} and store.problems == []


def test_an_unwritable_file_raises_naming_it(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    store = SettingsStore(blocker / "settings.ini")
    with pytest.raises(SettingsError, match=str(blocker / "settings.ini")):
        store.save(Preferences(text_scale=1.2))


# ------------------------------------------------------------------ format and migration

#: A value other than the default for every preference: a preference added later without
#: one here fails test_every_preference_round_trips.
NOT_DEFAULT = {
    "theme": Theme.DARK,
    "text_scale": 1.3,
    "language": Language.GERMAN,
    "place": Place.HISTORY,
    "window_geometry": "AdnQywADAAAAAAAAAAAAAAAAB38AAAQ3AAAAAAAAAAAAAAd/AAAENwAAAAACAAAAB4A=",
    "safety_acknowledged": True,
    "tour_seen": True,
    "volume": 55,
    "voice": False,
    "voice_rate": -0.5,
    "audio_device": "alsa_output.pci-0000_00_1f.3.analog-stereo",
    "tools": ToolSet([Tool.BALL, Tool.FOAM_ROLLER]),
    "get_ready_s": 20,
    "get_ready_side_s": 8,
    "default_hold_s": 45,
    "default_reps": 2,
    "default_rest_s": 10,
    "ask_tenderness": False,
    "side_order": SideOrder.RIGHT_ONLY,
    "volume_get_ready": 90,
    "volume_hold_start": 80,
    "volume_ten_seconds": 70,
    "volume_tick": 40,
    "volume_release": 60,
    "volume_switch_side": 50,
    "volume_session_done": 30,
    "reminder_days": preferences.decode("reminder_days", "mon,wed,fri"),
    "reminder_times": preferences.decode("reminder_times", "08:00,20:00"),
    "keep_in_tray": KeepInTray.YES,
    "start_at_login": True,
    "last_reminder": "2026-11-29T20:00",
}

#: A settings file exactly as Holdpoint wrote it before the format number (format 1):
#: QSettings' own layout, every preference that version had, and the health check.
VERSION_1 = """\
[General]
audio_device=alsa_output.pci-0000_00_1f.3.analog-stereo
get_ready_s=20
get_ready_side_s=8
keep_in_tray=yes
last_reminder=2026-11-29T20:00
place=history
reminder_days="mon,wed,fri"
reminder_times="08:00,20:00"
safety_acknowledged=true
start_at_login=true
text_scale=1.3
theme=dark
tools="ball,foam roller"
voice=false
voice_rate=-0.5
volume=55
volume_get_ready=100
volume_hold_start=100
volume_release=90
volume_session_done=100
volume_switch_side=100
volume_ten_seconds=100
volume_tick=40
window_geometry="AdnQywADAAAAAAAAAAAAAAAAB38AAAQ3AAAAAAAAAAAAAAd/AAAENwAAAAACAAAAB4A="

[health]
answered=2026-11-02
belly=
cleared=
cleared_precautions=
clot_risks=
format=1
precautions=
red_flags=
"""


def _general(path) -> dict[str, str]:
    """The ``[General]`` lines of a settings file, as key -> text."""
    lines = path.read_text().split("[health]")[0].splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_every_preference_round_trips(settings_path):
    assert set(NOT_DEFAULT) == set(preferences.names())
    defaults = Preferences()
    for name, value in NOT_DEFAULT.items():
        assert value != getattr(defaults, name), name
    prefs = Preferences(**NOT_DEFAULT)
    SettingsStore(settings_path).save(prefs)
    store = SettingsStore(settings_path)
    assert store.load() == prefs and store.problems == []
    assert store.format == FORMAT == 2
    assert _general(settings_path)["format"] == "2"
    assert set(_general(settings_path)) == {"format", *preferences.names()}


def test_no_preference_is_named_like_the_format_key():
    assert FORMAT_KEY not in preferences.names()


def test_a_version_1_file_is_read_migrated_and_written_back_in_the_current_format(
    settings_path,
):
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(VERSION_1)
    store = SettingsStore(settings_path)
    prefs = store.load()
    assert store.problems == [] and store.format == 1
    assert settings_path.read_text() == VERSION_1  # loading changes nothing
    expected = {
        name: value
        for name, value in NOT_DEFAULT.items()
        if f"\n{name}=" in VERSION_1 and not name.startswith("volume_")
    }
    for name, value in expected.items():
        assert getattr(prefs, name) == value, name
    assert (prefs.volume_tick, prefs.volume_release, prefs.volume_get_ready) == (40, 90, 100)
    # New in format 2: the defaults, which act as format 1 did...
    assert (prefs.default_hold_s, prefs.default_reps, prefs.default_rest_s) == (0, 0, 0)
    assert prefs.ask_tenderness and prefs.side_order is SideOrder.LEFT_FIRST
    # ...but the tour is not shown to someone who used Holdpoint before it existed.
    assert prefs.tour_seen
    health = store.load_health()
    assert health is not None and health.answered.isoformat() == "2026-11-02"

    store.save(prefs)  # the next save writes the current format
    general = _general(settings_path)
    assert general["format"] == "2" and general["tour_seen"] == "true"
    assert set(general) == {"format", *preferences.names()}
    again = SettingsStore(settings_path)
    assert again.load() == prefs and again.problems == [] and again.format == 2
    assert again.load_health() == health  # the health check's own group is kept


def test_a_version_1_file_without_preferences_still_shows_the_tour(settings_path):
    """A file with only the health check in it (answered, nothing else saved yet) is
    no sign of earlier use."""
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(VERSION_1[VERSION_1.index("[health]") :])
    assert SettingsStore(settings_path).load().tour_seen is False
    settings_path.write_text("[General]\ntour_seen=false\nvolume=30\n")  # said plainly
    assert SettingsStore(settings_path).load().tour_seen is False


def test_keys_this_version_does_not_know_are_kept(settings_path):
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[General]\nvolume=30\nmy_note=keep me\n")
    store = SettingsStore(settings_path)
    prefs = store.load()
    assert prefs.volume == 30 and store.problems == []
    store.save(prefs.replace(volume=40))
    general = _general(settings_path)
    assert general["my_note"] == "keep me" and general["volume"] == "40"


def test_a_renamed_key_is_moved_by_a_later_migration(settings_path, monkeypatch):
    """How a later format renames a key: read under the new name, the old one removed at
    the next save (a pretend format 3 that renamed ``volume`` from ``loudness``)."""

    def from_2(stored):
        stored = dict(stored)
        stored["volume"] = stored.pop("loudness")
        return stored, frozenset({"loudness"})

    monkeypatch.setattr(settings, "FORMAT", 3)
    monkeypatch.setitem(settings.MIGRATIONS, 2, from_2)
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("[General]\nformat=2\nloudness=35\ntheme=dark\n")
    store = SettingsStore(settings_path)
    prefs = store.load()
    assert (prefs.volume, prefs.theme) == (35, Theme.DARK) and store.problems == []
    store.save(prefs)
    general = _general(settings_path)
    assert "loudness" not in general and general["volume"] == "35"
    assert general["format"] == "3"


NEWER = b"[General]\nformat=3\ntheme=dark\nvolume=50\nbreathing_pace=slow\ntext_scale=9\n"


def test_a_newer_file_is_read_told_once_and_never_written_over(settings_path):
    settings_path.parent.mkdir(parents=True)
    settings_path.write_bytes(NEWER)
    store = SettingsStore(settings_path)
    prefs = store.load()
    assert (prefs.theme, prefs.volume, prefs.text_scale) == (Theme.DARK, 50, 1.0)
    newer = [m for m in store.problems if "newer Holdpoint" in m]
    assert len(newer) == 1 and str(settings_path) in newer[0]
    assert "format 3" in newer[0] and "left as it is" in newer[0]
    assert store.format == 3
    store.save(prefs.replace(volume=10))  # no error: the person was told at the start
    store.save_health(HealthCheck(answered=dt.date(2026, 11, 30)))
    assert settings_path.read_bytes() == NEWER
    assert not list(settings_path.parent.glob("settings.ini.*"))  # nothing kept aside
    again = SettingsStore(settings_path)
    assert again.load() == prefs and len(again.problems) == len(store.problems)


def test_a_file_made_newer_after_loading_is_not_written_over(settings_path):
    store = SettingsStore(settings_path)
    store.save(store.load().replace(volume=20))
    settings_path.write_bytes(NEWER)  # a newer Holdpoint ran meanwhile
    store.save(Preferences(volume=30))
    assert settings_path.read_bytes() == NEWER


@pytest.mark.parametrize("value", ["two", "0", "-1", "2.5", "1,2"])
def test_a_format_that_is_not_a_number_is_reported_and_read_as_format_1(settings_path, value):
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(f"[General]\nformat={value}\nvolume=30\n")
    store = SettingsStore(settings_path)
    prefs = store.load()
    assert prefs.volume == 30 and store.format == 1
    (message,) = store.problems
    assert "format" in message and str(settings_path) in message
    store.save(prefs)
    assert _general(settings_path)["format"] == "2"


def test_an_unreadable_file_is_kept_aside_and_the_defaults_are_saved_as_format_2(
    settings_path,
):
    settings_path.parent.mkdir(parents=True)
    damaged = VERSION_1.encode().replace(b"theme=dark", b"theme=\x00\x01")
    settings_path.write_bytes(damaged)
    store = SettingsStore(settings_path)
    assert store.load() == Preferences()
    (kept,) = settings_path.parent.glob("settings.ini.unreadable-*")
    assert kept.read_bytes() == damaged
    (message,) = store.problems
    assert "cannot be read" in message and str(kept) in message
    store.save(Preferences(volume=20))
    assert _general(settings_path)["format"] == "2"
    assert SettingsStore(settings_path).load() == Preferences(volume=20)
