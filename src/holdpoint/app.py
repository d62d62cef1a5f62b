"""Composition root and command line: builds the settings, the window and (later) the
store and the cue player, in that order, and wires them together.

Nothing else imports :mod:`holdpoint.ui`. The order matters: the data folder is checked
before Qt starts (so a bad folder costs no start-up), the QApplication exists before any
widget, and the theme and text size are applied before the window is built so that it
is laid out once.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from holdpoint import APP_NAME, __version__, cli
from holdpoint.cli import Options
from holdpoint.core.preferences import Place
from holdpoint.storage.datadir import DataDirError, prepare_data_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    from holdpoint.audio.player import CuePlayer
    from holdpoint.core.health import HealthCheck
    from holdpoint.core.preferences import Preferences
    from holdpoint.core.ratings import PainKind
    from holdpoint.core.routine import SideOrder
    from holdpoint.core.routines import Routine
    from holdpoint.instance import Request
    from holdpoint.storage.history import HistoryStore
    from holdpoint.ui.main_window import MainWindow
    from holdpoint.ui.session_run import SessionRun
    from holdpoint.ui.tray import Tray

log = logging.getLogger("holdpoint")


class Holdpoint:
    """One running Holdpoint: the application object, its settings and its window."""

    def __init__(
        self,
        options: Options,
        data_dir: Path,
        settings_path: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from PySide6.QtWidgets import QApplication

        from holdpoint import assets
        from holdpoint.core.catalog import load_catalog
        from holdpoint.core.routines import load_routines
        from holdpoint.settings import SettingsStore
        from holdpoint.storage.routine_store import RoutineStore
        from holdpoint.ui import theme

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
        self.routines = load_routines(assets.resource_path("routines.toml"), self.catalog)
        #: The one clock of the app: every timer and time-stamp of a session reads it.
        self.clock = clock
        self._speech_engine = None if options.speech_engine == "none" else options.speech_engine
        self._cue_log = options.cue_log
        self.player: CuePlayer | None = None  # built after the first paint: see load_cues()
        self.routine_store = RoutineStore(data_dir, self.catalog)
        self.data_dir = data_dir
        self.history: HistoryStore | None = None  # opened after the first paint
        self._morning_session: int | None = None
        #: Started with --tray: no window until it is asked for (see :attr:`window`).
        self.start_in_tray = options.tray
        #: The tray icon and the reminders (see :meth:`start_tray`).
        self.tray: Tray | None = None
        self._quitting = False
        self._quit: Callable[[], None] = self.app.quit
        self._autostart_extra = ["--data-dir", str(data_dir)] if options.data_dir else []
        self._start_at_login = False  # the preference as last applied (see run())
        self._running = False
        self._probe = False
        #: The preferences until the window is built (then the window's are the truth).
        self._prefs = prefs
        self._window: MainWindow | None = None
        if not options.tray:  # in the tray, the window (and all it loads) waits
            self._build_window()

    @property
    def window(self) -> MainWindow:
        """The main window, built the first time it is needed (at once, but in the tray)."""
        return self._window if self._window is not None else self._build_window()

    @property
    def prefs(self) -> Preferences:
        return self._window.prefs if self._window is not None else self._prefs

    def _build_window(self) -> MainWindow:
        from holdpoint.ui.main_window import MainWindow

        window = self._window = MainWindow(
            self._prefs,
            self.data_dir,
            self.catalog,
            self.routines,
            self.routine_store,
            self.open_history,
            new_run=self._new_run,
            clock=self.clock,
            health=self.settings.load_health(),
        )
        window.closing.connect(self._window_closing)
        window.healthAnswered.connect(self._save_health)
        window.morningRated.connect(self._rated_this_morning)
        if self._cue_log is not None:  # what the person was told goes to the log too
            window.problemShown.connect(lambda message: self._log_cue("notice", message))
        window.soundPlayerNeeded.connect(self.load_cues)
        for problem in self.settings.problems:
            window.show_problem(problem)
        if self._running:
            self._wire(window)
        return window

    def _wire(self, window: MainWindow) -> None:
        """What the running app needs of its window: saving, and the first paint."""
        from PySide6.QtCore import QTimer

        from holdpoint.ui.first_paint import FirstPaint, report_and_quit

        window.preferencesChanged.connect(self._save_preferences)
        window.preferencesChanged.connect(self._start_at_login_changed)
        window.preferencesChanged.connect(self._reminders_changed)
        # Cue sounds and the history load right after the first paint, off the start-up
        # path; History (and pyqtgraph) is built while the person looks at the Map, so
        # that showing it later costs only its data and painting.
        first_paint = FirstPaint(window)
        if self._probe:  # bench/bundle.py: first, so that nothing below delays its report
            first_paint.painted.connect(report_and_quit)
        first_paint.painted.connect(self.load_cues)
        first_paint.painted.connect(self.open_history)
        first_paint.painted.connect(lambda: QTimer.singleShot(WARM_UP_MS, self._warm_up_history))

    def run(self, probe: bool = False) -> int:
        """Show the window (with --tray: the tray icon) and run until the window is closed
        (or Quit in the tray); preferences are saved as they change. ``probe``: report
        the first paint and quit (see :mod:`holdpoint.ui.first_paint`)."""
        self._running, self._probe = True, probe
        if self._window is not None:
            self._wire(self._window)
        if self._cue_log is not None:
            self._watch_for_stalls()
        tray = self.start_tray()
        if self.start_in_tray and not probe:  # no window: built and shown when asked for
            self.app.setQuitOnLastWindowClosed(False)
            tray.set_in_tray(True)
            if not tray.available():
                log.info("no system tray yet: %s waits unseen; start it again to open it", APP_NAME)
        else:
            self.window.show()
        self._start_at_login = self.prefs.start_at_login
        if self._start_at_login:  # set up again if it went missing
            from holdpoint import autostart

            if not autostart.is_enabled():
                self._set_start_at_login(True)
        try:
            return self.app.exec()
        finally:
            tray.close()
            if self.player is not None:
                self.player.shutdown()
            if self.history is not None:
                self.history.close()

    def open_routine(self, name: str, start: bool) -> None:
        """--routine: a built-in id or a file; raises RoutineError for a bad one."""
        from PySide6.QtCore import QTimer

        from holdpoint.core.routines import RoutineError, load_routines

        by_id = {routine.id: routine for routine in self.routines}
        if name in by_id:
            routine = by_id[name]
        elif Path(name).is_file():
            routine = load_routines(Path(name), self.catalog)[0]
        else:
            known = ", ".join(by_id)
            raise RoutineError(f"{name}: no such routine file, and not a built-in ({known})")
        self.window.load_routine(routine)
        if start:  # a shortcut that starts at once: no before-rating (the after one is asked)
            # The first cue sounds at once: start when the sounds are ready (or after 3 s).
            self.load_cues()
            assert self.player is not None
            begin = _once(lambda: self.window.start_session(routine, ask_before=False))
            self.player.loaded.connect(begin)
            if self.player.is_loaded():
                begin()
            QTimer.singleShot(3000, begin)

    def handle_request(self, request: Request) -> None:
        """A second start on this history: do what it asked here, and come to the front."""
        from holdpoint.core.routines import RoutineError

        if request.tray and not request.place and not request.routine:
            return  # started at login while already running: nothing to show
        if request.place in {place.value for place in Place}:
            self.window.show_place(Place(request.place))
        if request.routine:
            try:
                self.open_routine(request.routine, request.start)
            except RoutineError as error:
                self.window.show_problem(str(error))
        self.show_window()

    # ------------------------------------------------------------------ the tray

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
            self.window.show_problem("Time for Holdpoint: your reminder.")
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

    def _warm_up_history(self) -> None:
        """Prepare History while the person looks at the Map, one step per turn of the
        event loop, so that a click or key press waits for one step at most, not all."""
        _in_turns(self._history_warm_up_steps())

    def _history_warm_up_steps(self) -> Iterator[None]:
        import numpy  # noqa: F401  (~110 ms: on its own, before pyqtgraph's ~250 ms)

        yield
        history = self.window.place(Place.HISTORY)  # pyqtgraph, then the place itself
        yield
        if self.window.current_place() is not Place.HISTORY:  # else it has just been shown
            history.warm_up()  # type: ignore[attr-defined]
        yield
        settle_garbage()

    def open_history(self) -> HistoryStore | None:
        """The history, opened (and backed up once a day) on first use; None if it cannot be."""
        if self.history is None:
            from holdpoint.storage.history import HistoryError, HistoryStore

            try:
                self.history = HistoryStore.open(self.data_dir)
                self.history.backup()
            except (HistoryError, OSError) as error:
                self.window.show_problem(f"Your history cannot be opened: {error}")
                return None
            if self.history.notice:
                self.window.show_problem(self.history.notice)
            self._advise(self.history)
            self._morning_session = self.history.next_morning_candidate(dt.date.today())
            if self._morning_session is not None:
                self.window.offer_next_morning()
        return self.history

    def _advise(self, store: HistoryStore) -> None:
        """Time to see someone, or a lighter dose next time: computed from the history,
        shown as a calm banner (the first that applies)."""
        from holdpoint.core.dose import lighter_dose_advice, see_someone_advice
        from holdpoint.storage.history import HistoryError

        try:
            summaries = store.summaries()
        except (HistoryError, ValueError) as error:  # the history says what, elsewhere
            log.warning("no advice from the history: %s", error)
            return
        advice = see_someone_advice(summaries, dt.date.today()) or lighter_dose_advice(summaries)
        if advice is not None:
            self.window.show_advice(advice.title, advice.text)

    def _rated_this_morning(self, values: dict[PainKind, int | None]) -> None:
        """Next-morning ratings go to the session of the day before."""
        store = self.open_history()
        if store is not None and self._morning_session is not None:
            from holdpoint.core.ratings import Moment
            from holdpoint.storage.history import HistoryError

            try:
                store.rate_many(self._morning_session, Moment.NEXT_MORNING, values)
            except HistoryError as error:
                self.window.show_problem(f"Your ratings could not be saved: {error}")
        self._morning_session = None

    def _new_run(self, routine: Routine, order: SideOrder, ask_before: bool) -> SessionRun:
        """A session of ``routine`` fitted to the person (precautions, the first week's
        dose), wired to the history and the cues (the window owns it)."""
        from dataclasses import replace

        from holdpoint.core.plan import plan_session
        from holdpoint.core.routine import arrange, get_ready_plan
        from holdpoint.ui.session_run import SessionRun

        prefs = self.window.prefs
        check = self.window.health
        store = self.open_history()
        steps = arrange(routine.steps, order)  # one side only: the plan fits what is done
        if not steps:
            raise ValueError(f"Nothing to do on the {order.side.value} side in this routine.")
        plan = plan_session(
            steps,
            check.in_effect() if check is not None else frozenset(),
            self.catalog,
            store.first_session_day() if store is not None else None,
            dt.date.today(),
            prefs.get_ready_s,
            prefs.get_ready_side_s,
            prefs.tools.chosen,
        )
        if not plan.steps:
            raise ValueError("Every zone of this routine is left out for you. " + plan.notes[0])
        run = SessionRun(
            replace(routine, steps=plan.steps),
            order,
            notes=plan.notes,
            store=self.open_history,
            # Holds the disk did not take yet: a banner until the recorder has them all.
            on_problem=lambda message: self.window.show_saving(
                message, all_saved=not run.recorder.waiting
            ),
            clock=self.clock,
            get_ready=lambda steps, first_side: get_ready_plan(
                steps, self.catalog, first_side, plan.long_s, plan.short_s, plan.ways
            ),
            ask_before=ask_before,
            parent=self.window,
        )
        run.eventsDue.connect(self._cue)
        return run

    def load_cues(self) -> None:
        """Create the cue player (imports QtMultimedia) and preload its sounds."""
        if self.player is not None:
            return
        from holdpoint.audio.player import CuePlayer

        self.player = CuePlayer(self._speech_engine, self._log_cue, parent=self.app)
        self.player.problemChanged.connect(self.window.show_problem)
        self.player.load()
        self.player.apply(self.window.prefs)
        self.window.player = self.player

    def _cue(self, events: list) -> None:
        if self.player is not None:
            self.player.handle(events, self.catalog)

    def _watch_for_stalls(self) -> None:
        """With ``--cue-log``: note every stall of the window over half a second (a timer
        that fires four times a second came late)."""
        from PySide6.QtCore import QTimer

        last = self.clock()

        def beat() -> None:
            nonlocal last
            now = self.clock()
            late = now - last - HEARTBEAT_S
            if late > STALL_S:
                self._log_cue("stall", f"{late * 1000:.0f} ms")
            last = now

        heartbeat = QTimer(self.app)
        heartbeat.timeout.connect(beat)
        heartbeat.start(round(HEARTBEAT_S * 1000))

    def _log_cue(self, kind: str, text: str) -> None:
        if self._cue_log is None:
            return
        try:
            with open(self._cue_log, "a", encoding="utf-8") as log_file:
                log_file.write(f"{kind}\t{text}\n")
        except OSError as error:
            log.warning("cannot write the cue log %s: %s", self._cue_log, error)

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

    def _save_health(self, check: HealthCheck) -> None:
        from holdpoint.settings import SettingsError

        try:
            self.settings.save_health(check)
        except SettingsError as error:
            log.warning("%s", error)
            self.window.show_problem(f"Your answers could not be saved: {error}")

    def _save_preferences(self, prefs: object) -> None:
        from holdpoint.settings import SettingsError

        try:
            self.settings.save(prefs)  # type: ignore[arg-type]
        except SettingsError as error:
            log.warning("%s", error)
            self._tell(f"Your settings could not be saved: {error}")

    def _tell(self, message: str) -> None:
        """Show ``message`` in the window; in the tray, when the window is built."""
        if self._window is not None:
            self._window.show_problem(message)
        else:
            self.settings.problems.append(message)


#: With ``--cue-log``, a window that did not get to its timers for this long is logged.
STALL_S = 0.5
HEARTBEAT_S = 0.25

#: The hidden first argument that makes this program the speech helper process.
SPEECH_HELPER = "speech-helper"

#: When, after the window is shown, the History place is built in the background.
WARM_UP_MS = 1500


def _in_turns(steps: Iterator[None]) -> None:
    """Run ``steps`` up to its next ``yield`` now, and each further step on a later turn
    of the event loop, after the input and paint events that came in meanwhile."""
    from PySide6.QtCore import QTimer

    def turn() -> None:
        if next(steps, StopIteration) is not StopIteration:
            QTimer.singleShot(0, turn)

    turn()


def settle_garbage() -> None:
    """Start-up is over: collect once, then set everything alive now (modules, Qt
    wrappers, pyqtgraph, the catalog) aside from the cycle collector. Its full passes then
    walk only what is new: they had paused a showing of History by 25–30 ms, and would
    pause a cue as much. Frozen objects are still freed by reference counting."""
    gc.collect()
    gc.freeze()


def _once(action: Callable[[], object]) -> Callable[[], None]:
    """``action``, to be run the first time the returned function is called, never again."""
    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    return run


#: Qt messages that say nothing a person or a developer can act on.
_HARMLESS_QT_MESSAGES = (
    "does not support propagateSizeHints",  # the offscreen platform, in --screenshot
    "pipewire",  # QtMultimedia probing for PipeWire before PulseAudio
    "pa_context_connect() failed",  # no sound server: the cue player says so in words
    "playback of this format is not supported",  # likewise, once per cue
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
    os.umask(0o077)  # every file and folder Holdpoint makes is the person's alone
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == [SPEECH_HELPER]:
        # The speech helper process the cue player starts (see holdpoint.audio.speech).
        from holdpoint.audio.speech_helper import main as speech_helper_main

        return speech_helper_main(args[1:])
    logging.basicConfig(level=logging.WARNING, format="holdpoint: %(levelname)s: %(message)s")
    options = cli.parse(args)
    from holdpoint import crash

    log_file = crash.start_logging()
    crash.install_excepthook()
    if isinstance(options, cli.Command):
        from holdpoint.commands import run_command

        return run_command(options)
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
    from holdpoint.core.routines import RoutineError

    _route_qt_messages()
    instance = None
    if options.screenshot is None:  # a window: one per history
        from PySide6.QtWidgets import QApplication

        from holdpoint.instance import AlreadyRunning, Instance, request_from

        QApplication([sys.argv[0]])  # the local socket needs the event dispatcher
        instance = Instance(data_dir)
        place = options.place.value if options.place is not None else None
        request = request_from(place, options.routine, options.start, options.tray)
        if instance.hand_over(request):
            return 0  # the window already open on this history took it over
        try:
            instance.claim()
        except AlreadyRunning as error:
            print(f"holdpoint: {error}", file=sys.stderr)
            return 1
    try:
        holdpoint = Holdpoint(options, data_dir)
    except (CatalogError, RoutineError, ResourceError) as error:
        # A damaged installation: say exactly which file and line, and stop.
        print(f"holdpoint: the installation is damaged: {error}", file=sys.stderr)
        return 1
    if options.routine:
        try:
            holdpoint.open_routine(options.routine, options.start)
        except RoutineError as error:
            print(f"holdpoint: {error}", file=sys.stderr)
            return 2
    if options.screenshot is not None:
        return holdpoint.screenshot(options.screenshot, options.size)
    from holdpoint.ui.crash_dialog import CrashReporter
    from holdpoint.ui.first_paint import PROBE_ENV

    reporters: list[CrashReporter] = []  # one, over the window (built then, in the tray)

    def show_report(report: str) -> None:
        if not reporters:
            reporters.append(CrashReporter(holdpoint.window, log_file.parent if log_file else None))
        reporters[0].show(report)

    crash.install_excepthook(show_report)
    if instance is not None:
        instance.requested.connect(holdpoint.handle_request)
    try:
        return holdpoint.run(probe=bool(os.environ.get(PROBE_ENV)))
    finally:
        if instance is not None:
            instance.release()
