"""Help > About: the version, where the data lives, and the short safety note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from holdpoint import APP_NAME, __version__
from holdpoint.core import safety
from holdpoint.core.i18n import localized
from holdpoint.crash import log_dir
from holdpoint.ui.widgets import IconLabel, ScaledLabel


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumWidth(520)

        logo = IconLabel("holdpoint", 72)
        logo.setAccessibleName(self.tr("{app} logo").format(app=APP_NAME))
        name = ScaledLabel(
            self.tr("{app} {version}").format(app=APP_NAME, version=__version__),
            1.6,
            QFont.Weight.Bold,
        )
        name.setAccessibleName(
            self.tr("{app} version {version}").format(app=APP_NAME, version=__version__)
        )
        purpose = ScaledLabel(localized("safety", safety.PURPOSE))
        purpose.setWordWrap(True)

        where = ScaledLabel(
            self.tr("Your data stays on this computer, in:"), 1.0, QFont.Weight.DemiBold
        )
        self.data_dir_label = QLabel(str(data_dir))
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir_label.setAccessibleName(self.tr("Data folder"))
        self.open_folder = QPushButton(self.tr("&Open data folder"))
        self.open_folder.setToolTip(self.tr("Show the data folder in the file manager (Alt+O)"))
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        logs = log_dir()
        self.open_logs = QPushButton(self.tr("Open &log folder"))
        self.open_logs.setToolTip(
            self.tr(
                "Show Holdpoint's log, to send to whoever helps you if something goes wrong: "
                "{folder}"
            ).format(folder=logs)
        )
        self.open_logs.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(logs)))
        )
        note_title = ScaledLabel(self.tr("Safety"), 1.0, QFont.Weight.DemiBold)
        note = ScaledLabel(localized("safety", safety.SHORT_NOTE))
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Safety note"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(name, 1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir_label, 1)
        folder_row.addWidget(self.open_folder)
        folder_row.addWidget(self.open_logs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(purpose)
        layout.addWidget(where)
        layout.addLayout(folder_row)
        layout.addWidget(note_title)
        layout.addWidget(note)
        layout.addWidget(buttons)
