"""The Map place on real widgets: clicks, keys, the finder and the routine draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from holdpoint.core.catalog import Side, View
from holdpoint.core.preferences import Place
from holdpoint.core.routine import Sides
from holdpoint.ui.map.body_map import Mode, _SpotButton


@pytest.fixture
def map_place(holdpoint):
    place = holdpoint.window.place(Place.MAP)
    place.banner.ok.click()  # the reminder is tested elsewhere; keep the map large
    return place


def _click(qtbot, body_map, spot):
    centre = body_map.spot_centre(spot)
    qtbot.mouseClick(
        body_map, Qt.MouseButton.LeftButton, pos=QPoint(round(centre.x()), round(centre.y()))
    )


def test_clicking_the_centre_of_every_zone_selects_exactly_that_zone_and_side(map_place, qtbot):
    body_map = map_place.body_map
    spots = body_map.spots()
    assert len(spots) == 2 * len(map_place.catalog.zones)
    assert {spot.shapes[0].view for spot in spots} == {View.BACK, View.FRONT}
    for spot in spots:
        _click(qtbot, body_map, spot)
        assert map_place.draft.selected() == {spot.key}, spot.label
        assert body_map.button(*spot.key).isChecked()
        _click(qtbot, body_map, spot)
        assert map_place.draft.selected() == set(), spot.label


def test_left_and_right_are_drawn_on_the_correct_side_of_each_view(map_place):
    body_map = map_place.body_map

    def midline(spot):  # the x of the body's midline in the drawing the spot is clicked in
        home = body_map.shapes.by_key[spot.key].home
        return body_map.frame.transforms[home].map(QPointF(0.0, 0.0)).x()

    piriformis = {side: body_map.button("piriformis", side).spot for side in Side}
    # Seen from behind, the person's left is on the viewer's left.
    assert body_map.spot_centre(piriformis[Side.LEFT]).x() < midline(piriformis[Side.LEFT])
    assert body_map.spot_centre(piriformis[Side.RIGHT]).x() > midline(piriformis[Side.RIGHT])
    psoas = {side: body_map.button("iliopsoas", side).spot for side in Side}
    # Seen from the front, the person's left is on the viewer's right.
    assert body_map.spot_centre(psoas[Side.LEFT]).x() > midline(psoas[Side.LEFT])
    assert body_map.spot_centre(psoas[Side.RIGHT]).x() < midline(psoas[Side.RIGHT])
    # The back is drawn left of the front.
    soleus = body_map.spot_centre(body_map.button("soleus", Side.LEFT).spot)
    peroneus = body_map.spot_centre(body_map.button("peroneus_longus", Side.LEFT).spot)
    assert soleus.x() < body_map.width() / 3 < 2 * body_map.width() / 3 < peroneus.x()


def test_every_zone_has_an_accessible_name_with_its_side(map_place):
    names = {button.accessibleName() for button in map_place.body_map.findChildren(_SpotButton)}
    assert "Piriformis, left" in names and "Piriformis, right" in names
    assert len(names) == 2 * len(map_place.catalog.zones)


def test_hover_shows_the_zone_and_its_details(map_place, qtbot):
    body_map = map_place.body_map
    spot = body_map.button("gluteus_minimus_posterior", Side.RIGHT).spot
    centre = body_map.spot_centre(spot)
    qtbot.mouseMove(body_map, QPoint(round(centre.x()), round(centre.y())))
    qtbot.waitUntil(lambda: body_map.hovered_zone() == "gluteus_minimus_posterior")
    assert map_place.details.zone_id == "gluteus_minimus_posterior"
    assert "Find it" in map_place.details.text.text()


def _focus(qtbot, window, predicate, limit=60):
    """Press Tab until the focused widget satisfies ``predicate``."""
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and predicate(widget):
            return widget
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; focus is on {QApplication.focusWidget()}")


def test_keyboard_only_selects_three_zones_reorders_them_and_reaches_start(
    holdpoint, map_place, qtbot
):
    window = holdpoint.window
    window.navigation.buttons[0].setFocus()
    spot_button = _focus(qtbot, window, lambda w: isinstance(w, _SpotButton))
    chosen = []
    for key in (None, Qt.Key.Key_Right, Qt.Key.Key_Down):
        if key is not None:
            qtbot.keyClick(QApplication.focusWidget(), key)
        focused = QApplication.focusWidget()
        assert isinstance(focused, _SpotButton)
        chosen.append(focused.spot.id)
        qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert len(set(chosen)) == 3, chosen
    assert [step.zone_id for step in map_place.draft.steps] == chosen
    assert spot_button.hasFocus() or isinstance(QApplication.focusWidget(), _SpotButton)

    # One Tab leaves the map (a roving tab stop), on to the routine's list of steps.
    steps = _focus(qtbot, window, lambda w: w is map_place.routine.steps)
    steps.setCurrentRow(2)
    qtbot.keyClick(steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.zone_id for s in map_place.draft.steps] == [chosen[0], chosen[2], chosen[1]]
    assert steps.currentRow() == 1

    # Edit the hold of that step from the keyboard.
    hold = _focus(qtbot, window, lambda w: w is map_place.routine.hold)
    hold.selectAll()
    qtbot.keyClicks(hold, "45")
    qtbot.keyClick(hold, Qt.Key.Key_Enter)
    assert map_place.draft.steps[1].hold_s == 45

    # Then the painful side, then Start; the keyboard can press it: the session begins.
    def next_tab_stop(widget):
        following = widget.nextInFocusChain()
        while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
            following = following.nextInFocusChain()
        return following

    remove = _focus(qtbot, window, lambda w: w is map_place.routine.remove)
    assert next_tab_stop(remove) is map_place.routine.order
    assert next_tab_stop(map_place.routine.order) is map_place.routine.start
    start = _focus(qtbot, window, lambda w: w is map_place.routine.start)
    qtbot.keyClick(start, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_place() is Place.SESSION)
    for _row in range(2):  # skip both ratings
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    plan = [s.zone_id for s in window.run.engine.segments if s.phase.value == "prepare"]
    assert plan[0] == chosen[0] and chosen[2] in plan and chosen[1] in plan
    window.run.stop()


def test_finder_ranks_and_works_on_the_zones_for_marked_pain(holdpoint, map_place, qtbot):
    body_map = map_place.body_map
    qtbot.keyClick(holdpoint.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert body_map.mode is Mode.REGIONS
    assert map_place.side_stack.currentWidget() is map_place.finder
    for region in ("back_of_thigh", "calf"):
        _click(qtbot, body_map, body_map.button(region, Side.LEFT).spot)
    assert map_place.marked == {("back_of_thigh", Side.LEFT), ("calf", Side.LEFT)}
    finder = map_place.finder
    assert finder.matches[0].zone.id == "gluteus_minimus_posterior"
    assert finder.results.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(finder.results, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut presses it visibly (animateClick): the click lands a moment later.
    qtbot.waitUntil(lambda: body_map.mode is Mode.ZONES)
    assert ("gluteus_minimus_posterior", Side.LEFT) in map_place.draft.selected()
    assert all(side is Side.LEFT for _, side in map_place.draft.selected())
    assert len(map_place.draft) == 3


def test_dragging_over_regions_marks_each_one_once(map_place, qtbot):
    body_map = map_place.body_map
    map_place.set_mode(Mode.REGIONS)
    thigh = body_map.spot_centre(body_map.button("back_of_thigh", Side.RIGHT).spot)
    calf = body_map.spot_centre(body_map.button("calf", Side.RIGHT).spot)
    start = QPoint(round(thigh.x()), round(thigh.y()))
    qtbot.mousePress(body_map, Qt.MouseButton.LeftButton, pos=start)
    steps = 12
    for i in range(1, steps + 1):
        x = thigh.x() + (calf.x() - thigh.x()) * i / steps
        y = thigh.y() + (calf.y() - thigh.y()) * i / steps
        qtbot.mouseMove(body_map, QPoint(round(x), round(y)))
    qtbot.mouseRelease(
        body_map, Qt.MouseButton.LeftButton, pos=QPoint(round(calf.x()), round(calf.y()))
    )
    assert {("back_of_thigh", Side.RIGHT), ("calf", Side.RIGHT)} <= map_place.marked


def test_routine_edits_go_through_the_model_within_limits(map_place, qtbot):
    catalog = map_place.catalog
    map_place.toggle_zone("piriformis", Side.LEFT)
    map_place.toggle_zone("piriformis", Side.RIGHT)
    map_place.toggle_zone("soleus", Side.LEFT)
    routine = map_place.routine
    assert routine.steps.count() == 2
    assert map_place.draft.steps[0].sides is Sides.BOTH
    routine.steps.setCurrentRow(0)
    routine.hold.setValue(90)  # the spin box caps it
    assert map_place.draft.steps[0].hold_s == 60
    routine.sides.setCurrentIndex(routine.sides.findData(Sides.LEFT))
    routine.sides.activated.emit(routine.sides.currentIndex())
    assert map_place.draft.selected() == {("piriformis", Side.LEFT), ("soleus", Side.LEFT)}
    assert not map_place.body_map.button("piriformis", Side.RIGHT).isChecked()
    assert str(catalog.zone("soleus").hold_s) in routine.steps.item(1).text()
    assert "about" in routine.total.text()
    routine.steps.setFocus()  # Delete removes the current step while the list has focus
    qtbot.keyClick(routine.steps, Qt.Key.Key_Delete)
    assert [s.zone_id for s in map_place.draft.steps] == ["soleus"]


def test_drag_and_drop_reorder_updates_the_model(map_place):
    for zone_id in ("piriformis", "soleus", "quadratus_lumborum"):
        map_place.toggle_zone(zone_id, Side.RIGHT)
    model = map_place.routine.steps.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)  # what an internal drop does
    assert [s.zone_id for s in map_place.draft.steps] == [
        "soleus", "quadratus_lumborum", "piriformis"]  # fmt: skip
    assert map_place.routine.steps.item(2).text().startswith("3. Piriformis")
