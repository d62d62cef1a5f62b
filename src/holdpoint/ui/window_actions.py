"""The main window's actions and its menu bar: every action in a menu, with its shortcut.

The actions are the window's own attributes (``window.floor_action`` …); this module
only makes them and lays out the menus, so that :mod:`holdpoint.ui.main_window` keeps to
what the window does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def _action(
    window: MainWindow,
    text: str,
    keys: Sequence[str | QKeySequence | QKeySequence.StandardKey],
    tip: str,
    slot: Callable[..., object],
) -> QAction:
    """One of the window's actions: its shortcuts (the first is the one a menu shows), a
    tip that names the first, and what it does."""
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(key) for key in keys])
    if tip:
        action.setToolTip(_with_shortcut(tip, action))
    action.triggered.connect(slot)
    return action


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

    window.finder_action = _action(
        window, translate("MainWindow", "&Where does it hurt?"), [QKeySequence.StandardKey.Find],
        translate("MainWindow", "Mark where you feel pain to find the muscles"),
        window.toggle_finder,
    )  # fmt: skip
    # F11 everywhere (the promise), plus the desktop's own full-screen keys.
    window.floor_action = _action(
        window, translate("MainWindow", "&Floor mode"),
        ["F11", *QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)],
        translate("MainWindow", "The session full screen, big and high-contrast"),
        lambda _checked=False: window.toggle_floor_mode(),
    )  # fmt: skip
    window.floor_action.setCheckable(True)
    window.safety_action = _action(
        window, translate("MainWindow", "S&afety"), [QKeySequence.StandardKey.HelpContents],
        translate("MainWindow", "When not to use Holdpoint, and how hard to press"),
        window.show_safety,
    )  # fmt: skip
    window.health_action = _action(
        window, translate("MainWindow", "&Health check…"), ["Ctrl+Shift+H"],
        translate("MainWindow", "The questions about your health, again"),
        lambda: window.health_gate.ask(),
    )  # fmt: skip
    window.tools_action = _action(
        window, translate("MainWindow", "Your &tools…"), ["Ctrl+Shift+T"],
        translate("MainWindow", "What you have to work with: ball, foam roller…"),
        lambda: window.choose_tools(),
    )  # fmt: skip
    window.tour_action = _action(window, translate("MainWindow", "Show the &tour"), [],
        translate("MainWindow", "The Map, the Session and your history in three short steps"),
        lambda: window.show_tour(),
    )  # fmt: skip
    window.about_action = _action(
        window, translate("MainWindow", "&About {app}").format(app=APP_NAME), [], "",
        window.show_about,
    )  # fmt: skip
    # The desktop's Preferences key where it has one, else Ctrl+, as most programs.
    preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
    window.settings_action = _action(
        window, translate("MainWindow", "&Settings…"),
        [preferences if not preferences.isEmpty() else "Ctrl+,"],
        translate("MainWindow", "Session, sound and voice, appearance, health and your data"),
        lambda: window.show_settings(),
    )  # fmt: skip
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    window.export_action = _action(
        window, translate("MainWindow", "&Export history as CSV…"), ["Ctrl+E"], "",
        lambda: window._ask_file("csv"),
    )  # fmt: skip
    window.report_action = _action(
        window, translate("MainWindow", "&Report for a clinician (PDF)…"), ["Ctrl+P"], "",
        lambda: window._ask_file("pdf"),
    )  # fmt: skip
    window.chart_action = _action(
        window, translate("MainWindow", "Save the &chart as PNG…"), [], "",
        lambda: window._ask_file("png"),
    )  # fmt: skip
    window.quit_action = _action(
        window, translate("MainWindow", "&Quit"), [QKeySequence.StandardKey.Quit], "",
        window.close,
    )  # fmt: skip

    window.larger_text_action = _action(
        window, translate("MainWindow", "&Larger text"),
        [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], "", lambda: window.change_text_scale(+1),
    )  # fmt: skip
    window.smaller_text_action = _action(
        window, translate("MainWindow", "S&maller text"), [QKeySequence.StandardKey.ZoomOut],
        "", lambda: window.change_text_scale(-1),
    )  # fmt: skip
    window.normal_text_action = _action(
        window, translate("MainWindow", "&Normal text size"), ["Ctrl+0"], "",
        lambda: window.change_text_scale(0),
    )  # fmt: skip

    window.start_action = _action(
        window, translate("MainWindow", "&Start session"), ["F5"],
        translate("MainWindow", "Start a guided session of the routine on the Map"),
        window.start_from_map,
    )  # fmt: skip

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
