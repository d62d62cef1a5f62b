"""Holdpoint built as a wheel and installed into a fresh virtual environment.

The wheel is built from this checkout without network access; the new environment gets
Holdpoint from the wheel alone and borrows only the third-party packages (PySide6 and so
on) from the test environment, so the resources must come from inside the wheel.
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from harness.app import run_holdpoint
from harness.images import assert_has_text, assert_real_picture, load_png
from harness.wheel import build_wheel, install_wheel

pytestmark = pytest.mark.system
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def installed(tmp_path_factory, wheel) -> Path:
    """A new virtual environment with the wheel installed; returns its ``bin`` folder."""
    return install_wheel(wheel, tmp_path_factory.mktemp("wheel-env"))


def test_wheel_carries_the_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "holdpoint/resources/icons/holdpoint.svg" in names
    assert "holdpoint/resources/i18n/holdpoint_de.qm" in names  # compiled by the build
    assert "holdpoint/resources/i18n/content.de.toml" in names
    assert "holdpoint/app.py" in names
    assert not any(name.startswith(("tests/", "resources/")) for name in names)


def test_installed_package_finds_resources_inside_itself(installed):
    code = (
        "import holdpoint, holdpoint.assets as a;"
        "print(holdpoint.__file__); print(a.resource_root())"
    )
    result = subprocess.run(
        [str(installed / "python"), "-c", code], capture_output=True, text=True, check=True
    )
    module_file, root = result.stdout.splitlines()
    env_dir = str(installed.parent)
    assert module_file.startswith(env_dir), module_file
    assert root.startswith(env_dir) and root.endswith("holdpoint/resources"), root


def test_installed_entry_point_takes_a_screenshot_of_the_map(installed, home, tmp_path):
    out = tmp_path / "map.png"
    result = run_holdpoint(
        ["--screenshot", str(out), "--place", "map", "--data-dir", str(tmp_path / "data")],
        home,
        program=[str(installed / "holdpoint")],
    )
    assert result.returncode == 0, result.stderr
    pixels = assert_real_picture(load_png(out))
    assert_has_text(pixels, (50, 30, 120, 40), "the Holdpoint wordmark")
