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

The file has a format number, ``format`` in ``[General]`` (:data:`FORMAT`); a file
without one is format 1 (Holdpoint before the number existed). An older file is read
through :data:`MIGRATIONS`, one step per format, and written back in the current format
at the next save. A file from a newer Holdpoint (a larger number) is read for what this
version knows, the person is told once, and it is never written over: this version's
changes last until it quits (the newer one's keys and values stay as they were). Keys
this version does not know are kept in the file as they are, never read and never
dropped (a line written by hand, or by a newer Holdpoint, is not lost); a migration
that renames a key removes the old one deliberately. The ``[health]`` group has a format
of its own (:mod:`holdpoint.core.health`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, QSettings

from holdpoint import APP_NAME
from holdpoint.core import preferences
from holdpoint.core.i18n import QT_TRANSLATE_NOOP
from holdpoint.core.preferences import Preferences
from holdpoint.storage.aside import unused_name

if TYPE_CHECKING:
    from holdpoint.core.health import HealthCheck

log = logging.getLogger(__name__)


#: The settings file's section for the health check's answers (see core.health).
HEALTH_GROUP = "health"
#: The format this version writes, stored as ``format`` in ``[General]``; a file
#: without it is format 1.
FORMAT = 2
FORMAT_KEY = "format"
#: The largest settings file read: Holdpoint writes about 1 kB.
MAX_FILE_BYTES = 1024 * 1024
# A line of an INI file: blank, a comment, a [section] or key=value (QSettings skips
# anything else silently, and would drop it on the next save).
_INI_LINE = re.compile(r"\s*+(?:[;#].*|\[.*\]\s*+|[^=]*+=.*)?")
# Control characters besides tab, line feed and carriage return: never in a text file.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


#: The stored values of ``[General]`` as QSettings reads them (text, or a list of texts
#: for an unquoted ``a, b``), by key.
Stored = dict[str, object]


def _from_1(stored: Stored) -> tuple[Stored, frozenset[str]]:
    """Format 1 (no ``format`` key) to 2: nothing was renamed or retyped, so every value
    is read as it is. The preferences new in format 2 keep their defaults, which act as
    format 1 did: each zone's own hold, repetitions and rest for new steps, the tenderness
    question asked, the left side first. One is taken from the file: a format-1 file
    with preferences in it means Holdpoint was used before the first-run tour existed,
    so the tour counts as seen (``tour_seen``, unless the file says otherwise; Help shows
    it again). No key is removed."""
    names = set(preferences.names())
    used = any(key in names for key in stored)
    if used and "tour_seen" not in stored:
        stored = {**stored, "tour_seen": "true"}
    return stored, frozenset()


#: Format n -> the step that turns its stored values into format n + 1's, and the keys
#: that step makes obsolete (removed from the file at the next save).
MIGRATIONS: dict[int, Callable[[Stored], tuple[Stored, frozenset[str]]]] = {1: _from_1}


def migrate(version: int, stored: Stored) -> tuple[Stored, frozenset[str]]:
    """``stored`` (of format ``version``) as the current format's values, and the keys
    to remove from the file when it is next written."""
    obsolete: frozenset[str] = frozenset()
    for number in range(version, FORMAT):
        stored, removed = MIGRATIONS[number](stored)
        obsolete |= removed
    return stored, obsolete


class SettingsError(OSError):
    """The settings file could not be written (the message is in the chosen language)."""


class Problem(str):
    """What went wrong with the settings file, in English (as it is logged; ``str`` of it),
    made from a text marked in the context "SettingsStore" and its fields. Problems are
    found when the settings are loaded, before the language is chosen: :meth:`localized`
    gives the text in the language chosen since (see :func:`shown`)."""

    source: str
    fields: dict[str, object]

    def __new__(cls, source: str, **fields: object) -> Problem:
        problem = super().__new__(cls, source.format(**fields))
        problem.source = source
        problem.fields = fields
        return problem

    def localized(self) -> str:
        fields = {key: shown(value) if isinstance(value, Problem) else value
                  for key, value in self.fields.items()}  # fmt: skip
        return QCoreApplication.translate("SettingsStore", self.source).format(**fields)


def shown(problem: str) -> str:
    """A message of :attr:`SettingsStore.problems` as the person reads it: a
    :class:`Problem` in the chosen language, any other text as it is."""
    return problem.localized() if isinstance(problem, Problem) else problem


def _cannot_write(path: Path, why: str = "") -> SettingsError:
    translate = QCoreApplication.translate
    if why:
        return SettingsError(
            translate("SettingsStore", "cannot write the settings file {path}: {why}").format(
                path=path, why=why
            )
        )
    return SettingsError(
        translate("SettingsStore", "cannot write the settings file {path}").format(path=path)
    )


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


class SettingsStore:
    """Loads and saves the typed preferences; the only code that knows the keys."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self._qsettings = self._open()
        #: What the person is told about the file (shown through :func:`shown`).
        self.problems: list[str] = []
        #: Why nothing may be written ("" when saving is fine): an unreadable file that
        #: could not be kept aside must not be overwritten.
        self._blocked: str = ""
        #: The format of the file as last loaded (format 1 when there is none yet).
        self.format = 1
        #: Keys an older format had that the next save removes (see :data:`MIGRATIONS`).
        self._obsolete: frozenset[str] = frozenset()

    def _open(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> Preferences:
        """The stored preferences, with defaults for anything missing or unreadable."""
        self.problems = []
        if self._not_a_file():
            self._report(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "SettingsStore",
                        "{path}: cannot be read: it is not a file (a folder?); "
                        "using the defaults, which cannot be saved",
                    ),
                    path=self.path,
                )
            )
            return Preferences()
        text, reason = self._read()
        if reason:
            self._keep_aside(reason)
            return Preferences()
        self._make_private()
        twice = _set_twice(text)
        version = self.format = self._format(report=True)
        if version > FORMAT:
            self._report(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "SettingsStore",
                        "{path}: written by a newer Holdpoint (settings format {version}; "
                        "this one knows {known}): what it can read is used, and the file is "
                        "left as it is, so changes made now last until Holdpoint quits",
                    ),
                    path=self.path,
                    version=version,
                    known=FORMAT,
                )
            )
        stored: Stored = {
            key: self._qsettings.value(key)
            for key in self._qsettings.childKeys()
            if key != FORMAT_KEY
        }
        self._obsolete = frozenset()
        if version < FORMAT:
            stored, self._obsolete = migrate(version, stored)
        values = {}
        for name in preferences.names():
            raw = stored.get(name)
            if raw is None:
                continue
            try:
                if name in twice:
                    raise ValueError(f"{name}: set {twice[name]} times")
                values[name] = preferences.decode(name, _text(name, raw))
            except ValueError as error:
                self._report(
                    Problem(
                        QT_TRANSLATE_NOOP("SettingsStore", "{path}: {error}; using the default"),
                        path=self.path,
                        error=error,
                    )
                )
        return Preferences(**values)

    def _report(self, message: str) -> None:
        self.problems.append(message)
        log.warning("%s", message)

    def _format(self, report: bool = False) -> int:
        """The format of the file QSettings has read: 1 without a ``format`` key, and 1
        for one that is not a whole number from 1 (reported when ``report``)."""
        raw = self._qsettings.value(FORMAT_KEY)
        if raw is None:
            return 1
        text = raw if isinstance(raw, str) else repr(raw)
        if text.strip().isascii() and text.strip().isdigit() and int(text) >= 1:
            return int(text)
        if report:
            self._report(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "SettingsStore",
                        "{path}: {key}: cannot read {value} as a settings format; reading it "
                        "as format 1",
                    ),
                    path=self.path,
                    key=FORMAT_KEY,
                    value=repr(text[:40]),
                )
            )
        return 1

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
                reason = Problem(QT_TRANSLATE_NOOP("SettingsStore", "it is not a valid INI file"))
        return ("", reason) if reason else (text, "")

    def _check(self) -> tuple[str, str]:
        try:
            size = self.path.stat().st_size
            if size > MAX_FILE_BYTES:
                return "", Problem(
                    QT_TRANSLATE_NOOP(
                        "SettingsStore", "it is too large: {size:,} bytes, at most {limit:,}"
                    ),
                    size=size,
                    limit=MAX_FILE_BYTES,
                )
            with self.path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except (FileNotFoundError, NotADirectoryError):  # none yet: nothing to lose
            return "", ""
        except OSError as error:
            return "", Problem(
                QT_TRANSLATE_NOOP("SettingsStore", "it cannot be opened: {error}"),
                error=error.strerror or error,
            )
        if len(data) > MAX_FILE_BYTES:
            return "", Problem(
                QT_TRANSLATE_NOOP("SettingsStore", "it is too large: more than {limit:,} bytes"),
                limit=MAX_FILE_BYTES,
            )
        if _BINARY.search(data.decode("latin-1")):
            return "", Problem(QT_TRANSLATE_NOOP("SettingsStore", "it holds binary data, not text"))
        try:
            text = data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as error:
            return "", Problem(
                QT_TRANSLATE_NOOP(
                    "SettingsStore", "it is not UTF-8 text: byte 0x{byte:02x} at offset {offset}"
                ),
                byte=data[error.start],
                offset=error.start,
            )
        lines = text.splitlines()
        for number, line in enumerate(lines, start=1):
            continued = number > 1 and lines[number - 2].endswith("\\")
            if not continued and not _INI_LINE.fullmatch(line):
                return "", Problem(
                    QT_TRANSLATE_NOOP(
                        "SettingsStore", "line {number} is not a [section] or a key=value line"
                    ),
                    number=number,
                )
        return text, ""

    def _keep_aside(self, reason: str) -> None:
        """Move the unreadable file to a dated name nothing else uses, and say so once;
        if it cannot be moved, nothing will be written over it."""
        stamp = time.strftime("%Y-%m-%d")
        aside = unused_name(self.path, lambda n: f"{self.path.name}.unreadable-{stamp}{n}")
        try:
            os.rename(self.path, aside)
        except OSError as error:
            self._blocked = Problem(
                QT_TRANSLATE_NOOP("SettingsStore", "it cannot be read, nor kept aside: {error}"),
                error=error.strerror or error,
            )
            self._report(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "SettingsStore",
                        "{path}: cannot be read: {reason}; nor kept aside: {error}; using the "
                        "defaults, which will not be saved",
                    ),
                    path=self.path,
                    reason=reason,
                    error=error.strerror or error,
                )
            )
            return
        with contextlib.suppress(OSError):
            os.chmod(aside, 0o600)  # kept, and the person's alone
        self._qsettings = self._open()  # a fresh one: the old one keeps the read's status
        self._report(
            Problem(
                QT_TRANSLATE_NOOP(
                    "SettingsStore",
                    "{path}: cannot be read: {reason}; it was kept as {aside}; using the defaults",
                ),
                path=self.path,
                reason=reason,
                aside=aside,
            )
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
        """Keep ``check``; raises :class:`SettingsError` if the file cannot be written.
        A file of a newer Holdpoint is left as it is (see :meth:`save`)."""
        if not self._before_writing():
            return
        self._qsettings.remove(HEALTH_GROUP)
        self._qsettings.beginGroup(HEALTH_GROUP)
        for key, value in check.to_dict().items():
            self._qsettings.setValue(key, value)
        self._qsettings.endGroup()
        self._sync()

    def save(self, prefs: Preferences) -> None:
        """Write every preference in the current format (an older file is migrated
        here); raises :class:`SettingsError` if the file cannot be written. A file a
        newer Holdpoint wrote is left as it is, without an error: the person was told
        when it was loaded."""
        if not self._before_writing():
            return
        for key in self._obsolete:
            self._qsettings.remove(key)
        self._obsolete = frozenset()
        self._qsettings.setValue(FORMAT_KEY, str(FORMAT))
        for name in preferences.names():
            self._qsettings.setValue(name, preferences.encode(getattr(prefs, name)))
        self._sync()
        self.format = FORMAT

    def _before_writing(self) -> bool:
        """Whether to write: never over a file that is not settings (keep it aside first:
        it may have been damaged since load(), or refuse), nor over a newer Holdpoint's
        (False)."""
        if self._not_a_file():
            raise _cannot_write(
                self.path, QCoreApplication.translate("SettingsStore", "it is not a file")
            )
        if not self._blocked:
            _, reason = self._read()
            if reason:
                self._keep_aside(reason)
        if self._blocked:
            raise _cannot_write(self.path, shown(self._blocked))
        newer = self._format()
        if newer > FORMAT:
            log.info(
                "%s: left as it is: written by a newer Holdpoint (format %s)", self.path, newer
            )
            return False
        return True

    def _sync(self) -> None:
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            raise _cannot_write(self.path)
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
