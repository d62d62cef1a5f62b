"""Small building blocks shared by the places: text that scales, empty states, cards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from holdpoint.ui import icons, theme


def date_text(day: dt.date, form: str | QLocale.FormatType) -> str:
    """``day`` as the chosen language's locale writes it in ``form``: a QLocale pattern
    ("dd MMM yyyy", itself translated where the order differs) or a format type."""
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def long_date(day: dt.date) -> str:
    """``day`` as the person's locale writes it in full ("Monday, 4 May 2026")."""
    return date_text(day, QLocale.FormatType.LongFormat)


def session_count(count: int) -> str:
    """How many sessions, in words: "1 session", "3 sessions"."""
    if count == 1:
        return QCoreApplication.translate("widgets", "1 session")
    return QCoreApplication.translate("widgets", "{count} sessions").format(count=count)


def _lower_case_in_sentences() -> bool:
    """Whether the language writes names in lower case inside a sentence."""
    #: "yes" where a name (a body region, an area) is written in lower case inside a
    #: sentence, as in English ("pain in the buttock"); "no" where nouns keep their capital,
    #: as in German.
    answer = QCoreApplication.translate("widgets", "yes", "lower-case names inside a sentence")
    return answer == "yes"


def in_sentence(name: str) -> str:
    """A name from the catalog (a region, an area) inside a sentence: in lower case where
    the language writes it so ("the buttock"), as it is where nouns keep their capital."""
    return name.lower() if _lower_case_in_sentences() else name


def lower_first(text: str) -> str:
    """A sentence from the catalog after a colon: its first letter in lower case where
    the language writes it so, as it is otherwise."""
    return text[:1].lower() + text[1:] if _lower_case_in_sentences() else text


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
        self._zoom = 1.0
        self._weight = weight
        self._line: int | None = None
        self.refresh_font()

    def set_line_length(self, characters: int) -> None:
        """Wrap at about ``characters`` per line, at any text size (a measure that reads)."""
        self._line = characters
        self.refresh_font()

    def set_factor(self, factor: float) -> None:
        """Change the multiple of the application font (floor mode makes text larger)."""
        self._factor = factor
        self.refresh_font()

    def set_zoom(self, zoom: float) -> None:
        """Make the label ``zoom`` times larger still (the Session place's floor mode)."""
        self._zoom = zoom
        self.refresh_font()

    def refresh_font(self) -> None:
        """Follow the application font; Qt sends no event to a label with its own size."""
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self._factor * self._zoom)
        font.setWeight(self._weight)
        self.setFont(font)
        if self._line is not None:
            self.setMaximumWidth(QFontMetrics(font).averageCharWidth() * self._line)


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
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render()  # a new colour, or text grown (the icon grows with it)
        super().changeEvent(event)

    def _render(self) -> None:
        colour = theme.accents_for(self.palette()).primary
        ratio = self.devicePixelRatioF()
        side = round(self._side * theme.text_factor())
        image = icons.render(self._name, QSize(side, side), colour, ratio)
        self.setPixmap(QPixmap.fromImage(image))


class EmptyState(QWidget):
    """What a place shows before it has content: an icon, a title and what will be here."""

    def __init__(
        self, icon_name: str, title: str, body: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.icon = IconLabel(icon_name, 88)
        self.icon.setAccessibleName(self.tr("{title} illustration").format(title=title))
        self.title = ScaledLabel(title, 1.9, QFont.Weight.DemiBold)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(title)
        self.body = ScaledLabel(body, 1.15)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setMinimumWidth(280)
        self.body.set_line_length(64)
        self.body.setAccessibleName(self.tr("{title}: what will be here").format(title=title))
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


class PillButton(QToolButton):
    """A checkable, rounded button painted from the palette: accent fill when checked,
    a soft fill on hover, a ring when it has keyboard focus. No style sheet, so it follows
    the theme and the text size like every other widget. An ``outlined`` one also has a
    border when not checked, so that it reads as a button and not as a heading (the
    Map's modes); the places' tabs go without."""

    def __init__(self, parent: QWidget | None = None, outlined: bool = False) -> None:
        super().__init__(parent)
        self._outlined = outlined
        self._icon_side = 24  # at the platform's text size; it grows with the text
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    def set_icon_side(self, side: int) -> None:
        """The icon's side at the platform's text size (it grows with the text)."""
        self._icon_side = side
        grown = round(side * theme.text_factor())
        self.setIconSize(QSize(grown, grown))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.set_icon_side(self._icon_side)
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        text_width = QFontMetrics(bold).horizontalAdvance(self.text().replace("&", ""))
        icon = self.iconSize().width() + 8 if not self.icon().isNull() else 0
        tall = self.iconSize().height() + 12 if not self.icon().isNull() else 0
        return QSize(text_width + icon + 36, max(metrics.height() + 18, tall, 36))

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        accents = theme.accents_for(pal)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        checked = self.isChecked()
        if checked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accents.primary)
            painter.drawRoundedRect(box, 10, 10)
        elif (self.underMouse() and self.isEnabled()) or self._outlined:
            hovered = self.underMouse() and self.isEnabled()
            outline = QPen(accents.primary, 1.5) if self._outlined else Qt.PenStyle.NoPen
            painter.setPen(outline)
            painter.setBrush(
                pal.color(QPalette.ColorRole.AlternateBase) if hovered else Qt.BrushStyle.NoBrush
            )
            painter.drawRoundedRect(box, 10, 10)
        if self.hasFocus():
            ring = pal.color(QPalette.ColorRole.Text) if checked else accents.primary
            painter.setPen(QPen(ring, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 10, 10)

        colour = accents.on_primary if checked else self._text_colour(pal)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(colour)
        text = self.text().replace("&", "")
        text_width = QFontMetrics(font).horizontalAdvance(text)
        icon_side = self.iconSize().width() if not self.icon().isNull() else 0
        gap = 8 if icon_side else 0
        left = box.center().x() - (icon_side + gap + text_width) / 2
        if icon_side:
            state = QIcon.State.On if checked else QIcon.State.Off
            top = round(box.center().y() - icon_side / 2)
            self.icon().paint(painter, round(left), top, icon_side, icon_side,
                              Qt.AlignmentFlag.AlignCenter, QIcon.Mode.Normal, state)  # fmt: skip
        text_box = QRectF(left + icon_side + gap, box.top(), text_width + 2, box.height())
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()

    def _text_colour(self, pal: QPalette):
        """Normal text, or the colour a caller set as this button's ButtonText."""
        return pal.color(QPalette.ColorRole.ButtonText)
