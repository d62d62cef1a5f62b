"""A window that uses its space: the first size on a screen, text that grows with the
window, and the Map's right column without dead space."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from holdpoint.app import Holdpoint
from holdpoint.cli import Options
from holdpoint.core.catalog import Side
from holdpoint.core.preferences import Theme
from holdpoint.storage.datadir import prepare_data_dir
from holdpoint.ui import theme
from holdpoint.ui.window_fit import first_geometry, size_factor


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        (QRect(0, 0, 1280, 800), QRect(90, 40, 1100, 720)),  # 80 % is too small: the least
        (QRect(0, 0, 1920, 1080), QRect(192, 108, 1536, 864)),  # 80 %, centred
        (QRect(0, 0, 2560, 1600), QRect(256, 160, 2048, 1280)),
        (QRect(0, 30, 1024, 570), QRect(0, 30, 1024, 570)),  # a small screen: all of it
        (QRect(1920, 0, 1280, 1024), QRect(2010, 102, 1100, 819)),  # a second screen
    ],
)
def test_the_first_window_takes_most_of_the_screen_centred(screen, expected):
    assert first_geometry(screen) == expected


def test_text_grows_with_the_window_in_steps_up_to_twice():
    assert size_factor(QSize(800, 600)) == 1.0
    assert size_factor(QSize(1280, 800)) == 1.0
    assert size_factor(QSize(1920, 1080)) == 1.25  # the height decides: 1080 / 800 = 1.35
    assert size_factor(QSize(2560, 1600)) == 2.0
    assert size_factor(QSize(3840, 2160)) == 2.0


def test_a_first_start_opens_on_most_of_the_screen(qapp, qtbot, tmp_path, settings_path):
    hp = Holdpoint(Options(theme=Theme.LIGHT), prepare_data_dir(tmp_path / "data"), settings_path)
    window = hp.window
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.geometry() == first_geometry(screen)
    window.close()


def test_all_text_follows_the_window_size_and_the_persons_choice(holdpoint, qtbot, qapp):
    window = holdpoint.window
    base = qapp.font().pointSizeF()
    window.resize(2560, 1600)
    qtbot.waitUntil(lambda: qapp.font().pointSizeF() == pytest.approx(2 * base))
    title = window.map_place().routine.title
    assert title.font().pointSizeF() == pytest.approx(2 * 1.25 * base)  # a ScaledLabel too
    window.larger_text_action.trigger()  # the person's choice multiplies the window's
    assert qapp.font().pointSizeF() == pytest.approx(2 * 1.1 * base, rel=0.02)
    window.normal_text_action.trigger()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: qapp.font().pointSizeF() == pytest.approx(base))
    theme.set_text_scale(qapp, 1.0)


def test_the_routine_follows_the_zone_details_without_a_gap(holdpoint, qtbot):
    window = holdpoint.window
    place = window.map_place()
    for zone in ("piriformis", "gluteus_medius"):
        place.toggle_zone(zone, Side.RIGHT)
    QApplication.processEvents()
    details_bottom = place.side_stack.geometry().bottom()
    routine_top = place.routine.geometry().top()
    assert 0 <= routine_top - details_bottom < 30
    steps = place.routine.steps
    assert steps.height() < 200  # as tall as two steps, not a box of blank rows
    start = place.routine.start.geometry()
    assert start.bottom() > place.routine.height() - 60  # Start stays at the bottom


def test_the_zone_heading_names_the_muscle_once(holdpoint, qtbot):
    details = holdpoint.window.map_place().details
    zone = next(z for z in holdpoint.catalog.zones if z.muscle.casefold() == z.name.casefold())
    details.show_zone(zone.id)
    assert details.text.text().count(zone.name) == 1


def test_a_zones_whole_text_shows_above_a_routine_of_three(holdpoint, qtbot):
    window = holdpoint.window
    place = window.map_place()
    for zone in ("piriformis", "gluteus_medius", "quadratus_lumborum"):
        place.toggle_zone(zone, Side.RIGHT)
    place.details.show_zone("piriformis")  # one of the longest texts
    qtbot.waitUntil(lambda: place.details.verticalScrollBar().maximum() == 0)
    assert place.routine.start.isVisible()
    window.resize(1100, 720)  # smaller: the text scrolls rather than being cut off
    qtbot.waitUntil(lambda: place.details.verticalScrollBar().maximum() > 0)


def test_icons_beside_text_grow_with_it(holdpoint, qtbot, qapp):
    window = holdpoint.window
    button = window.navigation.buttons[0]
    small = button.iconSize().height()
    window.resize(2560, 1600)
    qtbot.waitUntil(lambda: button.iconSize().height() == 2 * small)
    assert button.sizeHint().height() >= button.iconSize().height()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: button.iconSize().height() == small)
    theme.set_text_scale(qapp, 1.0)


def test_the_rating_page_widens_with_its_text_so_nothing_is_cut(holdpoint, qtbot, qapp):
    """At 2560×1600 the text is twice as large: the page's box grows with it, so the
    question, the hint and the scale's ends show whole."""
    window = holdpoint.window
    base = qapp.font().pointSizeF()
    window.resize(2560, 1600)
    qtbot.waitUntil(lambda: qapp.font().pointSizeF() == pytest.approx(2 * base))
    routine = next(r for r in holdpoint.routines if r.id == "quick_five")
    window.start_session(routine)
    rating = window.session_place().rating
    qtbot.waitUntil(rating.isVisible)
    QApplication.processEvents()
    for label in (rating.heading, rating.hint):
        assert label.width() >= label.sizeHint().width(), label.text()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: qapp.font().pointSizeF() == pytest.approx(base))
