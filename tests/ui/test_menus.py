"""Every action in a menu with its shortcut, no access key claimed twice, and the
Routine and Session menus doing what their keys do."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from holdpoint.core.catalog import Side
from holdpoint.core.preferences import Place
from holdpoint.core.routine import Sides, Step
from holdpoint.core.routines import Routine

SHORT = Routine("short", "Short test", "", (Step("piriformis", Sides.BOTH, 15, 2, 10),))


def begin(window, qtbot) -> None:
    """Start a session and skip the before-ratings with Esc."""
    window.start_session(SHORT)
    for _row in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.run is not None and window.run.running


def question(qtbot) -> QMessageBox:
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip
    qtbot.waitUntil(box.isActiveWindow)
    return box


def _access_keys(window) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [
        widget.text()
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
        if widget.isVisibleTo(window) and "<" not in widget.text()
    ]
    for text in texts:
        found = re.search(r"&(\w)", text.replace("&&", ""))
        if found:
            keys.setdefault(found.group(1).lower(), []).append(text)
    return keys


@pytest.mark.parametrize("place", list(Place))
def test_no_access_key_is_claimed_twice(holdpoint, qtbot, place):
    window = holdpoint.window
    window.map_place().toggle_zone("piriformis", Side.RIGHT)  # the step editor shows
    window.show_place(place)
    QApplication.processEvents()
    clashes = {key: texts for key, texts in _access_keys(window).items() if len(texts) > 1}
    assert clashes == {}


def _menu(window, title):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_the_menus_hold_every_action_with_its_shortcut(holdpoint, qtbot):
    window = holdpoint.window
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Routine", "Sessio&n", "&Help"]
    in_menus = set()
    for action in window.menuBar().actions():
        menu = action.menu()
        menu.aboutToShow.emit()  # the Routine menu fills itself as it opens
        for item in menu.actions():
            in_menus.add(item)
            if item.menu() is not None:
                in_menus.update(item.menu().actions())
    held = [action for action in window.actions() if not action.shortcut().isEmpty()]
    assert held and all(action in in_menus for action in held), [
        a.text() for a in held if a not in in_menus
    ]
    edit = _menu(window, "&Edit")
    edit.aboutToShow.emit()
    assert [a.text() for a in edit.actions()] == ["&Undo", "&Redo"]
    history = window.place(Place.HISTORY)
    edit.aboutToShow.emit()  # now History's own, through its undo stack
    assert edit.actions()[0] is history.undo_action
    routine_menu = window.map_place().routine_menu
    for action in (routine_menu.open_action, routine_menu.save_action, window.start_action):
        assert action in in_menus and not action.shortcut().isEmpty()


def test_f5_starts_the_maps_routine_from_any_place_or_says_why_not(holdpoint, qtbot):
    window = holdpoint.window
    window.show_place(Place.HISTORY)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # nothing on the Map yet
    assert window.current_place() is Place.MAP
    assert "Add at least one zone" in window.statusBar().currentMessage()
    window.map_place().toggle_zone("piriformis", Side.RIGHT)
    window.show_place(Place.HISTORY)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.current_place() is Place.SESSION)
    assert window.run is not None
    window.run.close()


def test_the_session_menu_acts_only_while_a_session_runs(holdpoint, qtbot):
    window = holdpoint.window
    session_menu = _menu(window, "Sessio&n")
    session_menu.aboutToShow.emit()
    pause = next(a for a in session_menu.actions() if a.text().startswith("&Pause"))
    assert not pause.isEnabled()
    assert pause.shortcut().toString() == "Space"
    begin(window, qtbot)
    session_menu.aboutToShow.emit()
    assert pause.isEnabled()
    pause.trigger()
    assert window.run.snapshot().paused
    pause.trigger()
    assert not window.run.snapshot().paused
    window.run.close()


def test_a_ready_made_routine_asks_before_it_replaces_the_persons_own(holdpoint, qtbot):
    place = holdpoint.window.map_place()
    quick = next(r for r in holdpoint.routines if r.id == "quick_five")
    place.offer_routine(quick)  # nothing of the person's yet: no question
    assert place.replace_question is None and place.draft.steps == quick.steps
    place.offer_routine(quick)  # the unchanged routine: replaced without a question
    assert place.replace_question is None
    place.toggle_zone("soleus", Side.LEFT)  # now it is the person's own
    own = place.draft.steps
    place.offer_routine(quick)
    box = question(qtbot)
    assert box is place.replace_question and "Replace your routine" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: the draft stays
    qtbot.waitUntil(lambda: not box.isVisible())
    assert place.draft.steps == own
    place.offer_routine(quick)
    box = question(qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Replace is the default
    qtbot.waitUntil(lambda: place.draft.steps == quick.steps)
    assert isinstance(box, QMessageBox)
