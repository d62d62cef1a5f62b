"""The History place, which starts with an honest empty state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget

from holdpoint.ui.widgets import EmptyState


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
