"""The "how tender was that spot?" question after a release, with a bar that shows how
long it stays: until the next cue. A late answer still counts until then; no answer is
fine, and nothing waits for one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.ratings import DigitEntry
from holdpoint.ui import theme

QUESTION = QT_TRANSLATE_NOOP(
    "TendernessPrompt",
    "How tender was that spot? Press 0–9 (1 then 0 for ten), or just carry on.",
)


class TendernessPrompt(QWidget):
    """Painted text over a shrinking bar; empty (but keeping its room) when not asking."""

    #: Its text size, in multiples of the place's.
    FACTOR = 1.25

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.setAccessibleName(self.tr("Tenderness question"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text = ""
        self.value: int | None = None
        self._entry: DigitEntry | None = None
        self._total = 0.0  # seconds the question stays, as first shown
        self._left = 0.0

    @property
    def open(self) -> bool:
        """A digit now rates the spot just released."""
        return self._entry is not None

    def ask(self) -> None:
        self._entry = DigitEntry()
        self.value = None
        self._total = self._left = 0.0
        self._set_text(localized("TendernessPrompt", QUESTION))

    def close_question(self) -> None:
        self._entry = None
        self._total = self._left = 0.0
        self._set_text("")

    def press(self, digit: int) -> int:
        """A digit key: the spot's tenderness so far ("1" then "0" makes ten)."""
        assert self._entry is not None
        self.value = self._entry.press(digit, self.clock())
        self._set_text(
            self.tr("Tenderness {value} noted. (Another digit changes it.)").format(
                value=self.value
            )
        )
        return self.value

    def show_time(self, seconds_left: float) -> None:
        """Seconds until the next cue (which closes the question), from the timer."""
        if not self.open:
            return
        if self._total <= 0.0:
            self._total = max(seconds_left, 0.001)
        if abs(seconds_left - self._left) * self.width() / self._total >= 1:  # a pixel moved
            self._left = seconds_left
            self.update()

    def _set_text(self, text: str) -> None:
        self.text = text
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        question = localized("TendernessPrompt", QUESTION)
        return QSize(metrics.horizontalAdvance(question), round(metrics.height() * 2.1))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text:
            return
        painter = QPainter(self)
        pal = self.palette()
        metrics = QFontMetrics(self.font())
        text_box = QRectF(0, 0, self.width(), metrics.height() * 1.4)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.open and self._total > 0:
            height = max(4.0, metrics.height() * 0.3)
            width = self.width() * 0.6
            left = (self.width() - width) / 2
            track = QColor(pal.color(QPalette.ColorRole.WindowText))
            track.setAlpha(40)
            bar = QRectF(left, text_box.bottom() + height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, height / 2, height / 2)
            fraction = min(1.0, max(0.0, self._left / self._total))
            painter.setBrush(theme.accents_for(pal).primary)
            bar.setWidth(width * fraction)
            painter.drawRoundedRect(bar, height / 2, height / 2)
        painter.end()
