"""The body map: back and front views, close-ups of the low back and the front of the
hips, and the trigger-point zones drawn as their muscles.

Two modes share one widget:

* **zones**: each zone is its muscle, on its side of the figure, with its trigger
  points; hover or keyboard focus shows its name, the areas where it sends pain
  (stippled) and the no-press areas near it; a click, Enter or Space toggles it. The
  no-press areas are hatched and never a target: hovering one says what it is.
* **regions** ("Where does it hurt?"): the person clicks or paints the regions where they
  feel pain; dragging marks every region the pointer crosses.

The geometry (layout, paths, hit-testing, neighbours) lives in :mod:`.geometry` and is
built once per mode and once per size; :mod:`.art` paints it. Each clickable spot also
has an invisible child button that carries keyboard focus, a tooltip and an accessible
name ("Piriformis, left"). Only the current spot takes Tab focus (a roving tab stop):
one Tab enters the map, arrow keys move between spots, the next Tab leaves it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QToolTip, QWidget

from holdpoint import i18n
from holdpoint.core.body import check_zones
from holdpoint.core.catalog import Catalog, NoPressArea, Side
from holdpoint.ui.map import figure
from holdpoint.ui.map.art import Artist, State
from holdpoint.ui.map.geometry import Frame, Mode, Panel, Shapes, Spot, build_shapes, layout

__all__ = ["BodyMap", "Mode", "Spot"]


def _layout() -> tuple[tuple[Panel, ...], QSizeF]:
    return _layout_in(i18n.language())  # the close-ups' titles are words


@cache
def _layout_in(_language: str) -> tuple[tuple[Panel, ...], QSizeF]:
    return layout(figure.body())


class _SpotButton(QAbstractButton):
    """An invisible, focusable stand-in for one spot (keyboard and accessibility)."""

    def __init__(self, spot: Spot, body_map: BodyMap) -> None:
        super().__init__(body_map)
        self.spot = spot
        self.setCheckable(True)
        self.setText(spot.label)
        self.setToolTip(spot.label)
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
        check_zones(figure.body(), catalog)
        self.setAccessibleName(self.tr("Body map"))
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
        self._shapes_by_mode: dict[Mode, Shapes] = {}
        self._frame: Frame | None = None
        self._artist: Artist | None = None
        self._rebuild_spots()

    # ------------------------------------------------------------------------ geometry

    @property
    def shapes(self) -> Shapes:
        """The spots of the current mode in figure units: built once per mode."""
        shapes = self._shapes_by_mode.get(self.mode)
        if shapes is None:
            panels, _ = _layout()
            shapes = self._shapes_by_mode[self.mode] = build_shapes(self.catalog, self.mode, panels)
        return shapes

    @property
    def frame(self) -> Frame:
        """The geometry at the current size: built once per size and mode."""
        frame = self._frame
        if frame is None or (frame.width, frame.height) != (self.width(), self.height()):
            frame = self._frame = Frame(self.shapes, _layout()[1], self.width(), self.height())
            self._artist = None
        return frame

    def spots(self) -> list[Spot]:
        return [button.spot for button in self._buttons]

    def button(self, spot_id: str, side: Side) -> _SpotButton:
        for button in self._buttons:
            if button.spot.key == (spot_id, side):
                return button
        raise KeyError((spot_id, side))

    def spot_path(self, spot: Spot) -> QPainterPath:
        """The spot's outline in widget pixels, where it is clicked."""
        return self.frame.spot_path(spot)

    def spot_centre(self, spot: Spot) -> QPointF:
        """Where to click a spot (in a close-up when it has one), in widget pixels."""
        return self.frame.spot_centre(spot)

    def spot_at(self, point: QPointF) -> Spot | None:
        found = self.frame.hit(point, self.mode is Mode.ZONES)
        return found if isinstance(found, Spot) else None

    def figure_rect(self, closeups: bool = False) -> QRectF:
        """Where the whole back figure (or the first close-up) is drawn, in pixels."""
        frame = self.frame
        for index, panel in enumerate(frame.shapes.panels):
            if panel.closeup == closeups:
                return frame.transforms[index].mapRect(figure.skin()[1].boundingRect())
        return QRectF()

    def _rebuild_spots(self) -> None:
        had_focus = self._current is not None and self._current.hasFocus()
        for button in self._buttons:
            button.deleteLater()
        self._frame = None
        reading_order = self.shapes.reading_order()
        self._buttons = [_SpotButton(spot, self) for spot in reading_order]
        self._current = None
        if self._buttons:
            self._make_current(self._buttons[0], focus=had_focus)
        self._sync_checked()
        self.set_excluded(self._excluded)
        self._place_buttons()

    def _place_buttons(self) -> None:
        for button in self._buttons:
            button.setGeometry(self.spot_path(button.spot).boundingRect().toAlignedRect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons()

    def sizeHint(self) -> QSize:
        return QSize(760, 620)

    def minimumSizeHint(self) -> QSize:
        return QSize(380, 320)

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
            button.setAccessibleDescription(
                self.tr("Left out: {reason}").format(reason=reason) if reason else ""
            )
        self.update()

    def excluded_reason(self, zone_id: str) -> str:
        """Why ``zone_id`` is left out, or "" if it is not."""
        return self._excluded.get(zone_id, "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.frame.hit(QPointF(event.pos()), self.mode is Mode.ZONES)
            QToolTip.showText(event.globalPos(), self._tip(found), self) if found else (
                QToolTip.hideText()
            )
            return True
        return super().event(event)

    def _tip(self, found: Spot | NoPressArea) -> str:
        if isinstance(found, NoPressArea):
            return self.tr("{area}: never press here. {why}").format(area=found.name, why=found.why)
        reason = self._excluded.get(found.id, "") if found.kind == "zone" else ""
        if not reason:
            return found.label
        return self.tr("{zone}: left out. {reason}").format(zone=found.label, reason=reason)

    def set_marked(self, marked: set[tuple[str, Side]]) -> None:
        self._marked = set(marked)
        self._sync_checked()
        self.update()

    def _chosen(self) -> set[tuple[str, Side]]:
        return self._selected if self.mode is Mode.ZONES else self._marked

    def _sync_checked(self) -> None:
        chosen = self._chosen()
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
            target = self.shapes.neighbour(button.spot.key, *directions[key])
            if target is not None:
                self._keyboard_focus = True
                self._make_current(self.button(*target.key), focus=True)
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self._keyboard_focus = True
            self._toggle(button.spot)
            return True
        return False

    # ------------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self.frame
        if self._artist is None:
            self._artist = Artist(frame, self.catalog, self.font())
        focused = self._current is not None and self._current.hasFocus() and self._keyboard_focus
        state = State(
            mode=self.mode,
            active=self._active_spot(),
            chosen=frozenset(self._chosen()),
            excluded=self._excluded if self.mode is Mode.ZONES else {},
            focus=self._current.spot.key if focused and self._current else None,
        )
        painter = QPainter(self)
        self._artist.paint(painter, state, self.palette())
        if state.active is not None:
            text = state.active.label
            if state.active.id in self._excluded:
                text = self.tr("{zone} (left out)").format(zone=text)
            box = self.spot_path(state.active).boundingRect()
            bounds = frame.clips[self.shapes.by_key[state.active.key].home]
            self._artist.paint_name(painter, box, bounds, text, self.palette())
        painter.end()
