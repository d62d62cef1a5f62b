"""The bar across the top: the Holdpoint mark, the three places, and Safety."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from holdpoint import APP_NAME
from holdpoint.ui import theme
from holdpoint.ui.widgets import Card, IconLabel, PillButton, ScaledLabel


class _SafetyButton(PillButton):
    """Never checked; its text is the warning colour, so it stands apart from the places."""

    def _text_colour(self, pal: QPalette):
        return theme.accents_for(pal).warning_text


class MorningBanner(Card):
    """The morning after a session: one line and two buttons under the navigation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setContentsMargins(16, 8, 16, 8)
        self.setAccessibleName(self.tr("Morning rating"))
        text = QLabel(self.tr("Good morning. How is your pain the day after your last session?"))
        self.rate = QPushButton(self.tr("&Rate now"))
        #: The key in brackets is the mnemonic of "&Rate now": keep the two the same.
        self.rate.setToolTip(self.tr("Rate leg and back pain this morning (Alt+R)"))
        self.later = QPushButton(self.tr("Not &today"))
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self.rate)
        layout.addWidget(self.later)


class AdviceBanner(Card):
    """A calm suggestion under the navigation (lighter next time; time to see someone):
    a title, a line, and a button to put it away. Never a block."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent=parent)
        self.setContentsMargins(16, 8, 16, 8)
        self.setAccessibleName(name or self.tr("Advice"))
        self.title = ScaledLabel("", 1.0, QFont.Weight.Bold)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.dismiss = QPushButton(self.tr("&Got it"))
        self.dismiss.setToolTip(self.tr("Put this away"))
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_advice(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(f"{title} {text}")
        self.show()


class NavigationBar(QWidget):
    """Large, clearly marked buttons bound to the window's actions (shortcuts live there)."""

    def __init__(
        self, places: list[QAction], safety: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Places"))

        logo = IconLabel("holdpoint", 34)
        logo.setAccessibleName(self.tr("{app} logo").format(app=APP_NAME))
        self.wordmark = ScaledLabel(APP_NAME, 1.45, QFont.Weight.Bold)
        self.wordmark.setAccessibleName(APP_NAME)

        self.buttons = [self._button(PillButton(), action) for action in places]
        self.safety_button = self._button(_SafetyButton(), safety)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(logo)
        layout.addWidget(self.wordmark)
        layout.addSpacing(28)
        for button in self.buttons:
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.safety_button)

    @staticmethod
    def _button(button: PillButton, action: QAction) -> PillButton:
        button.setDefaultAction(action)
        button.set_icon_side(24)
        button.setAccessibleName(action.text().replace("&", ""))
        return button

    def paintEvent(self, event: QPaintEvent) -> None:
        """A hairline under the bar, in the theme's border colour."""
        painter = QPainter(self)
        painter.setPen(QPen(theme.accents_for(self.palette()).border, 1.0))
        bottom = self.height() - 0.5
        painter.drawLine(QRectF(0, bottom, self.width(), 0).topLeft(),
                         QRectF(0, bottom, self.width(), 0).topRight())  # fmt: skip
        painter.end()
