"""File > Your tools: what the person has to work with, asked once before the first session.

Each zone is then worked the way that suits those tools (see :func:`core.health.adapt`);
zones that need something they do not have are greyed on the map with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import CHOOSABLE_TOOLS, Catalog, Tool, ToolSet
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.ui.widgets import ScaledLabel

INTRO = QT_TRANSLATE_NOOP(
    "ToolsDialog",
    "Holdpoint works each spot the way that suits what you have. Your fingers are always at "
    "hand. Spots that need something you do not have are greyed on the map; you can change "
    "this at any time in File > Your tools.",
)
NO_GUN = QT_TRANSLATE_NOOP(
    "ToolsDialog", "A massage gun is not needed: Holdpoint uses slow, steady pressure."
)


def _zones_using(catalog: Catalog, tool: Tool) -> int:
    return sum(1 for zone in catalog.zones if any(use.tool.needs is tool for use in zone.uses))


class ToolsDialog(QDialog):
    """Tick what you have; OK keeps it (see :meth:`chosen`), Cancel changes nothing.
    Before the first choice a ball is ticked: the tennis ball most people start with."""

    def __init__(self, catalog: Catalog, tools: ToolSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your tools — Holdpoint"))
        self.setAccessibleName(self.tr("Your tools"))
        ticked = set(tools) if tools else {Tool.BALL}

        heading = ScaledLabel(self.tr("What do you have to work with?"), 1.3, QFont.Weight.Bold)
        heading.setWordWrap(True)
        intro = ScaledLabel(localized("ToolsDialog", INTRO))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)

        self.boxes: dict[Tool, QCheckBox] = {}
        for tool in CHOOSABLE_TOOLS:
            count = _zones_using(catalog, tool)
            if count == 1:
                words = self.tr("{tool}  (1 spot)").format(tool=tool.label)
            else:
                words = self.tr("{tool}  ({count} spots)").format(tool=tool.label, count=count)
            box = QCheckBox(words)
            box.setAccessibleName(tool.label)
            box.setAccessibleDescription(
                self.tr("Used for {count} of the spots on the map").format(count=count)
            )
            box.setChecked(tool in ticked)
            self.boxes[tool] = box
            layout.addWidget(box)

        fingers = QLabel(self.tr("✓  {fingers}: always").format(fingers=Tool.FINGERS.label))
        fingers.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(fingers)
        note = ScaledLabel(localized("ToolsDialog", NO_GUN))
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wrapped text needs its height for the width: a dialog sizes itself by its hint.
        width = self.fontMetrics().averageCharWidth() * 64
        self.setMinimumWidth(width)
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))
        self.boxes[CHOOSABLE_TOOLS[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> ToolSet:
        """The ticked tools; fingers alone when none is ticked (never "not chosen")."""
        ticked = [tool for tool, box in self.boxes.items() if box.isChecked()]
        return ToolSet(ticked or [Tool.FINGERS])
