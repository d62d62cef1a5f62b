"""What every Settings page is made of: a scrolling page with a heading, wrapping text,
sections, and dates in the person's own words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from holdpoint.ui.widgets import ScaledLabel


def text(words: str, factor: float = 1.0, bold: bool = False, muted: bool = False) -> QLabel:
    """A label that wraps (its height follows its width) and follows the text size."""
    label = ScaledLabel(words, factor, QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class SettingsPage(QScrollArea):
    """One page: a heading, an optional introduction, then the page's own sections; it
    scrolls when large text or a small screen leaves too little room."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        """``title`` and ``intro`` are shown as given: in the chosen language."""
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(4, 0, 12, 8)
        self.column.setSpacing(10)
        heading = text(title, 1.3, bold=True)
        heading.setAccessibleName(self.tr("{title} settings").format(title=title))
        self.column.addWidget(heading)
        if intro:
            self.column.addWidget(text(intro, muted=True))
        self.column.addStretch(1)
        self.setWidget(inner)

    def add(self, item: QWidget) -> QWidget:
        """Add ``item`` below what the page already shows."""
        self.column.insertWidget(self.column.count() - 1, item)
        return item

    def section(self, title: str) -> QVBoxLayout:
        """A titled group of controls; returns its layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(text(title, 1.05, bold=True))
        self.add(box)
        return layout
