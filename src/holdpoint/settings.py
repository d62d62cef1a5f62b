"""Stores :class:`~holdpoint.core.preferences.Preferences` in an INI file through QSettings.

The file lives in the platform's config folder (``~/.config/Holdpoint/settings.ini`` on
Linux); tests pass a path of their own. A value that cannot be read (edited by hand,
written by a newer version) falls back to its default and is reported, never fatal.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QSettings

from holdpoint import APP_NAME
from holdpoint.core import preferences
from holdpoint.core.preferences import Preferences

if TYPE_CHECKING:
    from holdpoint.core.health import HealthCheck

log = logging.getLogger(__name__)


#: The settings file's section for the health check's answers (see core.health).
HEALTH_GROUP = "health"


class SettingsError(OSError):
    """The settings file could not be written."""


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


class SettingsStore:
    """Loads and saves the typed preferences; the only code that knows the keys."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self.problems: list[str] = []

    def load(self) -> Preferences:
        """The stored preferences, with defaults for anything missing or unreadable."""
        self._qsettings.sync()
        values = {}
        self.problems = []
        for name in preferences.names():
            raw = self._qsettings.value(name)
            if raw is None:
                continue
            try:
                values[name] = preferences.decode(name, _text(raw))
            except ValueError as error:
                message = f"{self.path}: {error}; using the default"
                self.problems.append(message)
                log.warning("%s", message)
        return Preferences(**values)

    def load_health(self) -> HealthCheck | None:
        """The last health check, or None if there is none (or it cannot be read)."""
        self._qsettings.beginGroup(HEALTH_GROUP)
        if not self._qsettings.childKeys():  # none yet: nothing more to load at start-up
            self._qsettings.endGroup()
            return None
        try:
            stored = {key: _text(self._qsettings.value(key)) for key in self._qsettings.childKeys()}
        finally:
            self._qsettings.endGroup()
        from holdpoint.core.health import load_check

        return load_check(stored)

    def save_health(self, check: HealthCheck) -> None:
        """Keep ``check``; raises :class:`SettingsError` if the file cannot be written."""
        self._qsettings.remove(HEALTH_GROUP)
        self._qsettings.beginGroup(HEALTH_GROUP)
        for key, value in check.to_dict().items():
            self._qsettings.setValue(key, value)
        self._qsettings.endGroup()
        self._sync()

    def save(self, prefs: Preferences) -> None:
        """Write every preference; raises :class:`SettingsError` if the file cannot be written."""
        for name in preferences.names():
            self._qsettings.setValue(name, preferences.encode(getattr(prefs, name)))
        self._sync()

    def _sync(self) -> None:
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            raise SettingsError(f"cannot write the settings file {self.path}")


def _text(raw: object) -> str:
    """A stored value as text: QSettings reads an unquoted ``a,b`` (as a person or an
    older version may write it) as a list of strings."""
    return ",".join(map(str, raw)) if isinstance(raw, list) else str(raw)
