"""How the speech helper is started, and how it keeps speech-dispatcher off TCP."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from holdpoint.audio import speech_helper
from holdpoint.audio.speech import HELPER_ARGUMENT, helper_command
from holdpoint.main import SPEECH_HELPER


def test_from_a_checkout_or_wheel_the_helper_is_this_python_running_the_package(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert helper_command("--engine", "mock") == [
        sys.executable, "-m", "holdpoint", "speech-helper", "--engine", "mock"
    ]  # fmt: skip


def test_in_a_pyinstaller_bundle_the_helper_is_the_executable_itself(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/holdpoint/holdpoint")
    assert helper_command("--engine", "speechd") == [
        "/opt/holdpoint/holdpoint", "speech-helper", "--engine", "speechd"
    ]  # fmt: skip


def test_the_app_dispatches_the_argument_the_player_uses():
    assert HELPER_ARGUMENT == SPEECH_HELPER


@pytest.fixture
def system(tmp_path, monkeypatch) -> Path:
    """A fake system speech-dispatcher installation with the espeak-ng module."""
    conf = tmp_path / "etc" / "speechd.conf"
    conf.parent.mkdir()
    conf.write_text("LogLevel 3\n")
    modules = tmp_path / "modules"
    modules.mkdir()
    (modules / "sd_espeak-ng").touch()
    monkeypatch.setattr(speech_helper, "_SYSTEM_CONF", conf)
    monkeypatch.setattr(speech_helper, "_MODULE_DIRS", (str(modules),))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    return conf


def test_a_spawned_speech_dispatcher_gets_one_module_and_probes_no_port(system, tmp_path):
    runtime = tmp_path / "runtime"
    assert speech_helper.pin_speech_dispatcher_modules(runtime) == runtime
    text = (runtime / "speech-dispatcher" / "speechd.conf").read_text()
    assert f'Include "{system}"' in text
    assert 'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"' in text
    assert os.environ["XDG_CONFIG_HOME"] == str(runtime)


def test_the_persons_own_speech_dispatcher_config_is_left_alone(system, tmp_path, monkeypatch):
    (tmp_path / "config" / "speech-dispatcher").mkdir(parents=True)
    assert speech_helper.pin_speech_dispatcher_modules(tmp_path / "runtime") is None
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("SPEECHD_ADDRESS", "unix_socket:/run/user/1000/speechd.sock")
    assert speech_helper.pin_speech_dispatcher_modules(tmp_path / "runtime") is None
    assert not (tmp_path / "runtime").exists()
