"""Rate leg and back pain 0–10 in two seconds, by keys or by large buttons.

Keys: a digit rates the current row at once ("1" then "0" quickly is ten), Enter goes to
the next row and then finishes, Esc skips (no rating is stored, never a made-up number).
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPen
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

from holdpoint.core.ratings import ANCHORS, DigitEntry, Moment, PainKind
from holdpoint.ui import theme
from holdpoint.ui.widgets import PillButton, ScaledLabel

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class RatingRow(QWidget):
    """One 0–10 scale: eleven buttons with the anchors under both ends."""

    def __init__(self, kind: PainKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.entry = DigitEntry()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{kind.label}, 0 to 10")
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
            button.setAccessibleName(f"{kind.label} {value}")
            button.setMinimumSize(44, 44)
            self.group.addButton(button, value)
            grid.addWidget(button, 1, value)
        low, high = (QLabel(text) for text in ANCHORS)
        low.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(low, 2, 0, 1, 4)
        grid.addWidget(high, 2, 7, 1, 4)

    @property
    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(value).setChecked(True)
        self.setAccessibleDescription("not rated" if value is None else f"{value} of 10")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = _DIGITS.get(Qt.Key(event.key()))
        if digit is None:
            return super().keyPressEvent(event)
        self.set_value(self.entry.press(digit, time.monotonic()))
        return None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a visible ring for the row that takes the digits
            painter = QPainter(self)
            painter.setPen(QPen(theme.accents_for(self.palette()).primary, 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 8, 8)
            painter.end()


class RatingPanel(QWidget):
    """Asks for both ratings; emits ``submitted(moment, {kind: value or None}, note)``."""

    submitted = Signal(object, dict, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moment = Moment.BEFORE
        self.setAccessibleName("Pain ratings")
        self.heading = ScaledLabel("", 1.8, QFont.Weight.Bold)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(
            "Press a number for each (1 then 0 for ten), Enter to go on, Esc to skip."
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rows = {kind: RatingRow(kind) for kind in PainKind}
        self.note = QLineEdit()
        self.note.setPlaceholderText("A note, if you like (e.g. slept badly)")
        self.note.setAccessibleName("Note")
        self.skip = QPushButton("Skip (Esc)")
        self.skip.clicked.connect(lambda: self._finish(skipped=True))
        self.done = QPushButton("Done (Enter)")
        self.done.setDefault(True)
        self.done.clicked.connect(lambda: self._finish(skipped=False))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.done)
        box = QWidget()
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

    def ask(self, moment: Moment) -> None:
        self.moment = moment
        self.heading.setText(
            {
                Moment.BEFORE: "Before you start: how much does it hurt now?",
                Moment.AFTER: "How much does it hurt now?",
                Moment.NEXT_MORNING: "Good morning: how much does it hurt today?",
            }[moment]
        )
        for row in self.rows.values():
            row.set_value(None)
            row.entry = DigitEntry()
        self.note.clear()
        self.rows[PainKind.LEG].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            leg, back = self.rows[PainKind.LEG], self.rows[PainKind.BACK]
            if leg.hasFocus():
                back.setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self._finish(skipped=False)
        elif key == Qt.Key.Key_Escape:
            self._finish(skipped=True)
        else:
            super().keyPressEvent(event)

    def _finish(self, skipped: bool) -> None:
        values = {kind: (None if skipped else row.value) for kind, row in self.rows.items()}
        self.submitted.emit(self.moment, values, "" if skipped else self.note.text().strip())
