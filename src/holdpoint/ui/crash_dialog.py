"""The calm report of an unexpected error: what happened, that the history is safe, and
a report to copy. The window stays usable; a second error is added to the same report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from holdpoint import APP_NAME
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.ui.widgets import ScaledLabel

#: What the dialog says, with ``{app}`` for the program's name.
EXPLANATION = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "{app} ran into an unexpected problem and stopped what it was doing. Your history "
    "is safe: every finished hold was saved the moment it ended, and you can go on using "
    "{app}. If this happens again, copy the report below and send it to whoever "
    "helps you with Holdpoint. It holds no ratings, notes or other personal details.",
)
#: Reports kept in one dialog; later ones are only logged.
MAX_REPORTS = 10


class CrashDialog(QDialog):
    def __init__(self, log_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong — {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Error report"))
        self.reports: list[str] = []
        heading = ScaledLabel(self.tr("Something went wrong"), 1.3, QFont.Weight.Bold)
        text = ScaledLabel(localized("CrashDialog", EXPLANATION).format(app=APP_NAME))
        text.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report text"))
        self.report.setMinimumHeight(self.fontMetrics().height() * 12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_folder is not None:
            logs = QPushButton(self.tr("Open &log folder"))
            logs.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder)))
            )
            buttons.addButton(logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def add(self, report: str) -> None:
        if len(self.reports) >= MAX_REPORTS:
            return
        self.reports.append(report)
        self.report.setPlainText("\n\n".join(self.reports))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CrashReporter:
    """Shows reports in one dialog over ``window``, later (never inside the failing slot)."""

    def __init__(self, window: QWidget, log_folder: Path | None) -> None:
        self._window = window
        self._log_folder = log_folder
        self.dialog: CrashDialog | None = None

    def show(self, report: str) -> None:
        QTimer.singleShot(0, lambda: self._show(report))

    def _show(self, report: str) -> None:
        if self.dialog is None:
            self.dialog = CrashDialog(self._log_folder, self._window)
            self.dialog.finished.connect(self._closed)
        self.dialog.add(report)
        self.dialog.show()
        self.dialog.raise_()

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
