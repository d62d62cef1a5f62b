import sys
from pathlib import Path

import pytest

from holdpoint import assets

REPO = Path(__file__).resolve().parents[2]


def test_checkout_resolves_to_the_top_level_resources_folder():
    assert assets.resource_root() == REPO / "resources"
    assert assets.resource_path("icons/holdpoint.svg") == REPO / "resources/icons/holdpoint.svg"
    assert "<svg" in assets.read_text("icons/holdpoint.svg")


def test_bundle_resolves_to_meipass(monkeypatch, tmp_path):
    bundled = tmp_path / "holdpoint" / "resources" / "icons"
    bundled.mkdir(parents=True)
    (bundled / "x.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.resource_root() == tmp_path / "holdpoint" / "resources"
    assert assets.read_text("icons/x.svg") == "<svg/>"


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", "icons/../../README.md", ""])
def test_names_outside_the_folder_are_refused(name):
    with pytest.raises(assets.ResourceError, match="not a resource name"):
        assets.resource_path(name)


def test_missing_resource_names_the_expected_path():
    with pytest.raises(assets.ResourceError, match=r"icons/nope\.svg"):
        assets.resource_path("icons/nope.svg")
