"""The first-run tour: three steps on their places, by keys alone; skippable; replayable
from Help; at the first start after the health check and the tools."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from holdpoint.core.preferences import Place
from holdpoint.settings import SettingsStore
from holdpoint.ui.tour import STEPS, TourCard


def _card(window) -> TourCard:
    cards = [c for c in window.findChildren(TourCard) if c.isVisible()]
    assert len(cards) == 1
    return cards[0]


def test_the_tour_walks_the_three_places_by_keys_and_is_remembered(holdpoint, qtbot, settings_path):
    window = holdpoint.window
    assert not window.prefs.tour_seen
    window.welcome()  # health check answered and tools chosen (conftest): the tour at once
    card = _card(window)
    for number, step in enumerate(STEPS, start=1):
        qtbot.waitUntil(lambda s=step: window.current_place() is s.place)
        assert card.counter.text() == f"Step {number} of {len(STEPS)}"
        assert card.title.text() == step.title
        assert card.accessibleName().startswith(f"Tour, step {number} of 3")
        assert QApplication.focusWidget() is card.next  # Return is the next key
        assert window.geometry().contains(card.geometry().translated(window.geometry().topLeft()))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert window.current_place() is Place.MAP  # back where the first routine is made
    assert window.prefs.tour_seen
    assert SettingsStore(settings_path).load().tour_seen  # saved: not shown at the next start
    window.welcome()
    assert not [c for c in window.findChildren(TourCard) if c.isVisible()]


def test_esc_skips_the_tour_and_help_shows_it_again(holdpoint, qtbot):
    window = holdpoint.window
    window.welcome()
    card = _card(window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.current_place() is Place.SESSION)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: window.current_place() is Place.MAP)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert window.prefs.tour_seen  # skipped counts as seen
    window.tour_action.trigger()  # Help > Show the tour
    again = _card(window)
    assert again.index == 0 and window.current_place() is Place.MAP
    assert window.tour_action in window.menuBar().actions()[-1].menu().actions()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible())


def test_at_the_first_start_the_health_check_comes_before_the_tour(holdpoint, qtbot):
    window = holdpoint.window
    window.health_gate.check = None  # never answered
    window.welcome()
    wizard = window.health_gate._open
    assert wizard is not None and wizard.isVisible()
    assert not [c for c in window.findChildren(TourCard) if c.isVisible()]
    wizard.reject()
