"""Settings > Data: where the history lives, backing it up now, restoring a backup, and
exporting it.

A backup now is written whole or not at all, as the daily one; a restore keeps the
history as it was aside first, and happens in the open history (see
:func:`holdpoint.storage.backups.restore`), so nothing else needs to reopen it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import Place
from holdpoint.storage import backups
from holdpoint.storage.errors import HistoryError
from holdpoint.storage.history import BACKUP_DIR, HistoryStore
from holdpoint.ui.settings.common import SettingsPage, text
from holdpoint.ui.widgets import long_date, session_count

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Data")
WHERE = QT_TRANSLATE_NOOP("DataPage", "Your history stays on this computer, in:")
BACKUPS = QT_TRANSLATE_NOOP(
    "DataPage",
    "Holdpoint backs up your history once a day and keeps the last seven backups, and "
    "any that holds more sessions than your history has now.",
)
EXPORT = QT_TRANSLATE_NOOP(
    "DataPage", "Your sessions, holds and ratings as CSV files, to open in a spreadsheet."
)
NO_HISTORY = QT_TRANSLATE_NOOP("DataPage", "There is no history to back up yet.")
SESSION_RUNS = QT_TRANSLATE_NOOP(
    "DataPage",
    "A session is still open. Finish it (or stop it) and give your ratings first: then "
    "restore the backup.",
)


def _sessions(count: int | None) -> str:
    """How many sessions a history or a backup holds, in words."""
    if count is None:
        return QCoreApplication.translate("DataPage", "cannot be read")
    return session_count(count)


class RestoreDialog(QDialog):
    """The backups, newest first, with their dates and how many sessions each holds;
    Restore asks once more, then :attr:`chosen` is the backup to put back."""

    def __init__(self, found: list[backups.Backup], now: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup — Holdpoint"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        self.now = now
        self.chosen: backups.Backup | None = None
        self.counts: dict[backups.Backup, int | None] = {}

        intro = text(
            self.tr(
                "Your history has {sessions} now. Choose the backup to put in its "
                "place. Your history as it is now is kept aside in the data folder first, "
                "so nothing is lost."
            ).format(sessions=_sessions(now))
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setSpacing(3)  # room around each date, to aim at
        for backup in found:
            count = backups.session_count(backup.path)
            self.counts[backup] = count
            if backup.kept:
                words = self.tr(
                    "{date} — {sessions} (kept: it holds more sessions than your history had)"
                )
            else:
                words = self.tr("{date} — {sessions}")
            words = words.format(date=long_date(backup.day), sessions=_sessions(count))
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, found.index(backup))
            if count is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self._found = found
        label = QLabel(self.tr("&Backups"))
        label.setBuddy(self.list)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setEnabled(False)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item: self._confirm())  # Enter: Restore…

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        first = next((row for row in range(self.list.count())
                      if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled), -1)  # fmt: skip
        self.list.setCurrentRow(first)
        self.list.setFocus()
        self.restore.setDefault(True)  # Enter in the list: once the button is in the dialog
        width, height = max(self.sizeHint().width(), 560), max(self.sizeHint().height(), 380)
        screen = parent.screen()
        if screen is not None:  # large text on a small screen: the list scrolls instead
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def backup_at(self, row: int) -> backups.Backup | None:
        item = self.list.item(row)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return self._found[int(item.data(Qt.ItemDataRole.UserRole))]

    def _selected(self, row: int) -> None:
        self.restore.setEnabled(self.backup_at(row) is not None)

    def _confirm(self) -> None:
        backup = self.backup_at(self.list.currentRow())
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore this backup?"),
            self.tr(
                "Put the backup of {date} ({sessions}) in the place of your history ({now})?"
            ).format(
                date=long_date(backup.day),
                sessions=_sessions(self.counts[backup]),
                now=_sessions(self.now),
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Your history as it is now is kept aside in the data folder, as a file of its own."
            )
        )
        yes = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is yes:
                self.chosen = backup
                self.accept()

        box.finished.connect(answered)
        box.open()


class DataPage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(localized("SettingsDialog", TITLE), parent=parent)
        self._window = window
        self.restore_dialog: RestoreDialog | None = None

        where = self.section(self.tr("Where your history is"))
        where.addWidget(text(localized("DataPage", WHERE)))
        self.folder = text(str(window.data_dir))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder = QPushButton(self.tr("&Open the data folder"))
        self.open_folder.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(window.data_dir)))
        )
        where.addWidget(self.folder)
        where.addLayout(self._row(self.open_folder))

        kept = self.section(self.tr("Backups"))
        kept.addWidget(text(localized("DataPage", BACKUPS), muted=True))
        self.newest = text("")
        self.newest.setAccessibleName(self.tr("Newest backup"))
        self.back_up = QPushButton(self.tr("&Back up now"))
        self.back_up.setToolTip(
            self.tr("Write today's backup again, with your history as it is now")
        )
        self.back_up.clicked.connect(self.back_up_now)
        self.restore = QPushButton(self.tr("&Restore from a backup…"))
        self.restore.setToolTip(self.tr("Put an earlier backup in the place of your history"))
        self.restore.clicked.connect(self.ask_restore)
        self.status = text("")
        self.status.setAccessibleName(self.tr("Backup status"))
        self.status.hide()
        kept.addWidget(self.newest)
        kept.addLayout(self._row(self.back_up, self.restore))
        kept.addWidget(self.status)

        export = self.section(self.tr("Export"))
        export.addWidget(text(localized("DataPage", EXPORT), muted=True))
        self.export = QPushButton(self.tr("&Export…"))
        keys = window.export_action.shortcut().toString()
        self.export.setToolTip(
            self.tr("The same as File > Export history as CSV ({keys})").format(keys=keys)
        )
        self.export.clicked.connect(window.export_action.trigger)
        export.addLayout(self._row(self.export))
        self.show_newest()

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def show_newest(self) -> None:
        found = backups.backups(self._window.data_dir / BACKUP_DIR)
        if not found:
            self.newest.setText(self.tr("No backup yet."))
            return
        newest = found[0]
        count = _sessions(backups.session_count(newest.path))
        self.newest.setText(
            self.tr("Newest backup: {date}, {sessions}.").format(
                date=long_date(newest.day), sessions=count
            )
        )

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(self.status))  # laid out

    def _store(self) -> HistoryStore | None:
        store = self._window.history()
        if store is None:
            self._say(localized("DataPage", NO_HISTORY))
        return store

    def back_up_now(self) -> None:
        store = self._store()
        if store is None:
            return
        folder = self._window.data_dir / BACKUP_DIR
        try:
            written = backups.write_now(
                store.connection, folder, dt.date.today(), store.session_count()
            )
        except (OSError, sqlite3.Error) as error:
            self._say(
                self.tr(
                    "The backup could not be written in {folder} ({error}). Your history "
                    "itself is fine."
                ).format(folder=folder, error=error)
            )
            return
        self.show_newest()
        self._say(
            self.tr("Backed up: {sessions}, in {file}.").format(
                sessions=_sessions(backups.session_count(written)), file=written
            )
        )

    def ask_restore(self) -> None:
        run = self._window.run
        if run is not None and (run.active or run.recorder.waiting):
            self._say(localized("DataPage", SESSION_RUNS))
            return
        store = self._store()
        if store is None:
            return
        found = backups.backups(self._window.data_dir / BACKUP_DIR)
        if not found:
            self._say(self.tr("There is no backup to restore yet: Back up now makes one."))
            return
        dialog = RestoreDialog(found, store.session_count(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._restore(store, dialog.chosen))
        dialog.finished.connect(lambda _result: setattr(self, "restore_dialog", None))
        self.restore_dialog = dialog
        dialog.open()

    def _restore(self, store: HistoryStore, backup: backups.Backup | None) -> None:
        if backup is None:
            return
        before = store.session_count()
        try:
            aside = backups.restore(store.connection, store.path, backup)
        except HistoryError as error:
            self._say(str(error))
            return
        message = self.tr(
            "The backup of {date} was restored: your history has {sessions}. Your history "
            "as it was ({before}) is kept as {aside}."
        ).format(
            date=long_date(backup.day),
            sessions=_sessions(store.session_count()),
            before=_sessions(before),
            aside=aside,
        )
        self._say(message)
        self._window.statusBar().showMessage(message, 15_000)
        if self._window.current_place() is Place.HISTORY:  # on screen: show what is there now
            self._window.place(Place.HISTORY).refresh()  # type: ignore[attr-defined]
