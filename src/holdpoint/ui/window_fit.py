"""A window that uses its space: its first size on a screen, and text that grows with it.

Holdpoint is read from the floor, one to three metres away. On a large screen at 96 dpi
(a 2560×1600 monitor, or a television) text of the platform's size is too small to read
from there, so all text grows with the window: the person's own text size (View > Larger
text) times a factor of the window's size, 1 up to a 1280×800 window, 2 at 2560×1600, in
steps of an eighth so that dragging a window's edge does not lay it out at every pixel.
A high-dpi screen that Qt already scales gives a logical size near 1280×800 and so the
factor 1.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from holdpoint.ui import theme
from holdpoint.ui.widgets import refresh_scaled_text

#: The window size that text of the platform's size was made for.
REFERENCE = QSize(1280, 800)
#: Text grows at most this much with the window.
MOST = 2.0
#: The share of the screen a first window takes, and the least it takes where it fits.
FIRST_SHARE = 0.8
FIRST_LEAST = QSize(1100, 720)


def first_geometry(available: QRect) -> QRect:
    """The first window on a screen whose free area is ``available``: 80 % of it, at
    least 1100×720 where the screen allows, centred."""
    width = min(available.width(), max(FIRST_LEAST.width(), round(available.width() * FIRST_SHARE)))
    height = min(
        available.height(), max(FIRST_LEAST.height(), round(available.height() * FIRST_SHARE))
    )
    geometry = QRect(0, 0, width, height)
    geometry.moveCenter(available.center())
    return geometry


def size_factor(size: QSize) -> float:
    """How much larger text is in a window of ``size`` than in one of :data:`REFERENCE`."""
    ratio = min(size.width() / REFERENCE.width(), size.height() / REFERENCE.height())
    return min(MOST, max(1.0, math.floor(ratio * 8) / 8))


class TextFit(QObject):
    """The one owner of the application's text size: the person's scale times the
    window's :func:`size_factor`, applied whenever either changes."""

    def __init__(self, window: QWidget, scale: float) -> None:
        super().__init__(window)
        self._scale = scale
        self.factor = 1.0
        window.installEventFilter(self)

    @property
    def effective(self) -> float:
        """The text scale in force: the person's times the window's."""
        return self._scale * self.factor

    def set_scale(self, scale: float) -> None:
        """The person chose a text size (View > Larger text, Settings > Appearance)."""
        if scale != self._scale:
            self._scale = scale
            self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            factor = size_factor(watched.size())
            if factor != self.factor:
                self.factor = factor
                self._apply()
        return False

    def _apply(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.set_text_scale(app, self.effective)
        refresh_scaled_text()
