"""Light and dark palettes, and the text size.

Holdpoint draws with the Fusion style and palettes of its own, so it looks the same on
every desktop and in screenshots, and follows the system's light or dark choice unless
the person picks one. Every colour a widget paints with comes from the palette or from
:class:`Accents`, never from a literal in a widget.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from holdpoint.core.preferences import Theme

_BASE_POINT_SIZE_PROPERTY = "holdpointBasePointSize"


@dataclass(frozen=True)
class Accents:
    """Colours with a meaning beyond the palette's roles."""

    primary: QColor
    on_primary: QColor
    warning_text: QColor
    warning_background: QColor
    muted_text: QColor
    card: QColor
    border: QColor


@dataclass(frozen=True)
class _Scheme:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    highlight: str
    on_highlight: str
    link: str
    warning_text: str
    warning_background: str
    card: str
    border: str


_LIGHT = _Scheme(
    window="#f4f6f5",
    base="#ffffff",
    alternate="#eef2f1",
    text="#17201f",
    muted="#56625f",
    button="#e9eeec",
    highlight="#0f766e",
    on_highlight="#ffffff",
    link="#0b5f58",
    warning_text="#8a1c12",
    warning_background="#fdecea",
    card="#ffffff",
    border="#cfd8d5",
)

_DARK = _Scheme(
    window="#161b1b",
    base="#1d2323",
    alternate="#232b2a",
    text="#e8eeec",
    muted="#a3b0ad",
    button="#283130",
    highlight="#2dd4bf",
    on_highlight="#06201d",
    link="#5eead4",
    warning_text="#ffb4a8",
    warning_background="#3b1f1c",
    card="#1f2626",
    border="#3a4544",
)


def resolve(theme: Theme) -> Theme:
    """Light or dark: what ``theme`` means on this system now."""
    if theme is not Theme.SYSTEM:
        return theme
    hints = QGuiApplication.styleHints()
    return Theme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else Theme.LIGHT


def _scheme(theme: Theme) -> _Scheme:
    return _DARK if resolve(theme) is Theme.DARK else _LIGHT


def palette(theme: Theme) -> QPalette:
    s = _scheme(theme)
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: s.window,
        QPalette.ColorRole.WindowText: s.text,
        QPalette.ColorRole.Base: s.base,
        QPalette.ColorRole.AlternateBase: s.alternate,
        QPalette.ColorRole.Text: s.text,
        QPalette.ColorRole.PlaceholderText: s.muted,
        QPalette.ColorRole.Button: s.button,
        QPalette.ColorRole.ButtonText: s.text,
        QPalette.ColorRole.BrightText: s.warning_text,
        QPalette.ColorRole.Highlight: s.highlight,
        QPalette.ColorRole.HighlightedText: s.on_highlight,
        QPalette.ColorRole.Link: s.link,
        QPalette.ColorRole.LinkVisited: s.link,
        QPalette.ColorRole.ToolTipBase: s.card,
        QPalette.ColorRole.ToolTipText: s.text,
        QPalette.ColorRole.Accent: s.highlight,
        QPalette.ColorRole.Mid: s.border,
        QPalette.ColorRole.Midlight: s.alternate,
        QPalette.ColorRole.Dark: s.border,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(s.muted))
    return pal


def accents(theme: Theme) -> Accents:
    s = _scheme(theme)
    return Accents(
        primary=QColor(s.highlight),
        on_primary=QColor(s.on_highlight),
        warning_text=QColor(s.warning_text),
        warning_background=QColor(s.warning_background),
        muted_text=QColor(s.muted),
        card=QColor(s.card),
        border=QColor(s.border),
    )


def floor_palette() -> QPalette:
    """Floor mode: near-black and white, the accent brighter, for reading from 3 metres."""
    pal = palette(Theme.DARK)
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#0a0a0a"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#1c1c1c"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#3ff0d6"),
    ):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, role, QColor(colour))
    # What cannot be used now (e.g. "+15 s" during a rest) must look it from the floor too.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.Text):  # fmt: skip
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6b6b"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor("#101010"))
    return pal


def accents_for(pal: QPalette) -> Accents:
    """The accents that go with ``pal``: dark ones on a dark window, light ones otherwise."""
    dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
    return accents(Theme.DARK if dark else Theme.LIGHT)


class _Style(QProxyStyle):
    """Fusion, with check boxes and radio buttons outlined in the placeholder colour:
    Fusion's own outline is a darker shade of the window, lost on a dark one."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        round_ = element is QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not (round_ or element is QStyle.PrimitiveElement.PE_IndicatorCheckBox):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = option.rect.adjusted(0, 0, -1, -1)
        if round_:
            painter.drawEllipse(box.adjusted(1, 1, 0, 0))
        else:
            painter.drawRect(box)
        painter.restore()


def apply(app: QApplication, theme: Theme) -> None:
    """Use the Fusion style with the palette for ``theme`` across the application."""
    if not isinstance(app.style(), _Style):
        app.setStyle(_Style("Fusion"))
    app.setPalette(palette(theme))


def text_factor() -> float:
    """How much larger the application's text is than the platform's (the person's text
    size times the window's growth): icons beside text grow by as much."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 1.0
    base = app.property(_BASE_POINT_SIZE_PROPERTY)
    size = app.font().pointSizeF()
    return size / float(base) if base and size > 0 else 1.0


def set_text_scale(app: QApplication, scale: float) -> None:
    """Scale all text relative to the platform's default font size."""
    base = app.property(_BASE_POINT_SIZE_PROPERTY)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE_PROPERTY, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)


@dataclass(frozen=True)
class BodyColours:
    """The body map's colours: skin, muscles, trigger points, referral stipple, no-press."""

    skin: QColor
    skin_edge: QColor
    contour: QColor
    bone: QColor
    muscle: QColor
    muscle_edge: QColor
    fibre: QColor
    muscle_hover: QColor
    selected: QColor
    selected_edge: QColor
    trigger: QColor
    trigger_ring: QColor
    referral: QColor
    no_press: QColor
    excluded: QColor
    label: QColor
    label_background: QColor
    leader: QColor


#: Each body colour role: (light, dark).
_BODY = {
    "skin": ("#ece4dc", "#3a3430"),
    "skin_edge": ("#a99a8d", "#8a7b6e"),
    "contour": ("#b9aa9c", "#6f6359"),
    "bone": ("#7d6f63", "#cbbcae"),
    "muscle": ("#e7aaa0", "#a85f56"),
    "muscle_edge": ("#b5675c", "#e39a8f"),
    "fibre": ("#c98479", "#8d4d45"),
    "muscle_hover": ("#f2c0b8", "#c4766b"),
    "selected": ("#0f766e", "#2dd4bf"),
    "selected_edge": ("#0a4f4a", "#b8fff4"),
    "trigger": ("#5c1a12", "#fff1ec"),
    "trigger_ring": ("#ffffff", "#2a1512"),
    "referral": ("#d2490f", "#ff9a52"),
    "no_press": ("#8a1c12", "#ffb4a8"),
    "excluded": ("#bfc7c5", "#4a5553"),
    "label": ("#17201f", "#e8eeec"),
    "label_background": ("#ffffff", "#1f2626"),
    "leader": ("#7d6f63", "#a3b0ad"),
}


def body_colours(pal: QPalette) -> BodyColours:
    """The body map's colours for ``pal``: the dark set on a dark window."""
    dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
    return BodyColours(**{role: QColor(pair[dark]) for role, pair in _BODY.items()})
