"""The rating page by keys on a real RatingPanel, on a fake clock: no key can trap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from holdpoint.core.ratings import TEN_WINDOW_S, Moment, PainKind
from holdpoint.ui.session.ratings import RatingPanel

LEG, BACK = PainKind.LEG, PainKind.BACK


@pytest.fixture
def page(qtbot, clock):
    """A window with another text field and the rating panel; returns (panel, other,
    clock, submissions)."""
    window = QWidget()
    other = QLineEdit()
    panel = RatingPanel(clock=clock)
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(panel)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keyboard focus needs the active window (no WM on Xvfb)
    qtbot.waitUntil(window.isActiveWindow)
    submitted: list[tuple] = []
    panel.submitted.connect(lambda *args: submitted.append(args))
    yield panel, other, clock, submitted
    del window  # kept alive (it owns the panel) until the test is over


def press(qtbot, *keys: Qt.Key) -> None:
    """Keys as a person types them: each goes to whatever has the keyboard."""
    for key in keys:
        qtbot.keyClick(QApplication.focusWidget(), key)


def test_six_then_four_rate_leg_then_back(page, qtbot):
    panel, _other, _clock, submitted = page
    panel.ask(Moment.AFTER)
    press(qtbot, Qt.Key.Key_6)
    assert panel.rows[LEG].value == 6 and panel.rows[BACK].hasFocus()
    press(qtbot, Qt.Key.Key_4)
    assert submitted == [(Moment.AFTER, {LEG: 6, BACK: 4}, "")]


def test_a_one_stands_when_the_window_passes_and_the_keys_move_on(page, qtbot):
    panel, _other, clock, submitted = page
    panel.ask(Moment.BEFORE)
    press(qtbot, Qt.Key.Key_1)
    assert panel.rows[LEG].value == 1 and panel.rows[LEG].hasFocus()
    assert panel._ten_timer.isActive()  # armed for the end of the window
    clock.now += TEN_WINDOW_S
    panel.ten_window_over()  # what the timer does when it fires
    assert panel.rows[BACK].hasFocus() and not panel._ten_timer.isActive()
    press(qtbot, Qt.Key.Key_3)
    assert submitted == [(Moment.BEFORE, {LEG: 1, BACK: 3}, "")]


def test_one_then_zero_is_ten(page, qtbot):
    panel, _other, clock, submitted = page
    panel.ask(Moment.BEFORE)
    press(qtbot, Qt.Key.Key_1)
    clock.now += TEN_WINDOW_S / 2
    press(qtbot, Qt.Key.Key_0)
    assert panel.rows[LEG].value == 10 and panel.rows[BACK].hasFocus()
    press(qtbot, Qt.Key.Key_1, Qt.Key.Key_0)
    assert submitted == [(Moment.BEFORE, {LEG: 10, BACK: 10}, "")]


def test_escape_after_a_leg_rating_keeps_it(page, qtbot):
    panel, _other, _clock, submitted = page
    panel.ask(Moment.AFTER)
    press(qtbot, Qt.Key.Key_7, Qt.Key.Key_Escape)
    assert submitted == [(Moment.AFTER, {LEG: 7, BACK: None}, "")]


def test_escape_skips_one_row_and_enter_moves_on(page, qtbot):
    panel, _other, _clock, submitted = page
    panel.ask(Moment.NEXT_MORNING)
    press(qtbot, Qt.Key.Key_Escape)
    assert panel.rows[BACK].hasFocus() and not submitted
    press(qtbot, Qt.Key.Key_Return)
    assert submitted == [(Moment.NEXT_MORNING, {LEG: None, BACK: None}, "")]


def test_the_first_row_has_the_keys_after_ask_whatever_had_them_before(page, qtbot):
    panel, other, _clock, _submitted = page
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    panel.ask(Moment.BEFORE)
    assert QApplication.focusWidget() is panel.rows[LEG]
    press(qtbot, Qt.Key.Key_2)  # the back row has the keys now; ask again
    panel.ask(Moment.AFTER)
    assert QApplication.focusWidget() is panel.rows[LEG]
    assert panel.rows[LEG].value is None and panel.rows[BACK].value is None


def test_the_first_row_has_the_keys_when_the_page_is_shown_later(qtbot, clock):
    stack = QStackedWidget()
    other = QLineEdit()
    panel = RatingPanel(clock=clock)
    stack.addWidget(other)
    stack.addWidget(panel)
    qtbot.addWidget(stack)
    stack.show()
    qtbot.waitExposed(stack)
    stack.activateWindow()
    qtbot.waitUntil(stack.isActiveWindow)
    other.setFocus()
    panel.ask(Moment.BEFORE)  # asked while hidden, shown afterwards
    stack.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.rows[LEG])


def test_buttons_still_work(page, qtbot):
    panel, _other, _clock, submitted = page
    panel.ask(Moment.AFTER)
    qtbot.mouseClick(panel.rows[BACK].group.button(5), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.rows[LEG].group.button(8), Qt.MouseButton.LeftButton)
    assert panel.rows[BACK].hasFocus() and not submitted
    qtbot.mouseClick(panel.skip, Qt.MouseButton.LeftButton)  # "Skip this": back keeps its 5
    assert submitted == [(Moment.AFTER, {LEG: 8, BACK: 5}, "")]


def test_a_note_goes_with_the_ratings(page, qtbot):
    panel, _other, _clock, submitted = page
    panel.ask(Moment.AFTER)
    press(qtbot, Qt.Key.Key_3)
    panel.note.setFocus()
    qtbot.waitUntil(panel.note.hasFocus)
    qtbot.keyClicks(panel.note, "slept 2 hours")  # digits in the note stay in the note
    press(qtbot, Qt.Key.Key_Return)
    assert submitted == [(Moment.AFTER, {LEG: 3, BACK: None}, "slept 2 hours")]
