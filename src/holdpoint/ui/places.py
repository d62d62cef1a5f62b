"""The three places of the main window. Each starts with an honest empty state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from holdpoint.ui.safety import SafetyCard
from holdpoint.ui.widgets import EmptyState


class MapPlace(QWidget):
    """Where the person chooses what to work on. The red flags are shown here, first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Map")
        self.empty = EmptyState(
            "map",
            "Where does it hurt?",
            "A body diagram, back and front, will be here with the trigger-point zones that "
            "most often cause sciatica-like pain. Click where you feel pain and Holdpoint "
            "shows which muscles send pain there, how to find them and how to lie on a "
            "ball or roller to release them.",
        )
        self.safety = SafetyCard()
        self.safety.setMaximumWidth(460)
        side = QVBoxLayout()
        side.addStretch(1)
        side.addWidget(self.safety)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 32, 24)
        layout.setSpacing(24)
        layout.addWidget(self.empty, 3)
        layout.addLayout(side, 2)


class SessionPlace(QWidget):
    """The timer the person follows from the floor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Session")
        self.empty = EmptyState(
            "session",
            "No session running",
            "Choose zones on the Map, then start. Each hold will be timed here with giant "
            "digits and a ring you can follow from the floor, a sound and a spoken cue to "
            "start and to release, and a rest before you switch sides.",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)


class HistoryPlace(QWidget):
    """Pain ratings and sessions over the weeks."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("History")
        self.empty = EmptyState(
            "history",
            "No sessions yet",
            "After each session you rate your leg and back pain before and after. Here you "
            "will see how those ratings change over the weeks, which zones seem to help, and "
            "export a one-page report for your clinician. Everything is kept on this "
            f"computer, in {data_dir}.",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
