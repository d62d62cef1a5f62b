"""Stores :class:`~holdpoint.core.preferences.Preferences` in an INI file through QSettings.

The file lives in the platform's config folder (``~/.config/Holdpoint/settings.ini`` on
Linux); tests pass a path of their own. A value that cannot be read (edited by hand,
written by a newer version, not a number) falls back to its default and is reported,
never fatal.

A file that cannot be read at all (binary, not UTF-8, larger than :data:`MAX_FILE_BYTES`,
not an INI file) would be silently rewritten by QSettings on the next save. So before
QSettings reads it, it is checked, and an unreadable file is kept aside under a dated
name (``settings.ini.unreadable-2026-11-30``, never replacing an older one), the person
is told once in :attr:`SettingsStore.problems`, and the defaults are used and saved as
usual. A folder in place of the file gives the defaults, and saving raises
:class:`SettingsError`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QSettings

from holdpoint import APP_NAME
from holdpoint.core import preferences
from holdpoint.core.preferences import Preferences
from holdpoint.storage.aside import unused_name

if TYPE_CHECKING:
    from holdpoint.core.health import HealthCheck

log = logging.getLogger(__name__)


#: The settings file's section for the health check's answers (see core.health).
HEALTH_GROUP = "health"
#: The largest settings file read: Holdpoint writes about 1 kB.
MAX_FILE_BYTES = 1024 * 1024
# A line of an INI file: blank, a comment, a [section] or key=value (QSettings skips
# anything else silently, and would drop it on the next save).
_INI_LINE = re.compile(r"\s*+(?:[;#].*|\[.*\]\s*+|[^=]*+=.*)?")
# Control characters besides tab, line feed and carriage return: never in a text file.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SettingsError(OSError):
    """The settings file could not be written."""


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


class SettingsStore:
    """Loads and saves the typed preferences; the only code that knows the keys."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self._qsettings = self._open()
        self.problems: list[str] = []
        #: Why nothing may be written ("" when saving is fine): an unreadable file that
        #: could not be kept aside must not be overwritten.
        self._blocked = ""

    def _open(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> Preferences:
        """The stored preferences, with defaults for anything missing or unreadable."""
        self.problems = []
        if self._not_a_file():
            self._report(
                f"{self.path}: cannot be read: it is not a file (a folder?); "
                "using the defaults, which cannot be saved"
            )
            return Preferences()
        text, reason = self._read()
        if reason:
            self._keep_aside(reason)
            return Preferences()
        self._make_private()
        twice = _set_twice(text)
        values = {}
        for name in preferences.names():
            raw = self._qsettings.value(name)
            if raw is None:
                continue
            try:
                if name in twice:
                    raise ValueError(f"{name}: set {twice[name]} times")
                values[name] = preferences.decode(name, _text(name, raw))
            except ValueError as error:
                self._report(f"{self.path}: {error}; using the default")
        return Preferences(**values)

    def _report(self, message: str) -> None:
        self.problems.append(message)
        log.warning("%s", message)

    def _not_a_file(self) -> bool:
        """Whether something other than a file (a folder) is where the file should be."""
        try:
            return not stat.S_ISREG(self.path.stat().st_mode)
        except OSError:  # none yet, or cannot tell here (then _read() says why)
            return False

    def _read(self) -> tuple[str, str]:
        """The file's text and "", or "" and why it cannot be read as settings (no file
        yet is an empty text). The bytes are checked before QSettings sees them."""
        text, reason = self._check()
        if not reason:
            self._qsettings.sync()
            if self._qsettings.status() == QSettings.Status.FormatError:
                reason = "it is not a valid INI file"
        return ("", reason) if reason else (text, "")

    def _check(self) -> tuple[str, str]:
        try:
            size = self.path.stat().st_size
            if size > MAX_FILE_BYTES:
                return "", f"it is too large: {size:,} bytes, at most {MAX_FILE_BYTES:,}"
            with self.path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):  # none yet: nothing to lose
            return "", ""
        except OSError as error:
            return "", f"it cannot be opened: {error.strerror or error}"
        if len(data) > MAX_FILE_BYTES:
            return "", f"it is too large: more than {MAX_FILE_BYTES:,} bytes"
        if _BINARY.search(data.decode("latin-1")):
            return "", "it holds binary data, not text"
        try:
            text = data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as error:
            where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
            return "", f"it is not UTF-8 text: {where}"
        lines = text.splitlines()
        for number, line in enumerate(lines, start=1):
            continued = number > 1 and lines[number - 2].endswith("\\")
            if not continued and not _INI_LINE.fullmatch(line):
                return "", f"line {number} is not a [section] or a key=value line"
        return text, ""

    def _keep_aside(self, reason: str) -> None:
        """Move the unreadable file to a dated name nothing else uses, and say so once;
        if it cannot be moved, nothing will be written over it."""
        stamp = time.strftime("%Y-%m-%d")
        aside = unused_name(self.path, lambda n: f"{self.path.name}.unreadable-{stamp}{n}")
        try:
            os.rename(self.path, aside)
        except OSError as error:
            self._blocked = f"it cannot be read, nor kept aside: {error.strerror or error}"
            self._report(
                f"{self.path}: cannot be read: {reason}; nor kept aside: "
                f"{error.strerror or error}; using the defaults, which will not be saved"
            )
            return
        with contextlib.suppress(OSError):
            os.chmod(aside, 0o600)  # kept, and the person's alone
        self._qsettings = self._open()  # a fresh one: the old one keeps the read's status
        self._report(
            f"{self.path}: cannot be read: {reason}; it was kept as {aside}; using the defaults"
        )

    def load_health(self) -> HealthCheck | None:
        """The last health check, or None if there is none (or it cannot be read)."""
        self._qsettings.beginGroup(HEALTH_GROUP)
        if not self._qsettings.childKeys():  # none yet: nothing more to load at start-up
            self._qsettings.endGroup()
            return None
        try:
            stored = {
                key: _text(key, self._qsettings.value(key)) for key in self._qsettings.childKeys()
            }
        except ValueError:
            return None
        finally:
            self._qsettings.endGroup()
        from holdpoint.core.health import load_check

        return load_check(stored)

    def save_health(self, check: HealthCheck) -> None:
        """Keep ``check``; raises :class:`SettingsError` if the file cannot be written."""
        self._before_writing()
        self._qsettings.remove(HEALTH_GROUP)
        self._qsettings.beginGroup(HEALTH_GROUP)
        for key, value in check.to_dict().items():
            self._qsettings.setValue(key, value)
        self._qsettings.endGroup()
        self._sync()

    def save(self, prefs: Preferences) -> None:
        """Write every preference; raises :class:`SettingsError` if the file cannot be written."""
        self._before_writing()
        for name in preferences.names():
            self._qsettings.setValue(name, preferences.encode(getattr(prefs, name)))
        self._sync()

    def _before_writing(self) -> None:
        """Never write over a file that is not settings: keep it aside first (it may have
        been damaged since load()), or refuse."""
        if self._not_a_file():
            raise SettingsError(f"cannot write the settings file {self.path}: it is not a file")
        if not self._blocked:
            _, reason = self._read()
            if reason:
                self._keep_aside(reason)
        if self._blocked:
            raise SettingsError(f"cannot write the settings file {self.path}: {self._blocked}")

    def _sync(self) -> None:
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            raise SettingsError(f"cannot write the settings file {self.path}")
        self._make_private()

    def _make_private(self) -> None:
        """The person's alone, also a file an older version (or a person) made readable
        by others: QSettings keeps the mode of a file it rewrites."""
        for path, mode in ((self.path, 0o600), (self.path.parent, 0o700)):
            try:
                if path.exists() and path.stat().st_mode & 0o777 != mode:
                    os.chmod(path, mode)
            except OSError:  # not ours to change: the settings still work
                pass


def _set_twice(text: str) -> dict[str, int]:
    """Preferences whose key ``text`` has more than once (QSettings takes the last
    without a word): name -> how many times."""
    counts: dict[str, int] = {}
    section = "General"
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif "=" in line and section == "General" and not line.startswith((";", "#")):
            key = line.split("=", 1)[0].strip()
            counts[key] = counts.get(key, 0) + 1
    names = preferences.names()
    return {name: count for name, count in counts.items() if count > 1 and name in names}


def _text(name: str, raw: object) -> str:
    """A stored value as text: QSettings reads an unquoted ``a,b`` (as a person or an
    older version may write it) as a list of strings. Anything else (``@Rect(...)``,
    ``@ByteArray(...)`` written by hand) raises ValueError naming the key."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return ",".join(raw)
    raise ValueError(f"{name}: expected text, got a stored {type(raw).__name__}")
