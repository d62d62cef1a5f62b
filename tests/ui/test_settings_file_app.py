"""The settings file's format in the running app: a file from a newer Holdpoint is used,
the person is told once, and nothing the app saves is written over it."""

from __future__ import annotations

import datetime as dt

from holdpoint.app import Holdpoint
from holdpoint.cli import Options
from holdpoint.core.preferences import Theme
from holdpoint.settings import FORMAT, SettingsStore
from holdpoint.storage.datadir import prepare_data_dir


def test_a_newer_settings_file_is_told_once_and_never_saved_over(
    qapp, qtbot, tmp_path, settings_path, clock
):
    newer = (
        f"[General]\nformat={FORMAT + 1}\ntheme=light\nvolume=50\ntour_seen=true\n"
        "tools=ball\nbreathing_pace=slow\n\n"
        f"[health]\nformat=1\nanswered={dt.date.today().isoformat()}\n"
    ).encode()
    settings_path.parent.mkdir(parents=True)
    settings_path.write_bytes(newer)
    hp = Holdpoint(Options(), prepare_data_dir(tmp_path / "data"), settings_path, clock)
    window = hp.window
    qtbot.addWidget(window)
    window.preferencesChanged.connect(hp._save_preferences)
    assert window.prefs.volume == 50 and window.prefs.theme is Theme.LIGHT  # what it knows
    told = window.statusBar().currentMessage()
    assert "newer Holdpoint" in told and str(settings_path) in told
    shown: list[str] = []
    window.problemShown.connect(shown.append)

    window.change_preferences(volume=10, ask_tenderness=False)
    assert window.prefs.volume == 10 and not window.prefs.ask_tenderness  # until it quits
    assert settings_path.read_bytes() == newer  # never written over
    assert shown == []  # and nothing more is said: no "could not be saved" at each change
    assert SettingsStore(settings_path).load().volume == 50
