"""Fixtures for every test, and the run-wide set-up: isolated folders and an audio server.

* Qt draws on pytest-xvfb's X display (``QT_QPA_PLATFORM=xcb``), whatever the shell says.
* No test touches the real user folders: XDG config, data and cache point into a
  temporary folder before anything imports Qt or platformdirs.
* One PulseAudio server with a null sink runs for the whole run (started here, stopped
  at the end), and ``PULSE_SERVER`` points at it, so everything the app plays, in this
  process or in a subprocess, can be recorded. pytest-xvfb provides the display.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from harness.images import assert_real_picture
from harness.pulse import PulseError, PulseServer

# The suite sets its own Qt platform: a real X window on pytest-xvfb's display, whatever
# the shell that runs it has set (e.g. QT_QPA_PLATFORM=offscreen).
os.environ["QT_QPA_PLATFORM"] = "xcb"
# The suite reads the English texts whatever the language of the machine that runs it
# (a German test asks for German itself): a system without a language means English.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
_HOME = Path(tempfile.mkdtemp(prefix="holdpoint-test-home-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
_pulse: PulseServer | None = None
_pulse_error = ""


def pytest_configure(config: pytest.Config) -> None:
    global _pulse, _pulse_error
    server = PulseServer()
    try:
        server.start()
    except PulseError as error:
        _pulse_error = str(error)
        return
    os.environ.update(server.env)
    _pulse = server


def pytest_unconfigure(config: pytest.Config) -> None:
    if _pulse is not None:
        _pulse.stop()
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def pulse() -> PulseServer:
    """The run's PulseAudio server; a test that needs it fails (never skips) without it."""
    if _pulse is None:
        pytest.fail(f"no PulseAudio server for this run: {_pulse_error}")
    return _pulse


@pytest.fixture(scope="session")
def catalog():
    """The real zone catalog, as the app loads it."""
    from holdpoint import assets
    from holdpoint.core.catalog import load_catalog

    return load_catalog(assets.resource_path("zones.toml"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder path that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A folder for a subprocess's XDG config, data and cache folders."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


@pytest.fixture
def window_shot(tmp_path: Path) -> Callable[..., object]:
    """Grab a widget as the person would see it, save it as PNG and check it is a real picture.

    Returns the pixel array; the PNG stays in the test's tmp_path for a look.
    """

    def shoot(widget, name: str = "shot", min_colours: int = 200):
        image = widget.grab().toImage()
        image.save(str(tmp_path / f"{name}.png"))
        return assert_real_picture(image, min_colours)

    return shoot


@pytest.fixture
def root_logging(monkeypatch: pytest.MonkeyPatch):
    """Python's root logger as it was before the test: the handlers a test adds (the log
    file of holdpoint.crash) are closed and removed, and pytest keeps its faulthandler."""
    import logging
    import sys

    from holdpoint import crash

    monkeypatch.setenv("PYTHONFAULTHANDLER", "1")
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield root
    for handler in root.handlers[:]:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
    sys.excepthook = hook
    monkeypatch.setattr(crash, "_file", None)
