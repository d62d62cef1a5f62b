"""Start at login, in the tray: the one option, each system's own mechanism.

* Linux and the BSDs: a desktop entry ``$XDG_CONFIG_HOME/autostart/holdpoint.desktop``
  (the freedesktop.org autostart specification; removed again when turned off).
* Windows: the value ``Holdpoint`` under ``HKCU\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run``, through :mod:`winreg` (imported only there).
* macOS: a LaunchAgent, ``~/Library/LaunchAgents/org.holdpoint.Holdpoint.plist``, that
  runs once at login.

Each starts :func:`launch_command` with ``--tray``. :func:`enable`, :func:`disable` and
:func:`is_enabled` take the platform (see :func:`holdpoint.platform_choices
.autostart_method`), the home folder and the environment, so all of them are tested on
any system; the Windows registry is reached through a :class:`RunKey`, which tests
replace. Standard library only: the settings can change this without Qt.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from holdpoint import APP_NAME
from holdpoint.core.i18n import translate
from holdpoint.platform_choices import Autostart, autostart_method

__all__ = [
    "AGENT_LABEL",
    "Autostart",
    "AutostartError",
    "RunKey",
    "autostart_method",
    "disable",
    "enable",
    "is_enabled",
    "launch_command",
    "location",
]

DESKTOP_NAME = "holdpoint.desktop"
AGENT_LABEL = "org.holdpoint.Holdpoint"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
TRAY_OPTION = "--tray"

# Characters that make a desktop entry's Exec argument need quotes (the specification's
# reserved characters, and white space).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(OSError):
    """Starting at login could not be turned on or off; the message says where and why
    (in the chosen language: the window shows it)."""


def _no_registry() -> AutostartError:
    return AutostartError(
        translate("autostart", "there is no Windows registry on {platform}").format(
            platform=sys.platform
        )
    )


class RunKey(Protocol):
    """The per-user Run key of the Windows registry: one string value per program."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, command: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WindowsRunKey:
    """:class:`RunKey` on the real registry (Windows only)."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise _no_registry()
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, command: str) -> None:
        if sys.platform != "win32":
            raise _no_registry()
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise _no_registry()
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


def launch_command(
    extra: Sequence[str] = (),
    executable: str | None = None,
    frozen: bool | None = None,
) -> list[str]:
    """The command that starts this Holdpoint in the tray: a bundled program
    (PyInstaller: ``sys.frozen``) is ``sys.executable`` itself; otherwise the Python that
    runs this, with ``-m holdpoint``. ``extra`` arguments (``--data-dir PATH``) follow."""
    program = executable if executable is not None else sys.executable
    bundled = getattr(sys, "frozen", False) if frozen is None else frozen
    head = [program] if bundled else [program, "-m", "holdpoint"]
    return [*head, TRAY_OPTION, *extra]


def location(
    platform: str = sys.platform,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Path | str:
    """Where the option is kept on ``platform``: a file, or the registry value's path."""
    method = autostart_method(platform)
    home = Path.home() if home is None else home
    env = os.environ if env is None else env
    if method is Autostart.XDG:
        config = env.get("XDG_CONFIG_HOME", "")
        base = Path(config) if config and Path(config).is_absolute() else home / ".config"
        return base / "autostart" / DESKTOP_NAME
    if method is Autostart.MACOS_LAUNCH_AGENT:
        return home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
    if method is Autostart.WINDOWS_RUN_KEY:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"
    raise AutostartError(
        translate("autostart", "starting at login is not supported on {platform}").format(
            platform=platform
        )
    )


def enable(
    command: Sequence[str],
    platform: str = sys.platform,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    registry: RunKey | None = None,
) -> None:
    """Start ``command`` (see :func:`launch_command`) at each login; raises
    :class:`AutostartError`."""
    method = autostart_method(platform)
    where = location(platform, home, env)
    what = translate("autostart", "cannot set Holdpoint to start at login ({where})")
    with _failing_as(what.format(where=where)):
        if method is Autostart.WINDOWS_RUN_KEY:
            (registry or WindowsRunKey()).set(APP_NAME, windows_command_line(command))
        elif method is Autostart.XDG:
            assert isinstance(where, Path)
            _write(where, desktop_entry(command).encode("utf-8"))
        else:
            assert isinstance(where, Path)
            _write(where, launch_agent(command))


@contextlib.contextmanager
def _failing_as(what: str) -> Iterator[None]:
    """An OSError inside becomes an :class:`AutostartError` saying ``what`` and why."""
    try:
        yield
    except OSError as error:
        raise AutostartError(f"{what}: {error.strerror or error}") from error


def disable(
    platform: str = sys.platform,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    registry: RunKey | None = None,
) -> None:
    """Start no more at login (nothing to do if it was not on); raises
    :class:`AutostartError`."""
    method = autostart_method(platform)
    where = location(platform, home, env)
    what = translate("autostart", "cannot stop Holdpoint starting at login ({where})")
    with _failing_as(what.format(where=where)):
        if method is Autostart.WINDOWS_RUN_KEY:
            (registry or WindowsRunKey()).delete(APP_NAME)
        else:
            assert isinstance(where, Path)
            where.unlink(missing_ok=True)


def is_enabled(
    platform: str = sys.platform,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    registry: RunKey | None = None,
) -> bool:
    """Whether Holdpoint starts at login now. A desktop entry the desktop's own settings
    turned off (``Hidden=true``, ``X-GNOME-Autostart-enabled=false``) is off."""
    method = autostart_method(platform)
    if method is Autostart.NONE:
        return False
    where = location(platform, home, env)
    try:
        if method is Autostart.WINDOWS_RUN_KEY:
            return (registry or WindowsRunKey()).get(APP_NAME) is not None
        assert isinstance(where, Path)
        if method is Autostart.MACOS_LAUNCH_AGENT:
            with where.open("rb") as handle:
                return plistlib.load(handle).get("Disabled") is not True
        lines = {line.strip().lower() for line in where.read_text("utf-8").splitlines()}
    except (OSError, ValueError, plistlib.InvalidFileException):
        return False
    return not lines & {"hidden=true", "x-gnome-autostart-enabled=false"}


def desktop_entry(command: Sequence[str]) -> str:
    """The XDG autostart desktop entry that runs ``command``."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for trigger-point self-massage, from the tray\n"
        f"Exec={' '.join(_exec_argument(arg) for arg in command)}\n"
        "Icon=holdpoint\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _exec_argument(arg: str) -> str:
    """One argument of a desktop entry's Exec key: quoted when it holds a reserved
    character (inside the quotes ", `, $ and \\ take a backslash); then escaped as any
    string value is (a backslash doubled) and with % doubled (not a field code)."""
    if not arg or _RESERVED & set(arg):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("\\", "\\\\").replace("%", "%%")


def launch_agent(command: Sequence[str]) -> bytes:
    """The macOS LaunchAgent property list that runs ``command`` once at each login."""
    agent = {
        "Label": AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "KeepAlive": False,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    return plistlib.dumps(agent)


def windows_command_line(command: Sequence[str]) -> str:
    """``command`` as one Windows command line (the Run key's value)."""
    return subprocess.list2cmdline(list(command))


def _write(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
