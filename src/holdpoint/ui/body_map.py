"""The body map: back and front views with clickable trigger-point zones.

Two modes share one widget:

* **zones**: each zone appears on its side of the figure; hover or keyboard focus shows
  its name, the regions it sends pain to (soft shading) and the no-press areas near it;
  a click, Enter or Space toggles it.
* **regions** ("Where does it hurt?"): the person clicks or paints the regions where they
  feel pain; dragging marks every region the pointer crosses.

Painting is all done here; each clickable spot also has an invisible child button that
carries keyboard focus and an accessible name ("Piriformis, left"), so screen readers and
the Tab key see real controls. Only the current spot takes Tab focus (a roving tab stop):
one Tab enters the map, arrow keys move between spots, the next Tab leaves it.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QSizePolicy, QToolTip, QWidget

from holdpoint.core.catalog import Catalog, Ellipse, Side, View
from holdpoint.ui import figure, theme

_VIEWS = (View.BACK, View.FRONT)
_FIGURE_BOX = QRectF(-36.0, -4.0, 72.0, 208.0)  # figure units drawn per view
_CAPTION_PX = 34.0


class Mode(enum.Enum):
    ZONES = "zones"
    REGIONS = "regions"


@dataclass(frozen=True)
class Spot:
    """One clickable place: a zone or a region, on one side of the body."""

    kind: str  # "zone" or "region"
    id: str
    side: Side
    label: str
    shapes: tuple[Ellipse, ...]

    @property
    def key(self) -> tuple[str, Side]:
        return self.id, self.side

    @property
    def area(self) -> float:
        return sum(shape.area for shape in self.shapes)


def _screen_sign(view: View, side: Side) -> int:
    """+1 if ``side`` of the person is drawn on the viewer's right in ``view``."""
    return 1 if (view is View.BACK) == (side is Side.RIGHT) else -1


class _SpotButton(QAbstractButton):
    """An invisible, focusable stand-in for one spot (keyboard and accessibility)."""

    def __init__(self, spot: Spot, body_map: BodyMap) -> None:
        super().__init__(body_map)
        self.spot = spot
        self.setCheckable(True)
        self.setText(spot.label)
        self.setAccessibleName(spot.label)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Nothing: the map paints every spot (so overlapping shapes layer correctly)."""

    def _body_map(self) -> BodyMap | None:
        # Not a stored reference: while the map is being destroyed, Qt still sends focus
        # events to its children, and the parent pointer is the only safe way back.
        parent = self.parentWidget()
        return parent if isinstance(parent, BodyMap) else None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        body_map = self._body_map()
        if body_map is not None:
            body_map._spot_focused(self, event.reason())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        body_map = self._body_map()
        if body_map is not None:
            body_map.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        body_map = self._body_map()
        if body_map is None or not body_map._handle_key(self, event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore() if event.key() == Qt.Key.Key_Space else super().keyReleaseEvent(event)


class BodyMap(QWidget):
    """Back and front views of the body, with zones (or pain regions) to click."""

    #: A zone place was toggled by click or key: (zone id, side).
    zoneToggled = Signal(str, object)
    #: A region was marked or unmarked in "Where does it hurt?": (region id, side).
    regionToggled = Signal(str, object)
    #: The zone under the pointer or keyboard focus changed: zone id or "" for none.
    zoneHovered = Signal(str)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setAccessibleName("Body map")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.mode = Mode.ZONES
        self._selected: set[tuple[str, Side]] = set()
        self._marked: set[tuple[str, Side]] = set()
        #: Zones the person's precautions leave out: zone id -> the reason, in words.
        self._excluded: dict[str, str] = {}
        self._hovered: Spot | None = None
        self._keyboard_focus = False
        self._painting: bool | None = None  # while dragging in regions mode: mark or unmark
        self._painted: set[tuple[str, Side]] = set()
        self._buttons: list[_SpotButton] = []
        self._current: _SpotButton | None = None
        self._rebuild_spots()

    # ------------------------------------------------------------------------ spots

    def _spots_for(self, mode: Mode) -> list[Spot]:
        spots = []
        if mode is Mode.ZONES:
            for zone, side in self.catalog.places():
                spots.append(Spot("zone", zone.id, side, zone.label(side), (zone.shape,)))
        else:
            for region in self.catalog.regions:
                for side in (Side.LEFT, Side.RIGHT):
                    label = f"{region.name}, {side.value}"
                    spots.append(Spot("region", region.id, side, label, region.shapes))
        # Paint large shapes first; hit-testing goes the other way, so small ones win.
        return sorted(spots, key=lambda spot: -spot.area)

    def _rebuild_spots(self) -> None:
        had_focus = self._current is not None and self._current.hasFocus()
        for button in self._buttons:
            button.deleteLater()
        self._buttons = [_SpotButton(spot, self) for spot in self._spots_for(self.mode)]
        self._current = None
        reading_order = sorted(self._buttons, key=self._reading_key)
        if reading_order:
            self._make_current(reading_order[0], focus=had_focus)
        self._sync_checked()
        self._place_buttons()

    def _reading_key(self, button: _SpotButton) -> tuple[float, float]:
        centre = self.spot_centre(button.spot)
        return (round(centre.y() / 40), centre.x())

    def spots(self) -> list[Spot]:
        return [button.spot for button in self._buttons]

    def button(self, spot_id: str, side: Side) -> _SpotButton:
        for button in self._buttons:
            if button.spot.key == (spot_id, side):
                return button
        raise KeyError((spot_id, side))

    # ------------------------------------------------------------------------ state

    def set_mode(self, mode: Mode) -> None:
        if mode is not self.mode:
            self.mode = mode
            self._hovered = None
            self._rebuild_spots()
            self.update()

    def set_selected(self, selected: set[tuple[str, Side]]) -> None:
        self._selected = set(selected)
        self._sync_checked()
        self.update()

    def set_excluded(self, excluded: dict[str, str]) -> None:
        """Grey out the zones ``excluded`` (zone id -> reason); the reason shows on hover
        and is read out with the zone's name."""
        self._excluded = dict(excluded)
        for button in self._buttons:
            reason = self._excluded.get(button.spot.id, "") if button.spot.kind == "zone" else ""
            button.setAccessibleDescription(f"Left out: {reason}" if reason else "")
        self.update()

    def excluded_reason(self, zone_id: str) -> str:
        """Why ``zone_id`` is left out, or "" if it is not."""
        return self._excluded.get(zone_id, "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            spot = self.spot_at(QPointF(event.pos()))
            reason = self._excluded.get(spot.id, "") if spot and spot.kind == "zone" else ""
            if spot is not None and reason:
                QToolTip.showText(event.globalPos(), f"{spot.label}: left out. {reason}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def set_marked(self, marked: set[tuple[str, Side]]) -> None:
        self._marked = set(marked)
        self._sync_checked()
        self.update()

    def _sync_checked(self) -> None:
        chosen = self._selected if self.mode is Mode.ZONES else self._marked
        for button in self._buttons:
            button.setChecked(button.spot.key in chosen)

    def hovered_zone(self) -> str:
        spot = self._active_spot()
        return spot.id if spot and spot.kind == "zone" else ""

    def _active_spot(self) -> Spot | None:
        """What the person is pointing at: the mouse, else the keyboard focus."""
        if self._hovered is not None:
            return self._hovered
        if self._current is not None and self._current.hasFocus():
            return self._current.spot
        return None

    # ------------------------------------------------------------------------ geometry

    def _view_rect(self, view: View) -> QRectF:
        half = self.width() / 2
        left = 0.0 if view is View.BACK else half
        return QRectF(left, _CAPTION_PX, half, max(1.0, self.height() - _CAPTION_PX - 8))

    def transform(self, view: View) -> QTransform:
        """Figure units (x right of the midline as drawn, y down) to widget pixels."""
        rect = self._view_rect(view)
        scale = min(rect.width() / _FIGURE_BOX.width(), rect.height() / _FIGURE_BOX.height())
        centre_x = rect.center().x()
        top = rect.top() + (rect.height() - _FIGURE_BOX.height() * scale) / 2
        transform = QTransform()
        transform.translate(centre_x, top - _FIGURE_BOX.top() * scale)
        transform.scale(scale, scale)
        return transform

    def _ellipse_path(self, shape: Ellipse, side: Side) -> QPainterPath:
        sign = _screen_sign(shape.view, side)
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), shape.rx, shape.ry)
        local = QTransform()
        local.translate(sign * shape.x, shape.y)
        local.rotate(sign * shape.angle)
        return self.transform(shape.view).map(local.map(path))

    def spot_path(self, spot: Spot) -> QPainterPath:
        path = QPainterPath()
        for shape in spot.shapes:
            path.addPath(self._ellipse_path(shape, spot.side))
        return path

    def spot_centre(self, spot: Spot) -> QPointF:
        """Where to click a spot: the centre of its first shape, in widget pixels."""
        shape = spot.shapes[0]
        point = QPointF(_screen_sign(shape.view, spot.side) * shape.x, shape.y)
        return self.transform(shape.view).map(point)

    def spot_at(self, point: QPointF) -> Spot | None:
        for button in reversed(self._buttons):
            if self.spot_path(button.spot).contains(point):
                return button.spot
        return None

    def _place_buttons(self) -> None:
        for button in self._buttons:
            button.setGeometry(self.spot_path(button.spot).boundingRect().toAlignedRect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons()

    def sizeHint(self) -> QSize:
        return QSize(560, 620)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 340)

    # ------------------------------------------------------------------------ mouse

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        spot = self.spot_at(event.position())
        if self._painting is not None and spot is not None and spot.key not in self._painted:
            self._painted.add(spot.key)
            if (spot.key in self._marked) != self._painting:
                self._toggle(spot)
        self._set_hovered(spot)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        spot = self.spot_at(event.position())
        if spot is None:
            return None
        self._keyboard_focus = False
        self._make_current(self.button(*spot.key), focus=True)
        if self.mode is Mode.REGIONS:
            self._painting = spot.key not in self._marked
            self._painted = {spot.key}
        self._toggle(spot)
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._painting = None
        self._painted = set()
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hovered(None)
        super().leaveEvent(event)

    def _set_hovered(self, spot: Spot | None) -> None:
        if spot != self._hovered:
            self._hovered = spot
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if spot else Qt.CursorShape.ArrowCursor
            )
            self.zoneHovered.emit(self.hovered_zone())
            self.update()

    def _toggle(self, spot: Spot) -> None:
        if spot.kind == "zone":
            self.zoneToggled.emit(spot.id, spot.side)
        else:
            self.regionToggled.emit(spot.id, spot.side)

    # ------------------------------------------------------------------------ keyboard

    def _make_current(self, button: _SpotButton, focus: bool) -> None:
        if self._current is not None and self._current is not button:
            self._current.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._current = button
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(button)
        if focus:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _spot_focused(self, button: _SpotButton, reason: Qt.FocusReason) -> None:
        if reason != Qt.FocusReason.MouseFocusReason:
            self._keyboard_focus = True
        if button is not self._current:
            self._make_current(button, focus=False)
        self.zoneHovered.emit(self.hovered_zone())
        self.update()

    def _handle_key(self, button: _SpotButton, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        directions = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in directions and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            target = self._neighbour(button, *directions[key])
            if target is not None:
                self._keyboard_focus = True
                self._make_current(target, focus=True)
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self._keyboard_focus = True
            self._toggle(button.spot)
            return True
        return False

    def _neighbour(self, button: _SpotButton, dx: int, dy: int) -> _SpotButton | None:
        """The nearest spot in direction (dx, dy), favouring those straight ahead."""
        origin = self.spot_centre(button.spot)
        best, best_cost = None, math.inf
        for other in self._buttons:
            if other is button:
                continue
            centre = self.spot_centre(other.spot)
            ahead = (centre.x() - origin.x()) * dx + (centre.y() - origin.y()) * dy
            across = abs((centre.x() - origin.x()) * dy - (centre.y() - origin.y()) * dx)
            if ahead <= 0.5:
                continue
            cost = ahead + 2.5 * across
            if cost < best_cost:
                best, best_cost = other, cost
        return best

    # ------------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        accents = theme.accents_for(pal)
        dark = pal.color(QPalette.ColorRole.Window).lightness() < 128
        active = self._active_spot()
        for view in _VIEWS:
            self._paint_view(painter, view, pal, dark)
        self._paint_shading(painter, active, dark)
        self._paint_no_press(painter, active, accents)
        self._paint_spots(painter, active, pal, accents)
        if active is not None:
            self._paint_label(painter, active, pal)
        painter.end()

    def _paint_view(self, painter: QPainter, view: View, pal: QPalette, dark: bool) -> None:
        transform = self.transform(view)
        body = transform.map(figure.outline())
        fill = QColor("#2b3735") if dark else QColor("#e4ebe8")
        edge = QColor("#6d817d") if dark else QColor("#9aaca7")
        painter.setPen(QPen(edge, 1.6))
        painter.setBrush(fill)
        painter.drawPath(body)
        line = QColor(edge)
        line.setAlpha(150)
        painter.setPen(QPen(line, 1.1, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for contour in figure.contours(view):
            painter.drawPath(transform.map(contour))

        rect = self._view_rect(view)
        caption = QFont(self.font())
        caption.setPointSizeF(caption.pointSizeF() * 1.25)
        caption.setWeight(QFont.Weight.DemiBold)
        painter.setFont(caption)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        title = "Back" if view is View.BACK else "Front"
        painter.drawText(
            QRectF(rect.left(), 4, rect.width(), _CAPTION_PX - 6),
            Qt.AlignmentFlag.AlignCenter,
            title,
        )
        # Which side is which: the person's left and right, under each foot.
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        for side in (Side.LEFT, Side.RIGHT):
            foot = transform.map(QPointF(_screen_sign(view, side) * 14.0, 203.0))
            box = QRectF(foot.x() - 40, foot.y() - 8, 80, 18)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, side.label)

    def _shade(self, painter: QPainter, region_id: str, side: Side, colour: QColor) -> None:
        for shape in self.catalog.region(region_id).shapes:
            path = self._ellipse_path(shape, side)
            body = self.transform(shape.view).map(figure.outline())
            painter.save()
            painter.setClipPath(body)
            painter.fillPath(path, colour)
            painter.restore()

    def _paint_shading(self, painter: QPainter, active: Spot | None, dark: bool) -> None:
        warm = QColor("#ff8a4c") if dark else QColor("#f2672a")
        painter.setPen(Qt.PenStyle.NoPen)
        if self.mode is Mode.REGIONS:
            for region_id, side in self._marked:
                colour = QColor(warm)
                colour.setAlpha(150)
                self._shade(painter, region_id, side, colour)
            if active is not None and active.key not in self._marked:
                colour = QColor(warm)
                colour.setAlpha(70)
                self._shade(painter, active.id, active.side, colour)
            return
        patterns = [(key, 55) for key in self._selected]
        if active is not None:
            patterns.append((active.key, 115))
        for (zone_id, side), alpha in patterns:
            colour = QColor(warm)
            colour.setAlpha(alpha)
            for region_id in self.catalog.zone(zone_id).refers_to:
                self._shade(painter, region_id, side, colour)

    def _paint_no_press(
        self, painter: QPainter, active: Spot | None, accents: theme.Accents
    ) -> None:
        if self.mode is not Mode.ZONES:
            return
        keys = set(self._selected)
        if active is not None:
            keys.add(active.key)
        areas = {
            (area_id, side)
            for zone_id, side in keys
            for area_id in self.catalog.zone(zone_id).no_press
        }
        red = QColor(accents.warning_text)
        for area_id, side in sorted(areas):
            for shape in self.catalog.no_press_area(area_id).shapes:
                path = self._ellipse_path(shape, side)
                hatch = QBrush(red, Qt.BrushStyle.BDiagPattern)
                painter.setPen(QPen(red, 1.4, Qt.PenStyle.DashLine))
                painter.setBrush(hatch)
                painter.drawPath(path)

    def _paint_spots(
        self, painter: QPainter, active: Spot | None, pal: QPalette, a: theme.Accents
    ) -> None:
        chosen = self._selected if self.mode is Mode.ZONES else self._marked
        for button in self._buttons:
            spot = button.spot
            path = self.spot_path(spot)
            selected = spot.key in chosen
            hovered = active is not None and active.key == spot.key
            if self.mode is Mode.REGIONS:
                # Regions are shaded by _paint_shading; here only a faint dashed edge.
                edge = QColor(pal.color(QPalette.ColorRole.WindowText))
                edge.setAlpha(90 if not hovered else 200)
                painter.setPen(QPen(edge, 1.0, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            elif spot.id in self._excluded:  # left out by a precaution: grey and dashed
                grey = QColor(pal.color(QPalette.ColorRole.Mid))
                grey.setAlpha(150 if hovered else 90)
                painter.setPen(QPen(grey.darker(130), 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(grey)
                painter.drawPath(path)
            else:
                fill = QColor(a.primary)
                fill.setAlpha(235 if selected else (120 if hovered else 55))
                edge = QColor(a.on_primary if selected else a.primary)
                painter.setPen(QPen(edge, 2.0 if selected else 1.4))
                painter.setBrush(fill)
                painter.drawPath(path)
            if button.hasFocus() and self._keyboard_focus:
                ring = QPen(pal.color(QPalette.ColorRole.WindowText), 2.4)
                ring.setStyle(Qt.PenStyle.SolidLine)
                painter.setPen(ring)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                box = path.boundingRect().adjusted(-5, -5, 5, 5)
                painter.drawEllipse(box)

    def _paint_label(self, painter: QPainter, spot: Spot, pal: QPalette) -> None:
        font = QFont(QApplication.font())
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        text = spot.label + (" (left out)" if spot.id in self._excluded else "")
        box = self.spot_path(spot).boundingRect()
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 10
        x = min(max(4.0, box.center().x() - width / 2), self.width() - width - 4)
        y = box.top() - height - 6
        if y < _CAPTION_PX:
            y = box.bottom() + 6
        label = QRectF(x, y, width, height)
        background = QColor(pal.color(QPalette.ColorRole.ToolTipBase))
        background.setAlpha(240)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(label, 6, 6)
        painter.setPen(pal.color(QPalette.ColorRole.ToolTipText))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
