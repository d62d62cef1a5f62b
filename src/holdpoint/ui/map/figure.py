"""The human figure and the muscles of the body map, as paths in figure units.

The points come from ``resources/body.toml`` (read once, validated by
:mod:`holdpoint.core.body`): the right half of the silhouette with hands and feet, soft
contour lines, landmarks and each zone's muscle. Every outline is a smooth Catmull-Rom
curve through its points, so the drawing is crisp at any size. Paths are in *drawing
units*: figure units with x already mirrored for the side drawn (``sign`` -1 puts a
right-side shape on the viewer's left).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QTransform

from holdpoint import assets, i18n
from holdpoint.core.body import Body, LandmarkKind, Point, Polygon, load_body
from holdpoint.core.catalog import View
from holdpoint.core.content_text import translate_body


def body() -> Body:
    """The body drawing in this run's language (its landmark names, close-up titles and
    muscle labels), read and validated once per process."""
    return _body(i18n.language())


@cache
def _body(language: str) -> Body:
    return translate_body(load_body(assets.resource_path("body.toml")), i18n.content_texts())


def smooth(points: Sequence[Point], closed: bool = True, sign: int = 1) -> QPainterPath:
    """A Catmull-Rom curve through ``points`` (x times ``sign``), as cubic Béziers."""
    pts = [(sign * x, y) for x, y in points]
    path = QPainterPath(QPointF(*pts[0]))
    count = len(pts)
    if count == 2:
        path.lineTo(QPointF(*pts[1]))
        return path
    segments = count if closed else count - 1
    for i in range(segments):
        if closed:
            p0, p1, p2, p3 = pts[i - 1], pts[i], pts[(i + 1) % count], pts[(i + 2) % count]
        else:
            p0, p1 = pts[max(i - 1, 0)], pts[i]
            p2, p3 = pts[i + 1], pts[min(i + 2, count - 1)]
        c1 = QPointF(p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = QPointF(p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.cubicTo(c1, c2, QPointF(*p2))
    if closed:
        path.closeSubpath()
    return path


@cache
def skin() -> tuple[QPainterPath, QPainterPath]:
    """The head and the body's silhouette (both halves, hands and feet): drawn in that
    order, the body's fill hides the bottom of the head and leaves a chin line."""
    art = body()
    right = list(art.outline)
    left = [(-x, y) for x, y in reversed(right[1:-1])]
    x, y, rx, ry = art.head
    head = QPainterPath()
    head.addEllipse(QRectF(x - rx, y - ry, 2 * rx, 2 * ry))
    return head, smooth(right + left)


@cache
def area() -> QPainterPath:
    """Everything inside the skin, to clip to (no boolean union: cheap to build)."""
    head, silhouette = skin()
    path = QPainterPath(silhouette)
    path.addPath(head)
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


@cache
def outline() -> QPainterPath:
    """The silhouette and the head as one outline, centred on x = 0."""
    head, silhouette = skin()
    return silhouette.united(head)


@cache
def contours(view: View) -> QPainterPath:
    """The soft inner lines of ``view`` (folds, shoulder blades, fingers, toes), as one path."""
    path = QPainterPath()
    for contour in body().contours:
        if contour.where.shows(view):
            for sign in (1, -1) if contour.mirror else (1,):
                path.addPath(smooth(contour.points, contour.closed, sign))
    return path


@cache
def landmarks(view: View, kind: LandmarkKind) -> QPainterPath:
    """The landmarks of one kind on ``view``, both sides, as one path."""
    path = QPainterPath()
    for landmark in body().landmarks:
        if landmark.where.shows(view) and landmark.kind is kind:
            for sign in (1, -1):
                path.addPath(smooth(landmark.points, kind is LandmarkKind.BONE, sign))
    return path


def muscle(zone_id: str, sign: int) -> QPainterPath:
    """The outline of ``zone_id``'s muscle, drawn on the side ``sign`` (the left side is
    the right side's mirror image)."""
    if sign < 0:
        return QTransform.fromScale(-1.0, 1.0).map(muscle(zone_id, 1))
    path = QPainterPath()
    for part in body().muscle(zone_id).outline:
        path.addPath(smooth(part, True))
    return path


def referral(zone_id: str, view: View, sign: int) -> QPainterPath:
    """Where ``zone_id`` sends pain, on ``view`` and the side ``sign``."""
    path = QPainterPath()
    for area in body().muscle(zone_id).referral:
        if area.view is view:
            path.addPath(smooth(area.points, True, sign))
    return path


@cache
def fibres(zone_id: str, sign: int) -> QPainterPath:
    """Lines along the muscle's fibres (parallel, or fanning from where they meet), cut
    to its outline once, in drawing units: painted without any clipping."""
    if sign < 0:
        return QTransform.fromScale(-1.0, 1.0).map(fibres(zone_id, 1))
    drawing = body().muscle(zone_id)
    box = muscle(zone_id, 1).boundingRect()
    lines: list[tuple[Point, Point]] = []
    reach = math.hypot(box.width(), box.height())
    if drawing.fibre_focus is not None:
        fx, fy = drawing.fibre_focus
        corners = [box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()]
        angles = sorted(math.atan2(c.y() - fy, c.x() - fx) for c in corners)
        if angles[-1] - angles[0] > math.pi:  # the fan straddles ±180°
            angles = sorted(a % (2 * math.pi) for a in angles)
        distance = math.hypot(box.center().x() - fx, box.center().y() - fy) or 1.0
        low, high = angles[0], angles[-1]
        count = max(2, int((high - low) * distance / _FIBRE_GAP))
        far = reach + distance
        for i in range(count + 1):
            a = low + (high - low) * i / count
            lines.append(((fx, fy), (fx + far * math.cos(a), fy + far * math.sin(a))))
    else:
        angle = math.radians(drawing.fibre_angle or 0.0)
        ux, uy = math.cos(angle), math.sin(angle)
        cx, cy = box.center().x(), box.center().y()
        steps = int(reach / 2 / _FIBRE_GAP)
        for i in range(-steps, steps + 1):
            ox, oy = cx - uy * i * _FIBRE_GAP, cy + ux * i * _FIBRE_GAP
            lines.append(((ox - ux * reach, oy - uy * reach), (ox + ux * reach, oy + uy * reach)))
    path = QPainterPath()
    for part in drawing.outline:
        for start, end in lines:
            for first, last in _inside_segments(start, end, part):
                path.moveTo(*first)
                path.lineTo(*last)
    return path


_FIBRE_GAP = 1.1  # figure units between fibre lines
_FIBRE_INSET = 0.35  # how far a fibre stops short of the muscle's edge


def _inside_segments(p: Point, q: Point, polygon: Polygon) -> list[tuple[Point, Point]]:
    """The pieces of segment p-q inside ``polygon``, each a little shorter at both ends.
    Both ends lie outside the muscle, so the crossings alternate: in, out, in, out."""
    px, py = p
    dx, dy = q[0] - px, q[1] - py
    cuts = []
    x1, y1 = polygon[-1]
    for x2, y2 in polygon:
        ex, ey = x2 - x1, y2 - y1
        denominator = dx * ey - dy * ex
        if denominator:
            t = ((x1 - px) * ey - (y1 - py) * ex) / denominator
            u = ((x1 - px) * dy - (y1 - py) * dx) / denominator
            if 0.0 <= t <= 1.0 and 0.0 <= u < 1.0:
                cuts.append(t)
        x1, y1 = x2, y2
    cuts.sort()
    if len(cuts) % 2:  # through a corner exactly, or from inside: leave it out
        return []
    inset = _FIBRE_INSET / (math.hypot(dx, dy) or 1.0)
    pieces = []
    for t0, t1 in zip(cuts[::2], cuts[1::2], strict=True):
        if t1 - t0 > 3 * inset:
            a, b = t0 + inset, t1 - inset
            pieces.append(((px + dx * a, py + dy * a), (px + dx * b, py + dy * b)))
    return pieces
