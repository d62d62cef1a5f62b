"""Composition root and command line: builds the settings, the window and (later) the
store and the cue player, in that order, and wires them together.

Nothing else imports :mod:`holdpoint.ui`. The order matters: the data folder is checked
before Qt starts (so a bad folder costs no start-up), the QApplication exists before any
widget, and the theme and text size are applied before the window is built so that it
is laid out once.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from holdpoint import APP_NAME, __version__, cli
from holdpoint.cli import Options
from holdpoint.storage.datadir import DataDirError, prepare_data_dir

log = logging.getLogger("holdpoint")


class Holdpoint:
    """One running Holdpoint: the application object, its settings and its window."""

    def __init__(self, options: Options, data_dir: Path, settings_path: Path | None = None):
        from PySide6.QtWidgets import QApplication

        from holdpoint import assets
        from holdpoint.core.catalog import load_catalog
        from holdpoint.settings import SettingsStore
        from holdpoint.ui import theme
        from holdpoint.ui.main_window import MainWindow

        app = QApplication.instance()
        self.app = app if isinstance(app, QApplication) else QApplication([sys.argv[0]])
        self.app.setApplicationName(APP_NAME)
        self.app.setApplicationVersion(__version__)
        self.app.setDesktopFileName("holdpoint")

        self.settings = SettingsStore(settings_path)
        prefs = self.settings.load()
        if options.theme is not None:
            prefs = prefs.replace(theme=options.theme)
        if options.place is not None:
            prefs = prefs.replace(place=options.place)
        theme.apply(self.app, prefs.theme)
        theme.set_text_scale(self.app, prefs.text_scale)

        self.catalog = load_catalog(assets.resource_path("zones.toml"))
        self.window = MainWindow(prefs, data_dir, self.catalog)
        for problem in self.settings.problems:
            self.window.show_problem(problem)

    def run(self) -> int:
        """Show the window and run until it is closed; preferences are saved as they change."""
        self.window.preferencesChanged.connect(self._save_preferences)
        self.window.show()
        return self.app.exec()

    def screenshot(self, path: Path, size: tuple[int, int]) -> int:
        """Write the window to ``path`` and return the exit status. Saves no preferences."""
        from holdpoint.ui.screenshot import ScreenshotError, save_screenshot

        try:
            save_screenshot(self.window, path, size)
        except ScreenshotError as error:
            print(f"holdpoint: {error}", file=sys.stderr)
            return 1
        finally:
            self.window.close()
        return 0

    def _save_preferences(self, prefs: object) -> None:
        from holdpoint.settings import SettingsError

        try:
            self.settings.save(prefs)  # type: ignore[arg-type]
        except SettingsError as error:
            log.warning("%s", error)
            self.window.show_problem(f"Your settings could not be saved: {error}")


#: Qt messages that say nothing a person or a developer can act on.
_HARMLESS_QT_MESSAGES = (
    "does not support propagateSizeHints",  # the offscreen platform, in --screenshot
    "Couldn't resolve pipewire",  # QtMultimedia probing for PipeWire before PulseAudio
)


def _route_qt_messages() -> None:
    """Send Qt's own warnings through Python logging, minus the known-harmless ones."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if not any(noise in message for noise in _HARMLESS_QT_MESSAGES):
            log.log(levels.get(kind, logging.WARNING), "Qt: %s", message)

    qInstallMessageHandler(handler)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``holdpoint`` and ``python -m holdpoint``; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="holdpoint: %(levelname)s: %(message)s")
    options = cli.parse(argv)
    try:
        data_dir = prepare_data_dir(options.data_dir)
    except DataDirError as error:
        print(f"holdpoint: {error}", file=sys.stderr)
        return 1
    if options.screenshot is not None:
        # Off screen unless told otherwise: a screenshot needs no display and no input.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from holdpoint.assets import ResourceError
    from holdpoint.core.catalog import CatalogError

    _route_qt_messages()
    try:
        holdpoint = Holdpoint(options, data_dir)
    except (CatalogError, ResourceError) as error:
        # A damaged installation: say exactly which file and line, and stop.
        print(f"holdpoint: the installation is damaged: {error}", file=sys.stderr)
        return 1
    if options.screenshot is not None:
        return holdpoint.screenshot(options.screenshot, options.size)
    return holdpoint.run()
