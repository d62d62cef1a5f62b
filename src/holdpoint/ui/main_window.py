"""The main window: three places (Map, Session, History), menus, and the shortcuts for all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from holdpoint import APP_NAME
from holdpoint.core.catalog import Catalog
from holdpoint.core.health import HealthCheck
from holdpoint.core.preferences import (
    TEXT_SCALE_STEP,
    Place,
    Preferences,
    Theme,
    clamp_text_scale,
)
from holdpoint.core.routine import SideOrder
from holdpoint.core.routines import Routine
from holdpoint.storage.routine_store import RoutineStore

if TYPE_CHECKING:
    from holdpoint.audio.player import CuePlayer
    from holdpoint.storage.history import HistoryStore
    from holdpoint.ui.session.host import SessionHost
    from holdpoint.ui.session.place import SessionPlace
    from holdpoint.ui.session.run import SessionRun
    from holdpoint.ui.tour import TourCard
from holdpoint.ui import icons, theme
from holdpoint.ui.exports import ask_export_file, write_export
from holdpoint.ui.health_gate import HealthGate
from holdpoint.ui.map.place import MapPlace
from holdpoint.ui.navigation import AdviceBanner, MorningBanner, NavigationBar
from holdpoint.ui.session.screensaver import ScreenSaverInhibitor
from holdpoint.ui.window_actions import create_actions, create_menus
from holdpoint.ui.window_fit import TextFit, first_geometry


class MainWindow(QMainWindow):
    """Holdpoint's window. It holds the preferences it shows and reports every change."""

    # The actions, made by holdpoint.ui.window_actions.create_actions().
    place_actions: dict[Place, QAction]
    theme_actions: dict[Theme, QAction]
    finder_action: QAction
    floor_action: QAction
    safety_action: QAction
    health_action: QAction
    tools_action: QAction
    about_action: QAction
    tour_action: QAction
    settings_action: QAction
    export_action: QAction
    report_action: QAction
    chart_action: QAction
    quit_action: QAction
    larger_text_action: QAction
    smaller_text_action: QAction
    normal_text_action: QAction
    start_action: QAction

    #: Emitted with the new preferences whenever the person changes one.
    preferencesChanged = Signal(object)
    #: The sound settings were asked for before the cue player was built.
    soundPlayerNeeded = Signal()
    #: The person answered the health check: the new :class:`HealthCheck`, to keep.
    healthAnswered = Signal(object)
    #: A message was shown to the person (see :meth:`show_problem`).
    problemShown = Signal(str)
    #: Next-morning ratings from the Session place: {PainKind: int|None}.
    morningRated = Signal(dict)

    def __init__(
        self,
        prefs: Preferences,
        data_dir: Path,
        catalog: Catalog,
        routines: tuple[Routine, ...] = (),
        routine_store: RoutineStore | None = None,
        history: Callable[[], HistoryStore | None] = lambda: None,
        *,
        new_run: Callable[[Routine, SideOrder, bool], SessionRun],
        clock: Callable[[], float],
        health: HealthCheck | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.health_gate = HealthGate(catalog, health, self)
        self.health_gate.changed.connect(self._health_changed)
        self.prefs = prefs
        self.data_dir = data_dir
        self.catalog = catalog
        self.clock = clock
        self._new_run = new_run
        self.screensaver = ScreenSaverInhibitor()
        self._sessions: SessionHost | None = None  # built at the first start
        self.player: CuePlayer | None = None  # set by the composition root after first paint
        self.routines = routines
        self.history = history
        self.routine_store = routine_store or RoutineStore(data_dir, catalog)
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        self.setMinimumSize(760, 520)

        # Places are built when first shown: start-up pays only for the one on screen.
        self._place_factories: dict[Place, Callable[[], QWidget]] = {
            Place.MAP: self._build_map,
            Place.SESSION: self._build_session,
            Place.HISTORY: self._build_history,
        }
        self._places: dict[Place, QWidget] = {}
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Current place"))

        self._settings: QDialog | None = None  # the Settings dialog while it is open
        self.tour: TourCard | None = None  # the first-run tour while it is shown
        create_actions(self)
        create_menus(self)
        self.navigation = NavigationBar(list(self.place_actions.values()), self.safety_action)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        self.morning = MorningBanner()
        self.morning.hide()
        self.morning.rate.clicked.connect(self._rate_this_morning)
        self.morning.later.clicked.connect(self.morning.hide)
        layout.addWidget(self.morning)
        self.advice = AdviceBanner()
        layout.addWidget(self.advice)
        #: Holds of this session not written yet (a full or read-only disk): stays until
        #: they are (see :meth:`show_saving`).
        self.saving = AdviceBanner(name=self.tr("Not saved yet"))
        layout.addWidget(self.saving)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.data_label = QLabel(
            self.tr("Your data stays on this computer: {folder}").format(folder=data_dir)
        )
        self.data_label.setAccessibleName(self.tr("Data folder"))
        self.statusBar().addWidget(self.data_label, 1)

        self._retint_icons()
        self.text_fit = TextFit(self, prefs.text_scale)
        self.show_place(prefs.place)
        if prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(prefs.window_geometry.encode("ascii")))
        else:  # the first start: most of the screen, centred
            screen = self.screen() or QApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(first_geometry(screen.availableGeometry()))

    # ----------------------------------------------------------------- actions and menus

    def _retint_icons(self) -> None:
        a = theme.accents_for(self.palette())
        text = self.palette().windowText().color()
        for place, action in self.place_actions.items():
            action.setIcon(icons.icon(place.value, text, a.on_primary))
        self.safety_action.setIcon(icons.icon("safety", a.warning_text))
        self.setWindowIcon(icons.icon("holdpoint"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._retint_icons()
        super().changeEvent(event)

    # ------------------------------------------------------------------------- behaviour

    def _build_map(self) -> MapPlace:
        place = MapPlace(
            self.catalog,
            self.routines,
            show_safety=not self.prefs.safety_acknowledged,
            store=self.routine_store,
        )
        if self.routine_store.problem:
            self.show_problem(self.routine_store.problem)
        place.safetyRequested.connect(self.show_safety)
        place.safetyAcknowledged.connect(lambda: self._update_prefs(safety_acknowledged=True))
        place.startRequested.connect(self.start_session)
        place.refused.connect(self.show_problem)
        place.set_excluded(*self.health_gate.fit(self.prefs.tools.chosen))
        place.apply_preferences(self.prefs)
        return place

    def _build_session(self) -> SessionPlace:
        from holdpoint.ui.session.place import SessionPlace  # built on first use

        place = SessionPlace(self.catalog, self.clock)
        place.floorModeRequested.connect(self.toggle_floor_mode)
        place.mapRequested.connect(lambda: self.show_place(Place.MAP))
        place.morningRated.connect(self.morningRated)
        place.apply_preferences(self.prefs)
        return place

    def _build_history(self) -> QWidget:
        # Imported here: pyqtgraph and numpy load when History is first shown, not at start.
        from holdpoint.ui.history.place import HistoryPlace

        return HistoryPlace(self.data_dir, self.catalog, self.history)

    def session_place(self) -> SessionPlace:
        return self.place(Place.SESSION)  # type: ignore[return-value]

    def map_place(self) -> MapPlace:
        place = self.place(Place.MAP)
        assert isinstance(place, MapPlace)
        return place

    def load_routine(self, routine: Routine) -> None:
        self.map_place().load_routine(routine)
        self.show_place(Place.MAP)

    def start_session(
        self, routine: Routine, order: SideOrder = SideOrder.LEFT_FIRST, ask_before: bool = True
    ) -> None:
        """Start ``routine`` (F5, the Map's Start button, ``--start``), asking first while
        another session runs (see :class:`SessionHost`)."""
        self.health_gate.then(
            lambda: self.choose_tools(lambda: self.sessions().start(routine, order, ask_before))
        )

    def welcome(self) -> None:
        """The first start: the health check, then the person's tools, then the tour;
        each only if not done yet (a check cancelled now is asked at the first start)."""
        if self.prefs.tour_seen or (self.run is not None and self.run.running):
            return
        self.health_gate.then(lambda: self.choose_tools(self._start_tour))

    def show_tour(self) -> TourCard:
        """Help > Show the tour: three steps over the Map, the Session and the History."""
        from holdpoint.ui.tour import TourCard

        if self.tour is not None:
            self.tour.go(0)
            return self.tour
        tour = self.tour = TourCard(self.show_place, self)
        tour.finished.connect(self._tour_finished)
        tour.start()
        return tour

    def _start_tour(self) -> None:
        self.show_tour()

    def _tour_finished(self) -> None:
        self.tour = None
        self._update_prefs(tour_seen=True)

    def start_from_map(self) -> None:
        """Routine > Start session (F5), from any place: the routine on the Map."""
        place = self.map_place()
        if not place.request_start():
            self.show_place(Place.MAP)
            self.show_problem(place.start_disabled_why())

    def session_running(self) -> bool:
        """A session is on the Session place, holding the Session menu's keys."""
        session = self._places.get(Place.SESSION)
        return session is not None and self.session_place().keys_active()

    def session_control(self, name: str) -> None:
        """The Session menu: what the key ``name`` names does on the Session place."""
        if self.session_running():
            self.session_place().control(name)

    def choose_tools(self, then: Callable[[], None] | None = None) -> None:
        """File > Your tools; with ``then`` (a start), ask only if never chosen, and run
        ``then`` once the person has chosen."""
        if then is not None and self.prefs.tools:
            then()
            return
        from holdpoint.ui.tools_dialog import ToolsDialog

        dialog = ToolsDialog(self.catalog, self.prefs.tools, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            self._update_prefs(tools=dialog.chosen())
            self._fit_map()
            if then is not None:
                then()

        dialog.accepted.connect(chosen)
        dialog.open()

    def _fit_map(self) -> None:
        if Place.MAP in self._places:
            self.map_place().set_excluded(*self.health_gate.fit(self.prefs.tools.chosen))

    def sessions(self) -> SessionHost:
        """The holder of the current session, built at the first start (off start-up)."""
        if self._sessions is None:
            from holdpoint.ui.session.host import SessionHost

            self._sessions = SessionHost(
                self._new_run, self.session_place, self._show_session, self.show_problem,
                self.screensaver, self,
            )  # fmt: skip
        return self._sessions

    @property
    def health(self) -> HealthCheck | None:
        """The person's last health check (None before the first)."""
        return self.health_gate.check

    def _health_changed(self, check: HealthCheck) -> None:
        self.healthAnswered.emit(check)
        self._fit_map()

    @property
    def run(self) -> SessionRun | None:
        """The session the Session place shows, if any."""
        return self._sessions.run if self._sessions is not None else None

    def _show_session(self) -> None:
        self.show_place(Place.SESSION)

    def show_advice(self, title: str, text: str) -> None:
        """A calm suggestion about the dose or about seeing someone (never a block)."""
        self.advice.show_advice(title, text)

    def offer_next_morning(self) -> None:
        """Show the "how is it this morning?" banner (it never blocks anything)."""
        self.morning.show()

    def _rate_this_morning(self) -> None:
        self.morning.hide()
        self.show_place(Place.SESSION)
        self.session_place().ask_next_morning()

    def toggle_floor_mode(self) -> None:
        """F11: the session alone, full screen, high contrast; F11 again to leave."""
        floor = not self.floor_action.property("floor")  # our state, not the WM's report
        for widget in (self.menuBar(), self.navigation, self.statusBar()):
            widget.setVisible(not floor)
        place = self.session_place()
        place.setAutoFillBackground(floor)
        place.set_floor(floor)
        if floor:
            self.show_place(Place.SESSION)
            place.setPalette(theme.floor_palette())
            self.showFullScreen()
        else:
            place.setPalette(self.palette())
            self.showNormal()
        self.activateWindow()  # keep the keyboard: F11 again must reach us
        place.setFocus()
        self.floor_action.setProperty("floor", floor)
        self.floor_action.setChecked(floor)

    def place(self, place: Place) -> QWidget:
        """The widget of ``place``, built on first use."""
        widget = self._places.get(place)
        if widget is None:
            widget = self._places[place] = self._place_factories[place]()
            self.stack.addWidget(widget)
        return widget

    def built_place(self, place: Place) -> QWidget | None:
        """The widget of ``place`` if it has been built, else None (nothing is built)."""
        return self._places.get(place)

    def current_place(self) -> Place:
        widget = self.stack.currentWidget()
        return next(place for place, w in self._places.items() if w is widget)

    def show_place(self, place: Place) -> None:
        self.stack.setCurrentWidget(self.place(place))
        self.place_actions[place].setChecked(True)
        self._update_prefs(place=place)

    def toggle_finder(self) -> None:
        """Ctrl+F from anywhere: the Map, switched to or from “Where does it hurt?”."""
        place = self.place(Place.MAP)
        assert isinstance(place, MapPlace)
        self.show_place(Place.MAP)
        place.toggle_finder()

    # Dialogs are imported when first asked for, to keep them off the start-up path.

    def show_safety(self) -> None:
        from holdpoint.ui.safety_dialog import SafetyDialog

        self._open_dialog(SafetyDialog(self))

    # ------------------------------------------------------------------ exports

    def _ask_file(self, kind: str) -> None:
        ask_export_file(self, kind, lambda path: self.export(kind, path))

    def export(self, kind: str, path: Path) -> bool:
        """Write the CSV files, the PDF report or the chart picture; report how it went."""
        store = self.history()
        if store is None:
            self.show_problem(self.tr("There is no history to export."))
            return False

        def chart() -> QWidget:
            self.show_place(Place.HISTORY)
            return self.place(Place.HISTORY).chart  # type: ignore[attr-defined]

        try:
            done = write_export(kind, path, store, self.catalog, chart)
        except OSError as error:
            self.show_problem(self.tr("Could not export: {error}").format(error=error))
            return False
        self.statusBar().showMessage(done, 10_000)
        return True

    def show_settings(self, page: str | None = None) -> QWidget:
        """File > Settings (Ctrl+,), on ``page`` (a title of ``ui.settings.PAGES``) if
        given; an open one comes to the front. Returns the page shown."""
        from holdpoint.ui.settings import SettingsDialog

        dialog = self._settings
        if not isinstance(dialog, SettingsDialog):
            dialog = SettingsDialog(self)
            self._settings = dialog
            dialog.finished.connect(lambda _result: setattr(self, "_settings", None))
            self._open_dialog(dialog)
        else:
            dialog.raise_()
            dialog.activateWindow()
        if page is not None:
            return dialog.show_page(page)
        return dialog.page(dialog.current_title())

    def show_sound_settings(self) -> QWidget:
        """Settings, on its Sound and voice page (where Sound and voice used to be)."""
        from holdpoint.ui.settings.dialog import SOUND

        return self.show_settings(SOUND)

    def change_preferences(self, **changes: object) -> None:
        """A setting changed in Settings: applied at once (the colour scheme and the text
        size as the View menu applies them), kept, saved, and given to the player."""
        scheme = changes.pop("theme", None)
        if isinstance(scheme, Theme) and scheme is not self.prefs.theme:
            self.set_theme(scheme)
        scale = changes.pop("text_scale", None)
        if isinstance(scale, float | int) and scale != self.prefs.text_scale:
            scale = clamp_text_scale(float(scale))
            self.text_fit.set_scale(scale)
            changes["text_scale"] = scale
        self._update_prefs(**changes)
        for built in self._places.values():  # Settings > Session: the Map and the Session
            if hasattr(built, "apply_preferences"):
                built.apply_preferences(self.prefs)
        if self.player is not None:
            self.player.apply(self.prefs)

    def show_about(self) -> None:
        from holdpoint.ui.about import AboutDialog

        self._open_dialog(AboutDialog(self.data_dir, self))

    def _open_dialog(self, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal without blocking the event loop; it deletes itself."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def set_theme(self, choice: Theme) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply(app, choice)
        self.theme_actions[choice].setChecked(True)
        self._update_prefs(theme=choice)

    def change_text_scale(self, direction: int) -> None:
        """Make text larger (+1), smaller (-1) or the normal size (0)."""
        step = direction * TEXT_SCALE_STEP
        scale = 1.0 if direction == 0 else clamp_text_scale(self.prefs.text_scale + step)
        self.text_fit.set_scale(scale)
        self._update_prefs(text_scale=scale)

    def _update_prefs(self, **changes: object) -> None:
        updated = self.prefs.replace(**changes)
        if updated != self.prefs:
            self.prefs = updated
            self.preferencesChanged.emit(updated)

    def show_saving(self, message: str, all_saved: bool) -> None:
        """The session's recorder could not write (``all_saved`` False: a banner stays
        until it can) or has written everything it kept (the banner goes)."""
        self.show_problem(message)
        if all_saved:
            self.saving.hide()
        else:
            self.saving.show_advice(self.tr("Not saved yet"), message)

    def bring_to_front(self) -> None:
        """Show the window over the others (a second start on this history asked)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_problem(self, message: str) -> None:
        """Tell the person about something that went wrong but did not stop the app."""
        self.statusBar().showMessage(message, 15_000)
        self.problemShown.emit(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closing.emit(event)  # ignored: Holdpoint stays in the tray (see app.py)
        if self._sessions is not None:  # a running session ends as stopped, its holds kept
            self._sessions.close()
        if self.isVisible():  # else it was kept when the window went to the tray
            geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            self._update_prefs(window_geometry=geometry)
        if not event.isAccepted():  # kept in the tray: put away, not closed
            self.hide()
            return
        super().closeEvent(event)

    #: The window is about to close: the QCloseEvent, which a slot may ignore to keep
    #: Holdpoint running in the tray (the window then hides instead).
    closing = Signal(object)
