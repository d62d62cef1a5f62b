"""What the History shows, read from the store and made ready to draw.

The sessions come from :class:`~holdpoint.storage.history.HistoryStore` (times as storage
reads them), the numbers from :mod:`holdpoint.core.trends` (averages, relief, the cards,
means per week or month); this module only chooses what is in view and turns it into
arrays for the chart. Deleting a session is a :class:`DeleteSession` command, so that the
place's undo stack can put it back and take it away again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtGui import QUndoCommand

from holdpoint.core.trends import (
    Period,
    SessionSummary,
    Spread,
    Summary,
    aggregate,
    aggregate_series,
    count_by_period,
    moving_average,
    summarise,
)
from holdpoint.storage.history import HistoryStore
from holdpoint.storage.rows import when
from holdpoint.ui.widgets import date_text

DAY = 86400.0
#: The least time the axis shows, so that one session is not drawn over an hour's axis.
MIN_SPAN_DAYS = 7
Series = tuple[np.ndarray, np.ndarray]
KINDS = ("leg", "back")


def local_midnight(day: dt.date) -> float:
    """The Unix time at which ``day`` begins on this computer's clock."""
    return dt.datetime.combine(day, dt.time()).astimezone().timestamp()


def qt_moment(moment: dt.datetime) -> QDateTime:
    """``moment`` on this computer's clock (as ``astimezone()`` gives it), for QLocale."""
    local = moment.astimezone()
    offset = local.utcoffset()
    zone = QTimeZone(round(offset.total_seconds()) if offset is not None else 0)
    time = QTime(local.hour, local.minute, local.second)
    return QDateTime(QDate(local.year, local.month, local.day), time, zone)


def _floats(values: Sequence[float | None]) -> np.ndarray:
    """Values as floats, NaN where not given (pyqtgraph leaves NaN out)."""
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def pair(before: int | None, after: int | None) -> str:
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


@dataclass(frozen=True)
class PeriodDetails:
    """One week or month of sessions, for the hover box."""

    period: Period
    start: dt.date
    end: dt.date  # the first day of the next one
    sessions: int
    spreads: dict[str, Spread]  # by "leg", "back", "relief" (only those with a value)

    @property
    def middle(self) -> float:
        return (local_midnight(self.start) + local_midnight(self.end)) / 2

    def title(self) -> str:
        translate, start = QCoreApplication.translate, self.start
        if self.period is Period.WEEK:
            day = date_text(start, translate("PeriodDetails", "ddd dd MMM yyyy"))
            return translate("PeriodDetails", "Week of {date}").format(date=day)
        if self.period is Period.MONTH:
            return date_text(start, translate("PeriodDetails", "MMMM yyyy"))
        if self.period is Period.QUARTER:
            last = self.end - dt.timedelta(days=1)
            return translate("PeriodDetails", "{first}–{last}").format(
                first=date_text(start, translate("PeriodDetails", "MMM")),
                last=date_text(last, translate("PeriodDetails", "MMM yyyy")),
            )
        return date_text(start, translate("PeriodDetails", "yyyy"))


@dataclass
class ChartData:
    """The arrays the chart draws for what is in view, and what the hover box names."""

    period: Period | None  # None: every session
    series: dict[str, Series] = field(default_factory=dict)
    sessions: list[SessionSummary] = field(default_factory=list)
    periods: list[PeriodDetails] = field(default_factory=list)
    bar_width: float = 0.6 * DAY


class HistoryModel:
    """The sessions of the history and what is in view of them.

    History re-reads the sessions each time it is shown; when they have not changed, the
    numbers worked out last time (the cards, the means of each period) are used again."""

    def __init__(self, history: Callable[[], HistoryStore | None]) -> None:
        self.history = history
        self.sessions: list[SessionSummary] = []
        self._summaries: dict[dt.date, Summary] = {}
        self._charts: dict[tuple[Period | None, tuple[int, ...]], ChartData] = {}

    def load(self) -> list[SessionSummary]:
        store = self.history()
        sessions = store.summaries() if store is not None else []
        if sessions != self.sessions:
            self.sessions = sessions
            self._summaries.clear()
            self._charts.clear()
        return self.sessions

    def summary(self, today: dt.date) -> Summary:
        if today not in self._summaries:
            self._summaries[today] = summarise(self.sessions, today)
        return self._summaries[today]

    def chosen(self, days: int | None, zone: str) -> list[SessionSummary]:
        """The sessions of the last ``days`` days of the history (None: all of them) that
        worked ``zone`` (empty: any)."""
        picked = [s for s in self.sessions if not zone or zone in s.zones]
        if days is None or not picked:
            return picked
        first = self.sessions[-1].started - dt.timedelta(days=days)
        return [s for s in picked if s.started >= first]

    def span(self, days: int | None, chosen: Sequence[SessionSummary]) -> tuple[float, float]:
        """The time the axis shows: the chosen range's days up to the last session (all
        of the history for None), never less than :data:`MIN_SPAN_DAYS`, with a margin."""
        everything = chosen or self.sessions
        if not everything:
            now = dt.datetime.now(dt.UTC).timestamp()
            return now - MIN_SPAN_DAYS * DAY, now
        last = everything[-1].started.timestamp()
        first = everything[0].started.timestamp()
        if days is not None:
            first = self.sessions[-1].started.timestamp() - days * DAY
            last = self.sessions[-1].started.timestamp()
        width = max(last - first, MIN_SPAN_DAYS * DAY)
        margin = max(width * 0.02, 0.5 * DAY)
        return last - width - margin, last + margin

    def chart(self, chosen: Sequence[SessionSummary], period: Period | None) -> ChartData:
        """The arrays for ``chosen``: each session (``period`` None) or each period's."""
        key = (period, tuple(s.id for s in chosen))
        if key not in self._charts:
            if len(self._charts) >= 16:  # ranges, zones and zoom levels seen: enough
                self._charts.clear()
            self._charts[key] = self._periods(chosen, period) if period else self._points(chosen)
        return self._charts[key]

    def _points(self, chosen: Sequence[SessionSummary]) -> ChartData:
        data = ChartData(None, sessions=list(chosen))
        x = np.array([s.started.timestamp() for s in chosen], dtype=float)
        for kind in KINDS:
            for moment in ("before", "after"):
                name = f"{kind}_{moment}"
                values = _floats([getattr(s, name) for s in chosen])
                given = ~np.isnan(values)  # markers only where rated
                data.series[name] = (x[given], values[given])
            average = moving_average([getattr(s, f"{kind}_before") for s in chosen])
            data.series[f"{kind}_average"] = (x, _floats(average))
        relief = _floats([s.relief for s in chosen])
        keep = ~np.isnan(relief)
        data.series["relief"] = (x[keep], relief[keep])
        return data

    def _periods(self, chosen: Sequence[SessionSummary], period: Period) -> ChartData:
        data = ChartData(period, bar_width=0.7 * period.value * DAY)
        days = [s.day for s in chosen]
        wanted: dict[str, list[float | None]] = {"relief": [s.relief for s in chosen]}
        for kind in KINDS:
            for moment in ("before", "after"):
                wanted[f"{kind}_{moment}"] = [getattr(s, f"{kind}_{moment}") for s in chosen]
        found = aggregate_series(days, wanted, period)
        spreads = {"leg": found["leg_before"], "back": found["back_before"],
                   "relief": found["relief"]}  # fmt: skip
        for kind in KINDS:
            data.series[f"{kind}_after_mean"] = _columns(found[f"{kind}_after"], "mean")
            data.series[f"{kind}_mean"] = _columns(spreads[kind], "mean")
            data.series[f"{kind}_low"] = _columns(spreads[kind], "low")
            data.series[f"{kind}_high"] = _columns(spreads[kind], "high")
        data.series["relief"] = _columns(spreads["relief"], "mean")
        by_start = {name: {s.start: s for s in each} for name, each in spreads.items()}
        for start, count in sorted(count_by_period(days, period).items()):
            here = {name: each[start] for name, each in by_start.items() if start in each}
            data.periods.append(PeriodDetails(period, start, period.after(start), count, here))
        return data

    def tenderness(self, zone: str, start: float, period: Period | None) -> dict[str, Series]:
        """Tenderness of ``zone`` by side since ``start`` (Unix time): every rating, or
        the mean of each ``period``."""
        store = self.history()
        found: dict[str, Series] = {}
        if store is None:
            return found
        for side, points in store.tenderness(zone).items():
            read = [(when(text), value) for text, value in points]
            times = [(m, v) for m, v in read if m is not None and m.timestamp() >= start]
            if period is None:
                x = np.array([m.timestamp() for m, _ in times], dtype=float)
                found[side] = (x, np.array([v for _, v in times], dtype=float))
            else:
                days = [m.astimezone().date() for m, _ in times]
                found[side] = _columns(aggregate(days, [v for _, v in times], period), "mean")
        return found


def _columns(spreads: Sequence[Spread], name: str) -> Series:
    """The middle of each period, and one of its numbers."""
    x = [(local_midnight(s.start) + local_midnight(s.end)) / 2 for s in spreads]
    return np.array(x, dtype=float), np.array([getattr(s, name) for s in spreads], dtype=float)


class DeleteSession(QUndoCommand):
    """Deleting one session with its holds and ratings; undo puts back every row."""

    def __init__(
        self,
        history: Callable[[], HistoryStore | None],
        session: SessionSummary,
        done: Callable[[str], None],
    ) -> None:
        translate = QCoreApplication.translate
        moment = QLocale().toString(
            qt_moment(session.started), translate("DeleteSession", "dd MMM yyyy HH:mm")
        )
        super().__init__(
            translate("DeleteSession", "Delete the session of {moment}").format(moment=moment)
        )
        self.history = history
        self.session_id = session.id
        self.moment = moment
        self.done = done
        self.saved: dict[str, list[tuple[object, ...]]] = {}

    def redo(self) -> None:
        store = self.history()
        if store is not None:
            self.saved = store.delete_session(self.session_id)
            self.done(
                QCoreApplication.translate(
                    "DeleteSession", "The session of {moment} was deleted. Ctrl+Z puts it back."
                ).format(moment=self.moment)
            )

    def undo(self) -> None:
        store = self.history()
        if store is not None and self.saved:
            store.restore(self.saved)
            self.done(
                QCoreApplication.translate(
                    "DeleteSession",
                    "The session of {moment} is back (Ctrl+Shift+Z deletes it again).",
                ).format(moment=self.moment)
            )
