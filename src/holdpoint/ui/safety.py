"""The red-flag card, shown plainly on the Map from the first launch."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from holdpoint.core import safety
from holdpoint.ui.widgets import Card, ScaledLabel, paint_as_warning


def bullet_list(items: tuple[str, ...]) -> str:
    """Rich text for a plain bulleted list, with every item escaped."""
    rows = "".join(f"<li style='margin-bottom:4px'>{escape(item)}</li>" for item in items)
    return f"<ul style='margin-left:-18px'>{rows}</ul>"


class SafetyCard(Card):
    """The red flags, shown plainly where a person starts: on the Map, at first launch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(warning=True, parent=parent)
        self.setAccessibleName("Safety: when not to use Holdpoint")
        self.heading = ScaledLabel(safety.RED_FLAGS_HEADING, 1.2, QFont.Weight.Bold)
        self.heading.setWordWrap(True)
        self.flags = ScaledLabel(bullet_list(safety.RED_FLAGS), 1.05)
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.RichText)
        self.flags.setAccessibleName(f"{safety.RED_FLAGS_HEADING}: " + "; ".join(safety.RED_FLAGS))
        self.rule = ScaledLabel(safety.PRESSURE_RULES[0], 1.0)
        self.rule.setWordWrap(True)
        self.more = QPushButton("More safety information (F1)")
        self.more.setAccessibleName("More safety information")
        self.more.setToolTip("Who should ask a doctor first, and how hard to press (F1)")

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.flags)
        layout.addWidget(self.rule)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        paint_as_warning(self.heading, self.palette())
