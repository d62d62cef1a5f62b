"""Settings > Session on real widgets, driven by keys: each setting changes what the Map
and the Session do, and is saved as it changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from holdpoint.core.catalog import Side
from holdpoint.core.engine import Kind
from holdpoint.core.routine import SideOrder, Sides, Step
from holdpoint.core.routines import Routine
from holdpoint.settings import SettingsStore
from holdpoint.ui.settings import SettingsDialog
from holdpoint.ui.settings.session import OWN, SessionPage

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
#: Two holds of the piriformis on the left, then one of the soleus.
SHORT = Routine(
    "short",
    "Short test",
    "",
    (Step("piriformis", Sides.LEFT, 15, 2, 10), Step("soleus", Sides.LEFT, 15, 1, 10)),
)
#: The default get-ready before the first hold (a change of position).
FIRST_GET_READY = 15


def _session_page(qtbot, window) -> tuple[SettingsDialog, SessionPage]:
    """Ctrl+, in the window: Settings opens on its first page, Session."""
    window.activateWindow()  # window shortcuts need the active window (no WM on Xvfb)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    page = dialog.stack.currentWidget()
    assert isinstance(page, SessionPage)
    return dialog, page


def _focus(qtbot, dialog, key: Qt.Key, widget) -> None:
    """Alt+``key``: the label's mnemonic gives ``widget`` the keyboard."""
    qtbot.keyClick(dialog, key, ALT)
    focused = QApplication.focusWidget()
    assert focused is widget or (focused is not None and focused.parent() is widget)


def _close(qtbot, dialog) -> None:
    window = dialog.parent()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None)  # closed, and gone
    window.activateWindow()  # the keyboard back to the window (no WM on Xvfb)
    qtbot.waitUntil(window.isActiveWindow)


def _add(window, zone_id: str, side: Side = Side.LEFT) -> Step:
    """A zone clicked on the body map (its real signal), and the step it made."""
    place = window.map_place()
    place.body_map.zoneToggled.emit(zone_id, side)
    index = place.draft.index_of(zone_id)
    assert index is not None
    return place.draft.steps[index]


def test_default_hold_reps_and_rest_apply_to_zones_added_on_the_map(
    holdpoint, qtbot, settings_path, catalog
):
    window = holdpoint.window
    dialog, page = _session_page(qtbot, window)
    hold, reps, rest = (page.spins[n] for n in ("default_hold_s", "default_reps", "default_rest_s"))
    for spin in (hold, reps, rest):
        assert spin.text() == OWN  # not chosen: each zone's own
    _focus(qtbot, dialog, Qt.Key.Key_H, hold)  # Default &hold: typed, counted when done
    qtbot.keyClick(hold, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(hold, "45")
    qtbot.keyClick(hold, Qt.Key.Key_Tab)
    assert window.prefs.default_hold_s == 45
    _focus(qtbot, dialog, Qt.Key.Key_R, reps)  # &Repetitions: stepped up from "own"
    qtbot.keyClick(reps, Qt.Key.Key_Up)
    qtbot.keyClick(reps, Qt.Key.Key_Up)
    assert reps.text() == "2×" and window.prefs.default_reps == 2
    _focus(qtbot, dialog, Qt.Key.Key_E, rest)  # R&est between holds
    for _ in range(3):  # ten seconds a page, up to the longest: 14, 24, 30
        qtbot.keyClick(rest, Qt.Key.Key_PageUp)
    assert window.prefs.default_rest_s == 30
    stored = SettingsStore(settings_path).load()
    assert (stored.default_hold_s, stored.default_reps, stored.default_rest_s) == (45, 2, 30)
    _close(qtbot, dialog)

    assert _add(window, "piriformis") == Step("piriformis", Sides.LEFT, 45, 2, 30)
    panel = window.map_place().routine
    assert (panel.hold.value(), panel.reps.value()) == (45, 2)  # shown as the step it is
    psoas = _add(window, "iliopsoas")  # a short-hold zone: never held longer by a default
    assert (psoas.hold_s, psoas.reps, psoas.rest_s) == (catalog.zone("iliopsoas").hold_s, 2, 30)
    assert _add(window, "piriformis", Side.RIGHT).hold_s == 45  # the other side: same step
    place = window.map_place()
    place.work_on([("gluteus_maximus", Side.RIGHT)])  # "Where does it hurt?" adds them too
    assert place.draft.steps[-1] == Step("gluteus_maximus", Sides.RIGHT, 45, 2, 30)

    dialog, page = _session_page(qtbot, window)  # back to each zone's own
    _focus(qtbot, dialog, Qt.Key.Key_H, page.spins["default_hold_s"])
    for _ in range(4):  # 35, 25, 15, then the step below the range
        qtbot.keyClick(page.spins["default_hold_s"], Qt.Key.Key_PageDown)
    assert page.spins["default_hold_s"].text() == OWN and window.prefs.default_hold_s == 0
    _close(qtbot, dialog)
    soleus = _add(window, "soleus")
    assert (soleus.hold_s, soleus.reps) == (catalog.zone("soleus").hold_s, 2)
    assert window.map_place().draft.steps[0].hold_s == 45  # steps already added stay
    assert SettingsStore(settings_path).load().default_hold_s == 0


def test_the_painful_side_preselects_the_maps_choice(holdpoint, qtbot, settings_path):
    window = holdpoint.window
    panel = window.map_place().routine
    order = panel.order
    assert panel.side_order() is SideOrder.LEFT_FIRST
    dialog, page = _session_page(qtbot, window)
    _focus(qtbot, dialog, Qt.Key.Key_P, page.side_order)  # &Painful side
    for _ in range(3):  # Both sides, right first; Left side only; Right side only
        qtbot.keyClick(page.side_order, Qt.Key.Key_Down)
    assert page.side_order.currentText() == "Right side only"
    assert window.prefs.side_order is SideOrder.RIGHT_ONLY
    assert panel.side_order() is SideOrder.RIGHT_ONLY  # the Map follows at once
    assert SettingsStore(settings_path).load().side_order is SideOrder.RIGHT_ONLY
    order.setCurrentIndex(0)  # changed on the Map for one session...
    _focus(qtbot, dialog, Qt.Key.Key_G, page.spins["get_ready_s"])
    qtbot.keyClick(page.spins["get_ready_s"], Qt.Key.Key_Up)
    assert window.prefs.get_ready_s == 16
    assert panel.side_order() is SideOrder.LEFT_FIRST  # ...another setting leaves it be
    _close(qtbot, dialog)

    started: list[SideOrder] = []
    window.map_place().startRequested.connect(lambda _routine, side: started.append(side))
    _add(window, "piriformis")
    qtbot.keyClick(order, Qt.Key.Key_End)  # the Map's own choice is what a start uses
    window.map_place().routine.start.click()
    assert started == [SideOrder.RIGHT_ONLY]


def test_a_new_window_starts_with_the_saved_painful_side(holdpoint, qtbot, settings_path):
    from holdpoint.ui.main_window import MainWindow

    holdpoint.window.change_preferences(side_order=SideOrder.LEFT_ONLY)
    prefs = SettingsStore(settings_path).load()
    window = MainWindow(
        prefs,
        holdpoint.data_dir,
        holdpoint.catalog,
        new_run=holdpoint._new_run,
        clock=holdpoint.clock,
    )
    qtbot.addWidget(window)
    panel = window.map_place().routine
    assert isinstance(panel.order, QComboBox) and panel.side_order() is SideOrder.LEFT_ONLY


@pytest.fixture
def spoken(holdpoint, pulse, monkeypatch) -> list[str]:
    """What the voice says: the player's lines, caught before any speech engine."""
    holdpoint._speech_engine = None
    holdpoint.load_cues()
    lines: list[str] = []
    monkeypatch.setattr(holdpoint.player, "say", lines.append)
    return lines


def _run_for(window, clock, seconds: float, step: float = 0.25) -> None:
    """Let ``seconds`` of fake time pass, ticking like the timers would."""
    for _ in range(round(seconds / step)):
        clock.now += step
        if window.run is not None and window.run.running:
            window.run.controller.tick()


def test_with_the_tenderness_question_off_neither_the_screen_nor_the_voice_asks(
    holdpoint, qtbot, clock, spoken, settings_path
):
    window = holdpoint.window
    dialog, page = _session_page(qtbot, window)
    box = page.checks["ask_tenderness"]
    assert box.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)  # &Ask how tender… (a mnemonic clicks later)
    qtbot.waitUntil(lambda: not box.isChecked())
    assert window.prefs.ask_tenderness is False
    assert SettingsStore(settings_path).load().ask_tenderness is False
    _close(qtbot, dialog)

    window.start_session(SHORT)
    place = window.session_place()
    for _row in range(2):  # the before-ratings, skipped
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert place.stack.currentWidget() is place.running_view
    ends: list[float] = []
    window.run.eventsDue.connect(
        lambda events: ends.extend(e.at for e in events if e.kind is Kind.HOLD_ENDED)
    )
    _run_for(window, clock, FIRST_GET_READY + 15.25)  # the first hold ends, a rest follows
    assert ends and not place.tender.open and "How tender" not in place.tender.text
    qtbot.keyClick(place, Qt.Key.Key_7)  # a digit rates nothing
    assert [line for line in spoken if line.startswith("Release")] == ["Release."]

    window.change_preferences(ask_tenderness=True)  # on again, mid-session: the next asks
    _run_for(window, clock, 10 + 15)
    assert place.tender.open and "How tender" in place.tender.text
    assert [line for line in spoken if line.startswith("Release")] == [
        "Release.",
        "Release. Tenderness?",
    ]
    first, second = holdpoint.history.holds(1)[:2]
    assert first.tenderness is None and second.tenderness is None


def test_every_session_setting_has_a_control_with_its_title(holdpoint, qtbot):
    from holdpoint.core import preferences

    dialog, page = _session_page(qtbot, holdpoint.window)
    names = {"default_hold_s", "default_reps", "default_rest_s", "get_ready_s",
             "get_ready_side_s"}  # fmt: skip
    assert set(page.spins) == names and set(page.checks) == {"ask_tenderness"}
    for name, spin in page.spins.items():
        assert isinstance(spin, QSpinBox) and spin.accessibleName() == preferences.title(name)
    assert page.side_order.accessibleName() == preferences.title("side_order")
    _close(qtbot, dialog)
