"""The person's tools, chosen once: asked before the first session, kept, and used by the
map (greyed zones, positions) and by the session (the screen and the voice)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from holdpoint.core.catalog import Tool, ToolSet
from holdpoint.core.cues import spoken_line
from holdpoint.core.engine import Kind
from holdpoint.core.routine import Sides, Step
from holdpoint.core.routines import Routine
from holdpoint.settings import SettingsStore
from holdpoint.ui.tools_dialog import ToolsDialog

CALF = Routine("calf", "Calf", "", (Step("soleus", Sides.LEFT, 20, 1, 10),))


def _dialog(qtbot) -> ToolsDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ToolsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ToolsDialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go where a person's would
    return dialog


def _ball_way(catalog, zone_id: str):
    return next(use for use in catalog.zone(zone_id).uses if use.tool is Tool.BALL)


def _only_a_ball(qtbot, dialog: ToolsDialog) -> None:
    """Untick everything but the ball with the keyboard, then OK with Enter."""
    for tool, box in dialog.boxes.items():
        if box.isChecked() != (tool is Tool.BALL):
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_the_first_start_asks_for_the_tools_once_and_uses_them(holdpoint, qtbot, settings_path):
    window = holdpoint.window
    window._update_prefs(tools=ToolSet())  # never chosen
    window.start_session(CALF)
    dialog = _dialog(qtbot)
    assert window.run is None  # nothing starts before the answer
    assert dialog.boxes[Tool.BALL].isChecked()  # the ball most people start with
    assert QApplication.focusWidget() is dialog.boxes[Tool.BALL]
    _only_a_ball(qtbot, dialog)
    assert window.prefs.tools == {Tool.BALL}
    assert SettingsStore(settings_path).load().tools == {Tool.BALL}  # kept
    assert window.run is not None  # and the start goes on
    window.run.close()
    window.start_session(CALF)  # the second start does not ask again
    assert not isinstance(QApplication.activeModalWidget(), ToolsDialog)
    assert window.run is not None


def test_cancel_starts_nothing_and_chooses_nothing(holdpoint, qtbot):
    window = holdpoint.window
    window._update_prefs(tools=ToolSet())
    window.start_session(CALF)
    qtbot.keyClick(_dialog(qtbot), Qt.Key.Key_Escape)
    assert window.run is None and window.prefs.tools == ToolSet()


def test_file_menu_changes_the_tools_and_the_map_follows(holdpoint, qtbot):
    window = holdpoint.window
    place = window.map_place()
    assert window.tools_action in window.menuBar().actions()[0].menu().actions()
    assert window.tools_action.shortcut().toString() == "Ctrl+Shift+T"
    window.tools_action.trigger()
    _only_a_ball(qtbot, _dialog(qtbot))
    greyed = {z.id for z in holdpoint.catalog.zones if place.body_map.excluded_reason(z.id)}
    assert greyed == {"vastus_lateralis", "rectus_femoris"}  # foam roller or stick only
    reason = place.body_map.excluded_reason("rectus_femoris")
    assert reason == "Needs a tool you have not chosen: foam roller or massage stick."
    place.details.show_zone("soleus")  # the calf: with a ball, not the default foam roller
    assert _ball_way(holdpoint.catalog, "soleus").position in place.details.text.text()
    window.tools_action.trigger()  # and back: every tool, nothing greyed
    dialog = _dialog(qtbot)
    for box in dialog.boxes.values():
        box.setChecked(True)
    dialog.accept()
    assert not any(place.body_map.excluded_reason(z.id) for z in holdpoint.catalog.zones)


def test_the_session_says_how_to_get_into_position_with_the_persons_tools(holdpoint, qtbot, clock):
    window = holdpoint.window
    window._update_prefs(tools=ToolSet([Tool.BALL]))
    store = holdpoint.open_history()  # past the first week: the plan is as written
    old = store.start_session(
        "Earlier", (dt.datetime.now(dt.UTC) - dt.timedelta(days=30)).isoformat()
    )
    store.finish_session(old, "completed")
    seen: list = []
    window.start_session(CALF)
    window.run.eventsDue.connect(seen.extend)
    place = window.session_place()
    for _row in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    ball = _ball_way(holdpoint.catalog, "soleus")
    assert ball.position != holdpoint.catalog.zone("soleus").position  # not the default
    assert place.instruction.text() == ball.position
    get_ready = next(event for event in seen if event.kind is Kind.GET_READY)
    assert spoken_line(get_ready, holdpoint.catalog).endswith(ball.position)
