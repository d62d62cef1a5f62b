"""Rate leg and back pain 0–10 in two seconds, by keys or by large buttons.

Keys (the logic is :class:`~holdpoint.core.ratings.RatingSequence`): a digit rates the
row that has the keyboard and moves on ("1" waits a second for a "0": ten), Enter moves
on, Esc skips that row only; after the last row the page is done. A skipped row is
stored as no rating, never a made-up number.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.i18n import localized_all
from holdpoint.core.ratings import ANCHORS, Moment, PainKind, RatingSequence
from holdpoint.ui import theme
from holdpoint.ui.widgets import PillButton, ScaledLabel

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class RatingRow(QWidget):
    """One 0–10 scale: eleven buttons with the anchors under both ends. It shows a value;
    the keys it receives go on to the :class:`RatingPanel`."""

    #: A button was clicked: (kind, value).
    chosen = Signal(object, int)
    #: The row got the keyboard (Tab, a click).
    focused = Signal(object)

    def __init__(self, kind: PainKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("{pain}, 0 to 10").format(pain=kind.label))
        self.setAccessibleDescription(self.tr("not rated"))
        self.title = ScaledLabel(kind.label, 1.3, QFont.Weight.DemiBold)
        self.group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(6)
        grid.addWidget(self.title, 0, 0, 1, 11)
        for value in range(11):
            button = PillButton()
            button.setText(str(value))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setAccessibleName(self.tr("{pain} {value}").format(pain=kind.label, value=value))
            button.setMinimumSize(44, 44)
            self.group.addButton(button, value)
            grid.addWidget(button, 1, value)
        self.group.idClicked.connect(lambda value: self.chosen.emit(self.kind, value))
        low, high = (QLabel(text) for text in localized_all("ratings", ANCHORS))
        low.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(low, 2, 0, 1, 4)
        grid.addWidget(high, 2, 7, 1, 4)

    @property
    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value == self.value:
            return
        if value is None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(value).setChecked(True)
        self.setAccessibleDescription(
            self.tr("not rated") if value is None else self.tr("{value} of 10").format(value=value)
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.kind)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a visible ring for the row that takes the digits
            painter = QPainter(self)
            painter.setPen(QPen(theme.accents_for(self.palette()).primary, 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 8, 8)
            painter.end()


class RatingPanel(QWidget):
    """Asks for both ratings; emits ``submitted(moment, {kind: value or None}, note)``.

    ``clock`` gives monotonic seconds (tests pass a fake one and call
    :meth:`ten_window_over` instead of waiting for the timer).
    """

    submitted = Signal(object, dict, str)

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.moment = Moment.BEFORE
        self.sequence = RatingSequence()
        self._asking = False
        self.setAccessibleName(self.tr("Pain ratings"))
        self.heading = ScaledLabel("", 1.8, QFont.Weight.Bold)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(
            self.tr("Press a number for each (1 then 0 for ten); Enter goes on, Esc skips one.")
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows = {kind: RatingRow(kind) for kind in PainKind}
        for row in self.rows.values():
            row.chosen.connect(self._chosen)
            row.focused.connect(self._row_focused)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note, if you like (e.g. slept badly)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.skip = QPushButton(self.tr("Skip this (Esc)"))
        self.skip.setToolTip(self.tr("Leave this rating empty and go on (Esc)"))
        self.skip.clicked.connect(self._skip_clicked)
        self.done = QPushButton(self.tr("Done (Enter)"))
        self.done.setDefault(True)
        self.done.clicked.connect(self._done_clicked)
        # After a "1", the moment it stands as one if no "0" comes.
        self._ten_timer = QTimer(self)
        self._ten_timer.setSingleShot(True)
        self._ten_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._ten_timer.timeout.connect(self.ten_window_over)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.done)
        box = self.box = QWidget()
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.setSpacing(16)
        inner.addStretch(1)
        inner.addWidget(self.heading)
        inner.addWidget(self.hint)
        for row in self.rows.values():
            inner.addWidget(row)
        inner.addWidget(self.note)
        inner.addLayout(buttons)
        inner.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 10)
        outer.addStretch(1)

    def set_zoom(self, zoom: float) -> None:
        """Room for text ``zoom`` times larger (floor mode), on top of text that grows with
        the window and the person's text size (the fonts come from the place)."""
        grow = zoom * theme.text_factor()
        self.box.setMaximumWidth(round(760 * grow))
        for row in self.rows.values():
            for button in row.group.buttons():
                button.setMinimumSize(round(44 * grow), round(44 * grow))

    def ask(self, moment: Moment) -> None:
        """Start asking: both rows empty, the keyboard on the first one."""
        self.moment = moment
        self.heading.setText(
            {
                Moment.BEFORE: self.tr("Before you start: how much does it hurt now?"),
                Moment.AFTER: self.tr("How much does it hurt now?"),
                Moment.NEXT_MORNING: self.tr("Good morning: how much does it hurt today?"),
            }[moment]
        )
        self.sequence = RatingSequence(tuple(self.rows))
        self._asking = True
        self.note.clear()
        self._show_sequence()

    # ------------------------------------------------------------------ input

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        digit = _DIGITS.get(key)
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not self._asking or (digit is None and not enter and key != Qt.Key.Key_Escape):
            super().keyPressEvent(event)
            return
        if self.note.hasFocus() and (enter or key == Qt.Key.Key_Escape):
            self.sequence.finish()  # past the rows: done, with what was given
        elif digit is not None:
            self.sequence.press(digit, self.clock())
        elif enter:
            self.sequence.enter()
        else:
            self.sequence.escape()
        self._show_sequence()

    def ten_window_over(self) -> None:
        """The time for a "0" after a "1" is over (the timer's slot): the 1 stands."""
        if self._asking:
            self.sequence.timeout(self.clock())
            self._show_sequence()

    def _chosen(self, kind: PainKind, value: int) -> None:
        if self._asking:
            self.sequence.choose(kind, value)
            self._show_sequence()

    def _row_focused(self, kind: PainKind) -> None:
        if self._asking and self.sequence.current not in (None, kind):
            self.sequence.go_to(kind)
            self._show_sequence()

    def _skip_clicked(self) -> None:
        if self._asking:
            self.sequence.escape()
            self._show_sequence()

    def _done_clicked(self) -> None:
        if self._asking:
            self.sequence.finish()
            self._show_sequence()

    # ------------------------------------------------------------------ showing

    def _show_sequence(self) -> None:
        """Show the sequence's state: values, the row with the keyboard, the ten-window
        timer; emit ``submitted`` once it is finished."""
        values = self.sequence.values
        for kind, row in self.rows.items():
            row.set_value(values[kind])
        deadline = self.sequence.deadline
        if deadline is None:
            self._ten_timer.stop()
        else:
            self._ten_timer.start(max(0, math.ceil((deadline - self.clock()) * 1000)))
        current = self.sequence.current
        if current is not None:
            if not self.rows[current].hasFocus():
                self.rows[current].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._asking = False
        self.submitted.emit(self.moment, values, self.note.text().strip())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        current = self.sequence.current
        if self._asking and current is not None:  # however the page was reached
            self.rows[current].setFocus(Qt.FocusReason.OtherFocusReason)
