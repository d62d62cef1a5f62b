"""What Holdpoint does on Linux, Windows and macOS: each choice, tested from any system
by passing the platform string; the Windows and macOS calls through stand-ins."""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path

import pytest

from holdpoint import APP_NAME, cli
from holdpoint.platform_choices import (
    Autostart,
    KeepAwake,
    Notifications,
    autostart_method,
    choose_speech_engine,
    default_speech_engine,
    keep_awake_method,
    notification_method,
    speech_engine_candidates,
)
from holdpoint.ui.session.screensaver import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    ScreenSaverInhibitor,
    caffeinate_command,
)

# ---------------------------------------------------------------------- keeping awake


@pytest.mark.parametrize(
    ("platform", "method"),
    [
        ("linux", KeepAwake.FREEDESKTOP),
        ("freebsd14", KeepAwake.FREEDESKTOP),
        ("win32", KeepAwake.WINDOWS_EXECUTION_STATE),
        ("darwin", KeepAwake.MACOS_CAFFEINATE),
        ("cygwin", KeepAwake.NONE),
        ("emscripten", KeepAwake.NONE),
    ],
)
def test_each_system_keeps_the_screen_awake_its_own_way(platform, method):
    assert keep_awake_method(platform) is method


def test_with_no_way_to_keep_the_screen_on_the_session_is_told_why():
    inhibitor = ScreenSaverInhibitor(KeepAwake.NONE)
    assert inhibitor.inhibit() is False
    assert "screen" in inhibitor.problem
    inhibitor.release()


class FakeKernel32:
    """Records SetThreadExecutionState calls; answers ``result`` (0 is a failure)."""

    def __init__(self, result: int = ES_CONTINUOUS) -> None:
        self.calls: list[int] = []
        self.result = result

    def SetThreadExecutionState(self, flags: int) -> int:
        self.calls.append(flags)
        return self.result


def test_windows_asks_for_display_and_system_until_released():
    kernel32 = FakeKernel32()
    inhibitor = ScreenSaverInhibitor(KeepAwake.WINDOWS_EXECUTION_STATE, kernel32=lambda: kernel32)
    assert inhibitor.inhibit() is True
    assert inhibitor.inhibit() is True  # a second session start asks nothing new
    assert inhibitor.problem == ""
    inhibitor.release()
    inhibitor.release()  # a second end releases nothing more
    assert kernel32.calls == [
        ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED,
        ES_CONTINUOUS,
    ]
    assert kernel32.calls[0] == 0x80000003


def test_windows_refusing_gives_one_plain_sentence_and_nothing_to_release():
    kernel32 = FakeKernel32(result=0)
    inhibitor = ScreenSaverInhibitor(KeepAwake.WINDOWS_EXECUTION_STATE, kernel32=lambda: kernel32)
    assert inhibitor.inhibit() is False
    assert inhibitor.problem.endswith(".")
    assert inhibitor.problem.count(".") == 1
    assert "screen" in inhibitor.problem
    inhibitor.release()
    assert kernel32.calls == [0x80000003]


@pytest.mark.skipif(sys.platform == "win32", reason="kernel32 is real there")
def test_off_windows_there_is_no_kernel32_and_that_is_a_problem_not_a_crash():
    inhibitor = ScreenSaverInhibitor(KeepAwake.WINDOWS_EXECUTION_STATE)
    assert inhibitor.inhibit() is False
    assert inhibitor.problem


def test_macos_caffeinate_keeps_display_and_system_awake_while_the_app_lives():
    assert caffeinate_command(4242) == ["caffeinate", "-d", "-i", "-w", "4242"]


def test_macos_without_caffeinate_reports_a_problem_instead_of_raising():
    inhibitor = ScreenSaverInhibitor(
        KeepAwake.MACOS_CAFFEINATE, caffeinate="holdpoint-no-such-caffeinate"
    )
    assert inhibitor.inhibit() is False
    assert "caffeinate" in inhibitor.problem
    inhibitor.release()


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for caffeinate")
def test_macos_caffeinate_runs_during_the_session_and_is_ended_and_reaped_after(tmp_path):
    argv_file = tmp_path / "argv"
    program = tmp_path / "caffeinate"
    program.write_text(f'#!/bin/sh\necho "$@" > {argv_file}\nexec sleep 60\n')
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    inhibitor = ScreenSaverInhibitor(KeepAwake.MACOS_CAFFEINATE, caffeinate=str(program))
    assert inhibitor.inhibit() is True
    process = inhibitor._caffeinate
    assert process is not None and process.poll() is None
    assert inhibitor.inhibit() is True
    assert inhibitor._caffeinate is process  # one caffeinate per session
    deadline = time.monotonic() + 10
    while not (argv_file.exists() and argv_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.01)
    inhibitor.release()
    assert process.returncode is not None  # ended and reaped
    assert argv_file.read_text().split() == ["-d", "-i", "-w", str(os.getpid())]


# ---------------------------------------------------------------------- start at login


@pytest.mark.parametrize(
    ("platform", "method"),
    [
        ("linux", Autostart.XDG),
        ("freebsd14", Autostart.XDG),
        ("win32", Autostart.WINDOWS_RUN_KEY),
        ("darwin", Autostart.MACOS_LAUNCH_AGENT),
        ("cygwin", Autostart.NONE),
    ],
)
def test_each_system_starts_at_login_its_own_way(platform, method):
    assert autostart_method(platform) is method


@pytest.mark.parametrize(
    ("platform", "method"),
    [
        ("linux", Notifications.FREEDESKTOP),
        ("freebsd14", Notifications.FREEDESKTOP),
        ("win32", Notifications.TRAY),
        ("darwin", Notifications.TRAY),
    ],
)
def test_reminders_use_the_desktop_notification_service_where_there_is_one(platform, method):
    assert notification_method(platform) is method


# ---------------------------------------------------------------------- speech


@pytest.mark.parametrize(
    ("platform", "engine", "candidates"),
    [
        ("linux", "speechd", ["speechd", "flite"]),
        ("freebsd14", "speechd", ["speechd", "flite"]),
        ("win32", "sapi", ["sapi", "winrt"]),
        ("darwin", "darwin", ["darwin"]),
    ],
)
def test_each_system_has_its_speech_engines(platform, engine, candidates):
    assert default_speech_engine(platform) == engine
    assert speech_engine_candidates(platform) == candidates


def test_a_missing_default_engine_gives_way_to_the_next_one_for_the_system():
    assert choose_speech_engine("sapi", ["mock", "winrt"], "win32") == "winrt"
    assert choose_speech_engine("sapi", ["sapi", "winrt"], "win32") == "sapi"
    assert choose_speech_engine("sapi", ["mock"], "win32") is None
    assert choose_speech_engine("darwin", ["mock"], "darwin") is None


def test_an_engine_named_on_purpose_gets_no_stand_in():
    assert choose_speech_engine("winrt", ["sapi"], "win32") is None
    assert choose_speech_engine("mock", ["mock", "speechd"], "linux") == "mock"
    assert choose_speech_engine("flite", ["speechd"], "linux") is None


def test_the_command_line_speaks_with_the_systems_engine_by_default():
    options = cli.parse([])
    assert isinstance(options, cli.Options)
    assert options.speech_engine == default_speech_engine(sys.platform)
    assert cli.Options().speech_engine == default_speech_engine(sys.platform)


@pytest.mark.parametrize("name", ["none", "mock", "flite"])
def test_an_engine_named_on_the_command_line_is_kept(name):
    options = cli.parse(["--speech-engine", name])
    assert isinstance(options, cli.Options)
    assert options.speech_engine == name


def test_speech_engine_help_names_each_systems_default(capsys):
    with pytest.raises(SystemExit):
        cli.parse(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "speechd on Linux, sapi on Windows, darwin on macOS" in help_text


# ---------------------------------------------------------------------- folders


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A home folder, with no XDG variables (platformdirs honours them on macOS too)."""
    monkeypatch.setenv("HOME", str(tmp_path / "ana"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "ana"


def test_linux_data_and_settings_are_in_the_users_own_folders(home):
    from platformdirs.unix import Unix

    dirs = Unix(APP_NAME, appauthor=False)
    assert Path(dirs.user_data_dir) == home / ".local" / "share" / "Holdpoint"
    assert Path(dirs.user_config_dir) == home / ".config" / "Holdpoint"


def test_macos_data_and_settings_are_in_the_users_application_support(home):
    from platformdirs.macos import MacOS

    dirs = MacOS(APP_NAME, appauthor=False)
    assert Path(dirs.user_data_dir) == home / "Library" / "Application Support" / "Holdpoint"
    assert dirs.user_config_dir == dirs.user_data_dir


def test_windows_data_and_settings_are_in_the_users_app_data(monkeypatch):
    """Off Windows platformdirs cannot ask the shell for the folder; its documented
    override variable stands in for the answer."""
    from platformdirs.windows import Windows

    local = r"C:\Users\ana\AppData\Local"
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    dirs = Windows(APP_NAME, appauthor=False)
    for folder in (dirs.user_data_dir, dirs.user_config_dir):
        assert folder.startswith(local)
        assert folder[len(local) + 1 :] == "Holdpoint"  # no author folder in between
