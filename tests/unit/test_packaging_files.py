"""The desktop entry matches the app it starts."""

import configparser
from pathlib import Path

from holdpoint import assets

REPO = Path(__file__).resolve().parents[2]


def test_desktop_entry_names_the_program_and_an_existing_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(REPO / "packaging" / "holdpoint.desktop")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "holdpoint"
    assert section["Name"] == "Holdpoint"
    assert assets.resource_path(f"icons/{section['Icon']}.svg").is_file()
