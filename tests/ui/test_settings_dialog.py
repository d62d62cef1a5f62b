"""File > Settings on real widgets, driven with the keyboard like a person would: every
change applies at once and is saved as it changes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QListWidget,
    QMessageBox,
    QScrollBar,
    QWidget,
)

from holdpoint.core.catalog import Tool
from holdpoint.core.preferences import Language, Theme
from holdpoint.settings import SettingsStore
from holdpoint.storage import backups
from holdpoint.storage.history import BACKUP_DIR, HistoryStore, HoldRow
from holdpoint.ui.health_check import HealthCheckWizard
from holdpoint.ui.settings import PAGES, SettingsDialog
from holdpoint.ui.settings.data import DataPage, RestoreDialog
from holdpoint.ui.tools_dialog import ToolsDialog
from holdpoint.ui.widgets import long_date

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
HOLD = HoldRow("soleus", "left", 1, 30.0, 30.0, "completed")


def _open(qtbot, holdpoint) -> SettingsDialog:
    """Ctrl+, in the window: the Settings dialog, with the keyboard."""
    qtbot.keyClick(holdpoint.window, Qt.Key.Key_Comma, CTRL)
    dialog = holdpoint.window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _go_to(qtbot, dialog: SettingsDialog, title: str) -> QWidget:
    """The page ``title``, reached with Down in the page list."""
    dialog.page_list.setFocus()
    qtbot.keyClick(dialog.page_list, Qt.Key.Key_Home)
    for _ in range(dialog.titles.index(title)):
        qtbot.keyClick(dialog.page_list, Qt.Key.Key_Down)
    assert dialog.current_title() == title
    return dialog.stack.currentWidget()


def _modal(qtbot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    widget = QApplication.activeModalWidget()
    qtbot.waitUntil(widget.isActiveWindow)  # keys go where a person's would
    return widget


def _sessions(store: HistoryStore, count: int) -> None:
    for _ in range(count):
        store.add_hold(store.start_session("Calf"), HOLD)


def test_ctrl_comma_opens_settings_where_sound_and_voice_was(holdpoint, qtbot):
    window = holdpoint.window
    dialog = _open(qtbot, holdpoint)
    assert dialog.titles == [
        "Session",
        "Sound and voice",
        "Appearance",
        "Reminders",
        "Health",
        "Data",
    ]
    assert QApplication.focusWidget() is dialog.page_list  # arrows choose a page at once
    assert dialog.current_title() == "Session"
    file_menu = window.menuBar().actions()[0].menu()
    titles = [action.text() for action in file_menu.actions()]
    assert "&Settings…" in titles and not any("Sound" in title for title in titles)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None)  # closed and gone
    assert window.show_sound_settings() is window.findChild(SettingsDialog).page(
        "Sound and voice"
    )  # the old route opens the new page


def test_every_page_is_reached_by_keys_and_every_control_has_a_name(holdpoint, qtbot):
    dialog = _open(qtbot, holdpoint)
    for row, (title, _factory) in enumerate(PAGES):
        page = _go_to(qtbot, dialog, title)
        assert page.accessibleName() == title and page.isVisible()
        assert dialog.page_list.currentRow() == row
        for kind in (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QListWidget):
            for control in page.widget().findChildren(kind):  # not the page's scroll bars
                if isinstance(control, QScrollBar):  # a list's or a drop-down's own
                    continue
                name = control.accessibleName() or getattr(control, "text", str)()
                assert name.replace("&", "").strip(), (title, control)
    # Ctrl+Page Down / Up from inside a page, round the ends of the list.
    page = _go_to(qtbot, dialog, "Data")
    page.findChildren(QAbstractButton)[0].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert dialog.current_title() == "Session"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert dialog.current_title() == "Health"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)  # as in tabs
    assert dialog.current_title() == "Data"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert dialog.current_title() == "Health"
    assert dialog.close_button.accessibleName()


def test_the_colour_scheme_applies_at_once_and_is_saved(holdpoint, qtbot, settings_path):
    window = holdpoint.window
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Appearance")
    assert page.schemes[Theme.LIGHT].isChecked()
    light = window.palette().color(QPalette.ColorRole.Window)
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)  # &Dark (a mnemonic clicks a moment later)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) != light)
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert dialog.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert window.theme_actions[Theme.DARK].isChecked()  # the View menu agrees
    assert SettingsStore(settings_path).load().theme is Theme.DARK
    qtbot.keyClick(dialog, Qt.Key.Key_L, ALT)  # &Light
    qtbot.waitUntil(lambda: SettingsStore(settings_path).load().theme is Theme.LIGHT)


def test_the_text_size_applies_at_once_and_is_saved(holdpoint, qtbot, settings_path):
    window = holdpoint.window
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Appearance")
    button = window.navigation.buttons[0]
    before = (QApplication.font().pointSizeF(), button.font().pointSizeF())
    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # &Text size
    assert QApplication.focusWidget() is page.text_size
    qtbot.keyClick(page.text_size, Qt.Key.Key_Up)
    qtbot.keyClick(page.text_size, Qt.Key.Key_Up)
    assert page.text_size.value() == 120
    qtbot.waitUntil(lambda: button.font().pointSizeF() > before[1])
    assert QApplication.font().pointSizeF() == pytest.approx(before[0] * 1.2, rel=0.02)
    assert button.font().pointSizeF() == pytest.approx(before[1] * 1.2, rel=0.02)
    assert window.prefs.text_scale == pytest.approx(1.2)
    assert SettingsStore(settings_path).load().text_scale == pytest.approx(1.2)
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)  # &Normal size
    qtbot.waitUntil(lambda: window.prefs.text_scale == 1.0)
    assert SettingsStore(settings_path).load().text_scale == pytest.approx(1.0)
    assert QApplication.font().pointSizeF() == pytest.approx(before[0])


def test_the_language_is_chosen_by_keys_and_kept_for_the_next_start(
    holdpoint, qtbot, settings_path
):
    window = holdpoint.window
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Appearance")
    choices = [page.language.itemText(row) for row in range(page.language.count())]
    assert choices == ["System default", "English", "Deutsch"]  # each in its own language
    assert page.language.currentText() == "System default"
    assert page.language.accessibleName() and page.language_note.isVisible()
    assert "next time" in page.language_note.text()
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)  # Lan&guage
    assert QApplication.focusWidget() is page.language
    qtbot.keyClick(page.language, Qt.Key.Key_Down)
    qtbot.keyClick(page.language, Qt.Key.Key_Down)
    assert page.language.currentText() == "Deutsch"
    assert window.prefs.language is Language.GERMAN
    qtbot.waitUntil(lambda: SettingsStore(settings_path).load().language is Language.GERMAN)
    assert window.menuBar().actions()[0].text() == "&File"  # used from the next start
    qtbot.keyClick(page.language, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: SettingsStore(settings_path).load().language is Language.ENGLISH)


def test_get_ready_lengths_are_typed_or_stepped_and_saved(holdpoint, qtbot, settings_path):
    window = holdpoint.window
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Session")
    qtbot.keyClick(dialog, Qt.Key.Key_G, ALT)  # &Get ready when the position changes
    spin = page.spins["get_ready_s"]
    assert QApplication.focusWidget() is spin.findChild(QWidget, "qt_spinbox_lineedit") or (
        QApplication.focusWidget() is spin
    )
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "30")
    assert window.prefs.get_ready_s == 15  # nothing half-typed is used
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert window.prefs.get_ready_s == 30
    qtbot.keyClick(dialog, Qt.Key.Key_B, ALT)  # Get ready &between sides
    side = page.spins["get_ready_side_s"]
    qtbot.keyClick(side, Qt.Key.Key_Down)  # already the shortest: stays
    for _ in range(3):
        qtbot.keyClick(side, Qt.Key.Key_Up)
    stored = SettingsStore(settings_path).load()
    assert (stored.get_ready_s, stored.get_ready_side_s) == (30, 8)
    assert (side.minimum(), side.maximum()) == (5, 60)


def test_back_up_now_writes_a_whole_backup_of_the_history_as_it_is(holdpoint, qtbot):
    store = holdpoint.open_history()
    _sessions(store, 2)
    folder = holdpoint.data_dir / BACKUP_DIR
    for old in folder.iterdir():  # the one made when the history was opened
        old.unlink()
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Data")
    assert isinstance(page, DataPage) and page.newest.text() == "No backup yet."
    qtbot.keyClick(dialog, Qt.Key.Key_B, ALT)  # &Back up now
    qtbot.waitUntil(lambda: any(folder.iterdir()))
    (written,) = folder.iterdir()
    assert written.name == f"history-{dt.date.today()}.sqlite3"
    assert backups.session_count(written) == 2
    assert page.status.isVisible() and "2 sessions" in page.status.text()
    assert page.newest.text() == f"Newest backup: {long_date(dt.date.today())}, 2 sessions."


def test_restore_from_a_backup_brings_the_older_history_back(holdpoint, qtbot):
    store = holdpoint.open_history()
    _sessions(store, 2)
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Data")
    qtbot.keyClick(dialog, Qt.Key.Key_B, ALT)  # &Back up now: two sessions
    qtbot.waitUntil(lambda: "2 sessions" in page.status.text())
    _sessions(store, 1)
    assert store.session_count() == 3

    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)  # &Restore from a backup…
    chooser = _modal(qtbot, RestoreDialog)
    assert isinstance(chooser, RestoreDialog)
    item = chooser.list.currentItem()
    assert item.text() == f"{long_date(dt.date.today())} — 2 sessions"
    assert QApplication.focusWidget() is chooser.list
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)  # Restore…: asks once more
    question = _modal(qtbot, QMessageBox)
    assert "(2 sessions)" in question.text() and "(3 sessions)" in question.text()
    assert store.session_count() == 3  # nothing yet
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.restore_dialog is None)

    assert store.session_count() == 2  # the same open history, the backup in it
    assert holdpoint.open_history() is store
    (aside,) = holdpoint.data_dir.glob("history.before-restore-*.sqlite3")
    assert backups.session_count(aside) == 3  # the history as it was, kept
    assert str(aside) in page.status.text() and "2 sessions" in page.status.text()
    _sessions(store, 1)  # and sessions go on being recorded
    assert store.session_count() == 3


def test_a_restore_is_refused_while_a_session_is_open(holdpoint, qtbot):
    from holdpoint.core.routine import Sides, Step
    from holdpoint.core.routines import Routine

    holdpoint.window.start_session(
        Routine("calf", "Calf", "", (Step("soleus", Sides.LEFT, 20, 1, 10),))
    )
    assert holdpoint.window.run is not None and holdpoint.window.run.active
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Data")
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: "session is still open" in page.status.text())
    assert not isinstance(QApplication.activeModalWidget(), RestoreDialog)


def test_the_health_page_says_when_and_opens_the_check_and_the_tools(holdpoint, qtbot):
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Health")
    assert long_date(dt.date.today()) in page.answered.text()
    assert "every zone is in" in page.precautions.text()
    assert Tool.FOAM_ROLLER.label in page.tools.text()

    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)  # &Answer the health check again…
    wizard = _modal(qtbot, HealthCheckWizard)
    wizard.reject()
    qtbot.waitUntil(dialog.isActiveWindow)

    qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # Your &tools…
    tools = _modal(qtbot, ToolsDialog)
    assert isinstance(tools, ToolsDialog)
    box = tools.boxes[Tool.FOAM_ROLLER]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(tools, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Tool.FOAM_ROLLER.label not in page.tools.text())  # shown at once


def test_reminder_days_times_and_the_tray_are_chosen_by_keys_and_saved(
    holdpoint, qtbot, settings_path
):
    dialog = _open(qtbot, holdpoint)
    page = _go_to(qtbot, dialog, "Reminders")
    assert not any(box.isChecked() for box in page.days)  # none until chosen
    qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)  # &Weekdays
    qtbot.waitUntil(lambda: len(SettingsStore(settings_path).load().reminder_days) == 5)
    assert [box.isChecked() for box in page.days] == [True] * 5 + [False] * 2
    qtbot.keyClick(dialog, Qt.Key.Key_1, ALT)  # Time &1 on
    qtbot.waitUntil(lambda: page.times[0][0].isChecked())
    _use, edit = page.times[0]
    assert edit.isEnabled() and not page.times[1][1].isEnabled()
    edit.setFocus()
    qtbot.keyClicks(edit, "0730")
    qtbot.waitUntil(lambda: SettingsStore(settings_path).load().reminder_times == ((7, 30),))
    assert holdpoint.window.prefs.reminders.active
    qtbot.keyClick(dialog, Qt.Key.Key_K, ALT)  # &Keep in the tray
    qtbot.waitUntil(lambda: SettingsStore(settings_path).load().keep_in_tray.value == "yes")
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)  # &None: no reminders
    qtbot.waitUntil(lambda: not SettingsStore(settings_path).load().reminder_days)
    assert not holdpoint.window.prefs.reminders.active
