"""Vector icons from ``resources/icons``, tinted with a palette colour and crisp at any scale.

Icons are rendered lazily, at the size and device pixel ratio a widget asks for, so
creating them costs nothing at start-up.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from holdpoint import assets


@cache
def _svg(name: str) -> str:
    return assets.read_text(f"icons/{name}.svg")


def _renderer(name: str, colour: QColor | None) -> QSvgRenderer:
    text = _svg(name)
    if colour is not None:
        text = text.replace("currentColor", colour.name())
    return QSvgRenderer(QByteArray(text.encode("utf-8")))


def render(name: str, size: QSize, colour: QColor | None = None, ratio: float = 1.0) -> QImage:
    """Render icon ``name`` at ``size`` logical pixels, ``currentColor`` painted ``colour``."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name, colour).render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


class _SvgIconEngine(QIconEngine):
    def __init__(self, name: str, colour: QColor | None, on_colour: QColor | None) -> None:
        super().__init__()
        self._name = name
        self._colour = QColor(colour) if colour is not None else None
        self._on_colour = QColor(on_colour) if on_colour is not None else self._colour

    def _colour_for(self, state: QIcon.State) -> QColor | None:
        return self._on_colour if state == QIcon.State.On else self._colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _renderer(self._name, self._colour_for(state)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return QPixmap.fromImage(render(self._name, size, self._colour_for(state), scale))

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._colour, self._on_colour)


def icon(name: str, colour: QColor | None = None, on_colour: QColor | None = None) -> QIcon:
    """The icon ``name``, with ``currentColor`` in its SVG painted ``colour``.

    ``on_colour``, if given, is used for the checked (On) state, e.g. a selected tab.
    """
    _svg(name)  # a missing file fails here, where the icon is asked for
    return QIcon(_SvgIconEngine(name, colour, on_colour))
