"""A one-page PDF report for a clinician, drawn with Qt's own PDF writer.

Period, the pain trend (leg and back before each session, 7-session averages), what was
treated (zones, sides, holds, tenderness first → last), adherence, and the safety note.
Only QtGui is needed, so ``holdpoint report`` works without a window.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from holdpoint import APP_NAME, __version__
from holdpoint.core import safety
from holdpoint.core.catalog import Catalog
from holdpoint.core.i18n import decimal, localized
from holdpoint.core.ratings import ANCHORS
from holdpoint.core.trends import SessionSummary, moving_average
from holdpoint.storage.history import HistoryStore
from holdpoint.ui.widgets import date_text

LEG, BACK = QColor("#c8462a"), QColor("#1f6f94")


def _date(day: dt.date) -> str:
    """A day as the report writes it: "03 Sep 2025" in English."""
    return date_text(day, QCoreApplication.translate("report", "dd MMM yyyy"))


def _side(side: str) -> str:
    """A side as stored ("left", "right"), in the language."""
    if side == "left":
        return QCoreApplication.translate("report", "left")
    if side == "right":
        return QCoreApplication.translate("report", "right")
    return side


@dataclass(frozen=True)
class Treated:
    zone: str
    side: str
    holds: int
    seconds: float
    tenderness_first: int | None
    tenderness_last: int | None


def treated(store: HistoryStore, since: str) -> list[Treated]:
    rows = store.connection.execute(
        """
        SELECT h.zone, h.side, count(*), sum(h.actual_s),
               (SELECT tenderness FROM holds t JOIN sessions u ON u.id = t.session_id
                 WHERE t.zone = h.zone AND t.side = h.side AND t.tenderness IS NOT NULL
                   AND u.started_at >= :since ORDER BY u.started_at, t.id LIMIT 1),
               (SELECT tenderness FROM holds t JOIN sessions u ON u.id = t.session_id
                 WHERE t.zone = h.zone AND t.side = h.side AND t.tenderness IS NOT NULL
                   AND u.started_at >= :since ORDER BY u.started_at DESC, t.id DESC LIMIT 1)
          FROM holds h JOIN sessions s ON s.id = h.session_id
         WHERE h.outcome = 'completed' AND s.started_at >= :since
         GROUP BY h.zone, h.side ORDER BY count(*) DESC
        """,
        {"since": since},
    )
    return [Treated(*row) for row in rows]


def write_report(store: HistoryStore, catalog: Catalog, path: Path, since: str = "") -> int:
    """Draw the report into ``path``; returns the number of sessions it covers."""
    sessions = store.summaries(since)
    writer = QPdfWriter(str(path))
    title = QCoreApplication.translate("report", "{app} — self-massage record")
    writer.setTitle(title.format(app=APP_NAME))
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(f"cannot write the report {path}")
    try:
        _draw(painter, writer, store, catalog, sessions, since)
    finally:
        painter.end()
    return len(sessions)


def _draw(
    painter: QPainter,
    writer: QPdfWriter,
    store: HistoryStore,
    catalog: Catalog,
    sessions: list[SessionSummary],
    since: str,
) -> None:
    page = QRectF(0, 0, writer.width(), writer.height())
    unit = page.width() / 180.0  # one millimetre, about

    def font(size: float, bold: bool = False) -> QFont:
        result = QFont("DejaVu Sans")
        result.setPointSizeF(size)
        result.setBold(bold)
        return result

    y = 0.0

    def line(text: str, size: float = 10, bold: bool = False, gap: float = 1.5) -> None:
        nonlocal y
        painter.setFont(font(size, bold))
        box = painter.boundingRect(QRectF(0, y, page.width(), page.height()),
                                   int(Qt.TextFlag.TextWordWrap), text)  # fmt: skip
        painter.drawText(box, int(Qt.TextFlag.TextWordWrap), text)
        y += box.height() + gap * unit

    painter.setPen(QColor("#111111"))
    title = QCoreApplication.translate("report", "{app} — self-massage record")
    line(title.format(app=APP_NAME), 18, True, 2)
    if sessions:
        first, last = sessions[0].day, sessions[-1].day
        period = QCoreApplication.translate("report", "{first} – {last}").format(
            first=_date(first), last=_date(last)
        )
    else:
        first = last = dt.date.today()
        period = QCoreApplication.translate("report", "no sessions in this period")
    made = QCoreApplication.translate("report", "Period: {period}   ·   made {today}")
    line(made.format(period=period, today=_date(dt.date.today())), 10)

    days = (last - first).days + 1
    active_days = len({s.day for s in sessions})
    weeks = max(1.0, days / 7)
    line(QCoreApplication.translate("report", "Adherence"), 12, True, 1)
    minutes = sum(s.hold_seconds for s in sessions) / 60
    per_week = len(sessions) / weeks
    adherence = QCoreApplication.translate(
        "report",
        "{sessions} sessions on {active_days} of {days} days ({per_week} a week); "
        "{minutes} minutes of pressure in all.",
    )
    line(
        adherence.format(
            sessions=len(sessions),
            active_days=active_days,
            days=days,
            per_week=decimal(per_week),
            minutes=decimal(minutes, 0),
        )
    )

    def mean_of(attribute: str, part: list[SessionSummary]) -> str:
        values = [getattr(s, attribute) for s in part if getattr(s, attribute) is not None]
        return decimal(statistics.fmean(values)) if values else "–"

    if sessions:
        quarter = max(1, len(sessions) // 4)
        head, tail = sessions[:quarter], sessions[-quarter:]
        line(QCoreApplication.translate("report", "Pain (0–10, before sessions)"), 12, True, 1)
        relief = statistics.fmean([r for s in sessions if (r := s.relief) is not None] or [0])
        pain = QCoreApplication.translate(
            "report",
            "Leg pain: {leg_first} in the first quarter of the period, {leg_last} in the "
            "last.   Back pain: {back_first} → {back_last}.   Relief within a session "
            "(before − after): {relief} points on average.",
        )
        line(
            pain.format(
                leg_first=mean_of("leg_before", head),
                leg_last=mean_of("leg_before", tail),
                back_first=mean_of("back_before", head),
                back_last=mean_of("back_before", tail),
                relief=decimal(relief),
            )
        )

    chart = QRectF(8 * unit, y + 2 * unit, page.width() - 10 * unit, 62 * unit)
    _chart(painter, chart, sessions, unit, font)
    painter.setPen(QColor("#111111"))  # the chart leaves its legend colour behind
    y = chart.bottom() + 10 * unit

    line(QCoreApplication.translate("report", "What was treated"), 12, True, 1)
    painter.setFont(font(9))
    rows = treated(store, since)[:14]
    columns = (0.0, 0.40, 0.50, 0.60, 0.72)
    headers = (
        QCoreApplication.translate("report", "Zone"),
        QCoreApplication.translate("report", "Side"),
        QCoreApplication.translate("report", "Holds"),
        QCoreApplication.translate("report", "Minutes"),
        QCoreApplication.translate("report", "Tenderness first → last"),
    )
    painter.setFont(font(9, True))
    for x, text in zip(columns, headers, strict=True):
        painter.drawText(QPointF(x * page.width(), y + 4 * unit), text)
    y += 6 * unit
    painter.setFont(font(9))
    for row in rows:
        tender = "–" if row.tenderness_first is None else (
            f"{row.tenderness_first} → {row.tenderness_last}")  # fmt: skip
        known = row.zone in {z.id for z in catalog.zones}
        name = catalog.zone(row.zone).name if known else row.zone
        cells = (name, _side(row.side), str(row.holds), decimal(row.seconds / 60, 0), tender)
        for x, text in zip(columns, cells, strict=True):
            painter.drawText(QPointF(x * page.width(), y + 4 * unit), text)
        y += 5.2 * unit
    if not rows:
        line(QCoreApplication.translate("report", "No holds in this period."))
    y += 4 * unit
    no_pain, worst = (localized("ratings", anchor) for anchor in ANCHORS)
    scale = QCoreApplication.translate(
        "report", "Ratings are the person's own, on a 0–10 scale (0 {no_pain}, 10 {worst})."
    )
    line(
        localized("safety", safety.SHORT_NOTE) + " " + scale.format(no_pain=no_pain, worst=worst),
        8,
        False,
    )


def _chart(painter, box: QRectF, sessions, unit: float, font) -> None:
    painter.setPen(QPen(QColor("#999999"), 0.3 * unit))
    painter.drawRect(box)
    painter.setFont(font(7))
    for level in (0, 5, 10):
        y = box.bottom() - box.height() * level / 10
        painter.setPen(QPen(QColor("#dddddd"), 0.2 * unit))
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        painter.setPen(QColor("#555555"))
        painter.drawText(QPointF(box.left() - 5 * unit, y + 1.2 * unit), str(level))
    if len(sessions) < 1:
        return
    start = sessions[0].started.timestamp()
    span = max(86400.0, sessions[-1].started.timestamp() - start)

    def point(session: SessionSummary, value: float) -> QPointF:
        x = box.left() + (session.started.timestamp() - start) / span * box.width()
        return QPointF(x, box.bottom() - box.height() * value / 10)

    for attribute, colour in (("leg_before", LEG), ("back_before", BACK)):
        painter.setPen(Qt.PenStyle.NoPen)
        faded = QColor(colour)
        faded.setAlpha(90)
        painter.setBrush(faded)
        for session in sessions:
            value = getattr(session, attribute)
            if value is not None:
                painter.drawEllipse(point(session, value), 0.6 * unit, 0.6 * unit)
        averages = moving_average([getattr(s, attribute) for s in sessions])
        painter.setPen(QPen(colour, 0.6 * unit))
        previous = None
        for session, value in zip(sessions, averages, strict=True):
            if value is None:
                continue
            current = point(session, value)
            if previous is not None:
                painter.drawLine(previous, current)
            previous = current
    painter.setPen(QColor("#333333"))
    painter.drawText(QPointF(box.left(), box.bottom() + 5 * unit),
                     _date(sessions[0].started.date()))  # fmt: skip
    painter.drawText(QPointF(box.right() - 22 * unit, box.bottom() + 5 * unit),
                     _date(sessions[-1].started.date()))  # fmt: skip
    leg = QCoreApplication.translate("report", "● leg pain before, and its 7-session average")
    back = QCoreApplication.translate("report", "● back pain before, and its average")
    painter.setPen(LEG)
    painter.drawText(QPointF(box.left() + 30 * unit, box.bottom() + 5 * unit), leg)
    painter.setPen(BACK)
    painter.drawText(QPointF(box.left() + 100 * unit, box.bottom() + 5 * unit), back)
