from __future__ import annotations

import datetime as dt

import pytest

from holdpoint.app import Holdpoint
from holdpoint.cli import Options
from holdpoint.core.catalog import CHOOSABLE_TOOLS, ToolSet
from holdpoint.core.health import HealthCheck
from holdpoint.core.preferences import Theme
from holdpoint.settings import SettingsStore
from holdpoint.storage.datadir import prepare_data_dir
from holdpoint.ui import theme


class FakeClock:
    """The app's clock, moved by the test: no test waits in real time for a timer."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def holdpoint(qapp, qtbot, tmp_path, settings_path, clock):
    """The real composition root with a temporary data folder and settings file, on a
    fake clock (tests that run a session move it and call the run's ``tick``). The
    person has answered the health check today, with nothing ticked, and has every tool."""
    store = SettingsStore(settings_path)
    store.save_health(HealthCheck(answered=dt.date.today()))
    store.save(store.load().replace(tools=ToolSet(CHOOSABLE_TOOLS)))  # every tool at hand
    hp = Holdpoint(
        Options(theme=Theme.LIGHT), prepare_data_dir(tmp_path / "data"), settings_path, clock
    )
    qtbot.addWidget(hp.window)
    hp.window.preferencesChanged.connect(hp._save_preferences)
    hp.window.resize(1280, 800)
    hp.window.show()
    qtbot.waitExposed(hp.window)
    hp.window.activateWindow()  # window shortcuts need the active window (no WM on Xvfb)
    qtbot.waitUntil(hp.window.isActiveWindow)
    yield hp
    if hp.player is not None:
        hp.player.shutdown()  # its speech thread must end before the next test
    if hp.window.run is not None:
        hp.window.run.close()
    theme.apply(qapp, Theme.LIGHT)
    theme.set_text_scale(qapp, 1.0)
