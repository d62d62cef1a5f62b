"""The main window's actions and its menu bar: every action in a menu, with its shortcut.

The actions are the window's own attributes (``window.floor_action`` …); this module
only makes them and lays out the menus, so that :mod:`holdpoint.ui.main_window` keeps to
what the window does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from holdpoint import APP_NAME
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import Place, Theme

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

# The menus' texts are the window's: marked in the context "MainWindow".
translate = QCoreApplication.translate

_PLACE_TITLES = {
    Place.MAP: QT_TRANSLATE_NOOP("MainWindow", "&Map"),
    Place.SESSION: QT_TRANSLATE_NOOP("MainWindow", "&Session"),
    Place.HISTORY: QT_TRANSLATE_NOOP("MainWindow", "&History"),
}
_PLACE_TIPS = {
    Place.MAP: QT_TRANSLATE_NOOP("MainWindow", "Choose zones on the body diagram"),
    Place.SESSION: QT_TRANSLATE_NOOP("MainWindow", "The hold timer"),
    Place.HISTORY: QT_TRANSLATE_NOOP("MainWindow", "Pain ratings and sessions over time"),
}
_THEME_TITLES = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("MainWindow", "Follow the &system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
}

#: The Session menu: the controls of a running session, by the keys the Session place
#: holds (see :class:`holdpoint.ui.session.place.SessionPlace`); the texts are marked in
#: the context "MainWindow".
SESSION_CONTROLS = (
    ("pause", QT_TRANSLATE_NOOP("MainWindow", "&Pause or go on"), "Space"),
    ("next", QT_TRANSLATE_NOOP("MainWindow", "&Next part"), "Right"),
    ("back", QT_TRANSLATE_NOOP("MainWindow", "&Back: restart this hold"), "Left"),
    ("extend", QT_TRANSLATE_NOOP("MainWindow", "&Longer: add to this hold"), "+"),
    ("ease", QT_TRANSLATE_NOOP("MainWindow", "&Too sharp: let go"), "E"),
    ("stop", QT_TRANSLATE_NOOP("MainWindow", "&Stop the session"), "Esc"),
)


def _shown(text: str) -> str:
    """One of the texts marked above, in the chosen language."""
    return localized("MainWindow", text)


def _with_shortcut(tip: str, action: QAction) -> str:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if not keys:
        return tip
    return translate("MainWindow", "{tip} ({keys})").format(tip=tip, keys=keys)


def _fill_edit_menu(window: MainWindow, menu: QMenu, stand_ins: tuple[QAction, ...]) -> None:
    """Undo and Redo of History (deleting a session), once History is built."""
    history = window.built_place(Place.HISTORY)
    actions = [getattr(history, "undo_action", None), getattr(history, "redo_action", None)]
    menu.clear()
    menu.addActions([a for a in actions if isinstance(a, QAction)] or list(stand_ins))


def _fill_routine_menu(window: MainWindow, menu: QMenu) -> None:
    """Start, then the Map's Routines menu: ready-made, the person's own, files."""
    menu.clear()
    menu.addAction(window.start_action)
    menu.addSeparator()
    for action in window.map_place().routine_menu.menu.actions():
        menu.addAction(action)


def create_actions(window: MainWindow) -> None:
    """The window's actions, each with its shortcut (held by the window too, so that
    they work with the menu bar hidden in floor mode) and a tip that names it."""
    window.place_actions = {}
    group = QActionGroup(window)
    for number, place in enumerate(Place, start=1):
        action = QAction(_shown(_PLACE_TITLES[place]), window)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setToolTip(_with_shortcut(_shown(_PLACE_TIPS[place]), action))
        action.triggered.connect(lambda _checked=False, p=place: window.show_place(p))
        group.addAction(action)
        window.place_actions[place] = action

    window.finder_action = QAction(translate("MainWindow", "&Where does it hurt?"), window)
    window.finder_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    window.finder_action.setToolTip(
        _with_shortcut(
            translate("MainWindow", "Mark where you feel pain to find the muscles"),
            window.finder_action,
        )
    )
    window.finder_action.triggered.connect(window.toggle_finder)

    window.floor_action = QAction(translate("MainWindow", "&Floor mode"), window)
    window.floor_action.setCheckable(True)
    # F11 everywhere (the promise), plus the desktop's own full-screen keys.
    window.floor_action.setShortcuts(
        [QKeySequence("F11"), *QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)]
    )
    window.floor_action.setToolTip(
        _with_shortcut(
            translate("MainWindow", "The session full screen, big and high-contrast"),
            window.floor_action,
        )
    )
    window.floor_action.triggered.connect(lambda _checked=False: window.toggle_floor_mode())

    window.safety_action = QAction(translate("MainWindow", "S&afety"), window)
    window.safety_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    window.safety_action.setToolTip(
        _with_shortcut(
            translate("MainWindow", "When not to use Holdpoint, and how hard to press"),
            window.safety_action,
        )
    )
    window.safety_action.triggered.connect(window.show_safety)

    window.health_action = QAction(translate("MainWindow", "&Health check…"), window)
    window.health_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    window.health_action.setToolTip(
        _with_shortcut(
            translate("MainWindow", "The questions about your health, again"),
            window.health_action,
        )
    )
    window.health_action.triggered.connect(lambda: window.health_gate.ask())

    window.tools_action = QAction(translate("MainWindow", "Your &tools…"), window)
    window.tools_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    window.tools_action.setToolTip(
        _with_shortcut(
            translate("MainWindow", "What you have to work with: ball, foam roller…"),
            window.tools_action,
        )
    )
    window.tools_action.triggered.connect(lambda: window.choose_tools())

    window.tour_action = QAction(translate("MainWindow", "Show the &tour"), window)
    window.tour_action.setToolTip(
        translate("MainWindow", "The Map, the Session and your history in three short steps")
    )
    window.tour_action.triggered.connect(lambda: window.show_tour())

    window.about_action = QAction(
        translate("MainWindow", "&About {app}").format(app=APP_NAME), window
    )
    window.about_action.triggered.connect(window.show_about)

    window.settings_action = QAction(translate("MainWindow", "&Settings…"), window)
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if window.settings_action.shortcut().isEmpty():
        window.settings_action.setShortcut(QKeySequence("Ctrl+,"))
    window.settings_action.setToolTip(
        _with_shortcut(
            translate("MainWindow", "Session, sound and voice, appearance, health and your data"),
            window.settings_action,
        )
    )
    window.settings_action.triggered.connect(lambda: window.show_settings())

    window.export_action = QAction(translate("MainWindow", "&Export history as CSV…"), window)
    window.export_action.setShortcut(QKeySequence("Ctrl+E"))
    window.export_action.triggered.connect(lambda: window._ask_file("csv"))
    window.report_action = QAction(
        translate("MainWindow", "&Report for a clinician (PDF)…"), window
    )
    window.report_action.setShortcut(QKeySequence("Ctrl+P"))
    window.report_action.triggered.connect(lambda: window._ask_file("pdf"))
    window.chart_action = QAction(translate("MainWindow", "Save the &chart as PNG…"), window)
    window.chart_action.triggered.connect(lambda: window._ask_file("png"))

    window.quit_action = QAction(translate("MainWindow", "&Quit"), window)
    window.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    window.quit_action.triggered.connect(window.close)

    window.larger_text_action = QAction(translate("MainWindow", "&Larger text"), window)
    window.larger_text_action.setShortcuts(
        [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
    )
    window.larger_text_action.triggered.connect(lambda: window.change_text_scale(+1))
    window.smaller_text_action = QAction(translate("MainWindow", "S&maller text"), window)
    window.smaller_text_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
    window.smaller_text_action.triggered.connect(lambda: window.change_text_scale(-1))
    window.normal_text_action = QAction(translate("MainWindow", "&Normal text size"), window)
    window.normal_text_action.setShortcut(QKeySequence("Ctrl+0"))
    window.normal_text_action.triggered.connect(lambda: window.change_text_scale(0))

    window.start_action = QAction(translate("MainWindow", "&Start session"), window)
    window.start_action.setShortcut(QKeySequence("F5"))
    window.start_action.setToolTip(
        _with_shortcut(
            translate("MainWindow", "Start a guided session of the routine on the Map"),
            window.start_action,
        )
    )
    window.start_action.triggered.connect(window.start_from_map)

    window.theme_actions = {}
    theme_group = QActionGroup(window)
    for choice in Theme:
        action = QAction(_shown(_THEME_TITLES[choice]), window)
        action.setCheckable(True)
        action.setChecked(choice is window.prefs.theme)
        action.triggered.connect(lambda _checked=False, t=choice: window.set_theme(t))
        theme_group.addAction(action)
        window.theme_actions[choice] = action


def create_menus(window: MainWindow) -> None:
    """The menu bar: every action of the window, with its shortcut shown."""
    # Shortcuts must work with the menu bar hidden (floor mode): the window holds them too.
    window.addActions(
        [*window.place_actions.values(), window.finder_action, window.floor_action,
         window.safety_action, window.health_action, window.quit_action, window.settings_action,
         window.export_action, window.report_action, window.larger_text_action,
         window.smaller_text_action, window.normal_text_action, window.start_action]
    )  # fmt: skip
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.export_action)
    file_menu.addAction(window.report_action)
    file_menu.addAction(window.chart_action)
    file_menu.addSeparator()
    file_menu.addAction(window.settings_action)
    file_menu.addAction(window.tools_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    # Stand-ins until History (whose undo it is) is built.
    undo = QAction(translate("MainWindow", "&Undo"), window)
    redo = QAction(translate("MainWindow", "&Redo"), window)
    for action, key in (
        (undo, QKeySequence.StandardKey.Undo),
        (redo, QKeySequence.StandardKey.Redo),
    ):
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setEnabled(False)
    edit.aboutToShow.connect(lambda: _fill_edit_menu(window, edit, (undo, redo)))
    edit.addActions([undo, redo])

    view = bar.addMenu(translate("MainWindow", "&View"))
    for action in window.place_actions.values():
        view.addAction(action)
    view.addAction(window.finder_action)
    view.addAction(window.floor_action)
    view.addSeparator()
    view.addAction(window.larger_text_action)
    view.addAction(window.smaller_text_action)
    view.addAction(window.normal_text_action)
    view.addSeparator()
    scheme = view.addMenu(translate("MainWindow", "&Colour scheme"))
    for action in window.theme_actions.values():
        scheme.addAction(action)

    routine = bar.addMenu(translate("MainWindow", "&Routine"))
    routine.aboutToShow.connect(lambda: _fill_routine_menu(window, routine))
    routine.addAction(window.start_action)  # the rest when it opens (the Map may wait)

    session = bar.addMenu(translate("MainWindow", "Sessio&n"))
    controls: list[QAction] = []
    for name, text, keys in SESSION_CONTROLS:
        action = session.addAction(_shown(text))
        # Shown here; the Session place holds the keys (they act only while it runs).
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, n=name: window.session_control(n))
        controls.append(action)

    def enable_controls() -> None:
        for action in controls:
            action.setEnabled(window.session_running())

    session.aboutToShow.connect(enable_controls)
    session.addSeparator()
    session.addAction(window.floor_action)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.health_action)
    help_menu.addAction(window.safety_action)
    help_menu.addAction(window.tour_action)
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
