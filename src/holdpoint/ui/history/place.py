"""The History place: is it helping? Pain before and after each session over the weeks.

The view only: the sessions and the numbers come from :class:`HistoryModel`, the drawing
from :class:`PainChart`. This module is imported only when History is first shown, so
pyqtgraph and numpy cost nothing at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import Catalog
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, decimal, localized, short_number
from holdpoint.core.trends import Period, SessionSummary, period_for
from holdpoint.storage.history import HistoryStore
from holdpoint.ui.history.cards import StatCard, SummaryCards
from holdpoint.ui.history.chart import BACK, LEG, PainChart
from holdpoint.ui.history.model import (
    DAY,
    DeleteSession,
    HistoryModel,
    PeriodDetails,
    Series,
    pair,
    qt_moment,
)
from holdpoint.ui.history.table import SessionTable
from holdpoint.ui.widgets import EmptyState, PillButton, session_count

#: The ranges of time the buttons show: (label, tool tip, days; None: all), marked in the
#: context "HistoryPlace" and shown through localized().
RANGES: tuple[tuple[str, str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryPlace", "&Week"), QT_TRANSLATE_NOOP("HistoryPlace", "Show week"),
     7),
    (QT_TRANSLATE_NOOP("HistoryPlace", "&Month"),
     QT_TRANSLATE_NOOP("HistoryPlace", "Show month"), 31),
    (QT_TRANSLATE_NOOP("HistoryPlace", "&3 months"),
     QT_TRANSLATE_NOOP("HistoryPlace", "Show 3 months"), 92),
    (QT_TRANSLATE_NOOP("HistoryPlace", "&Year"), QT_TRANSLATE_NOOP("HistoryPlace", "Show year"),
     366),
    (QT_TRANSLATE_NOOP("HistoryPlace", "&All"), QT_TRANSLATE_NOOP("HistoryPlace", "Show all"),
     None),
)  # fmt: skip
#: The legend's marks, by name: each in the colour of its line.
MARKS = {
    "leg_before": f"<span style='color:{LEG}'>●</span>",
    "leg_after": f"<span style='color:{LEG}'>○</span>",
    "back_before": f"<span style='color:{BACK}'>▲</span>",
    "back_after": f"<span style='color:{BACK}'>△</span>",
}


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
        self.model = HistoryModel(history)
        self.setAccessibleName(self.tr("History"))
        self.days: int | None = 92
        self.data = self.model.chart([], None)
        self._tender: dict[str, Series] = {}
        self._drawing = False

        self.empty = EmptyState(
            "history",
            self.tr("No sessions yet"),
            self.tr(
                "After each session you rate your leg and back pain before and after. Here you "
                "will see how those ratings change over the weeks, which zones seem to help, "
                "and export them for your clinician. Everything is kept on this computer, in "
                "{folder}."
            ).format(folder=data_dir),
        )
        self.summary = SummaryCards(catalog)

        self.chart = PainChart()
        self.chart.pain.sigXRangeChanged.connect(self._view_changed)
        self.chart.scene().sigMouseMoved.connect(self._mouse_moved)
        self.table = SessionTable()
        self.undo_stack = QUndoStack(self)
        self._build_actions()
        self.deleted_note = QLabel()
        self.deleted_note.setAccessibleName(self.tr("Deleted session"))
        self.deleted_note.hide()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 10, 20, 8)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_ranges())
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)  # the room left over, and never under 8 rows
        layout.addWidget(self.deleted_note)
        self.content = content
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.chart.recolour(self.palette())

    def _build_ranges(self) -> QHBoxLayout:
        self.range_group = QButtonGroup(self)
        ranges = QHBoxLayout()
        for index, (label, tip, days) in enumerate(RANGES):
            button = PillButton()
            button.setText(localized("HistoryPlace", label))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setToolTip(localized("HistoryPlace", tip))
            button.setAccessibleName(localized("HistoryPlace", label).replace("&", ""))
            button.clicked.connect(lambda _checked=False, d=days: self.set_range(d))
            self.range_group.addButton(button, index)
            ranges.addWidget(button)
            button.setChecked(days == self.days)
        self.zone_filter = QComboBox()
        self.zone_filter.setAccessibleName(self.tr("Zone filter"))
        self.zone_filter.setToolTip(
            self.tr("Show only sessions that worked this zone, and its tenderness")
        )
        self.zone_filter.addItem(self.tr("All zones"), "")
        for zone in self.catalog.zones:
            self.zone_filter.addItem(zone.name, zone.id)
        self.zone_filter.currentIndexChanged.connect(lambda _i: self._plot())
        zone_label = QLabel(self.tr("&Zone:"))
        zone_label.setBuddy(self.zone_filter)
        ranges.addSpacing(16)
        ranges.addWidget(zone_label)
        ranges.addWidget(self.zone_filter)
        ranges.addStretch(1)
        self.legend = QLabel(self._legend(None))
        self.legend.setAccessibleName(self.tr("Legend"))
        ranges.addWidget(self.legend)
        return ranges

    def _build_actions(self) -> None:
        """Delete on the table; Undo and Redo (the standard keys) through the undo stack.
        The actions are public so that a menu can show them too."""
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        for action, key in ((self.undo_action, QKeySequence.StandardKey.Undo),
                            (self.redo_action, QKeySequence.StandardKey.Redo)):  # fmt: skip
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # ------------------------------------------------------------------ data

    @property
    def cards(self) -> dict[str, StatCard]:
        return self.summary.cards

    @property
    def sessions(self) -> list[SessionSummary]:
        return self.model.sessions

    @property
    def series(self) -> dict[str, Series]:
        """Every array on the chart, by name (the zone's tenderness as ``tenderness_left``
        and ``tenderness_right``)."""
        return {**self.data.series, **{f"tenderness_{s}": v for s, v in self._tender.items()}}

    @property
    def items(self) -> dict[str, Any]:
        return self.chart.items

    @property
    def pain(self) -> Any:  # pyqtgraph's PlotItem (untyped)
        return self.chart.pain

    @property
    def relief_plot(self) -> Any:
        return self.chart.relief_plot

    @property
    def tender_plot(self) -> Any:
        return self.chart.tender_plot

    @property
    def hover(self) -> QLabel:
        return self.chart.hover

    def refresh(self, today: dt.date | None = None) -> None:
        if not self.model.load():
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.content)
        self.summary.show_summary(self.model.summary(today or dt.date.today()))
        self._plot()
        self.table.sessions.set_sessions(self.sessions)

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if self.model.history() is None or not rows:
            return
        session = self.table.sessions.rows[rows[0].row()]
        self.undo_stack.push(DeleteSession(self.model.history, session, self._changed))

    def _changed(self, note: str) -> None:
        self.deleted_note.setText(note)
        self.deleted_note.show()
        self.refresh()

    def warm_up(self) -> None:
        """Render once, hidden, so the first real showing pays only for fresh data."""
        self.refresh()
        parent = self.parentWidget()
        self.resize(parent.size() if parent is not None else self.size())
        self.grab()

    def visible_sessions(self) -> list[SessionSummary]:
        return self.model.chosen(self.days, self.zone_filter.currentData())

    def set_range(self, days: int | None) -> None:
        self.days = days
        for index, (_label, _tip, option) in enumerate(RANGES):
            if option == days:
                self.range_group.button(index).setChecked(True)
        if self.sessions:
            self._plot()

    def _plot(self) -> None:
        """The chosen range on the axis, then what it shows (the items clip to the view)."""
        chosen = self.visible_sessions()
        low, high = self.model.span(self.days, chosen)
        self._drawing = True
        try:
            self.pain.setXRange(low, high, padding=0)
        finally:
            self._drawing = False
        self._draw(chosen, (high - low) / DAY)

    def _draw(self, chosen: list[SessionSummary], days_in_view: float) -> None:
        period = period_for(days_in_view)
        self.data = self.model.chart(chosen, period)
        self.chart.show_data(self.data)
        self.legend.setText(self._legend(period))
        zone = self.zone_filter.currentData()
        if zone:
            start = self.pain.viewRange()[0][0] if self.days is not None else 0.0
            self._tender = self.model.tenderness(zone, start, period)
            self.chart.show_tenderness(self.catalog.zone(zone).name, self._tender)
        else:
            self._tender = {}
            self.chart.show_tenderness(None, {})
        self.chart.hover.hide()

    def _legend(self, period: Period | None) -> str:
        """What the marks and lines mean: every session (None), or a mean per period."""
        if period is None:
            text = self.tr(
                "{leg_before} leg pain before &nbsp; {leg_after} after &nbsp;&nbsp; "
                "{back_before} back pain before &nbsp; {back_after} after &nbsp;&nbsp; "
                "lines: 7-session average"
            )
        elif period is Period.WEEK:
            text = self.tr(
                "{leg_before} leg &nbsp; {back_before} back pain before, weekly mean; "
                "band: middle half; dashed: after"
            )
        elif period is Period.MONTH:
            text = self.tr(
                "{leg_before} leg &nbsp; {back_before} back pain before, monthly mean; "
                "band: middle half; dashed: after"
            )
        elif period is Period.QUARTER:
            text = self.tr(
                "{leg_before} leg &nbsp; {back_before} back pain before, quarterly mean; "
                "band: middle half; dashed: after"
            )
        else:
            text = self.tr(
                "{leg_before} leg &nbsp; {back_before} back pain before, yearly mean; "
                "band: middle half; dashed: after"
            )
        return text.format(**MARKS)

    def _view_changed(self, _view: object, x_range: tuple[float, float]) -> None:
        """Zooming in past about a year brings back every session; out, the means."""
        if self._drawing or not self.sessions:
            return
        if period_for((x_range[1] - x_range[0]) / DAY) != self.data.period:
            self._draw(self.visible_sessions(), (x_range[1] - x_range[0]) / DAY)

    # ------------------------------------------------------------------ hover

    def _mouse_moved(self, position: QPointF) -> None:
        if not self.pain.sceneBoundingRect().contains(position):
            self.hover.hide()
            return
        x = self.pain.vb.mapSceneToView(position).x()
        if self.data.periods:
            self.show_period(min(self.data.periods, key=lambda p: abs(p.middle - x)))
        elif self.data.sessions:
            self.show_details(min(self.data.sessions,
                                  key=lambda s: abs(s.started.timestamp() - x)))  # fmt: skip
        else:
            self.hover.hide()

    def _show_box(self, x: float, value: float, text: str) -> None:
        (low, high), _ = self.pain.viewRange()
        self.chart.hover.show_at(self.chart.anchor(x, value), text, x > (low + high) / 2)

    def show_details(self, session: SessionSummary) -> None:
        """The hover box: a session's date, routine, ratings and time held."""
        when = QLocale().toString(qt_moment(session.started), self.tr("ddd dd MMM yyyy, HH:mm"))
        value = next((v for v in (session.leg_before, session.back_before) if v is not None), 5)
        ratings = self.tr("leg {leg}, back {back}").format(
            leg=pair(session.leg_before, session.leg_after),
            back=pair(session.back_before, session.back_after),
        )
        held = self.tr("{minutes} minutes held").format(minutes=decimal(session.hold_seconds / 60))
        routine = session.routine or self.tr("Own choice")
        self._show_box(
            session.started.timestamp(), value, f"<b>{when}</b><br>{routine}<br>{ratings}<br>{held}"
        )

    def show_period(self, details: PeriodDetails) -> None:
        """The hover box for a week or month: sessions, means and spread, relief."""
        count = details.sessions
        lines = [
            f"<b>{details.title()}</b>",
            session_count(count),
        ]
        for name, words in (
            ("leg", self.tr("leg pain before: {mean} on average (middle half {low}–{high})")),
            ("back", self.tr("back pain before: {mean} on average (middle half {low}–{high})")),
        ):
            if (spread := details.spreads.get(name)) is not None:
                lines.append(
                    words.format(
                        mean=decimal(spread.mean),
                        low=short_number(spread.low),
                        high=short_number(spread.high),
                    )
                )
        if (relief := details.spreads.get("relief")) is not None:
            lines.append(
                self.tr("relief: {mean} points on average").format(mean=decimal(relief.mean))
            )
        values = [s.mean for n, s in details.spreads.items() if n != "relief"]
        self._show_box(details.middle, max(values, default=5.0), "<br>".join(lines))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right move in time, +/- zoom, Home shows the range (with the chart focused)."""
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.chart.recolour(self.palette())
        super().changeEvent(event)
