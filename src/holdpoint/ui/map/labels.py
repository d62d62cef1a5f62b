"""Where the body map's labels go at one size: each muscle's short name and each
landmark's name, beside the drawing with a leader line, wrapped onto two lines when one
is too wide, and left out where there is no room (the tooltip and the hover label still
name every zone)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF

from holdpoint.core.body import Landmark, LandmarkKind, Point
from holdpoint.core.catalog import Catalog, Side, View
from holdpoint.ui.map import figure
from holdpoint.ui.map.geometry import Frame, screen_sign


class Label(NamedTuple):
    text: str
    rect: QRectF
    anchor: QPointF
    kind: str  # "muscle", "landmark" or "nerve"
    panel: int


def _wrappings(text: str) -> list[list[str]]:
    """``text`` on one line, then on two lines split at each space, middle first."""
    words = text.split(" ")
    splits = sorted(
        range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(text) / 2)
    )
    return [[text]] + [[" ".join(words[:i]), " ".join(words[i:])] for i in splits]


def _anchor(landmark: Landmark) -> Point:
    if landmark.kind is LandmarkKind.BONE:
        xs, ys = zip(*landmark.points, strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    return landmark.points[len(landmark.points) // 2]


def landmark_font(font: QFont) -> QFont:
    """The landmarks' labels: italic, a little smaller than the muscles'."""
    small = QFont(font)
    small.setItalic(True)
    small.setPixelSize(max(10, round(QFontInfo(font).pixelSize() * 0.92)))
    return small


def muscle_font(font: QFont) -> QFont:
    """The muscles' labels (and the nerve's): semi-bold."""
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return bold


def place_labels(frame: Frame, catalog: Catalog, font: QFont) -> list[Label]:
    """The labels that fit at ``frame``'s size, muscles first; none overlaps another."""
    metrics, small = QFontMetricsF(muscle_font(font)), QFontMetricsF(landmark_font(font))
    wanted: list[tuple[str, QPointF, QPointF, str, int]] = []
    if frame.shapes.spots and frame.shapes.spots[0].spot.kind == "zone":
        for muscle in figure.body().muscles:
            if muscle.label_at is None:
                continue
            sign = 1 if muscle.label_at[0] > 0 else -1
            zone = catalog.zone(muscle.zone)
            side = next(s for s in Side if screen_sign(zone.shown_on, s) == sign)
            shape = frame.shapes.by_key[(zone.id, side)]
            at = QPointF(*muscle.label_at)
            wanted.append((muscle.label, at, shape.centre, "muscle", shape.home))
        for landmark in figure.body().landmarks:
            if landmark.label_at is None:
                continue
            sign = 1 if landmark.label_at[0] > 0 else -1
            x, y = _anchor(landmark)
            anchor = QPointF(sign * x, y)
            kind = "nerve" if landmark.kind is LandmarkKind.NERVE else "landmark"
            for index in _label_panels(frame, landmark, anchor):
                wanted.append((landmark.name, QPointF(*landmark.label_at), anchor, kind, index))
    placed: list[Label] = []
    cards = [i for i, panel in enumerate(frame.shapes.panels) if panel.closeup]
    for text, at, anchor, kind, index in wanted:
        transform, box = frame.transforms[index], frame.boxes[index]
        point = transform.map(at)
        fits = small if kind == "landmark" else metrics
        if frame.shapes.panels[index].closeup:
            area = box  # inside its card
        else:  # beside the figure, up to the edge of the map, never on a close-up's card
            area = QRectF(0.0, box.top(), frame.width, box.height())
        obstacles = [other.rect for other in placed]
        obstacles += [frame.boxes[i] for i in cards if i != index]
        for lines in _wrappings(text):
            width = max(fits.horizontalAdvance(line) for line in lines) + 8
            height = fits.lineSpacing() * len(lines) + 2
            left = point.x() if at.x() > 0 else point.x() - width
            rect = QRectF(left, point.y() - height / 2, width, height)
            if area.contains(rect) and not any(rect.intersects(o) for o in obstacles):
                placed.append(Label("\n".join(lines), rect, transform.map(anchor), kind, index))
                break
    return placed


def _label_panels(frame: Frame, landmark: Landmark, anchor: QPointF) -> list[int]:
    panels = frame.shapes.panels
    views = [v for v in View if landmark.where.shows(v)]
    found = [
        i for i, p in enumerate(panels)
        if p.closeup and p.view in views and p.clip.contains(anchor)
    ]  # fmt: skip
    if found:
        return found
    return [i for i, p in enumerate(panels) if p.view in views and not p.closeup]


# ------------------------------------------------------------------------ painting
