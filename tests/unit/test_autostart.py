"""Start at login, in the tray: Linux's desktop entry for real (in a temporary config
folder), macOS's LaunchAgent written into a temporary home, Windows's Run key through a
stand-in registry. The choice of mechanism is in test_platform_choices.py."""

from __future__ import annotations

import plistlib
import shlex
import sys
from pathlib import Path

import pytest

from holdpoint import autostart
from holdpoint.autostart import AutostartError, launch_command

COMMAND = ["/opt/hold point/python3", "-m", "holdpoint", "--tray"]


def test_the_command_runs_this_python_or_the_bundled_program_in_the_tray():
    assert launch_command(frozen=False) == [sys.executable, "-m", "holdpoint", "--tray"]
    assert launch_command(executable="/Apps/Holdpoint", frozen=True) == [
        "/Apps/Holdpoint",
        "--tray",
    ]
    extra = ["--data-dir", "/data"]
    assert launch_command(extra, "C:\\H\\Holdpoint.exe", frozen=True)[-2:] == extra


# ---------------------------------------------------------------------------- Linux


@pytest.fixture
def xdg(tmp_path: Path) -> dict[str, object]:
    config = tmp_path / "config"
    return {"platform": "linux", "home": tmp_path / "home", "env": {"XDG_CONFIG_HOME": str(config)}}


def _entry(path: Path) -> dict[str, str]:
    lines = path.read_text().splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path, xdg):
    path = tmp_path / "config" / "autostart" / "holdpoint.desktop"
    assert autostart.location(**xdg) == path
    assert not autostart.is_enabled(**xdg)
    autostart.enable(COMMAND, **xdg)
    assert autostart.is_enabled(**xdg)
    entry = _entry(path)
    assert entry["Type"] == "Application" and entry["Name"] == "Holdpoint"
    # A desktop's launcher unescapes the value, then splits it as a shell would.
    exec_line = entry["Exec"].replace("\\\\", "\\")
    assert shlex.split(exec_line) == COMMAND
    assert not list(path.parent.glob(".*partial"))  # written whole
    autostart.enable(COMMAND, **xdg)  # again: the same file, no error
    autostart.disable(**xdg)
    assert not path.exists() and not autostart.is_enabled(**xdg)
    autostart.disable(**xdg)  # already off: nothing to do


def test_linux_without_xdg_config_home_uses_dot_config(tmp_path):
    for env in ({}, {"XDG_CONFIG_HOME": ""}, {"XDG_CONFIG_HOME": "relative/path"}):
        where = autostart.location("freebsd14", tmp_path, env)
        assert where == tmp_path / ".config" / "autostart" / "holdpoint.desktop"


@pytest.mark.parametrize(
    ("arg", "written"),
    [
        ("/usr/bin/python3", "/usr/bin/python3"),
        ("/a b/python", '"/a b/python"'),
        ('say "hi"', '"say \\\\"hi\\\\""'),  # quoted, escaped, then the value escape
        ("C:\\x", '"C:\\\\\\\\x"'),
        ("100%", "100%%"),
        ("$HOME", '"\\\\$HOME"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says(arg, written):
    assert autostart._exec_argument(arg) == written


def test_an_entry_the_desktop_turned_off_is_off(tmp_path, xdg):
    autostart.enable(COMMAND, **xdg)
    path = autostart.location(**xdg)
    assert isinstance(path, Path)
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not autostart.is_enabled(**xdg)


def test_a_folder_that_cannot_be_written_is_one_plain_error(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    env = {"XDG_CONFIG_HOME": str(blocker)}
    with pytest.raises(AutostartError, match="cannot set Holdpoint to start at login"):
        autostart.enable(COMMAND, "linux", tmp_path, env)


# ---------------------------------------------------------------------------- macOS


def test_macos_writes_a_launch_agent_that_runs_once_at_login(tmp_path):
    path = tmp_path / "Library" / "LaunchAgents" / "org.holdpoint.Holdpoint.plist"
    assert autostart.location("darwin", tmp_path) == path
    assert not autostart.is_enabled("darwin", tmp_path)
    autostart.enable(COMMAND, "darwin", tmp_path)
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "org.holdpoint.Holdpoint"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True and agent["KeepAlive"] is False
    assert autostart.is_enabled("darwin", tmp_path)
    autostart.disable("darwin", tmp_path)
    assert not path.exists() and not autostart.is_enabled("darwin", tmp_path)


def test_macos_a_damaged_agent_file_is_off(tmp_path):
    path = autostart.location("darwin", tmp_path)
    assert isinstance(path, Path)
    path.parent.mkdir(parents=True)
    path.write_text("not a plist")
    assert not autostart.is_enabled("darwin", tmp_path)


# -------------------------------------------------------------------------- Windows


class FakeRunKey:
    """The Run key as a dictionary."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, command: str) -> None:
        self.values[name] = command

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_sets_and_deletes_the_run_key_value(tmp_path):
    registry = FakeRunKey()
    command = launch_command(executable="C:\\Program Files\\Holdpoint\\Holdpoint.exe", frozen=True)
    assert not autostart.is_enabled("win32", tmp_path, registry=registry)
    autostart.enable(command, "win32", tmp_path, registry=registry)
    assert registry.values == {"Holdpoint": '"C:\\Program Files\\Holdpoint\\Holdpoint.exe" --tray'}
    assert autostart.is_enabled("win32", tmp_path, registry=registry)
    autostart.disable("win32", tmp_path, registry=registry)
    assert registry.values == {}
    assert "CurrentVersion\\Run\\Holdpoint" in str(autostart.location("win32"))


def test_windows_the_registry_failing_is_one_plain_error(tmp_path):
    class Refusing(FakeRunKey):
        def set(self, name: str, command: str) -> None:
            raise PermissionError(13, "Access is denied")

    with pytest.raises(AutostartError, match="Access is denied"):
        autostart.enable(COMMAND, "win32", tmp_path, registry=Refusing())


def test_elsewhere_the_option_does_not_exist(tmp_path):
    assert not autostart.is_enabled("emscripten", tmp_path)
    with pytest.raises(AutostartError, match="not supported"):
        autostart.enable(COMMAND, "emscripten", tmp_path)
