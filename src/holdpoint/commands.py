"""The commands that run without a window: ``export``, ``report`` and ``demo-history``."""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import TYPE_CHECKING

from holdpoint import cli
from holdpoint.storage.datadir import DataDirError, prepare_data_dir

if TYPE_CHECKING:
    from holdpoint.core.content_text import Texts
    from holdpoint.core.preferences import Language


def run_command(command: cli.Command) -> int:
    """``export``, ``report`` and ``demo-history``: no window; returns the exit status."""
    from holdpoint import assets
    from holdpoint.core.catalog import load_catalog
    from holdpoint.core.content_text import translate_catalog, translate_routines
    from holdpoint.core.demo import demo_sessions
    from holdpoint.core.routines import load_routines
    from holdpoint.storage.export import export_csv, holds_path
    from holdpoint.storage.history import HistoryError, HistoryStore

    try:
        data_dir = prepare_data_dir(command.data_dir)
    except DataDirError as error:
        print(f"holdpoint: {error}", file=sys.stderr)
        return 1
    lock = None
    if command.name == "demo-history":  # it writes: never into a history a window holds
        from PySide6.QtCore import QLockFile

        from holdpoint.instance import LOCK_NAME

        lock = QLockFile(str(data_dir / LOCK_NAME))
        if not lock.tryLock(0):
            print(f"holdpoint: Holdpoint is open on {data_dir}; close it first", file=sys.stderr)
            return 1
    try:
        store = HistoryStore.open(data_dir)
    except HistoryError as error:
        print(f"holdpoint: {error}", file=sys.stderr)
        return 1
    try:
        if store.notice:
            print(f"holdpoint: {store.notice}", file=sys.stderr)
        if command.name == "export":
            assert command.csv is not None
            try:
                sessions, holds = export_csv(store, command.csv, command.since)
            except OSError as error:
                print(f"holdpoint: cannot write {command.csv}: {error.strerror}", file=sys.stderr)
                return 1
            print(f"wrote {_count(sessions, 'session')} to {command.csv} "
                  f"and {_count(holds, 'hold')} to {holds_path(command.csv)}")  # fmt: skip
            return 0
        catalog = load_catalog(assets.resource_path("zones.toml"))
        if command.name == "report":
            assert command.pdf is not None
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # fonts, no window
            from PySide6.QtGui import QGuiApplication

            from holdpoint.ui.history.report import write_report

            _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
            catalog = translate_catalog(catalog, _saved_language(command.language))
            try:
                count = write_report(store, catalog, command.pdf, command.since)
            except OSError as error:
                print(f"holdpoint: {error}", file=sys.stderr)
                return 1
            print(f"wrote a report of {_count(count, 'session')} to {command.pdf}")
            return 0
        if store.real_session_count():
            print(f"holdpoint: {data_dir} holds real sessions; demo history goes only into "
                  "a new or demo-only data folder", file=sys.stderr)  # fmt: skip
            return 1
        routines = load_routines(assets.resource_path("routines.toml"), catalog)
        # Stored by name, as a person's would be: in the window's language.
        routines = translate_routines(routines, _saved_language())
        count = store.add_demo(demo_sessions(routines, dt.datetime.now(dt.UTC), command.years))
        print(f"wrote {_count(count, 'demo session')} to {store.path}")
        return 0
    finally:
        store.close()
        if lock is not None:
            lock.unlock()


def _saved_language(language: Language | None = None) -> Texts:
    """Install ``language``, else the window's saved choice; returns the catalog's texts in
    it (see :func:`holdpoint.i18n.content_texts`)."""
    from holdpoint import i18n
    from holdpoint.settings import SettingsStore

    i18n.install(language or SettingsStore().load().language)
    return i18n.content_texts()


def _count(count: int, noun: str) -> str:
    """``count`` and ``noun``, plural unless one: "1 session", "3 sessions"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
