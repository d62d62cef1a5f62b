"""The red flags, shown plainly on the Map from the first launch, until acknowledged."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from holdpoint.core import safety
from holdpoint.ui.widgets import Card, ScaledLabel, paint_as_warning


def bullet_list(items: tuple[str, ...]) -> str:
    """Rich text for a plain bulleted list, with every item escaped."""
    rows = "".join(f"<li style='margin-bottom:4px'>{escape(item)}</li>" for item in items)
    return f"<ul style='margin-left:-18px'>{rows}</ul>"


class SafetyBanner(Card):
    """The red flags in two lines, above the map until the person says they understand."""

    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(warning=True, parent=parent)
        self.setContentsMargins(16, 10, 16, 10)
        self.setAccessibleName("Safety: when not to use Holdpoint")
        heading = ScaledLabel(f"{safety.RED_FLAGS_HEADING}:", 1.0, QFont.Weight.Bold)
        paint_as_warning(heading, self.palette())
        self.heading = heading
        flags = "; ".join(flag[0].lower() + flag[1:] for flag in safety.RED_FLAGS)
        self.flags = QLabel(escape(flags) + ".")
        self.flags.setWordWrap(True)
        self.flags.setAccessibleName(f"{safety.RED_FLAGS_HEADING}: {flags}")
        self.more = QPushButton("More (F1)")
        self.more.setToolTip("Who should ask a doctor first, and how hard to press (F1)")
        self.ok = QPushButton("I &understand")
        self.ok.setToolTip("Hide this reminder; it stays under Help > Safety (F1)")
        self.ok.clicked.connect(self.acknowledged)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(heading)
        text.addWidget(self.flags)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.ok)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            paint_as_warning(self.heading, self.palette())
        super().changeEvent(event)
