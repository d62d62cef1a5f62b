"""The body art of the map: figure, landmarks, muscles, trigger points, referral areas.

Loaded from ``resources/body.toml`` and validated like the catalog: a missing key, a
point off the figure, an unknown zone or view, or a damaged file raises
:class:`BodyError` naming the file, the line, the entry and the key, e.g.
``body.toml:88: muscle 'piriformis': outline[0][2]: [40.0, 92.0]: x is outside 0–36``.

Everything is in figure units (see zones.toml): 200 tall, x from the midline towards
the person's right, y down; the left side is the mirror. Each outline is a list of
points that a smooth closed curve passes through. No Qt here: the map turns these
points into paths (``holdpoint.ui.map``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from holdpoint.core.catalog import FIGURE_HEIGHT, Catalog, View
from holdpoint.core.tomlcheck import Entry, Locator, parse_toml, read_text, shown

FORMAT = 1
#: How far from the midline a point may lie: the figure, and the margins for labels.
HALF_WIDTH = 48.0

Point = tuple[float, float]
Polygon = tuple[Point, ...]


class BodyError(ValueError):
    """The body file is malformed; the message names the file, line, entry and key."""


class Where(enum.StrEnum):
    """Which drawings show a contour or landmark."""

    BACK = "back"
    FRONT = "front"
    BOTH = "both"

    def shows(self, view: View) -> bool:
        return self is Where.BOTH or self.value == view.value


class LandmarkKind(enum.StrEnum):
    BONE = "bone"  # a closed outline of a bony point felt through the skin
    LINE = "line"  # an open line: a bony edge (the hip crest) or a crease
    NERVE = "nerve"  # the course of a nerve: drawn as a warning, never a target


class Contour(NamedTuple):
    """A soft inner line of the figure (folds, shoulder blades, toes)."""

    where: Where
    points: Polygon
    closed: bool
    mirror: bool


class Landmark(NamedTuple):
    """A place found by touch (hip crest, sit bone, kneecap) or a nerve's course."""

    id: str
    name: str
    where: Where
    kind: LandmarkKind
    points: Polygon
    label_at: Point | None


class Closeup(NamedTuple):
    """A magnified part of one view, drawn beside the figures so small zones are big."""

    id: str
    title: str
    view: View
    area: tuple[float, float, float, float]  # x0, y0, x1, y1 of the right side's units
    body: float  # the half width of the body shown; beyond it: room for labels
    zoom: float


class Referral(NamedTuple):
    """Where a zone's trigger points send pain, on one view."""

    view: View
    points: Polygon


class Muscle(NamedTuple):
    """The drawing of one zone's muscle: its outline (one or more parts), the trigger
    points marked on it, its fibres, its referral areas and its short label."""

    zone: str
    label: str
    outline: tuple[Polygon, ...]
    points: Polygon
    fibre_angle: float | None
    fibre_focus: Point | None
    referral: tuple[Referral, ...]
    label_at: Point | None


class Body(NamedTuple):
    outline: Polygon  # the right half of the silhouette, from the chin round to the crotch
    head: tuple[float, float, float, float]  # centre x, y and radii
    contours: tuple[Contour, ...]
    landmarks: tuple[Landmark, ...]
    closeups: tuple[Closeup, ...]
    muscles: tuple[Muscle, ...]

    def muscle(self, zone_id: str) -> Muscle:
        for muscle in self.muscles:
            if muscle.zone == zone_id:
                return muscle
        raise KeyError(zone_id)


# ------------------------------------------------------------------------------ loading


def load_body(path: Path) -> Body:
    """Read and validate the body file at ``path``."""
    return parse_body(read_text(path, BodyError, "body drawing"), path.name)


def parse_body(text: str, filename: str = "body.toml") -> Body:
    """Validate body ``text``; ``filename`` is used in messages."""
    data = parse_toml(text, filename, BodyError)
    locator = Locator(text, filename)
    top = Entry(data, "the file", locator, None, error=BodyError)
    top.only_keys({"format", "figure", "contour", "landmark", "closeup", "muscle"})
    if top.integer("format", 1, 1_000) != FORMAT:
        top.fail("format", f"this Holdpoint reads format {FORMAT}")
    figure = Entry(top.table("figure"), "[figure]", locator, None, error=BodyError)
    figure.only_keys({"outline", "head"})
    head = figure.child(figure.table("head"), "head")
    head.only_keys({"x", "y", "rx", "ry"})
    body = Body(
        outline=_polygon(figure, "outline", 8),
        head=(
            head.number("x", -5.0, 5.0),
            head.number("y", 0.0, 40.0),
            head.number("rx", 1.0, 20.0),
            head.number("ry", 1.0, 20.0),
        ),
        contours=tuple(_contour(entry) for entry in top.tables("contour", locator)),
        landmarks=tuple(_landmark(entry) for entry in top.tables("landmark", locator)),
        closeups=tuple(_closeup(entry) for entry in top.tables("closeup", locator)),
        muscles=tuple(_muscle(entry) for entry in top.tables("muscle", locator)),
    )
    for kind, ids in (
        ("landmark", [landmark.id for landmark in body.landmarks]),
        ("closeup", [closeup.id for closeup in body.closeups]),
        ("muscle", [muscle.zone for muscle in body.muscles]),
    ):
        _unique(kind, ids, locator)
    return body


def check_zones(body: Body, catalog: Catalog, filename: str = "body.toml") -> None:
    """Every zone of ``catalog`` has a muscle, every muscle a zone, and each zone's centre
    (its ``shape`` in zones.toml, where the map is clicked) lies inside its muscle."""
    known = {zone.id for zone in catalog.zones}
    for muscle in body.muscles:
        if muscle.zone not in known:
            raise BodyError(f"{filename}: muscle {muscle.zone!r}: zone: not a zone of the catalog")
    drawn = {muscle.zone for muscle in body.muscles}
    for zone in catalog.zones:
        if zone.id not in drawn:
            raise BodyError(f"{filename}: zone {zone.id!r} has no [[muscle]] drawing")
        muscle = body.muscle(zone.id)
        centre = (zone.shape.x, zone.shape.y)
        if not any(inside(centre, part) for part in muscle.outline):
            raise BodyError(
                f"{filename}: muscle {zone.id!r}: outline: does not contain the zone's centre "
                f"{centre} from zones.toml"
            )
        views = {referral.view for referral in muscle.referral}
        if not views:
            raise BodyError(f"{filename}: muscle {zone.id!r}: referral: missing")


def inside(point: Point, polygon: Polygon) -> bool:
    """Whether ``point`` lies inside ``polygon`` (even-odd rule)."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def _unique(kind: str, ids: list[str], locator: Locator) -> None:
    seen: set[str] = set()
    for index, ident in enumerate(ids):
        if ident in seen:
            key = "zone" if kind == "muscle" else "id"
            line = locator.line(kind, index, key)
            raise BodyError(f"{locator.filename}:{line}: {kind} {ident!r}: {key}: used twice")
        seen.add(ident)


def _point(entry: Entry, key: str, value: object, where: str = "") -> Point:
    """A point [x, y]; ``where`` says which one in a list ("point 3: ")."""
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        entry.fail(key, f"{where}{shown(value)} must be a point [x, y]")
    x, y = float(value[0]), float(value[1])
    if x != x or y != y:  # nan
        entry.fail(key, f"{where}{shown(value)} is not a number")
    if not -HALF_WIDTH <= x <= HALF_WIDTH:  # also refuses nan
        entry.fail(key, f"{where}{shown(value)}: x is outside {-HALF_WIDTH:g}–{HALF_WIDTH:g}")
    if not 0.0 <= y <= FIGURE_HEIGHT:
        entry.fail(key, f"{where}{shown(value)}: y is outside 0–{FIGURE_HEIGHT:g}")
    return x, y


def _points(entry: Entry, key: str, value: object, least: int, part: str = "") -> Polygon:
    """Points written "x y, x y, ..." (quicker to read than TOML arrays of arrays)."""
    if not isinstance(value, str):
        entry.fail(key, f'{part}must be points written as text: "x y, x y, ..."')
    items = [item for item in value.split(",") if item.strip()]
    if len(items) < least:
        entry.fail(key, f'{part}must hold at least {least} points "x y"')
    points = []
    for index, item in enumerate(items):
        try:
            x, y = (float(number) for number in item.split())
        except ValueError:  # not numbers, or not two of them
            entry.fail(key, f'{part}point {index + 1}: {shown(item.strip())} must be "x y"')
        if not (-HALF_WIDTH <= x <= HALF_WIDTH and 0.0 <= y <= FIGURE_HEIGHT):  # or nan
            points.append(_point(entry, key, [x, y], f"{part}point {index + 1}: "))
        else:
            points.append((x, y))
    return tuple(points)


def _polygon(entry: Entry, key: str, least: int = 3) -> Polygon:
    if key not in entry.data:
        entry.fail(key, "missing")
    value = entry.data[key]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = ", ".join(value)  # one outline written over several lines
    return _points(entry, key, value, least)


def _optional_point(entry: Entry, key: str) -> Point | None:
    return _point(entry, key, entry.data[key]) if key in entry.data else None


def _where(entry: Entry) -> Where:
    where: Where = entry.choice("view", Where)
    return where


def _contour(entry: Entry) -> Contour:
    entry.only_keys({"view", "points", "closed", "mirror"})
    return Contour(
        where=_where(entry),
        points=_polygon(entry, "points", 2),
        closed=_flag(entry, "closed", False),
        mirror=_flag(entry, "mirror", True),
    )


def _flag(entry: Entry, key: str, default: bool) -> bool:
    return entry.boolean(key) if key in entry.data else default


def _landmark(entry: Entry) -> Landmark:
    entry.only_keys({"id", "name", "view", "kind", "points", "label_at"})
    kind: LandmarkKind = entry.choice("kind", LandmarkKind)
    return Landmark(
        id=entry.identifier("id"),
        name=entry.words("name", 40),
        where=_where(entry),
        kind=kind,
        points=_polygon(entry, "points", 3 if kind is LandmarkKind.BONE else 2),
        label_at=_optional_point(entry, "label_at"),
    )


def _closeup(entry: Entry) -> Closeup:
    entry.only_keys({"id", "title", "view", "area", "body", "zoom"})
    area = entry.data.get("area")
    if (
        not isinstance(area, list)
        or len(area) != 4
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in area)
    ):
        entry.fail("area", "must be [x0, y0, x1, y1]")
    x0, y0 = _point(entry, "area", area[:2])
    x1, y1 = _point(entry, "area", area[2:])
    if x1 - x0 < 4 or y1 - y0 < 4:
        entry.fail("area", f"{shown(area)}: x1 and y1 must be at least 4 units past x0 and y0")
    return Closeup(
        id=entry.identifier("id"),
        title=entry.words("title", 60),
        view=entry.choice("view", View),
        area=(x0, y0, x1, y1),
        body=entry.number("body", 4.0, HALF_WIDTH),
        zoom=entry.number("zoom", 1.0, 4.0),
    )


def _muscle(entry: Entry) -> Muscle:
    zone = entry.data.get("zone")
    if isinstance(zone, str):  # named by its zone: "muscle 'piriformis'"
        entry.label = f"muscle {shown(zone)}"
    entry.only_keys(
        {"zone", "label", "outline", "points", "fibre_angle", "fibre_focus", "referral",
         "label_at"}
    )  # fmt: skip
    parts = entry.data.get("outline")
    if not isinstance(parts, list) or not parts:
        entry.fail("outline", "must be a list of outlines, each a list of points [x, y]")
    outline = tuple(
        _points(entry, "outline", part, 3, f"part {i + 1}, ") for i, part in enumerate(parts)
    )
    if ("fibre_angle" in entry.data) == ("fibre_focus" in entry.data):
        entry.fail("fibre_angle", "give either fibre_angle or fibre_focus (where fibres meet)")
    referral = tuple(_referral(entry, index, item) for index, item in _listed(entry, "referral"))
    return Muscle(
        zone=entry.identifier("zone"),
        label=entry.words("label", 24),
        outline=outline,
        points=_polygon(entry, "points", 1),
        fibre_angle=entry.number("fibre_angle", -180.0, 180.0)
        if "fibre_angle" in entry.data
        else None,
        fibre_focus=_optional_point(entry, "fibre_focus"),
        referral=referral,
        label_at=_optional_point(entry, "label_at"),
    )


def _listed(entry: Entry, key: str) -> Iterable[tuple[int, dict[str, Any]]]:
    return enumerate(entry.list_of_tables(key))


def _referral(entry: Entry, index: int, item: dict[str, Any]) -> Referral:
    child = entry.child(item, f"referral[{index}]")
    child.only_keys({"view", "points"})
    return Referral(view=child.choice("view", View), points=_polygon(child, "points", 3))
