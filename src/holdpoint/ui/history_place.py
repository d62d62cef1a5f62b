"""The History place: is it helping? Pain before and after each session over the weeks.

pyqtgraph (and numpy) are imported here only, and this module is imported only when the
History is first shown, so they cost nothing at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import Catalog
from holdpoint.core.trends import (
    Evidence,
    SessionSummary,
    ZoneComparison,
    moving_average,
    summarise,
)
from holdpoint.storage.history import HistoryStore
from holdpoint.ui import theme
from holdpoint.ui.widgets import Card, EmptyState, PillButton, ScaledLabel

_ROOT = QModelIndex()
#: Above this many sessions on the chart, relief is drawn as one bar per week (mean).
WEEKLY_BARS_FROM = 400
RANGES: tuple[tuple[str, int | None], ...] = (
    ("&Week", 7), ("&Month", 31), ("&3 months", 92), ("&Year", 366), ("&All", None),
)  # fmt: skip
LEG, BACK = "#e4572e", "#2e86ab"  # leg pain warm, back pain cool: the same in both themes
#: Grid lines and labels of the 0–10 scales. Major ticks only: pyqtgraph draws a grid
#: line for every minor tick too (53 on a 0–10 axis), which cost 25 ms a paint.
SCALE_TICKS = [[(float(value), str(value)) for value in range(0, 11, 2)]]


def _timestamps(sessions: list[SessionSummary]) -> np.ndarray:
    return np.array([s.started.timestamp() for s in sessions], dtype=float)


def _values(sessions: list[SessionSummary], attribute: str) -> np.ndarray:
    """Ratings as floats, NaN where not given (pyqtgraph leaves NaN out)."""
    values = [getattr(s, attribute) for s in sessions]
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _pair(before: int | None, after: int | None) -> str:
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


class SessionTableModel(QAbstractTableModel):
    """Sessions for the table, newest first; cells are made only when they are shown."""

    HEADERS = ("Date", "Routine", "Leg pain", "Back pain", "Zones", "Minutes held")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def _key(self, session: SessionSummary, column: int):
        return (
            session.started,
            session.routine,
            (session.leg_before if session.leg_before is not None else -1),
            (session.back_before if session.back_before is not None else -1),
            len(session.zones),
            session.hold_seconds,
        )[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self.rows[index.row()]
        return (
            s.started.astimezone().strftime("%Y-%m-%d %H:%M"),
            s.routine or "Own choice",
            _pair(s.leg_before, s.leg_after),
            _pair(s.back_before, s.back_after),
            str(len(s.zones)),
            f"{s.hold_seconds / 60:.1f}",
        )[index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda s: self._key(s, column),
                       reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        self.layoutChanged.emit()


class StatCard(Card):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setContentsMargins(16, 10, 16, 10)
        self.title = QLabel(title)
        self.value = ScaledLabel("", 1.5, QFont.Weight.Bold)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)

    def show(self, value: str, detail: str = "") -> None:  # type: ignore[override]
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value}. {detail}")


class HistoryPlace(QWidget):
    def __init__(
        self,
        data_dir: Path,
        catalog: Catalog,
        history: Callable[[], HistoryStore | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.history = history
        self.setAccessibleName("History")
        self.sessions: list[SessionSummary] = []
        self.series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.days: int | None = 92

        self.empty = EmptyState(
            "history",
            "No sessions yet",
            "After each session you rate your leg and back pain before and after. Here you "
            "will see how those ratings change over the weeks, which zones seem to help, and "
            "export them for your clinician. Everything is kept on this computer, in "
            f"{data_dir}.",
        )

        self.cards = {
            "week": StatCard("Sessions this week"),
            "streak": StatCard("Days in a row"),
            "relief": StatCard("Relief, last 30 days"),
            "zones": StatCard("Seems to help"),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)

        self.range_group = QButtonGroup(self)
        ranges = QHBoxLayout()
        for index, (label, days) in enumerate(RANGES):
            button = PillButton()
            button.setText(label)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setToolTip(f"Show {label.replace('&', '').lower()}")
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(lambda _checked=False, d=days: self.set_range(d))
            self.range_group.addButton(button, index)
            ranges.addWidget(button)
            if days == self.days:
                button.setChecked(True)
        self.zone_filter = QComboBox()
        self.zone_filter.setAccessibleName("Zone filter")
        self.zone_filter.setToolTip("Show only sessions that worked this zone, and its tenderness")
        self.zone_filter.addItem("All zones", "")
        for zone in catalog.zones:
            self.zone_filter.addItem(zone.name, zone.id)
        self.zone_filter.currentIndexChanged.connect(lambda _i: self._plot())
        zone_label = QLabel("&Zone:")
        zone_label.setBuddy(self.zone_filter)
        ranges.addSpacing(16)
        ranges.addWidget(zone_label)
        ranges.addWidget(self.zone_filter)
        ranges.addStretch(1)
        self.legend = QLabel(
            f"<span style='color:{LEG}'>●</span> leg pain before &nbsp; "
            f"<span style='color:{LEG}'>○</span> after &nbsp;&nbsp; "
            f"<span style='color:{BACK}'>▲</span> back pain before &nbsp; "
            f"<span style='color:{BACK}'>△</span> after &nbsp;&nbsp; lines: 7-session average"
        )
        ranges.addWidget(self.legend)

        pg.setConfigOptions(antialias=True)
        self.chart = pg.GraphicsLayoutWidget()
        self.chart.setAccessibleName("Pain before and after each session, and relief")
        self.chart.setMinimumHeight(300)
        self.pain = self.chart.addPlot(row=0, col=0, axisItems={"bottom": pg.DateAxisItem()})
        self.relief_plot = self.chart.addPlot(row=1, col=0, axisItems={"bottom": pg.DateAxisItem()})
        self.chart.ci.layout.setRowStretchFactor(0, 3)
        self.relief_plot.setXLink(self.pain)
        self.pain.getAxis("bottom").setStyle(showValues=False)  # dates once, at the bottom
        self.pain.setYRange(-0.7, 10.7, padding=0)  # room for the 0 and 10 labels
        self.pain.setLabel("left", "pain 0–10")
        self.relief_plot.setLabel("left", "relief")
        self.pain.getAxis("left").setTicks(SCALE_TICKS)
        self.relief_plot.getAxis("left").setStyle(maxTickLevel=0)
        for plot in (self.pain, self.relief_plot):
            plot.showGrid(y=True, alpha=0.15)
            plot.setMouseEnabled(x=True, y=False)
        # Items are made once; refresh() only gives them new data.
        self.items = {
            "leg_before": self.pain.plot(pen=None, symbol="o", symbolBrush=LEG, symbolSize=7),
            "leg_after": self.pain.plot(pen=None, symbol="o", symbolBrush=None,
                                        symbolPen=pg.mkPen(LEG, width=1.5), symbolSize=7),
            "back_before": self.pain.plot(pen=None, symbol="t1", symbolBrush=BACK, symbolSize=8),
            "back_after": self.pain.plot(pen=None, symbol="t1", symbolBrush=None,
                                         symbolPen=pg.mkPen(BACK, width=1.5), symbolSize=8),
            "leg_average": self.pain.plot(pen=pg.mkPen(LEG, width=2.5), connect="finite"),
            "back_average": self.pain.plot(pen=pg.mkPen(BACK, width=2.5), connect="finite"),
        }  # fmt: skip
        for item in self.items.values():
            # Ten years are thousands of points: draw what is in view, thinned to the pixels.
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
        self.relief_bars = pg.BarGraphItem(x=[], height=[], width=60_000, brush="#59a96a", pen=None)
        self.relief_plot.addItem(self.relief_bars)
        # Tenderness of the chosen zone, left against right (shown when a zone is chosen).
        self.tender_plot = self.chart.addPlot(row=2, col=0, axisItems={"bottom": pg.DateAxisItem()})
        self.tender_plot.setXLink(self.pain)
        self.tender_plot.setYRange(-0.7, 10.7, padding=0)  # room for the 0 and 10 labels
        self.tender_plot.setLabel("left", "tenderness")
        self.tender_plot.getAxis("left").setTicks(SCALE_TICKS)
        self.tender_plot.showGrid(y=True, alpha=0.15)
        self.tender_plot.setMouseEnabled(x=True, y=False)
        self.tender_legend = self.tender_plot.addLegend(offset=(10, 5))
        self.tender_items = {
            side: self.tender_plot.plot(
                pen=pg.mkPen(colour, width=2, style=style),
                symbol=symbol,
                symbolSize=5,
                symbolBrush=colour,
                name=side,
            )
            for side, colour, style, symbol in (
                ("left", "#8e6cc4", Qt.PenStyle.SolidLine, "o"),
                ("right", "#c49a2c", Qt.PenStyle.DashLine, "s"),
            )
        }
        self.tender_plot.hide()
        # Hovering a session shows its details.
        self.hover = pg.TextItem(
            anchor=(0, 1), color="#111111", fill=pg.mkBrush(255, 255, 255, 230)
        )
        self.hover.setZValue(10)
        self.hover.hide()
        self.pain.addItem(self.hover, ignoreBounds=True)
        self.chart.scene().sigMouseMoved.connect(self._mouse_moved)
        self.chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart.setToolTip("Drag or Left/Right to move in time, wheel or +/− to zoom")

        self.table_model = SessionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName("Sessions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setToolTip("Delete removes the selected session (Ctrl+Z undoes it)")
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_delete)
        self._deleted: list[dict] = []
        self.deleted_note = QLabel()
        self.deleted_note.setAccessibleName("Deleted session")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(cards)
        layout.addLayout(ranges)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.deleted_note)
        self.content = content

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._recolour()

    # ------------------------------------------------------------------ data

    def refresh(self, today: dt.date | None = None) -> None:
        store = self.history()
        self.sessions = store.summaries() if store is not None else []
        if not self.sessions:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.content)
        self._show_summary(today or dt.date.today())
        self._plot()
        self.table_model.set_sessions(self.sessions)

    def delete_selected(self) -> None:
        store = self.history()
        rows = self.table.selectionModel().selectedRows()
        if store is None or not rows:
            return
        session = self.table_model.rows[rows[0].row()]
        self._deleted.append(store.delete_session(session.id))
        when = session.started.astimezone().strftime("%d %b %Y %H:%M")
        self.deleted_note.setText(f"The session of {when} was deleted. Ctrl+Z puts it back.")
        self.refresh()

    def undo_delete(self) -> None:
        store = self.history()
        if store is None or not self._deleted:
            return
        store.restore(self._deleted.pop())
        self.deleted_note.setText("The session is back.")
        self.refresh()

    def warm_up(self) -> None:
        """Render once, hidden, so the first real showing pays only for fresh data."""
        self.refresh()
        parent = self.parentWidget()
        self.resize(parent.size() if parent is not None else self.size())
        self.grab()

    def visible_sessions(self) -> list[SessionSummary]:
        zone = self.zone_filter.currentData()
        chosen = [s for s in self.sessions if not zone or zone in s.zones]
        if self.days is None or not chosen:
            return chosen
        first = self.sessions[-1].started - dt.timedelta(days=self.days)
        return [s for s in chosen if s.started >= first]

    def set_range(self, days: int | None) -> None:
        self.days = days
        for index, (_label, option) in enumerate(RANGES):
            if option == days:
                self.range_group.button(index).setChecked(True)
        if self.sessions:
            self._plot()

    def _show_summary(self, today: dt.date) -> None:
        summary = summarise(self.sessions, today)
        self.cards["week"].show(str(summary.sessions_this_week))
        self.cards["streak"].show(str(summary.days_in_a_row))
        if summary.relief_last_30 is None:
            self.cards["relief"].show("—", "no ratings before and after in the last 30 days")
        else:
            before = summary.relief_previous_30
            self.cards["relief"].show(
                f"{summary.relief_last_30:.1f} points",
                "the 30 days before: " + ("no ratings" if before is None else f"{before:.1f}"),
            )
        self._show_zone_comparison(summary.zone_comparisons)

    def _show_zone_comparison(self, comparisons: tuple[ZoneComparison, ...]) -> None:
        """Only zones sometimes left out can be compared; say so when none can."""
        helpful = [c for c in comparisons if c.evidence is Evidence.SEEMS_TO_HELP]
        if helpful:
            best = helpful[0]
            twins = ", ".join(self.catalog.zone(z).name for z in best.together_with)
            others = ", ".join(self.catalog.zone(c.zone).name for c in helpful[1:3])
            self.cards["zones"].show(
                self.catalog.zone(best.zone).name,
                best.words()
                + (f"; always done with {twins}" if twins else "")
                + (f"; also {others}" if others else ""),
            )
        elif any(c.evidence is not Evidence.CANNOT_TELL for c in comparisons):
            self.cards["zones"].show(
                "No clear difference yet",
                "no zone gives 2 points more relief than sessions without it",
            )
        else:
            self.cards["zones"].show(
                "Cannot tell yet", "a zone needs 3 rated sessions with it and 3 without it"
            )

    def _plot(self) -> None:
        sessions = self.visible_sessions()
        x = _timestamps(sessions)
        for name in ("leg_before", "leg_after", "back_before", "back_after"):
            values = _values(sessions, name)
            given = ~np.isnan(values)  # markers only where rated: none for a skipped rating
            self.series[name] = (x[given], values[given])
        for kind in ("leg", "back"):
            average = moving_average([getattr(s, f"{kind}_before") for s in sessions])
            values = np.array([np.nan if v is None else v for v in average], dtype=float)
            self.series[f"{kind}_average"] = (x, values)
        if len(x):  # the range first: items clip and thin their data to what is in view
            span = max(86400.0, float(x[-1] - x[0]))
            self.pain.setXRange(float(x[0]) - span * 0.02, float(x[-1]) + span * 0.02, padding=0)
        smooth = len(sessions) <= WEEKLY_BARS_FROM  # antialiasing years of points is slow
        for name, item in self.items.items():
            item.setData(*self.series[name], antialias=smooth)
        relief = np.array([np.nan if s.relief is None else s.relief for s in sessions])
        keep = ~np.isnan(relief)
        self.series["relief"] = (x[keep], relief[keep])
        bar_x, bar_height, width = x[keep], relief[keep], 0.6 * 86400
        if len(sessions) > WEEKLY_BARS_FROM:  # years of sessions: one bar a week reads better
            week = (bar_x // (7 * 86400)).astype(int)
            weeks, first = np.unique(week, return_index=True)
            sums = np.bincount(week - week.min(), weights=bar_height)[weeks - week.min()]
            counts = np.bincount(week - week.min())[weeks - week.min()]
            bar_x, bar_height, width = bar_x[first], sums / counts, 5 * 86400
        self.relief_bars.setOpts(x=bar_x, height=bar_height, width=width)
        self._plot_tenderness(float(x[0]) if len(x) else 0.0)
        self._shown = sessions

    def _plot_tenderness(self, start: float) -> None:
        zone = self.zone_filter.currentData()
        store = self.history() if zone else None
        self.tender_plot.setVisible(bool(zone))
        if store is None:
            return
        for side, points in store.tenderness(zone).items():
            when = np.array([dt.datetime.fromisoformat(t).timestamp() for t, _ in points], float)
            values = np.array([v for _, v in points], dtype=float)
            keep = when >= start
            self.series[f"tenderness_{side}"] = (when[keep], values[keep])
            self.tender_items[side].setData(when[keep], values[keep])

    def _mouse_moved(self, position) -> None:
        shown = getattr(self, "_shown", [])
        if not shown or not self.pain.sceneBoundingRect().contains(position):
            self.hover.hide()
            return
        x = self.pain.vb.mapSceneToView(position).x()
        nearest = min(shown, key=lambda s: abs(s.started.timestamp() - x))
        self.show_details(nearest)

    def show_details(self, session: SessionSummary) -> None:
        """The hover box: a session's date, routine, ratings and time held."""
        when = session.started.astimezone().strftime("%a %d %b %Y, %H:%M")
        self.hover.setText(
            f"{when}\n{session.routine or 'Own choice'}\n"
            f"leg {_pair(session.leg_before, session.leg_after)}, "
            f"back {_pair(session.back_before, session.back_after)}\n"
            f"{session.hold_seconds / 60:.1f} minutes held"
        )
        value = next((v for v in (session.leg_before, session.back_before) if v is not None), 5)
        (low, high), _ = self.pain.viewRange()
        right_half = session.started.timestamp() > (low + high) / 2
        self.hover.setAnchor((1, 1) if right_half else (0, 1))  # open towards the middle
        self.hover.setPos(session.started.timestamp(), min(9.5, value + 0.8))
        self.hover.show()

    def keyPressEvent(self, event) -> None:
        """Left/Right move in time, +/- zoom, Home shows everything (with the chart focused)."""
        (low, high), _ = self.pain.viewRange()
        span = high - low
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            shift = span * 0.2 * (-1 if key == Qt.Key.Key_Left else 1)
            self.pain.setXRange(low + shift, high + shift, padding=0)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 0.7 if key != Qt.Key.Key_Minus else 1 / 0.7
            middle = (low + high) / 2
            self.pain.setXRange(middle - span * factor / 2, middle + span * factor / 2, padding=0)
        elif key == Qt.Key.Key_Home:
            self._plot()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------------ look

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        pal = self.palette()
        self.chart.setBackground(pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.WindowText)
        self.tender_legend.setLabelTextColor(text)
        for _sample, label in self.tender_legend.items:  # drawn text keeps its old colour
            label.setText(label.text, color=text)
        self.tender_legend.setBrush(pal.color(QPalette.ColorRole.Base))
        for plot in (self.pain, self.relief_plot, self.tender_plot):
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(QColor(theme.accents_for(pal).border))
                axis.setTextPen(text)
