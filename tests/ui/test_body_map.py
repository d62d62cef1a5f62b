"""The body map's drawing on real widgets: every muscle clickable at every window size,
labels and names, close-ups, the referral stipple, the no-press areas, the arrow keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from holdpoint.core.catalog import Side, View
from holdpoint.core.preferences import Place
from holdpoint.ui.map import figure
from holdpoint.ui.map.body_map import Mode, _SpotButton
from holdpoint.ui.map.geometry import build_shapes, layout

SIZES = [(1280, 800), (1920, 1080), (2560, 1600)]


@pytest.fixture
def map_place(holdpoint):
    place = holdpoint.window.place(Place.MAP)
    place.banner.ok.click()
    return place


def _resize(qtbot, holdpoint, size):
    window = holdpoint.window
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    QApplication.processEvents()  # the layouts settle
    return window.map_place().body_map


def _click(qtbot, body_map, point):
    qtbot.mouseClick(
        body_map, Qt.MouseButton.LeftButton, pos=QPoint(round(point.x()), round(point.y()))
    )


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_clicking_the_centre_of_every_zone_selects_exactly_it_at_each_window_size(
    holdpoint, map_place, qtbot, size
):
    body_map = _resize(qtbot, holdpoint, size)
    frame = body_map.frame
    spots = body_map.spots()
    assert len(spots) == 2 * len(map_place.catalog.zones)
    for spot in spots:
        path = body_map.spot_path(spot)
        # Where it is clicked (a close-up for the low back, buttocks and front of the
        # hips), no other zone's muscle overlaps it, and it is big enough to aim at.
        home = body_map.shapes.by_key[spot.key].home
        for other in spots:
            if other is not spot and body_map.shapes.by_key[other.key].home == home:
                assert not path.intersects(body_map.spot_path(other)), (spot.label, other.label)
        box = path.boundingRect()
        assert min(box.width(), box.height()) >= 7, (spot.label, box)
        assert box.width() * box.height() >= 300, (spot.label, box)
        centre = body_map.spot_centre(spot)
        assert frame.clips[home].contains(centre)
        _click(qtbot, body_map, centre)
        assert map_place.draft.selected() == {spot.key}, (size, spot.label)
        assert body_map.button(*spot.key).isChecked()
        _click(qtbot, body_map, centre)
        assert map_place.draft.selected() == set(), (size, spot.label)


def test_the_low_back_and_buttock_zones_are_clicked_in_a_magnified_close_up(map_place):
    body_map = map_place.body_map
    panels = body_map.shapes.panels
    zones = ("piriformis", "gluteus_medius", "gluteus_maximus", "quadratus_lumborum",
             "gluteus_minimus_posterior", "lumbar_erectors", "tensor_fasciae_latae")  # fmt: skip
    for zone_id in zones:
        home = panels[body_map.shapes.by_key[(zone_id, Side.LEFT)].home]
        assert home.closeup and home.zoom >= 1.5, zone_id
    piriformis = body_map.spot_path(body_map.button("piriformis", Side.RIGHT).spot)
    # In the close-up the piriformis band is about 3 times as long as it was (18 px) at
    # 1280×800.
    assert piriformis.boundingRect().width() >= 50


def test_every_zone_has_an_accessible_name_a_tooltip_and_a_label_where_there_is_room(map_place):
    body_map = map_place.body_map
    buttons = body_map.findChildren(_SpotButton)
    assert len(buttons) == 2 * len(map_place.catalog.zones)
    for button in buttons:
        assert button.accessibleName() == button.spot.label
        assert button.toolTip() == button.spot.label
    body_map.grab()  # the labels are placed for the size when first painted
    texts = [(label.text.replace("\n", " "), label.kind) for label in body_map._artist.labels]
    labelled = {text for text, kind in texts if kind == "muscle"}
    close_up_zones = {
        shape.spot.id
        for shape in body_map.shapes.spots
        if body_map.shapes.panels[shape.home].closeup
    }
    short = {muscle.zone: muscle.label for muscle in figure.body().muscles}
    assert {short[zone_id] for zone_id in close_up_zones} <= labelled
    for label in body_map._artist.labels:  # never on top of each other
        others = [o.rect for o in body_map._artist.labels if o is not label]
        assert not any(label.rect.intersects(rect) for rect in others), label.text
    landmarks = {text for text, kind in texts if kind != "muscle"}
    assert {"Hip crest", "Sit bone", "Top of thigh bone", "Sciatic nerve"} <= landmarks


def test_on_a_large_window_every_zone_is_labelled(holdpoint, map_place, qtbot):
    for size in SIZES[1:]:
        body_map = _resize(qtbot, holdpoint, size)
        body_map.grab()
        texts = {label.text.replace("\n", " ") for label in body_map._artist.labels}
        assert {muscle.label for muscle in figure.body().muscles} <= texts, size


def test_the_figure_grows_with_the_window(holdpoint, map_place, qtbot):
    widths = []
    for size in SIZES:
        body_map = _resize(qtbot, holdpoint, size)
        widths.append(body_map.figure_rect().width())
    assert widths[0] > 120
    assert widths[0] < widths[1] < widths[2], widths
    assert widths[2] > 1.6 * widths[0]


def test_pointing_at_a_zone_stipples_where_it_sends_pain(map_place, qtbot):
    body_map = map_place.body_map
    spot = body_map.button("piriformis", Side.RIGHT).spot
    frame = body_map.frame
    back = next(i for i, p in enumerate(frame.shapes.panels) if p.view is View.BACK)
    # The back of the right thigh, well below the buttock: piriformis can send pain there.
    thigh = frame.transforms[back].map(QPointF(10.0, 118.0))
    pixels = [QPoint(round(thigh.x()) + dx, round(thigh.y()) + dy)
              for dx in range(-3, 4) for dy in range(-3, 4)]  # fmt: skip
    before = body_map.grab().toImage()
    qtbot.mouseMove(body_map, body_map.spot_centre(spot).toPoint())
    qtbot.waitUntil(lambda: body_map.hovered_zone() == "piriformis")
    after = body_map.grab().toImage()
    assert any(before.pixelColor(p) != after.pixelColor(p) for p in pixels)
    # Pointing elsewhere clears it.
    qtbot.mouseMove(body_map, QPoint(2, 2))
    qtbot.waitUntil(lambda: body_map.hovered_zone() == "")
    cleared = body_map.grab().toImage()
    assert all(before.pixelColor(p) == cleared.pixelColor(p) for p in pixels)


def test_no_press_areas_are_never_a_target(map_place, qtbot):
    body_map = map_place.body_map
    catalog = map_place.catalog
    frame = body_map.frame
    for area in catalog.no_press:
        for shape in area.shapes:
            for side in Side:
                sign = 1 if (shape.view is View.BACK) == (side is Side.RIGHT) else -1
                for index in frame.panels_showing(shape.view):
                    point = frame.transforms[index].map(QPointF(sign * shape.x, shape.y))
                    if frame.clips[index].contains(point):
                        assert body_map.spot_at(point) is None, (area.id, side)
                        _click(qtbot, body_map, point)
    # Nor is the sciatic nerve's course, drawn down the buttock and the back of the thigh.
    nerve = next(lm for lm in figure.body().landmarks if lm.id == "sciatic_nerve")
    for x, y in nerve.points:
        for sign in (1, -1):
            for index in frame.panels_showing(View.BACK):
                point = frame.transforms[index].map(QPointF(sign * x, y))
                if frame.clips[index].contains(point):
                    assert body_map.spot_at(point) is None, (x, y, sign)
                    assert "never press" in body_map._tip(frame.hit(point, zones=True))
                    _click(qtbot, body_map, point)
    assert map_place.draft.selected() == set()
    exit_ = catalog.no_press_area("sciatic_nerve_exit").shapes[0]
    index = body_map.shapes.by_key[("piriformis", Side.RIGHT)].home
    point = frame.transforms[index].map(QPointF(exit_.x, exit_.y))
    assert "never press" in body_map._tip(frame.hit(point, zones=True))


def test_arrow_keys_move_to_the_neighbouring_muscle_and_reach_every_zone(map_place, qtbot):
    body_map = map_place.body_map
    start = body_map.button("piriformis", Side.RIGHT)
    body_map._make_current(start, focus=True)
    qtbot.waitUntil(start.hasFocus)
    expected = {
        Qt.Key.Key_Up: ("gluteus_medius", Side.RIGHT),
        Qt.Key.Key_Down: ("gluteus_maximus", Side.RIGHT),
        Qt.Key.Key_Left: ("piriformis", Side.LEFT),
        Qt.Key.Key_Right: ("gluteus_minimus_posterior", Side.RIGHT),
    }
    for key, target in expected.items():
        body_map._make_current(start, focus=True)
        qtbot.keyClick(start, key)
        focused = QApplication.focusWidget()
        assert isinstance(focused, _SpotButton) and focused.spot.key == target, key
        assert body_map.hovered_zone() == target[0]
    # From any zone, the arrow keys lead to every other one.
    shapes = body_map.shapes
    seen, todo = {start.spot.key}, [start.spot.key]
    while todo:
        key = todo.pop()
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            found = shapes.neighbour(key, dx, dy)
            if found is not None and found.key not in seen:
                seen.add(found.key)
                todo.append(found.key)
    assert seen == {spot.key for spot in body_map.spots()}


def test_the_drawing_is_built_once_per_size_not_per_mouse_move(map_place, qtbot):
    body_map = map_place.body_map
    body_map.grab()
    frame, artist = body_map.frame, body_map._artist
    centre = body_map.spot_centre(body_map.button("soleus", Side.LEFT).spot)
    for dx in range(0, 40, 4):
        qtbot.mouseMove(body_map, QPoint(round(centre.x()) + dx, round(centre.y())))
        body_map.grab()
    assert body_map.frame is frame and body_map._artist is artist
    body_map.resize(body_map.width() - 20, body_map.height())
    assert body_map.frame is not frame


def test_the_muscles_sit_inside_the_body_and_never_overlap(catalog):
    panels, _ = layout(figure.body())
    shapes = build_shapes(catalog, Mode.ZONES, panels)
    silhouette = figure.area()
    for shape in shapes.spots:
        assert silhouette.contains(shape.path), shape.spot.label
        for other in shapes.spots:
            if other is not shape and other.spot.view is shape.spot.view:
                assert not shape.path.intersects(other.path), (shape.spot.label, other.spot.label)


def test_each_zones_referral_stipple_covers_the_regions_it_refers_to(catalog):
    from holdpoint.ui.map.geometry import ellipse_path

    for zone in catalog.zones:
        areas = figure.body().muscle(zone.id).referral
        for region_id in zone.refers_to:
            region = catalog.region(region_id)
            assert any(
                area.view is shape.view
                and figure.smooth(area.points).intersects(ellipse_path(shape, 1))
                for area in areas
                for shape in region.shapes
            ), (zone.id, region_id)
