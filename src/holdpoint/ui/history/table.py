"""The table of sessions under the chart, newest first."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from holdpoint.core.i18n import decimal
from holdpoint.core.trends import SessionSummary
from holdpoint.ui.history.model import pair, qt_moment

_ROOT = QModelIndex()
#: Rows the table always has room for.
MIN_ROWS = 8


class SessionTableModel(QAbstractTableModel):
    """Sessions for the table, newest first; cells are made only when they are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The column titles.
        self.headers = (
            self.tr("Date"),
            self.tr("Routine"),
            self.tr("Leg pain"),
            self.tr("Back pain"),
            self.tr("Zones"),
            self.tr("Minutes held"),
        )
        self.rows: list[SessionSummary] = []
        self._order = (0, Qt.SortOrder.DescendingOrder)

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.rows = list(sessions)
        self.endResetModel()
        self.sort(*self._order)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _key(self, session: SessionSummary, column: int) -> object:
        return (
            session.started,
            session.routine,
            (session.leg_before if session.leg_before is not None else -1),
            (session.back_before if session.back_before is not None else -1),
            len(session.zones),
            session.hold_seconds,
        )[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return QLocale().toString(qt_moment(s.started), self.tr("yyyy-MM-dd HH:mm"))
        if column == 1:
            return s.routine or self.tr("Own choice")
        return (
            pair(s.leg_before, s.leg_after),
            pair(s.back_before, s.back_after),
            str(len(s.zones)),
            decimal(s.hold_seconds / 60),
        )[column - 2]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda s: self._key(s, column),  # type: ignore[arg-type,return-value]
                       reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self.layoutChanged.emit()


class SessionTable(QTableView):
    """The sessions, with room for at least :data:`MIN_ROWS` rows at any text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = SessionTableModel(self)
        self.setModel(self.sessions)
        self.setAccessibleName(self.tr("Sessions"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.setToolTip(self.tr("Delete removes the selected session (Ctrl+Z undoes it)"))
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Rows as tall as the text needs, and room for :data:`MIN_ROWS` of them."""
        # The header has a font of its own from the platform: make it follow the table's.
        self.horizontalHeader().setFont(self.font())
        row = self.fontMetrics().height() + 8
        self.verticalHeader().setDefaultSectionSize(row)
        header = self.horizontalHeader().sizeHint().height()
        self.setMinimumHeight(header + MIN_ROWS * row + 2 * self.frameWidth() + 2)

    def visible_rows(self) -> int:
        """How many whole rows are on screen."""
        count = 0
        for row in range(self.sessions.rowCount()):
            top = self.rowViewportPosition(row)
            if top < 0:
                continue
            if top + self.rowHeight(row) > self.viewport().height():
                break
            count += 1
        return count

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows()
