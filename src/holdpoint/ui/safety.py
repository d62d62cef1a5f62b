"""The red flags, shown plainly on the Map from the first launch, until acknowledged."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from holdpoint.core import safety
from holdpoint.core.i18n import localized
from holdpoint.ui.widgets import Card, ScaledLabel, paint_as_warning


def bullet_list(items: tuple[str, ...]) -> str:
    """Rich text for a plain bulleted list, with every item escaped."""
    rows = "".join(f"<li style='margin-bottom:4px'>{escape(item)}</li>" for item in items)
    return f"<ul style='margin-left:-18px'>{rows}</ul>"


class SafetyBanner(Card):
    """A one-line reminder above the map (the red flags themselves are asked in the
    health check before the first session); Safety (F1) has the rest."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(warning=True, parent=parent)
        self.setContentsMargins(12, 4, 12, 4)
        self.setAccessibleName(self.tr("Safety reminder"))
        heading = ScaledLabel(self.tr("Self-care, not a diagnosis."), 1.0, QFont.Weight.Bold)
        paint_as_warning(heading, self.palette())
        self.heading = heading
        reminder = localized("safety", safety.REMINDER)
        self.flags = QLabel(escape(reminder))
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName(reminder)
        self.more = QPushButton(self.tr("Safety (F1)"))
        self.more.setToolTip(
            self.tr("When to get help instead, who should ask first, how hard to press")
        )
        self.ok = QPushButton(self.tr("H&ide"))
        self.ok.setToolTip(self.tr("Hide this reminder; it stays under Help > Safety (F1)"))
        self.ok.clicked.connect(self.acknowledged)
        layout = QHBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.flags, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.ok)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            paint_as_warning(self.heading, self.palette())
        super().changeEvent(event)
