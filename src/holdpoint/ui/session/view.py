"""The timer a person follows from the floor: a ring that empties and giant digits.

Everything is painted from the palette and scales with the widget, so floor mode (full
screen, high contrast) is the same widget made bigger.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from holdpoint.core.catalog import Catalog, Side, View
from holdpoint.core.engine import Phase, Snapshot
from holdpoint.ui import theme
from holdpoint.ui.map import figure

#: How long the ring glows after a hold starts or ends (a visual cue).
FLASH_S = 0.6


def phase_colour(phase: Phase, pal: QPalette) -> QColor:
    accents = theme.accents_for(pal)
    dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
    if phase is Phase.HOLD:
        return QColor(accents.primary)
    if phase is Phase.PREPARE:
        return QColor("#f0a53a" if dark else "#b86b00")
    return QColor("#8fb3ff" if dark else "#3a62b5")


class RingTimer(QWidget):
    """Remaining seconds in digits as large as the widget allows, inside a ring."""

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Time left in this hold"))
        self.snapshot: Snapshot | None = None
        self._flash_until = 0.0
        self._track_key: tuple[int, int, float, int] | None = None
        self._track_pixmap = QPixmap()

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, 180)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot``, repainting only what changed: ten times a second most
        frames move just the tip of the arc, and only that corner is drawn again."""
        before, self.snapshot = self.snapshot, snapshot
        seconds = math.ceil(snapshot.remaining)
        if before is not None and math.ceil(before.remaining) != seconds:
            self.setAccessibleDescription(self._time_left(seconds, snapshot.phase))
        same = (
            before is not None
            and (before.phase, before.paused, before.duration, before.segment)
            == (snapshot.phase, snapshot.paused, snapshot.duration, snapshot.segment)
            and math.ceil(before.remaining) == seconds
            and self.clock() >= self._flash_until + FLASH_S
        )
        if not same or before is None:
            self.setAccessibleDescription(self._time_left(seconds, snapshot.phase))
            self.update()
            return
        old, new = self._tip(before), self._tip(snapshot)
        if old != new:
            _box, thickness = self._geometry()
            reach = thickness + 2
            self.update(QRectF(old, new).normalized().adjusted(-reach, -reach, reach, reach)
                        .toAlignedRect())  # fmt: skip

    def _time_left(self, seconds: int, phase: Phase) -> str:
        """What a screen reader says: "12 seconds left, hold"."""
        if phase is Phase.PREPARE:
            text = self.tr("{seconds} seconds left, prepare")
        elif phase is Phase.HOLD:
            text = self.tr("{seconds} seconds left, hold")
        elif phase is Phase.REST:
            text = self.tr("{seconds} seconds left, rest")
        else:
            text = self.tr("{seconds} seconds left, done")
        return text.format(seconds=seconds)

    def _geometry(self) -> tuple[QRectF, float]:
        """The ring's box and the thickness of its stroke, for this size."""
        room = min(self.width(), self.height()) - 4
        thickness = max(8.0, room * 0.06)
        side = room - 2 * thickness  # leaves room for the glow around the ring
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        return box, thickness

    def _tip(self, snap: Snapshot) -> QPointF:
        """Where the arc of ``snap`` ends, in whole pixels."""
        box, _ = self._geometry()
        fraction = snap.remaining / snap.duration if snap.duration > 0 else 0.0
        angle = math.radians(90 + 360 * fraction)
        centre, radius = box.center(), box.width() / 2
        return QPointF(round(centre.x() + radius * math.cos(angle)),
                       round(centre.y() - radius * math.sin(angle)))  # fmt: skip

    def flash(self) -> None:
        self._flash_until = self.clock() + FLASH_S
        self.update()

    def _track(self, box: QRectF, thickness: float) -> QPixmap:
        """The empty ring, drawn once per size and palette: stroking a thick antialiased
        circle is most of a frame's cost, and it is repainted ten times a second."""
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlpha(40)
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, track.rgba())
        if self._track_key != key:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(track, thickness))
            painter.drawEllipse(box)
            painter.end()
            self._track_key, self._track_pixmap = key, pixmap
        return self._track_pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        snap = self.snapshot
        if snap is None or snap.segment is None:
            return
        pal = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box, thickness = self._geometry()
        colour = phase_colour(snap.phase, pal)
        glowing = self.clock() < self._flash_until
        if glowing:
            glow = QColor(colour)
            glow.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(box.adjusted(-thickness, -thickness, thickness, thickness))
        painter.drawPixmap(0, 0, self._track(box, thickness))
        fraction = snap.remaining / snap.duration if snap.duration > 0 else 0.0
        pen = QPen(colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(box, 90 * 16, round(360 * 16 * fraction))

        digits = str(math.ceil(snap.remaining))
        font = QFont(self.font())
        font.setPixelSize(max(12, round(box.height() * (0.42 if len(digits) < 3 else 0.32))))
        font.setWeight(QFont.Weight.Bold)
        font.setFeature(QFont.Tag("tnum"), 1)  # digits of equal width: the number does not wobble
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, digits)
        if snap.paused:
            small = QFont(self.font())
            small.setPixelSize(max(10, round(box.height() * 0.08)))
            small.setWeight(QFont.Weight.DemiBold)
            painter.setFont(small)
            below = QRectF(box.left(), box.center().y() + box.height() * 0.24, box.width(),
                           box.height() * 0.12)  # fmt: skip
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, self.tr("Paused"))
        painter.end()


class ZoneFigure(QWidget):
    """A small body with the zone being worked on lit up, on the side being worked."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.zone_id = ""
        self.side = Side.LEFT
        self.setAccessibleName(self.tr("Zone on the body"))
        self.setMinimumSize(120, 240)

    def show_zone(self, zone_id: str, side: Side) -> None:
        self.zone_id, self.side = zone_id, side
        zone = self.catalog.zone(zone_id)
        if zone.shown_on is View.BACK:
            text = self.tr("{zone}, seen from the back")
        else:
            text = self.tr("{zone}, seen from the front")
        self.setAccessibleDescription(text.format(zone=zone.label(side)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.zone_id:
            return
        view = self.catalog.zone(self.zone_id).shown_on
        pal = self.palette()
        colours = theme.body_colours(pal)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Which view this is, above it: the side lit up reads differently on each.
        caption = self.tr("Back") if view is View.BACK else self.tr("Front")
        line = self.fontMetrics().height() + 6
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignCenter, caption)
        box = figure.area().boundingRect()
        room = self.height() - line
        scale = min(self.width() / box.width(), room / box.height())
        painter.translate(
            self.width() / 2 - box.center().x() * scale,
            line + (room - box.height() * scale) / 2 - box.top() * scale,
        )
        painter.scale(scale, scale)
        painter.setPen(QPen(colours.skin_edge, 1.2 / scale))
        painter.setBrush(colours.skin)
        for part in figure.skin():
            painter.drawPath(part)
        # The zone's muscle, drawn larger than its place would show: it is seen from
        # the floor, and the figure only says where, not how it looks.
        sign = 1 if (view is View.BACK) == (self.side is Side.RIGHT) else -1
        muscle = figure.muscle(self.zone_id, sign)
        centre = muscle.boundingRect().center()
        grow = 1.5
        painter.translate(centre * (1 - grow))
        painter.scale(grow, grow)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.WindowText), 1.4 / (scale * grow)))
        painter.setBrush(theme.accents_for(pal).primary)
        painter.drawPath(muscle)
        painter.end()
