"""Painting the body map: skin, muscles with their fibres and trigger points, landmarks,
no-press areas, the referral stipple, labels with leader lines, the close-ups' frames.

An :class:`Artist` draws one :class:`~holdpoint.ui.map.geometry.Frame` (one widget
size) and keeps what it computes for that size: the places of the labels, and a picture
of everything that does not follow the pointer (so a hover repaints only the zone pointed
at). Every colour comes from :func:`holdpoint.ui.theme.body_colours`. The first picture a
run draws is kept on disk (:mod:`holdpoint.ui.map.picture_cache`): the next start at the
same size and state shows it instead of drawing it again.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from holdpoint.core.body import LandmarkKind
from holdpoint.core.catalog import Catalog, Side
from holdpoint.ui import theme
from holdpoint.ui.map import figure, picture_cache
from holdpoint.ui.map.geometry import Frame, Mode, Spot, screen_sign
from holdpoint.ui.map.labels import landmark_font, muscle_font, place_labels

_LANDMARK_KINDS = (LandmarkKind.LINE, LandmarkKind.BONE)
_FIBRE_SCALE = 3.0  # pixels per figure unit from which muscle fibres are drawn


class State(NamedTuple):
    """What the map shows now."""

    mode: Mode
    active: Spot | None  # under the pointer or the keyboard focus
    chosen: frozenset[tuple[str, Side]]  # selected zones, or marked regions
    excluded: dict[str, str]
    focus: tuple[str, Side] | None  # the spot with keyboard focus, ringed


@cache
def _stipple(rgba: int, size: int) -> QPixmap:
    """A tile with one dot: the texture of a referral area."""
    tile = QPixmap(size, size)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromRgba(rgba))
    radius = max(1.0, size / 5)
    painter.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
    painter.drawEllipse(QPointF(0, 0), radius, radius)
    painter.drawEllipse(QPointF(size, size), radius, radius)
    painter.drawEllipse(QPointF(0, size), radius, radius)
    painter.drawEllipse(QPointF(size, 0), radius, radius)
    painter.end()
    return tile


def _pen(colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    return QPen(colour, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def _alpha(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


class Artist:
    """Paints one frame of the map; keeps the labels' places for that size."""

    def __init__(self, frame: Frame, catalog: Catalog, font: QFont) -> None:
        self.frame = frame
        self.catalog = catalog
        # Labels grow with the map; at about the window's own size, its font (whose glyphs
        # are cached already).
        self.font = QFont(font)
        wanted = max(11, min(22, round(frame.scale * 3.4)))
        if abs(wanted - QFontInfo(font).pixelSize()) > 1:
            self.font.setPixelSize(wanted)
        self.size = QFontInfo(self.font).pixelSize()
        self.labels = place_labels(frame, catalog, self.font)
        self._picture = QPixmap()
        self._key: tuple[object, ...] = ()

    # ------------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, state: State, pal: QPalette) -> None:
        """Everything that does not follow the pointer comes from a picture painted once
        per size and state (or kept from an earlier start); what is pointed at and the
        focus ring go over it."""
        base = state._replace(active=None, focus=None)
        ratio = painter.device().devicePixelRatioF()
        key = (base.mode, base.chosen, tuple(sorted(base.excluded.items())), pal.cacheKey(), ratio)
        pointed = state.active is not None or state.focus is not None
        if key != self._key:
            size = QSize(round(self.frame.width * ratio), round(self.frame.height * ratio))
            kept_as = self._disk_key(base, pal, ratio)
            kept = picture_cache.load(kept_as, size)
            if kept is not None:  # drawn by an earlier start: the same picture, whole
                kept.setDevicePixelRatio(ratio)
                self._picture = QPixmap.fromImage(kept)
                self._key = key
            elif not pointed:  # e.g. the first paint: straight to the screen
                self._paint_all(painter, base, pal)
                self._keep_later(kept_as, size, base, pal, ratio)
                return
            else:
                self._picture = QPixmap(size)
                self._picture.setDevicePixelRatio(ratio)
                self._picture.fill(Qt.GlobalColor.transparent)
                layer = QPainter(self._picture)
                self._paint_all(layer, base, pal)
                layer.end()
                self._key = key
        painter.drawPixmap(QPointF(0, 0), self._picture)
        if pointed:
            self._paint_pointed(painter, state, theme.body_colours(pal))

    def _disk_key(self, base: State, pal: QPalette, ratio: float) -> str:
        """Everything the picture of ``base`` shows, as a file name (with the language:
        its titles, sides and labels are words)."""
        return picture_cache.picture_key(
            self.frame.width, self.frame.height, ratio, self.font, pal, base.mode.value,
            tuple(sorted((zone, side.value) for zone, side in base.chosen)),
            tuple(sorted(base.excluded.items())),
            QLocale().name(), tuple(panel.title for panel in self.frame.shapes.panels),
            tuple(label.text for label in self.labels), tuple(s.label for s in Side),
        )  # fmt: skip

    def _keep_later(self, name: str, size: QSize, base: State, pal: QPalette, ratio: float) -> None:
        """Keep the run's first picture for the next start, once the start is over."""
        palette = QPalette(pal)

        def draw(painter: QPainter) -> None:
            self._paint_all(painter, base, palette)

        picture_cache.keep_first(name, size, ratio, draw)

    def _paint_all(self, painter: QPainter, state: State, pal: QPalette) -> None:
        colours = theme.body_colours(pal)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, panel in enumerate(self.frame.shapes.panels):
            self._paint_title(painter, index, pal)
            painter.save()
            if panel.closeup:
                box = self.frame.boxes[index]
                painter.setPen(_pen(colours.skin_edge, 1.0))
                painter.setBrush(pal.color(QPalette.ColorRole.Base))
                painter.drawRoundedRect(box, 8, 8)
            painter.setClipRect(self.frame.clips[index])
            self._paint_body(painter, index, state, colours)
            painter.restore()
            if not panel.closeup:
                self._paint_closeup_frames(painter, index, colours)
                self._paint_sides(painter, index, pal)
        if state.mode is Mode.ZONES:
            self._paint_labels(painter, colours)

    def _paint_pointed(self, painter: QPainter, state: State, c: theme.BodyColours) -> None:
        """The zone pointed at (lit, with where it sends pain and the no-press areas near
        it) and the keyboard focus ring, over the picture of the rest."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        active = state.active
        for index, panel in enumerate(self.frame.shapes.panels):
            k = self.frame.panel_scale(index)
            painter.save()
            painter.setClipRect(self.frame.clips[index])
            if active is not None and state.mode is Mode.ZONES:
                skin = self.frame.to_pixels(index, figure.area())
                self._paint_referral(painter, index, active, skin, c, k)
                if active.view is panel.view:
                    self._paint_muscles(painter, index, state, c, k, only=active.key)
                    self._paint_landmarks(painter, index, c, k)
                self._paint_no_press(painter, index, state, c, k, only_near=True)
                if active.view is panel.view:
                    self._paint_trigger_points(painter, index, state, c, k, only=active.key)
            elif active is not None:
                skin = self.frame.to_pixels(index, figure.area())
                self._paint_regions(painter, index, state, c, skin, only=active.key)
            self._paint_focus(painter, index, state, c, k)
            painter.restore()

    def _paint_title(self, painter: QPainter, index: int, pal: QPalette) -> None:
        panel, box = self.frame.shapes.panels[index], self.frame.boxes[index]
        font = QFont(self.font)
        font.setWeight(QFont.Weight.DemiBold)
        if not panel.closeup:
            font.setPixelSize(round(self.size * 1.3))
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        band = QRectF(box.left(), box.top() - QFontMetricsF(font).height() - 4, box.width(),
                      QFontMetricsF(font).height() + 2)  # fmt: skip
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, panel.title)

    def _paint_sides(self, painter: QPainter, index: int, pal: QPalette) -> None:
        view = self.frame.shapes.panels[index].view
        painter.setFont(self.font)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        for side in Side:
            foot = self.frame.transforms[index].map(QPointF(screen_sign(view, side) * 9.0, 203.5))
            painter.drawText(QRectF(foot.x() - 40, foot.y() - 9, 80, 18),
                             Qt.AlignmentFlag.AlignCenter, side.label)  # fmt: skip

    def _paint_closeup_frames(
        self, painter: QPainter, index: int, colours: theme.BodyColours
    ) -> None:
        """A dashed box on the whole figure round each part a close-up magnifies."""
        view = self.frame.shapes.panels[index].view
        painter.setPen(_pen(colours.leader, 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for panel in self.frame.shapes.panels:
            if panel.closeup and panel.view is view:
                painter.drawRoundedRect(self.frame.transforms[index].mapRect(panel.clip), 4, 4)

    def _paint_body(
        self, painter: QPainter, index: int, state: State, c: theme.BodyColours
    ) -> None:
        frame = self.frame
        view = frame.shapes.panels[index].view
        k = frame.panel_scale(index)
        painter.setPen(_pen(c.skin_edge, max(1.2, 0.35 * k)))
        painter.setBrush(c.skin)
        for part in figure.skin():
            painter.drawPath(frame.to_pixels(index, part))
        skin = frame.to_pixels(index, figure.area())
        painter.setPen(_pen(c.contour, max(1.0, 0.22 * k)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(frame.to_pixels(index, figure.contours(view)))
        zones = state.mode is Mode.ZONES
        self._paint_muscles(painter, index, state, c, k)
        self._paint_landmarks(painter, index, c, k)
        if zones:
            self._paint_no_press(painter, index, state, c, k)
            self._paint_trigger_points(painter, index, state, c, k)
        else:
            self._paint_regions(painter, index, state, c, skin)

    def _paint_focus(
        self, painter: QPainter, index: int, state: State, c: theme.BodyColours, k: float
    ) -> None:
        shapes = self.frame.shapes
        if state.focus is not None and state.focus in shapes.by_key:
            shape = shapes.by_key[state.focus]
            if shape.spot.view is shapes.panels[index].view:
                painter.setPen(_pen(c.label, max(2.4, 0.5 * k)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(self.frame.to_pixels(index, shape.path))

    def _paint_muscles(
        self, painter: QPainter, index: int, state: State, c: theme.BodyColours, k: float,
        only: tuple[str, Side] | None = None,
    ) -> None:  # fmt: skip
        """The zones' muscles (in regions mode the spots are regions: none drawn)."""
        frame = self.frame
        view = frame.shapes.panels[index].view
        for shape in frame.shapes.spots:
            spot = shape.spot
            if spot.kind != "zone" or spot.view is not view or only not in (None, spot.key):
                continue
            path = frame.to_pixels(index, shape.path)
            if not path.controlPointRect().intersects(frame.clips[index]):
                continue  # below or beside a close-up
            active = state.active is not None and state.active.key == spot.key
            chosen = spot.key in state.chosen
            if spot.id in state.excluded:  # left out by a precaution: grey and dashed
                fill, edge, line = c.excluded, c.excluded.darker(140), None
            elif chosen:
                fill, edge, line = c.selected, c.selected_edge, _alpha(c.trigger_ring, 70)
            else:
                fill = c.muscle_hover if active else c.muscle
                edge, line = c.muscle_edge, _alpha(c.fibre, 150)
            style = Qt.PenStyle.DashLine if spot.id in state.excluded else Qt.PenStyle.SolidLine
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPath(path)
            if line is not None and k >= _FIBRE_SCALE:  # finer, they would be a blur
                painter.setPen(_pen(line, max(0.8, 0.13 * k)))
                painter.drawPath(frame.to_pixels(index, figure.fibres(spot.id, shape.sign)))
            painter.setPen(_pen(edge, max(1.2, (0.42 if active or chosen else 0.26) * k), style))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)

    def _paint_landmarks(
        self, painter: QPainter, index: int, c: theme.BodyColours, k: float
    ) -> None:
        view = self.frame.shapes.panels[index].view
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(c.bone, max(1.2, 0.3 * k)))
        for kind in _LANDMARK_KINDS:
            painter.drawPath(self.frame.to_pixels(index, figure.landmarks(view, kind)))
        nerve = self.frame.to_pixels(index, figure.landmarks(view, LandmarkKind.NERVE))
        painter.setPen(_pen(c.no_press, max(1.4, 0.34 * k), Qt.PenStyle.DashLine))
        painter.drawPath(nerve)

    def _paint_no_press(
        self, painter: QPainter, index: int, state: State, c: theme.BodyColours, k: float,
        only_near: bool = False,
    ) -> None:  # fmt: skip
        view = self.frame.shapes.panels[index].view
        keys = set(state.chosen)
        if state.active is not None:
            keys.add(state.active.key)
        near = {area for zone_id, _ in keys for area in self.catalog.zone(zone_id).no_press}
        for area, units in self.frame.shapes.no_press[view]:
            strong = area.id in near
            if only_near and not strong:
                continue
            path = self.frame.to_pixels(index, units)
            if not path.controlPointRect().intersects(self.frame.clips[index]):
                continue
            colour = c.no_press if strong else _alpha(c.no_press, 150)
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
            style = Qt.PenStyle.DashLine if strong else Qt.PenStyle.DotLine
            painter.setPen(_pen(colour, max(1.0, (0.32 if strong else 0.2) * k), style))
            painter.drawPath(path)

    def _paint_referral(
        self, painter: QPainter, index: int, spot: Spot, skin: QPainterPath,
        c: theme.BodyColours, k: float,
    ) -> None:  # fmt: skip
        view = self.frame.shapes.panels[index].view
        sign = screen_sign(self.catalog.zone(spot.id).shown_on, spot.side)
        units = figure.referral(spot.id, view, sign)
        if units.isEmpty():
            return
        path = self.frame.to_pixels(index, units)
        painter.save()
        painter.setClipPath(skin, Qt.ClipOperation.IntersectClip)
        painter.setPen(_pen(_alpha(c.referral, 200), max(1.0, 0.2 * k), Qt.PenStyle.DotLine))
        painter.setBrush(_alpha(c.referral, 45))
        painter.drawPath(path)
        size = max(5, round(k * 1.1))
        painter.setBrush(QBrush(_stipple(c.referral.rgba(), size)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(path)
        painter.restore()

    def _paint_trigger_points(
        self, painter: QPainter, index: int, state: State, c: theme.BodyColours, k: float,
        only: tuple[str, Side] | None = None,
    ) -> None:  # fmt: skip
        view = self.frame.shapes.panels[index].view
        transform, clip = self.frame.transforms[index], self.frame.clips[index]
        radius = max(2.2, 0.55 * k)
        for shape in self.frame.shapes.spots:
            if shape.spot.view is not view or shape.spot.id in state.excluded:
                continue
            if only not in (None, shape.spot.key):
                continue
            painter.setPen(_pen(c.trigger_ring, max(0.8, radius * 0.35)))
            painter.setBrush(c.trigger)
            for x, y in figure.body().muscle(shape.spot.id).points:
                centre = transform.map(QPointF(shape.sign * x, y))
                if clip.contains(centre):
                    painter.drawEllipse(centre, radius, radius)

    def _paint_regions(
        self, painter: QPainter, index: int, state: State, c: theme.BodyColours,
        skin: QPainterPath, only: tuple[str, Side] | None = None,
    ) -> None:  # fmt: skip
        view = self.frame.shapes.panels[index].view
        painter.save()
        painter.setClipPath(skin, Qt.ClipOperation.IntersectClip)
        for shape in self.frame.shapes.spots:
            if shape.spot.view is not view or only not in (None, shape.spot.key):
                continue
            path = self.frame.to_pixels(index, shape.path)
            active = state.active is not None and state.active.key == shape.spot.key
            marked = shape.spot.key in state.chosen
            painter.setBrush(_alpha(c.referral, 150 if marked else (70 if active else 0)))
            painter.setPen(_pen(_alpha(c.label, 200 if active else 90), 1.0, Qt.PenStyle.DashLine))
            painter.drawPath(path)
        painter.restore()

    def _paint_labels(self, painter: QPainter, c: theme.BodyColours) -> None:
        for label in self.labels:
            colour = c.no_press if label.kind == "nerve" else c.label
            end = QPointF(
                label.rect.left()
                if label.rect.center().x() > label.anchor.x()
                else label.rect.right(),
                label.rect.center().y(),
            )
            painter.setPen(_pen(_alpha(c.leader, 200), 1.0))
            painter.drawLine(QLineF(label.anchor, end))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(c.label_background, 225))
            painter.drawRoundedRect(label.rect, 4, 4)
            if label.kind == "landmark":
                painter.setFont(landmark_font(self.font))
            else:
                painter.setFont(muscle_font(self.font))
            painter.setPen(colour)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)

    def paint_name(
        self, painter: QPainter, spot: QRectF, bounds: QRectF, text: str, pal: QPalette
    ) -> None:
        """The name of what is pointed at, in a box above ``spot`` (below, near the top),
        kept inside ``bounds`` (the body's part of its drawing: off the labels)."""
        font = QFont(self.font)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPixelSize(max(13, round(self.frame.scale * 4.2)))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(text) + 18, metrics.height() + 10
        left, right = max(4.0, bounds.left()), min(self.frame.width - 4, bounds.right())
        if right - left < width:
            left, right = max(4.0, bounds.center().x() - width / 2), self.frame.width - 4
        x = min(max(left, spot.center().x() - width / 2), right - width)
        y = spot.top() - height - 6
        if y < 4:
            y = spot.bottom() + 6
        label = QRectF(x, y, width, height)
        painter.setPen(_pen(pal.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(_alpha(pal.color(QPalette.ColorRole.ToolTipBase), 240))
        painter.drawRoundedRect(label, 6, 6)
        painter.setPen(pal.color(QPalette.ColorRole.ToolTipText))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
