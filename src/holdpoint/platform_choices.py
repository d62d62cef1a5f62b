"""What Holdpoint does differently on each operating system, one small function a choice.

Each function takes the platform string (``sys.platform``'s value: ``linux``,
``freebsd14``, ``win32``, ``darwin``) with the running system's as its default, so every
choice can be tested on any system. Imports nothing beyond the standard library: the
command line and start-up use it.

Data and settings folders are not chosen here: platformdirs chooses them (see
:mod:`holdpoint.storage.datadir` and :mod:`holdpoint.settings`).
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterable

#: Platforms whose desktops speak the freedesktop.org D-Bus interfaces.
_FREEDESKTOP = ("linux", "freebsd")


class KeepAwake(enum.StrEnum):
    """How a running session keeps the screen from blanking."""

    FREEDESKTOP = "freedesktop"  # org.freedesktop.ScreenSaver on the session D-Bus
    WINDOWS_EXECUTION_STATE = "windows-execution-state"  # SetThreadExecutionState
    MACOS_CAFFEINATE = "macos-caffeinate"  # a caffeinate process while the session runs
    NONE = "none"  # no known way: the session runs, and says the screen may blank


def keep_awake_method(platform: str = sys.platform) -> KeepAwake:
    """The way to keep the screen on under ``platform``."""
    if platform.startswith(_FREEDESKTOP):
        return KeepAwake.FREEDESKTOP
    if platform == "win32":
        return KeepAwake.WINDOWS_EXECUTION_STATE
    if platform == "darwin":
        return KeepAwake.MACOS_CAFFEINATE
    return KeepAwake.NONE


class Autostart(enum.StrEnum):
    """How "start at login, in the tray" is set up (see :mod:`holdpoint.autostart`)."""

    XDG = "xdg"  # a desktop entry in $XDG_CONFIG_HOME/autostart
    WINDOWS_RUN_KEY = "windows-run-key"  # HKCU\Software\Microsoft\Windows\CurrentVersion\Run
    MACOS_LAUNCH_AGENT = "macos-launch-agent"  # ~/Library/LaunchAgents/*.plist
    NONE = "none"  # no known way: the option is not offered


def autostart_method(platform: str = sys.platform) -> Autostart:
    """The way to start Holdpoint at login under ``platform``."""
    if platform.startswith(_FREEDESKTOP):
        return Autostart.XDG
    if platform == "win32":
        return Autostart.WINDOWS_RUN_KEY
    if platform == "darwin":
        return Autostart.MACOS_LAUNCH_AGENT
    return Autostart.NONE


class Notifications(enum.StrEnum):
    """How a reminder is shown."""

    FREEDESKTOP = "freedesktop"  # org.freedesktop.Notifications, else the tray's message
    TRAY = "tray"  # the tray icon's message (a toast on Windows, Notification Centre on macOS)


def notification_method(platform: str = sys.platform) -> Notifications:
    """The way to show a reminder under ``platform``."""
    return Notifications.FREEDESKTOP if platform.startswith(_FREEDESKTOP) else Notifications.TRAY


def speech_engine_candidates(platform: str = sys.platform) -> list[str]:
    """The Qt TextToSpeech engines for ``platform``, the preferred first.

    Windows: "sapi" (SAPI 5, in every Windows and every Qt build), then "winrt" (better
    voices, but absent from MinGW builds of Qt). macOS: "darwin" (AVFoundation; Qt 6.8
    removed the older "macos" engine). Elsewhere: "speechd" (speech-dispatcher), then
    "flite" where Qt was built with it.
    """
    if platform == "win32":
        return ["sapi", "winrt"]
    if platform == "darwin":
        return ["darwin"]
    return ["speechd", "flite"]


def default_speech_engine(platform: str = sys.platform) -> str:
    """The speech engine spoken cues use on ``platform`` unless the person names one."""
    return speech_engine_candidates(platform)[0]


def choose_speech_engine(
    requested: str, available: Iterable[str], platform: str = sys.platform
) -> str | None:
    """The engine to create for ``requested``, given the ``available`` ones: ``requested``
    if it is there; for the system's default engine, else the next candidate that is
    there; else None. An engine named on purpose (mock, flite) gets no stand-in."""
    names = set(available)
    candidates = speech_engine_candidates(platform)
    tries = candidates if requested == candidates[0] else [requested]
    return next((name for name in tries if name in names), None)
