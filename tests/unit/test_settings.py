"""The typed settings over a real INI file (QtCore only, no display)."""

import pytest

from holdpoint.core.catalog import Tool, ToolSet
from holdpoint.core.preferences import Place, Preferences, Theme
from holdpoint.settings import SettingsError, SettingsStore


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
