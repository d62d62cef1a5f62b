"""Small building blocks shared by the places: text that scales, empty states, cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from holdpoint.ui import icons, theme


class ScaledLabel(QLabel):
    """A label whose font is a fixed multiple of the application font.

    It follows the text size the person chooses (View > Larger text), which a label
    with an explicitly set point size would not.
    """

    def __init__(
        self,
        text: str = "",
        factor: float = 1.0,
        weight: QFont.Weight = QFont.Weight.Normal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._factor = factor
        self._weight = weight
        self.refresh_font()

    def refresh_font(self) -> None:
        """Follow the application font; Qt sends no event to a label with its own size."""
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._factor)
        font.setWeight(self._weight)
        self.setFont(font)


def refresh_scaled_text() -> None:
    """Resize every :class:`ScaledLabel` after the application font changed."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, ScaledLabel):
            widget.refresh_font()


class IconLabel(QLabel):
    """A vector icon drawn in the palette's text colour; re-tinted when the palette changes."""

    def __init__(self, name: str, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._side = side
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        colour = theme.accents_for(self.palette()).primary
        ratio = self.devicePixelRatioF()
        image = icons.render(self._name, QSize(self._side, self._side), colour, ratio)
        self.setPixmap(QPixmap.fromImage(image))


class EmptyState(QWidget):
    """What a place shows before it has content: an icon, a title and what will be here."""

    def __init__(
        self, icon_name: str, title: str, body: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.icon = IconLabel(icon_name, 88)
        self.icon.setAccessibleName(f"{title} illustration")
        self.title = ScaledLabel(title, 1.9, QFont.Weight.DemiBold)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(title)
        self.body = ScaledLabel(body, 1.15)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(280)
        self.body.setMaximumWidth(640)
        self.body.setAccessibleName(f"{title}: what will be here")
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body_row = QHBoxLayout()  # centred, yet as wide as it may be, so it wraps well
        body_row.addStretch(1)
        body_row.addWidget(self.body, 100)
        body_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addLayout(body_row)
        layout.addStretch(3)


class Card(QFrame):
    """A rounded panel; ``warning`` cards use the warning colours of the theme."""

    def __init__(self, warning: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._warning = warning
        self.setContentsMargins(22, 18, 22, 18)

    def paintEvent(self, event: QPaintEvent) -> None:
        accents = theme.accents_for(self.palette())
        fill = accents.warning_background if self._warning else accents.card
        edge = accents.warning_text if self._warning else accents.border
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge.setAlpha(110 if self._warning else 255)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 14, 14)
        super().paintEvent(event)


def paint_as_warning(widget: QWidget, reference: QPalette) -> None:
    """Paint ``widget``'s text in the warning colour of the theme ``reference`` belongs to."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, theme.accents_for(reference).warning_text)
    widget.setPalette(pal)
