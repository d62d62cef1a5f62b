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
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from holdpoint import APP_NAME, __version__
from holdpoint.cli import Options
from holdpoint.companion import TrayCompanion
from holdpoint.core.i18n import translate
from holdpoint.core.preferences import Place

if TYPE_CHECKING:
    from holdpoint.audio.player import CuePlayer
    from holdpoint.core.health import HealthCheck
    from holdpoint.core.preferences import Preferences
    from holdpoint.core.ratings import PainKind
    from holdpoint.core.routine import SideOrder
    from holdpoint.core.routines import Routine
    from holdpoint.instance import Request
    from holdpoint.storage.history import HistoryStore
    from holdpoint.ui.main_window import MainWindow
    from holdpoint.ui.session.run import SessionRun
    from holdpoint.ui.tray import Tray

log = logging.getLogger("holdpoint")


class Holdpoint(TrayCompanion):
    """One running Holdpoint: the application object, its settings and its window."""

    def __init__(
        self,
        options: Options,
        data_dir: Path,
        settings_path: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        from PySide6.QtWidgets import QApplication

        from holdpoint import assets, i18n
        from holdpoint.core.catalog import load_catalog
        from holdpoint.core.content_text import translate_catalog, translate_routines
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
        if options.language is not None:
            prefs = prefs.replace(language=options.language)
        #: This run's language ("en", "de"): chosen once, before anything shows a text.
        self.language = i18n.install(prefs.language)
        theme.apply(self.app, prefs.theme)
        theme.set_text_scale(self.app, prefs.text_scale)

        texts = i18n.content_texts()  # the catalog's words in that language (English: none)
        catalog = load_catalog(assets.resource_path("zones.toml"))
        routines = load_routines(assets.resource_path("routines.toml"), catalog)
        self.catalog = translate_catalog(catalog, texts)
        self.routines = translate_routines(routines, texts)
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
        self._starting = False  # --start: a session begins as soon as the sounds are ready
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
        from holdpoint.settings import shown

        for problem in self.settings.problems:  # found before the language was chosen
            window.show_problem(shown(problem))
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
        first_paint = self._first_paint = FirstPaint(window)
        if self._probe:  # bench/bundle.py: first, so that nothing below delays its report
            first_paint.painted.connect(report_and_quit)
        if not self._probe and not self._starting:  # a first start: check, tools, tour
            first_paint.painted.connect(window.welcome)
        first_paint.painted.connect(self.load_cues)
        first_paint.painted.connect(self.open_history)
        first_paint.painted.connect(lambda: QTimer.singleShot(WARM_UP_MS, self._warm_up_history))

    def run(self, probe: bool = False, started: Callable[[], None] | None = None) -> int:
        """Show the window (with --tray: the tray icon) and run until the window is closed
        (or Quit in the tray); preferences are saved as they change. ``probe``: report
        the first paint and quit (see :mod:`holdpoint.ui.first_paint`). ``started`` is
        called once Holdpoint is up: after the first paint (in the tray: at once)."""
        self._running, self._probe = True, probe
        if self._window is not None:
            self._wire(self._window)
        if self._cue_log is not None:
            self._watch_for_stalls()
        if self.start_in_tray and not probe:  # no window: built and shown when asked for
            tray = self.start_tray()
            self.app.setQuitOnLastWindowClosed(False)
            tray.set_in_tray(True)
            if not tray.available():
                log.info("no system tray yet: %s waits unseen; start it again to open it", APP_NAME)
            if started is not None:
                started()
        else:  # the tray icon and its reminders come after the first paint, too
            self._first_paint.painted.connect(self.start_tray)
            if started is not None:
                self._first_paint.painted.connect(started)
            self.window.show()
        self._start_at_login = self.prefs.start_at_login
        if self._start_at_login:  # set up again if it went missing
            from holdpoint import autostart

            if not autostart.is_enabled():
                self._set_start_at_login(True)
        try:
            return self.app.exec()
        finally:
            if self.tray is not None:
                self.tray.close()
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
            raise RoutineError(
                translate(
                    "Holdpoint", "{name}: no such routine file, and not a built-in ({known})"
                ).format(name=name, known=known)
            )
        self.window.load_routine(routine)
        if start:  # a shortcut that starts at once: no before-rating (the after one is asked)
            self._starting = True  # and no first-run tour over it (it waits for a plain start)
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
                self.window.show_problem(
                    translate("Holdpoint", "Your history cannot be opened: {error}").format(
                        error=error
                    )
                )
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
                self.window.show_problem(
                    translate("Holdpoint", "Your ratings could not be saved: {error}").format(
                        error=error
                    )
                )
        self._morning_session = None

    def _new_run(self, routine: Routine, order: SideOrder, ask_before: bool) -> SessionRun:
        """A session of ``routine`` fitted to the person (precautions, the first week's
        dose), wired to the history and the cues (the window owns it)."""
        from dataclasses import replace

        from holdpoint.core.catalog import Side
        from holdpoint.core.plan import plan_session
        from holdpoint.core.routine import arrange, get_ready_plan
        from holdpoint.ui.session.run import SessionRun

        prefs = self.window.prefs
        check = self.window.health
        store = self.open_history()
        steps = arrange(routine.steps, order)  # one side only: the plan fits what is done
        if not steps:
            if order.side is Side.LEFT:
                raise ValueError(
                    translate("Holdpoint", "Nothing to do on the left side in this routine.")
                )
            raise ValueError(
                translate("Holdpoint", "Nothing to do on the right side in this routine.")
            )
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
            raise ValueError(
                translate(
                    "Holdpoint", "Every zone of this routine is left out for you. {reason}"
                ).format(reason=plan.notes[0])
            )
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
            self.window.show_problem(
                translate("Holdpoint", "Your answers could not be saved: {error}").format(
                    error=error
                )
            )

    def _save_preferences(self, prefs: object) -> None:
        from holdpoint.settings import SettingsError

        try:
            self.settings.save(prefs)  # type: ignore[arg-type]
        except SettingsError as error:
            log.warning("%s", error)
            self._tell(
                translate("Holdpoint", "Your settings could not be saved: {error}").format(
                    error=error
                )
            )

    def _tell(self, message: str) -> None:
        """Show ``message`` in the window; in the tray, when the window is built."""
        if self._window is not None:
            self._window.show_problem(message)
        else:
            self.settings.problems.append(message)


#: With ``--cue-log``, a window that did not get to its timers for this long is logged.
STALL_S = 0.5
HEARTBEAT_S = 0.25

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
