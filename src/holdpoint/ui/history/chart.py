"""The History's chart: pain before and after, relief, and a zone's tenderness.

Every plot item is made once; :meth:`PainChart.show_data` only gives them new arrays. Over
about a year or less each session is a marker with 7-session averages as lines; beyond
that a mean per week or month is a line with markers, and a shaded band holds the middle
half of the ratings. pyqtgraph (and numpy) are imported here, and this module only when
History is first shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QDateTime, QEvent, QLocale, QPointF, QRectF, Qt, QTimeZone
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QWidget

from holdpoint.ui import theme
from holdpoint.ui.history.model import ChartData, Series

LEG, BACK = "#e4572e", "#2e86ab"  # leg pain warm, back pain cool: the same in both themes
RELIEF = "#59a96a"
SIDES = (("left", "#8e6cc4", Qt.PenStyle.SolidLine, "o", "━━"),
         ("right", "#c49a2c", Qt.PenStyle.DashLine, "s", "╍╍"))  # fmt: skip
#: Grid lines and labels of the 0–10 scales. Major ticks only: pyqtgraph draws a grid
#: line for every minor tick too (53 on a 0–10 axis), which cost 25 ms a paint.
SCALE_TICKS = [[(float(value), str(value)) for value in range(0, 11, 2)]]
#: Above this many sessions in view, markers are drawn without antialiasing (faster).
SMOOTH_UP_TO = 400
POINTS = ("leg_before", "leg_after", "back_before", "back_after", "leg_average", "back_average")
PERIODS = ("leg_mean", "back_mean", "leg_after_mean", "back_after_mean")
EMPTY = np.zeros(0)
#: The text height (pixels) the marker sizes are drawn for; larger text, larger markers.
BASE_TEXT_HEIGHT = 17


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis, with the names of months and days and the date formats of
    QLocale() (the chosen language), in the local time pyqtgraph shows."""

    def _patterns(self) -> dict[str, str]:
        """pyqtgraph's strftime formats of its zoom levels, as QLocale patterns."""
        return {
            "%Y": self.tr("yyyy"),
            "%b": self.tr("MMM"),
            "%d": self.tr("dd"),
            "%a %d": self.tr("ddd dd"),
            "%H:%M": self.tr("HH:mm"),
            "%H:%M:%S": self.tr("HH:mm:ss"),
            "%S.%f": self.tr("ss.zzz"),
        }

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        pattern = self._patterns().get(spec.format) if spec is not None else None
        if pattern is None:
            return list(super().tickStrings(values, scale, spacing))
        locale = QLocale()
        strings = []
        for value in values:
            try:  # to the microsecond, as pyqtgraph's own (then cut to milliseconds)
                stamp = dt.datetime.fromtimestamp(value, dt.UTC)
            except (OverflowError, ValueError, OSError):
                return list(super().tickStrings(values, scale, spacing))
            msecs = (stamp - _EPOCH) // dt.timedelta(milliseconds=1)
            if self.utcOffset is None:  # the local time at that moment, as pyqtgraph's
                moment = QDateTime.fromMSecsSinceEpoch(msecs)
            else:  # a fixed offset from UTC (seconds west of it), as pyqtgraph's
                moment = QDateTime.fromMSecsSinceEpoch(
                    msecs - round(self.utcOffset * 1000), QTimeZone.utc()
                )
            if not moment.isValid():
                return list(super().tickStrings(values, scale, spacing))
            strings.append(locale.toString(moment, pattern))
        return strings


class HoverBox(QLabel):
    """The details of what the pointer is over, in a box of the theme's card colour with
    a border, so it reads over the markers in light and dark alike."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Details"))
        self.setContentsMargins(10, 6, 10, 6)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def fill(self) -> QColor:
        return theme.accents_for(self.palette()).card

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.accents_for(self.palette()).border, 1.5))
        painter.setBrush(self.fill())
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()
        super().paintEvent(event)

    def show_at(self, anchor: QPointF, text: str, towards_left: bool) -> None:
        """Show ``text`` above ``anchor`` (widget coordinates), opening to the left or
        right, kept inside the parent."""
        self.setText(text)
        self.adjustSize()
        parent = self.parentWidget()
        assert parent is not None
        x = anchor.x() - self.width() - 12 if towards_left else anchor.x() + 12
        y = anchor.y() - self.height() - 12
        x = min(max(4.0, x), parent.width() - self.width() - 4.0)
        y = min(max(4.0, y), parent.height() - self.height() - 4.0)
        self.move(round(x), round(y))
        self.show()
        self.raise_()


class PainChart(pg.GraphicsLayoutWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self.setAccessibleName(self.tr("Pain before and after each session, and relief"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Drag or Left/Right to move in time, wheel or +/− to zoom"))
        self.setMinimumHeight(240)
        date_axis = LocaleDateAxis
        self.pain = self.addPlot(row=0, col=0, axisItems={"bottom": date_axis()})
        self.relief_plot = self.addPlot(row=1, col=0, axisItems={"bottom": date_axis()})
        self.ci.layout.setRowStretchFactor(0, 3)
        self.relief_plot.setXLink(self.pain)
        self.pain.getAxis("bottom").setStyle(showValues=False)  # dates once, at the bottom
        self.relief_plot.getAxis("left").setStyle(maxTickLevel=0)
        # Tenderness of the chosen zone, beside the pain, as tall as the chart.
        self.tender_plot = pg.PlotItem(axisItems={"bottom": date_axis()})
        self.tender_plot.hide()  # in the layout only while a zone is chosen
        self.scene().addItem(self.tender_plot)
        self.tender_plot.setXLink(self.pain)
        for plot in (self.pain, self.tender_plot):
            plot.setYRange(-0.7, 10.7, padding=0)  # room for the 0 and 10 labels
            plot.getAxis("left").setTicks(SCALE_TICKS)
        for plot in (self.pain, self.relief_plot, self.tender_plot):
            plot.showGrid(y=True, alpha=0.15)
            plot.setMouseEnabled(x=True, y=False)
        self._zone_name = ""
        self._text = self.palette().color(QPalette.ColorRole.WindowText)
        self.items = self._make_items()
        self.relief_bars = pg.BarGraphItem(x=[], height=[], width=1.0, brush=RELIEF, pen=None)
        self.relief_plot.addItem(self.relief_bars)
        self.relief_note = pg.TextItem("", anchor=(0.5, 0.5))
        self.relief_plot.addItem(self.relief_note, ignoreBounds=True)
        self.relief_plot.sigXRangeChanged.connect(self._centre_relief_note)
        self.tender_items = {
            side: self.tender_plot.plot(pen=pg.mkPen(colour, width=2, style=style),
                                        symbol=symbol, symbolSize=6, symbolBrush=colour)
            for side, colour, style, symbol, _sample in SIDES
        }  # fmt: skip
        self.show_tenderness(None, {})
        self.hover = HoverBox(self)
        self._symbol_sizes = {
            item: item.opts["symbolSize"]
            for item in (*self.items.values(), *self.tender_items.values())
            if isinstance(item, pg.PlotDataItem) and item.opts["symbol"]
        }
        self._pens = {
            item: QPen(item.opts["pen"])
            for item in (*self.items.values(), *self.tender_items.values())
            if isinstance(item, pg.PlotDataItem) and item.opts["pen"] is not None
        }
        self.fit_text()

    def _make_items(self) -> dict[str, pg.PlotDataItem]:
        plot = self.pain.plot
        items = {
            "leg_before": plot(pen=None, symbol="o", symbolBrush=LEG, symbolSize=7),
            "leg_after": plot(pen=None, symbol="o", symbolBrush=None,
                              symbolPen=pg.mkPen(LEG, width=1.5), symbolSize=7),
            "back_before": plot(pen=None, symbol="t1", symbolBrush=BACK, symbolSize=8),
            "back_after": plot(pen=None, symbol="t1", symbolBrush=None,
                               symbolPen=pg.mkPen(BACK, width=1.5), symbolSize=8),
            "leg_average": plot(pen=pg.mkPen(LEG, width=2.5), connect="finite"),
            "back_average": plot(pen=pg.mkPen(BACK, width=2.5), connect="finite"),
            "leg_mean": plot(pen=pg.mkPen(LEG, width=2.5), symbol="o", symbolBrush=LEG,
                             symbolPen=None, symbolSize=6),
            "back_mean": plot(pen=pg.mkPen(BACK, width=2.5), symbol="t1", symbolBrush=BACK,
                              symbolPen=None, symbolSize=7),
            "leg_after_mean": plot(pen=pg.mkPen(LEG, width=1.5, style=Qt.PenStyle.DashLine)),
            "back_after_mean": plot(pen=pg.mkPen(BACK, width=1.5, style=Qt.PenStyle.DashLine)),
        }  # fmt: skip
        for name in POINTS:
            # Up to a year of sessions: draw what is in view, thinned to the pixels.
            items[name].setDownsampling(auto=True, method="peak")
        for name in (*POINTS, *PERIODS):
            items[name].setClipToView(True)
        self.bands: dict[str, tuple[pg.PlotCurveItem, pg.PlotCurveItem]] = {}
        for kind, colour in (("leg", LEG), ("back", BACK)):
            low, high = pg.PlotCurveItem(), pg.PlotCurveItem()
            shade = QColor(colour)
            shade.setAlpha(55)
            band = pg.FillBetweenItem(low, high, brush=shade)
            band.setZValue(-5)  # under the lines and markers
            self.pain.addItem(band)
            self.bands[kind] = (low, high)
            items[f"{kind}_band"] = band
        return items

    # ------------------------------------------------------------------ data

    def show_data(self, data: ChartData) -> None:
        """Draw ``data``: each session, or a mean and a band per period."""
        series = data.series
        smooth = len(data.sessions) <= SMOOTH_UP_TO  # antialiasing years of points is slow
        for name in (*POINTS, *PERIODS):
            x, y = series.get(name, (EMPTY, EMPTY))
            self.items[name].setData(x, y, antialias=smooth)
            self.items[name].setVisible(len(x) > 0)
        for kind, (low, high) in self.bands.items():
            x, y_low = series.get(f"{kind}_low", (EMPTY, EMPTY))
            _x, y_high = series.get(f"{kind}_high", (EMPTY, EMPTY))
            low.setData(x, y_low)
            high.setData(x, y_high)
            self.items[f"{kind}_band"].setVisible(len(x) > 0)
        x, height = series["relief"]
        self.relief_bars.setOpts(x=x, height=height, width=data.bar_width)
        self.relief_plot.getAxis("left").setStyle(showValues=len(x) > 0)  # no scale for nothing
        if len(x):
            self.relief_note.setText("")
            self.relief_plot.enableAutoRange(axis="y")
        else:
            self.relief_plot.setYRange(0, 1, padding=0)
            self.relief_note.setText(
                self.tr("Relief shows once a session has pain rated before and after")
            )
            self._centre_relief_note()

    def _centre_relief_note(self) -> None:
        (low, high), (bottom, top) = self.relief_plot.viewRange()
        self.relief_note.setPos((low + high) / 2, (bottom + top) / 2)

    def show_tenderness(self, zone_name: str | None, by_side: dict[str, Series]) -> None:
        """The zone's tenderness, left against right, beside the pain (None: hidden)."""
        shown = zone_name is not None
        layout = self.ci.layout  # a hidden item would keep its column: take it out
        if shown and not self.tender_plot.isVisible():
            layout.addItem(self.tender_plot, 0, 1, 2, 1)
            layout.setColumnStretchFactor(0, 2)
            layout.setColumnStretchFactor(1, 1)
        elif not shown and self.tender_plot.isVisible():
            layout.removeItem(self.tender_plot)
        self.tender_plot.setVisible(shown)
        if zone_name is None:
            return
        for side, item in self.tender_items.items():
            x, y = by_side.get(side, (EMPTY, EMPTY))
            item.setData(x, y)
        self._zone_name = zone_name
        self._title_tenderness()

    def _title_tenderness(self) -> None:
        """The legend, above the lines: "Tenderness of Soleus ━━ left ╍╍ right"."""
        words = {"left": self.tr("left"), "right": self.tr("right")}
        samples = "&nbsp;&nbsp;".join(
            f"<span style='color:{colour}'>{sample}</span> {words[side]}"
            for side, colour, _style, _symbol, sample in SIDES
        )
        title = self.tr("Tenderness of {zone}").format(zone=self._zone_name)
        self.tender_plot.setTitle(
            f"{title}&nbsp;&nbsp;{samples}",
            color=self._text,
            size=f"{self.font().pointSizeF() * 1.1:.1f}pt",
        )

    def marks(self) -> int:
        """Markers and bars drawn (lines and bands not counted): what the eye must read."""
        count = 0
        for plot in (self.pain, self.relief_plot, self.tender_plot):
            if not plot.isVisible():
                continue
            for item in plot.listDataItems():
                if isinstance(item, pg.PlotDataItem) and item.isVisible() and item.opts["symbol"]:
                    x, y = item.getData()
                    count += 0 if x is None else int(np.count_nonzero(~np.isnan(y)))
        (low, high), _ = self.relief_plot.viewRange()
        bars = np.asarray(self.relief_bars.opts["x"], dtype=float)
        return count + int(np.count_nonzero((bars >= low) & (bars <= high)))

    def anchor(self, x: float, y: float) -> QPointF:
        """Where the pain plot's point (``x`` seconds, ``y`` pain) is, in this widget."""
        scene = self.pain.vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.mapFromScene(scene))

    # ------------------------------------------------------------------ look

    def fit_text(self) -> None:
        """Axis text, labels and markers follow the text size (pyqtgraph keeps its own)."""
        font = QFont(self.font())
        scale = max(1.0, QFontMetrics(font).height() / BASE_TEXT_HEIGHT)
        size = {"font-size": f"{font.pointSizeF():g}pt"}
        for plot, label in ((self.pain, self.tr("pain 0–10")),
                            (self.relief_plot, self.tr("relief")),
                            (self.tender_plot, self.tr("tenderness 0–10"))):  # fmt: skip
            plot.setLabel("left", label, **size)
            for side in ("left", "bottom"):
                plot.getAxis(side).setStyle(tickFont=font)
        self.relief_note.setFont(font)
        for item, base in self._symbol_sizes.items():
            item.setSymbolSize(round(base * scale))
        for item, pen in self._pens.items():
            wider = QPen(pen)
            wider.setWidthF(pen.widthF() * scale)
            item.setPen(wider)
        if self.tender_plot.isVisible():
            self._title_tenderness()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_text()

    def recolour(self, pal: QPalette) -> None:
        self.setBackground(pal.color(QPalette.ColorRole.Base))
        text = self._text = pal.color(QPalette.ColorRole.WindowText)
        self.relief_note.setColor(theme.accents_for(pal).muted_text)
        for plot in (self.pain, self.relief_plot, self.tender_plot):
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(QColor(theme.accents_for(pal).border))
                axis.setTextPen(text)
        if self.tender_plot.isVisible():
            self._title_tenderness()
