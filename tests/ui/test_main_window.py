"""The main window, driven with the keyboard and the mouse like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from holdpoint import __version__
from holdpoint.core.preferences import Place, Theme
from holdpoint.settings import SettingsStore
from holdpoint.ui.about import AboutDialog
from holdpoint.ui.safety_dialog import SafetyDialog


def _open_dialog(kind: type[QDialog]) -> QDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


@pytest.mark.parametrize(
    ("key", "place"),
    [(Qt.Key.Key_2, Place.SESSION), (Qt.Key.Key_3, Place.HISTORY), (Qt.Key.Key_1, Place.MAP)],
)
def test_ctrl_number_switches_place(holdpoint, qtbot, key, place):
    window = holdpoint.window
    if place is Place.MAP:
        window.show_place(Place.HISTORY)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_place() is place
    assert window.stack.currentWidget() is window.place(place)
    assert window.place_actions[place].isChecked()


def test_clicking_the_navigation_buttons_switches_place(holdpoint, qtbot):
    window = holdpoint.window
    for button, place in zip(window.navigation.buttons, Place, strict=True):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_place() is place
        assert button.isChecked()


def test_session_and_history_have_an_honest_empty_state(holdpoint):
    titles = {}
    for place in (Place.SESSION, Place.HISTORY):
        empty = holdpoint.window.place(place).empty
        titles[place] = empty.title.text()
        assert len(empty.body.text()) > 80
        assert "lorem" not in empty.body.text().lower()
    assert titles == {Place.SESSION: "No session running", Place.HISTORY: "No sessions yet"}
    assert str(holdpoint.window.data_dir) in holdpoint.window.place(Place.HISTORY).empty.body.text()


def test_red_flags_are_on_the_first_place_shown_until_acknowledged(holdpoint, qtbot, settings_path):
    banner = holdpoint.window.place(Place.MAP).banner
    assert holdpoint.window.current_place() is Place.MAP
    assert banner.isVisible()
    assert "bladder" in banner.flags.text() and "saddle" in banner.flags.text()
    qtbot.mouseClick(banner.ok, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert SettingsStore(settings_path).load().safety_acknowledged


def test_f1_opens_the_safety_dialog_without_blocking(holdpoint, qtbot):
    qtbot.keyClick(holdpoint.window, Qt.Key.Key_F1)
    dialog = _open_dialog(SafetyDialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for words in ("bladder", "saddle", "blood thinners", "ease off"):
        assert words in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_about_shows_version_data_folder_and_safety(holdpoint, qtbot):
    holdpoint.window.about_action.trigger()
    dialog = _open_dialog(AboutDialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in text
    assert str(holdpoint.window.data_dir) in text
    assert "not a diagnosis" in text
    dialog.close()


def test_text_size_keys_scale_all_text_and_are_saved(holdpoint, qtbot, settings_path):
    window = holdpoint.window
    title = window.place(Place.SESSION).empty.title
    button = window.navigation.buttons[0]
    before = (
        QApplication.font().pointSizeF(),
        title.font().pointSizeF(),
        button.font().pointSizeF(),
    )
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    # The application font reaches the widgets through the event loop.
    qtbot.waitUntil(lambda: button.font().pointSizeF() > before[2])
    after = (
        QApplication.font().pointSizeF(),
        title.font().pointSizeF(),
        button.font().pointSizeF(),
    )
    for old, new in zip(before, after, strict=True):
        assert new == pytest.approx(old * 1.2, rel=0.02)
    assert window.prefs.text_scale == pytest.approx(1.2)
    assert SettingsStore(settings_path).load().text_scale == pytest.approx(1.2)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert title.font().pointSizeF() == pytest.approx(before[1])


def test_dark_scheme_repaints_and_is_saved(holdpoint, qtbot, settings_path, window_shot):
    window = holdpoint.window
    light = window.palette().color(QPalette.ColorRole.Window)
    light_pixels = window_shot(window, "light")
    window.theme_actions[Theme.DARK].trigger()
    # Qt delivers the new application palette to widgets through the event loop.
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) != light)
    dark = window.palette().color(QPalette.ColorRole.Window)
    assert light.lightness() > 200 and dark.lightness() < 60
    dark_pixels = window_shot(window, "dark")
    assert (light_pixels != dark_pixels).mean() > 0.5
    assert SettingsStore(settings_path).load().theme is Theme.DARK


def test_every_action_has_a_visible_shortcut_or_lives_in_a_menu(holdpoint):
    window = holdpoint.window
    menu_actions = {a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    for action in window.place_actions.values():
        assert action in menu_actions
        assert not action.shortcut().isEmpty()
        assert action.shortcut().toString() in action.toolTip()
    for action in (window.safety_action, window.quit_action, window.larger_text_action):
        assert not action.shortcut().isEmpty()
    for button in [*window.navigation.buttons, window.navigation.safety_button]:
        assert button.toolTip().endswith(")"), button.toolTip()


def test_every_button_and_place_has_an_accessible_name(holdpoint):
    window = holdpoint.window
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) and widget.isVisible():
            assert widget.accessibleName() or widget.text(), widget
    for place in Place:
        assert window.place(place).accessibleName()


def test_keyboard_reaches_the_navigation(holdpoint, qtbot):
    window = holdpoint.window
    window.navigation.buttons[0].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.navigation.buttons[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.current_place() is Place.SESSION


def test_place_shown_last_is_remembered(holdpoint, qtbot, settings_path):
    qtbot.keyClick(holdpoint.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert SettingsStore(settings_path).load().place is Place.HISTORY


def test_quit_closes_and_saves_the_geometry(holdpoint, qtbot, settings_path):
    action: QAction = holdpoint.window.quit_action
    action.trigger()
    assert not holdpoint.window.isVisible()
    assert SettingsStore(settings_path).load().window_geometry
