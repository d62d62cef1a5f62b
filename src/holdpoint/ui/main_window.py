"""The main window: three places (Map, Session, History), menus, and the shortcuts for all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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
    from holdpoint.ui.session_host import SessionHost
    from holdpoint.ui.session_place import SessionPlace
    from holdpoint.ui.session_run import SessionRun
from holdpoint.ui import icons, theme
from holdpoint.ui.exports import ask_export_file, write_export
from holdpoint.ui.health_gate import HealthGate
from holdpoint.ui.map_place import MapPlace
from holdpoint.ui.navigation import AdviceBanner, MorningBanner, NavigationBar
from holdpoint.ui.screensaver import ScreenSaverInhibitor
from holdpoint.ui.widgets import refresh_scaled_text

_PLACE_TITLES = {Place.MAP: "&Map", Place.SESSION: "&Session", Place.HISTORY: "&History"}
_PLACE_TIPS = {
    Place.MAP: "Choose zones on the body diagram",
    Place.SESSION: "The hold timer",
    Place.HISTORY: "Pain ratings and sessions over time",
}
_THEME_TITLES = {Theme.SYSTEM: "Follow the &system", Theme.LIGHT: "&Light", Theme.DARK: "&Dark"}


def _with_shortcut(tip: str, action: QAction) -> str:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{tip} ({keys})" if keys else tip


class MainWindow(QMainWindow):
    """Holdpoint's window. It holds the preferences it shows and reports every change."""

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
        self.stack.setAccessibleName("Current place")

        self._create_actions()
        self._create_menus()
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
        self.saving = AdviceBanner(name="Not saved yet")
        layout.addWidget(self.saving)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.data_label = QLabel(f"Your data stays on this computer: {data_dir}")
        self.data_label.setAccessibleName("Data folder")
        self.statusBar().addWidget(self.data_label, 1)

        self._retint_icons()
        self.show_place(prefs.place)
        if prefs.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(prefs.window_geometry.encode("ascii")))

    # ----------------------------------------------------------------- actions and menus

    def _create_actions(self) -> None:
        self.place_actions: dict[Place, QAction] = {}
        group = QActionGroup(self)
        for number, place in enumerate(Place, start=1):
            action = QAction(_PLACE_TITLES[place], self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(_with_shortcut(_PLACE_TIPS[place], action))
            action.triggered.connect(lambda _checked=False, p=place: self.show_place(p))
            group.addAction(action)
            self.place_actions[place] = action

        self.finder_action = QAction("&Where does it hurt?", self)
        self.finder_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.finder_action.setToolTip(
            _with_shortcut("Mark where you feel pain to find the muscles", self.finder_action)
        )
        self.finder_action.triggered.connect(self.toggle_finder)

        self.floor_action = QAction("&Floor mode", self)
        self.floor_action.setCheckable(True)
        # F11 everywhere (the promise), plus the desktop's own full-screen keys.
        self.floor_action.setShortcuts(
            [QKeySequence("F11"), *QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)]
        )
        self.floor_action.setToolTip(
            _with_shortcut("The session full screen, big and high-contrast", self.floor_action)
        )
        self.floor_action.triggered.connect(lambda _checked=False: self.toggle_floor_mode())

        self.safety_action = QAction("S&afety", self)
        self.safety_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.safety_action.setToolTip(
            _with_shortcut("When not to use Holdpoint, and how hard to press", self.safety_action)
        )
        self.safety_action.triggered.connect(self.show_safety)

        self.health_action = QAction("&Health check…", self)
        self.health_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.health_action.setToolTip(
            _with_shortcut("The questions about your health, again", self.health_action)
        )
        self.health_action.triggered.connect(lambda: self.health_gate.ask())

        self.tools_action = QAction("Your &tools…", self)
        self.tools_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.tools_action.setToolTip(
            _with_shortcut("What you have to work with: ball, foam roller…", self.tools_action)
        )
        self.tools_action.triggered.connect(lambda: self.choose_tools())

        self.about_action = QAction(f"&About {APP_NAME}", self)
        self.about_action.triggered.connect(self.show_about)

        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(
            _with_shortcut(
                "Session, sound and voice, appearance, health and your data",
                self.settings_action,
            )
        )
        self.settings_action.triggered.connect(lambda: self.show_settings())
        self._settings: QDialog | None = None  # the Settings dialog while it is open

        self.export_action = QAction("&Export history as CSV…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self._ask_file("csv"))
        self.report_action = QAction("&Report for a clinician (PDF)…", self)
        self.report_action.setShortcut(QKeySequence("Ctrl+P"))
        self.report_action.triggered.connect(lambda: self._ask_file("pdf"))
        self.chart_action = QAction("Save the &chart as PNG…", self)
        self.chart_action.triggered.connect(lambda: self._ask_file("png"))

        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)

        self.larger_text_action = QAction("&Larger text", self)
        self.larger_text_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.larger_text_action.triggered.connect(lambda: self.change_text_scale(+1))
        self.smaller_text_action = QAction("S&maller text", self)
        self.smaller_text_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.smaller_text_action.triggered.connect(lambda: self.change_text_scale(-1))
        self.normal_text_action = QAction("&Normal text size", self)
        self.normal_text_action.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_text_action.triggered.connect(lambda: self.change_text_scale(0))

        self.theme_actions: dict[Theme, QAction] = {}
        theme_group = QActionGroup(self)
        for choice in Theme:
            action = QAction(_THEME_TITLES[choice], self)
            action.setCheckable(True)
            action.setChecked(choice is self.prefs.theme)
            action.triggered.connect(lambda _checked=False, t=choice: self.set_theme(t))
            theme_group.addAction(action)
            self.theme_actions[choice] = action

    def _create_menus(self) -> None:
        # Shortcuts must work with the menu bar hidden (floor mode): the window holds them too.
        self.addActions(
            [*self.place_actions.values(), self.finder_action, self.floor_action,
             self.safety_action, self.health_action, self.quit_action, self.settings_action,
             self.export_action, self.report_action, self.larger_text_action,
             self.smaller_text_action, self.normal_text_action]
        )  # fmt: skip
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.chart_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.tools_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view = bar.addMenu("&View")
        for action in self.place_actions.values():
            view.addAction(action)
        view.addAction(self.finder_action)
        view.addAction(self.floor_action)
        view.addSeparator()
        view.addAction(self.larger_text_action)
        view.addAction(self.smaller_text_action)
        view.addAction(self.normal_text_action)
        view.addSeparator()
        scheme = view.addMenu("&Colour scheme")
        for action in self.theme_actions.values():
            scheme.addAction(action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.health_action)
        help_menu.addAction(self.safety_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

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
        return place

    def _build_session(self) -> SessionPlace:
        from holdpoint.ui.session_place import SessionPlace  # built on first use

        place = SessionPlace(self.catalog, self.clock)
        place.floorModeRequested.connect(self.toggle_floor_mode)
        place.mapRequested.connect(lambda: self.show_place(Place.MAP))
        place.morningRated.connect(self.morningRated)
        return place

    def _build_history(self) -> QWidget:
        # Imported here: pyqtgraph and numpy load when History is first shown, not at start.
        from holdpoint.ui.history_place import HistoryPlace

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
            from holdpoint.ui.session_host import SessionHost

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
            self.show_problem("There is no history to export.")
            return False

        def chart() -> QWidget:
            self.show_place(Place.HISTORY)
            return self.place(Place.HISTORY).chart  # type: ignore[attr-defined]

        try:
            done = write_export(kind, path, store, self.catalog, chart)
        except OSError as error:
            self.show_problem(f"Could not export: {error}")
            return False
        self.statusBar().showMessage(f"Wrote {done}.", 10_000)
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
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            theme.set_text_scale(app, scale)
            refresh_scaled_text()
            changes["text_scale"] = scale
        self._update_prefs(**changes)
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
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.set_text_scale(app, scale)
        refresh_scaled_text()
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
            self.saving.show_advice("Not saved yet", message)

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
