"""The human figure the body map draws: outline and contour lines, back and front.

Built from points in figure units (200 tall, x from the midline; see zones.toml), with
the proportions of Drillis & Contini: hip joint at 0.53 of the height from the floor,
knee at 0.285, ankle at 0.039, hips 0.19 wide. The outline is a smooth Catmull-Rom curve
through the points, mirrored for the other half, so it is crisp at any size.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from holdpoint.core.catalog import View

# The right half of the outline, from the top of the neck, round the arm and hand, down
# the side of the body, round the foot and up the inside of the leg to the crotch.
_HALF_OUTLINE: tuple[tuple[float, float], ...] = (
    (0.0, 25.5), (5.2, 26.0), (6.0, 30.5), (12.0, 33.5), (20.5, 36.0), (24.8, 39.0),
    (26.8, 45.0), (27.6, 55.0), (28.4, 66.0), (29.2, 76.0), (30.2, 88.0), (31.0, 99.0),
    (32.4, 104.5), (32.6, 111.0), (30.6, 116.5), (28.6, 114.0), (27.6, 106.0),
    (26.2, 99.0), (24.6, 88.0), (22.9, 76.0), (21.9, 64.0), (20.3, 53.0), (18.9, 50.5),
    (18.1, 58.0), (16.8, 68.0), (16.6, 76.0), (18.4, 84.0), (19.8, 92.0), (20.2, 100.0),
    (19.4, 111.0), (17.6, 126.0), (15.6, 138.0), (15.0, 146.0), (15.4, 156.0),
    (14.4, 168.0), (12.0, 182.0), (11.0, 190.0), (12.6, 196.0), (11.6, 199.6),
    (5.6, 199.6), (5.2, 194.0), (6.0, 186.0), (6.8, 174.0), (7.6, 160.0), (7.2, 148.0),
    (6.4, 138.0), (5.2, 126.0), (3.6, 113.0), (1.6, 106.5), (0.0, 105.5),
)  # fmt: skip

_HEAD = QRectF(-9.6, 0.5, 19.2, 25.0)


def _smooth(points: list[tuple[float, float]]) -> QPainterPath:
    """A closed Catmull-Rom spline through ``points``, as cubic Béziers."""
    path = QPainterPath(QPointF(*points[0]))
    count = len(points)
    for i in range(count):
        p0, p1 = points[i - 1], points[i]
        p2, p3 = points[(i + 1) % count], points[(i + 2) % count]
        c1 = QPointF(p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = QPointF(p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        path.cubicTo(c1, c2, QPointF(*p2))
    path.closeSubpath()
    return path


@cache
def outline() -> QPainterPath:
    """The body's silhouette (both halves and the head), centred on x = 0."""
    right = list(_HALF_OUTLINE)
    left = [(-x, y) for x, y in reversed(right[1:-1])]
    body = _smooth(right + left)
    head = QPainterPath()
    head.addEllipse(_HEAD)
    return body.united(head)


def _line(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    if len(points) == 3:
        path.quadTo(QPointF(*points[1]), QPointF(*points[2]))
    else:
        for point in points[1:]:
            path.lineTo(QPointF(*point))
    return path


@cache
def contours(view: View) -> tuple[QPainterPath, ...]:
    """Soft inner lines that make the figure readable: spine and folds, or kneecaps and navel."""
    lines: list[QPainterPath] = []
    for sign in (1, -1):

        def m(x: float, s: int = sign) -> float:
            return s * x

        if view is View.BACK:
            lines += [
                _line((m(4.0), 41.0), (m(10.0), 50.0), (m(13.0), 42.0)),  # shoulder blade
                _line((m(1.0), 106.0), (m(9.0), 109.5), (m(17.0), 105.0)),  # buttock fold
                _line((m(8.0), 142.0), (m(10.8), 143.5), (m(13.5), 142.0)),  # knee crease
                _line((m(8.4), 178.0), (m(8.8), 186.0), (m(8.6), 192.0)),  # Achilles
            ]
        else:
            lines += [
                _line((m(1.5), 35.0), (m(8.0), 34.0), (m(15.0), 36.0)),  # collarbone
                _line((m(15.5), 84.0), (m(9.0), 94.0), (m(2.5), 102.0)),  # groin crease
                _line((m(9.0), 139.0), (m(10.8), 135.5), (m(12.6), 139.0)),  # kneecap top
                _line((m(9.0), 141.5), (m(10.8), 145.0), (m(12.6), 141.5)),  # kneecap base
            ]
    if view is View.BACK:
        lines.append(_line((0.0, 33.0), (0.0, 92.0)))  # spine
        lines.append(_line((0.0, 92.0), (0.0, 105.0)))  # cleft
    else:
        navel = QPainterPath()
        navel.addEllipse(QRectF(-0.9, 75.5, 1.8, 2.0))
        lines.append(navel)
        lines.append(_line((0.0, 40.0), (0.0, 62.0)))  # breastbone
    return tuple(lines)
