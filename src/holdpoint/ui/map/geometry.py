"""The body map's geometry, without widgets: where each drawing goes, the paths of the
spots, hit-testing, and the neighbours the arrow keys move between.

Three levels, each built once:

* :func:`layout`: the panels (back figure, close-ups, front figure) in *layout units*,
  from the body data; independent of the size.
* :class:`Shapes`: every spot's path in *drawing units* (figure units, mirrored for the
  side), the no-press areas, and the arrow keys' neighbours; built once per mode.
* :class:`Frame`: the transforms from drawing units to pixels for one widget size, and
  the paths mapped to pixels (cached per size, never rebuilt on a mouse move).
"""

from __future__ import annotations

import enum
import math
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QTransform

from holdpoint.core.body import Body, LandmarkKind
from holdpoint.core.catalog import Catalog, Ellipse, NoPressArea, Side, View, on_side
from holdpoint.ui.map import figure

#: What each full figure shows, in drawing units.
FIGURE_BOX = QRectF(-39.0, -4.0, 78.0, 208.0)
#: The band above each panel for its title, in layout units.
CAPTION = 10.0
_GAP = 3.0
_FRONT_OFFSET = 100.0  # where the front view sits for the arrow keys, in drawing units


class Mode(enum.Enum):
    ZONES = "zones"
    REGIONS = "regions"


class Spot(NamedTuple):
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
    def view(self) -> View:
        return self.shapes[0].view

    @property
    def area(self) -> float:
        return sum(shape.area for shape in self.shapes)


def screen_sign(view: View, side: Side) -> int:
    """+1 if ``side`` of the person is drawn on the viewer's right in ``view``."""
    return 1 if (view is View.BACK) == (side is Side.RIGHT) else -1


def ellipse_path(shape: Ellipse, sign: int) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), shape.rx, shape.ry)
    local = QTransform()
    local.translate(sign * shape.x, shape.y)
    local.rotate(sign * shape.angle)
    return local.map(path)


# ------------------------------------------------------------------------------ layout


class Panel(NamedTuple):
    """One drawing: a whole view, or a close-up of part of one."""

    view: View
    title: str
    source: QRectF  # the drawing units shown, labels' margins included
    clip: QRectF  # the drawing units where the body is drawn and clicked
    box: QRectF  # where it goes, in layout units
    zoom: float

    @property
    def closeup(self) -> bool:
        return self.zoom > 1.0


def layout(body: Body) -> tuple[tuple[Panel, ...], QSizeF]:
    """The back figure, the close-ups stacked in a column, the front figure."""
    closeups = []
    for closeup in body.closeups:
        x0, y0, x1, y1 = closeup.area
        source = QRectF(x0, y0, x1 - x0, y1 - y0)
        clip = QRectF(-closeup.body, y0, 2 * closeup.body, y1 - y0)
        closeups.append((closeup, source, clip))
    column_width = max((s.width() * c.zoom for c, s, _ in closeups), default=0.0)
    column_height = sum(CAPTION + s.height() * c.zoom + _GAP for c, s, _ in closeups)
    height = max(CAPTION + FIGURE_BOX.height(), column_height)
    figure_top = (height - CAPTION - FIGURE_BOX.height()) / 2 + CAPTION
    back = QCoreApplication.translate("MapGeometry", "Back")
    front = QCoreApplication.translate("MapGeometry", "Front")
    panels = [
        Panel(View.BACK, back, FIGURE_BOX, FIGURE_BOX,
              QRectF(0, figure_top, FIGURE_BOX.width(), FIGURE_BOX.height()), 1.0),
    ]  # fmt: skip
    top = (height - column_height) / 2
    for closeup, source, clip in closeups:
        width, tall = source.width() * closeup.zoom, source.height() * closeup.zoom
        left = FIGURE_BOX.width() + (column_width - width) / 2
        box = QRectF(left, top + CAPTION, width, tall)
        panels.append(Panel(closeup.view, closeup.title, source, clip, box, closeup.zoom))
        top += CAPTION + tall + _GAP
    front_left = FIGURE_BOX.width() + column_width
    panels.append(
        Panel(View.FRONT, front, FIGURE_BOX, FIGURE_BOX,
              QRectF(front_left, figure_top, FIGURE_BOX.width(), FIGURE_BOX.height()), 1.0)
    )  # fmt: skip
    return tuple(panels), QSizeF(front_left + FIGURE_BOX.width(), height)


# ------------------------------------------------------------------------------ shapes


class SpotShape:
    """A spot's path in drawing units, where it is clicked, and its home panel (the index
    of the panel it is clicked in: a close-up when it is in one)."""

    __slots__ = ("centre", "home", "path", "sign", "spot")

    def __init__(self, spot: Spot, sign: int, path: QPainterPath, centre: QPointF, home: int):
        self.spot, self.sign, self.path, self.centre, self.home = spot, sign, path, centre, home


class Shapes:
    """Every spot of one mode in drawing units, built once; hit-testing in units. The
    spots are in paint order: large first, so small ones win a hit."""

    def __init__(
        self,
        panels: tuple[Panel, ...],
        spots: list[SpotShape],
        no_press: dict[View, list[tuple[NoPressArea, QPainterPath]]],
        nerves: dict[View, list[tuple[NoPressArea, QPainterPath]]] | None = None,
    ) -> None:
        self.panels, self.spots, self.no_press = panels, spots, no_press
        #: A band along each nerve's course: never a target either (drawn as a line).
        self.nerves = nerves or {View.BACK: [], View.FRONT: []}
        self.by_key = {shape.spot.key: shape for shape in spots}

    def hit(self, view: View, point: QPointF, zones: bool) -> Spot | NoPressArea | None:
        """What lies at ``point`` (drawing units) on ``view``: a no-press area (zones mode:
        never a press target) before any spot, smallest spot first."""
        if zones:
            for area, path in self.no_press[view] + self.nerves[view]:
                if path.contains(point):
                    return area
        for shape in reversed(self.spots):
            if (
                shape.spot.view is view
                and shape.path.controlPointRect().contains(point)
                and shape.path.contains(point)
            ):
                return shape.spot
        return None

    def logical(self, key: tuple[str, Side]) -> QPointF:
        """Where a spot sits for the arrow keys: both views side by side, in units."""
        shape = self.by_key[key]
        offset = 0.0 if shape.spot.view is View.BACK else _FRONT_OFFSET
        return QPointF(shape.centre.x() + offset, shape.centre.y())

    def reading_order(self) -> list[Spot]:
        def key(shape: SpotShape) -> tuple[float, float]:
            point = self.logical(shape.spot.key)
            return round(point.y() / 12), point.x()

        return [shape.spot for shape in sorted(self.spots, key=key)]

    def neighbour(self, key: tuple[str, Side], dx: int, dy: int) -> Spot | None:
        """The nearest spot in direction (dx, dy), favouring those straight ahead."""
        origin = self.logical(key)
        best, best_cost = None, math.inf
        for shape in self.spots:
            if shape.spot.key == key:
                continue
            centre = self.logical(shape.spot.key)
            ahead = (centre.x() - origin.x()) * dx + (centre.y() - origin.y()) * dy
            across = abs((centre.x() - origin.x()) * dy - (centre.y() - origin.y()) * dx)
            if ahead <= 0.2:
                continue
            cost = ahead + 2.5 * across
            if cost < best_cost:
                best, best_cost = shape.spot, cost
        return best


def build_shapes(catalog: Catalog, mode: Mode, panels: tuple[Panel, ...]) -> Shapes:
    shapes: list[SpotShape] = []
    if mode is Mode.ZONES:
        for zone, side in catalog.places():
            spot = Spot("zone", zone.id, side, zone.label(side), (zone.shape,))
            sign = screen_sign(zone.shown_on, side)
            centre = QPointF(sign * zone.shape.x, zone.shape.y)
            path = figure.muscle(zone.id, sign)
            shapes.append(SpotShape(spot, sign, path, centre, _home(panels, spot.view, centre)))
    else:
        for region in catalog.regions:
            for side in (Side.LEFT, Side.RIGHT):
                spot = Spot("region", region.id, side, on_side(region.name, side),
                            region.shapes)  # fmt: skip
                sign = screen_sign(spot.view, side)
                path = QPainterPath()
                for shape in region.shapes:
                    if shape.view is spot.view:
                        path.addPath(ellipse_path(shape, sign))
                first = region.shapes[0]
                centre = QPointF(sign * first.x, first.y)
                home = next(i for i, p in enumerate(panels) if p.view is spot.view)
                shapes.append(SpotShape(spot, sign, path, centre, home))
    # Paint large shapes first; hit-testing goes the other way, so small ones win.
    shapes.sort(key=lambda s: -s.path.boundingRect().width() * s.path.boundingRect().height())
    no_press: dict[View, list[tuple[NoPressArea, QPainterPath]]] = {View.BACK: [], View.FRONT: []}
    for area in catalog.no_press:
        for view in View:
            path = QPainterPath()
            for shape in area.shapes:
                if shape.view is view:
                    for sign in (1, -1):
                        path.addPath(ellipse_path(shape, sign))
            if not path.isEmpty():
                no_press[view].append((area, path))
    return Shapes(panels, shapes, no_press, _nerves(catalog) if mode is Mode.ZONES else None)


def _nerves(catalog: Catalog) -> dict[View, list[tuple[NoPressArea, QPainterPath]]]:
    """A band 1.6 units wide along each nerve landmark, named by the catalog's no-press
    area of the same id (the sciatic nerve) when there is one."""
    stroker = QPainterPathStroker()
    stroker.setWidth(1.6)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    bands: dict[View, list[tuple[NoPressArea, QPainterPath]]] = {View.BACK: [], View.FRONT: []}
    known = {area.id: area for area in catalog.no_press}
    for landmark in figure.body().landmarks:
        if landmark.kind is not LandmarkKind.NERVE:
            continue
        area = known.get(landmark.id) or NoPressArea(
            landmark.id,
            landmark.name,
            QCoreApplication.translate("MapGeometry", "A nerve runs here: never press on it."),
            (),
        )
        for view in View:
            if landmark.where.shows(view):
                path = QPainterPath()
                for sign in (1, -1):
                    path.addPath(stroker.createStroke(figure.smooth(landmark.points, False, sign)))
                path.setFillRule(Qt.FillRule.WindingFill)
                bands[view].append((area, path))
    return bands


def _home(panels: tuple[Panel, ...], view: View, centre: QPointF) -> int:
    for index, panel in enumerate(panels):
        if panel.closeup and panel.view is view and panel.clip.contains(centre):
            return index
    return next(i for i, p in enumerate(panels) if p.view is view and not p.closeup)


# ------------------------------------------------------------------------------ frame


class Frame:
    """The map at one widget size: transforms, pixel paths (cached) and hit-testing."""

    def __init__(self, shapes: Shapes, total: QSizeF, width: float, height: float) -> None:
        self.shapes = shapes
        self.width, self.height = width, height
        self.scale = max(0.01, min(width / total.width(), height / total.height()))
        left = (width - total.width() * self.scale) / 2
        top = (height - total.height() * self.scale) / 2
        self.transforms: list[QTransform] = []
        for panel in shapes.panels:
            k = panel.zoom * self.scale
            dx = left + panel.box.left() * self.scale - panel.source.left() * k
            dy = top + panel.box.top() * self.scale - panel.source.top() * k
            self.transforms.append(QTransform(k, 0.0, 0.0, k, dx, dy))
        self._inverse = [t.inverted()[0] for t in self.transforms]
        self.boxes = [
            t.mapRect(p.source) for t, p in zip(self.transforms, shapes.panels, strict=True)
        ]
        self.clips = [
            t.mapRect(p.clip) for t, p in zip(self.transforms, shapes.panels, strict=True)
        ]
        # (panel, id(path)) -> (path, mapped): the path is kept, so its id stays its own.
        self._mapped: dict[tuple[int, int], tuple[QPainterPath, QPainterPath]] = {}

    def panel_scale(self, index: int) -> float:
        return self.transforms[index].m11()

    def to_pixels(self, index: int, path: QPainterPath) -> QPainterPath:
        """``path`` (drawing units) in panel ``index``, in pixels; cached for this size
        (keyed by the path object, which the cache keeps alive)."""
        key = (index, id(path))
        cached = self._mapped.get(key)
        if cached is None:
            cached = self._mapped[key] = (path, self.transforms[index].map(path))
        return cached[1]

    def panels_showing(self, view: View) -> list[int]:
        return [i for i, panel in enumerate(self.shapes.panels) if panel.view is view]

    def spot_path(self, spot: Spot) -> QPainterPath:
        """The spot's outline in pixels, in its home panel (where it is clicked)."""
        shape = self.shapes.by_key[spot.key]
        return self.to_pixels(shape.home, shape.path)

    def spot_centre(self, spot: Spot) -> QPointF:
        """Where to click a spot: its zone's centre, in its home panel, in pixels."""
        shape = self.shapes.by_key[spot.key]
        return self.transforms[shape.home].map(shape.centre)

    def hit(self, point: QPointF, zones: bool) -> Spot | NoPressArea | None:
        for index, clip in enumerate(self.clips):
            if clip.contains(point):
                units = self._inverse[index].map(point)
                return self.shapes.hit(self.shapes.panels[index].view, units, zones)
        return None
