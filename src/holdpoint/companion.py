"""The tray side of Holdpoint (mixed into :class:`holdpoint.app.Holdpoint`): the icon and
its reminders, keeping Holdpoint in the tray when the window closes (asked once),
opening the last routine from a reminder, and starting at login."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from holdpoint.core.i18n import translate
from holdpoint.core.preferences import Place

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from holdpoint.core.preferences import Preferences
    from holdpoint.core.routines import Routine
    from holdpoint.storage.history import HistoryStore
    from holdpoint.storage.routine_store import RoutineStore
    from holdpoint.ui.main_window import MainWindow
    from holdpoint.ui.tray import Tray

log = logging.getLogger("holdpoint")


class TrayCompanion(ABC):
    """What the composition root needs for the tray; it provides the attributes below."""

    app: QApplication
    tray: Tray | None
    routines: tuple[Routine, ...]
    routine_store: RoutineStore
    _window: MainWindow | None
    _prefs: Preferences
    _quitting: bool
    _quit: Callable[[], None]
    _running: bool
    _start_at_login: bool
    _autostart_extra: list[str]

    @property
    @abstractmethod
    def window(self) -> MainWindow: ...

    @property
    @abstractmethod
    def prefs(self) -> Preferences: ...

    @abstractmethod
    def open_history(self) -> HistoryStore | None: ...

    @abstractmethod
    def _save_preferences(self, prefs: object) -> None: ...

    @abstractmethod
    def _tell(self, message: str) -> None: ...

    def start_tray(self, **tray_options: Any) -> Tray:
        """The tray icon and the reminders (``tray_options``: see :class:`Tray`, for tests)."""
        from holdpoint.ui.tray import Tray

        if self.tray is None:
            self.tray = Tray(
                lambda: self.prefs,
                self.change_preferences,
                window_shown=lambda: self._window is not None and self._window.isVisible(),
                parent=self.app,
                **tray_options,
            )
            self.tray.openRequested.connect(self.show_window)
            self.tray.startRequested.connect(self.start_last_routine)
            self.tray.quitRequested.connect(self.quit)
            self.tray.reminded.connect(self._reminded)
            self.tray.start()
        return self.tray

    def change_preferences(self, **changes: Any) -> None:
        """Keep and save ``changes`` (the window's, once there is one)."""
        if self._window is not None:
            self._window.change_preferences(**changes)
            return
        updated = self._prefs.replace(**changes)
        if updated != self._prefs:
            self._prefs = updated
            if self._running:
                self._save_preferences(updated)

    def show_window(self) -> None:
        """Bring the window up (from the tray, or for a second start); the first time
        from the tray, it is built now."""
        self.window.bring_to_front()
        if self.tray is not None:
            self.tray.set_in_tray(False)

    def start_last_routine(self) -> None:
        """A reminder was clicked (or the tray's "Start last routine"): the window on the
        Map with the last routine loaded and its Start button focused. The session is not
        started: the person starts it when lying down, with Enter or a click."""
        from PySide6.QtCore import Qt

        self.show_window()
        run = self.window.run
        if run is not None and run.running:
            return  # already at it: nothing to change
        place = self.window.map_place()
        if not place.draft.steps:  # this run's own choice is the last one; else the history's
            routine = self.last_routine()
            if routine is not None:
                self.window.load_routine(routine)
        self.window.show_place(Place.MAP)
        place.routine.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def last_routine(self) -> Routine | None:
        """The routine of the last session, if it is a built-in or a saved one."""
        import sqlite3

        from holdpoint.storage.history import HistoryError

        store = self.open_history()
        if store is None:
            return None
        try:
            name = store.last_routine()
        except (HistoryError, sqlite3.Error) as error:
            log.warning("no last routine from the history: %s", error)
            return None
        known = [*self.routines, *self.routine_store.routines]
        return next((routine for routine in known if name and routine.name == name), None)

    def quit(self) -> None:
        """Quit from the tray: a running session ends as stopped, as when the window closes."""
        self._quitting = True
        if self._window is not None:
            self._window.close()
        self._quit()

    def _window_closing(self, event: QCloseEvent) -> None:
        """The window is closing: keep Holdpoint in the tray instead when the person chose
        to (asked once), there is a tray, and reminders are set."""
        if not self._quitting and self._keep_in_tray():
            assert self.tray is not None
            event.ignore()  # MainWindow hides itself
            self.app.setQuitOnLastWindowClosed(False)
            self.tray.set_in_tray(True)
        elif not self._quitting and not self.app.quitOnLastWindowClosed():
            self._quitting = True  # it has been in the tray: closed now, Holdpoint quits
            self._quit()

    def _keep_in_tray(self) -> bool:
        from holdpoint.core.preferences import KeepInTray

        prefs = self.prefs
        if self.tray is None or not self.tray.available() or not prefs.reminders.active:
            return False
        if prefs.keep_in_tray is KeepInTray.ASK:
            keep = self.ask_keep_in_tray(self.window)
            self.window.change_preferences(keep_in_tray=KeepInTray.YES if keep else KeepInTray.NO)
            return keep
        return prefs.keep_in_tray is KeepInTray.YES

    def ask_keep_in_tray(self, parent: QWidget) -> bool:
        """Ask once whether to keep running in the tray (tests answer for the person)."""
        from holdpoint.ui.tray import ask_keep_in_tray

        return ask_keep_in_tray(parent)

    def _reminded(self, _slot: object, shown: bool) -> None:
        """No notification could say it (no tray, no notification service): the window
        says it, and comes up if it was away."""
        if shown:
            return
        if self._window is not None and self._window.isVisible():
            self.window.show_problem(
                translate("TrayCompanion", "Time for Holdpoint: your reminder.")
            )
            self.app.alert(self.window)
        else:
            self.start_last_routine()

    def _reminders_changed(self, prefs: Preferences) -> None:
        """Reminders chosen or changed in Settings: the icon and the timer follow now."""
        if self.tray is not None and prefs.reminders != self.tray.plan:
            self.tray.check()

    def _start_at_login_changed(self, prefs: Preferences) -> None:
        if prefs.start_at_login != self._start_at_login:
            self._start_at_login = prefs.start_at_login
            self._set_start_at_login(prefs.start_at_login)

    def _set_start_at_login(self, wanted: bool) -> None:
        """Set up, or remove, starting at login, in the tray (see :mod:`holdpoint.autostart`)."""
        from holdpoint import autostart

        try:
            if wanted:
                autostart.enable(autostart.launch_command(self._autostart_extra))
            else:
                autostart.disable()
        except autostart.AutostartError as error:
            log.warning("%s", error)
            self._tell(str(error))
