"""The Session place's small figure: which view it is, and the zone's muscle lit up on
the side being worked."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from holdpoint.core.catalog import Side
from holdpoint.ui import theme
from holdpoint.ui.session.view import ZoneFigure


def _lit_columns(figure: ZoneFigure) -> list[int]:
    image = figure.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    accent = theme.accents_for(figure.palette()).primary
    columns = []
    for x in range(image.width()):
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            if max(abs(colour.red() - accent.red()), abs(colour.green() - accent.green()),
                   abs(colour.blue() - accent.blue())) < 12:  # fmt: skip
                columns.append(x)
                break
    return columns


def test_the_figure_says_back_or_front_and_lights_the_worked_side(holdpoint, qtbot):
    figure = ZoneFigure(holdpoint.catalog)
    qtbot.addWidget(figure)
    figure.resize(160, 360)
    figure.show()
    figure.show_zone("piriformis", Side.LEFT)  # seen from behind: the viewer's left
    assert figure.accessibleDescription().endswith("seen from the back")
    left = _lit_columns(figure)
    assert left and max(left) < figure.width() / 2 + 4
    figure.show_zone("piriformis", Side.RIGHT)
    right = _lit_columns(figure)
    assert right and min(right) > figure.width() / 2 - 4
    figure.show_zone("iliopsoas", Side.RIGHT)  # seen from the front: the viewer's left
    assert figure.accessibleDescription().endswith("seen from the front")
    front = _lit_columns(figure)
    assert front and max(front) < figure.width() / 2 + 4


def test_the_ring_digits_fill_the_ring(holdpoint, qtbot, clock):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from holdpoint.core.routine import Sides, Step
    from holdpoint.core.routines import Routine

    window = holdpoint.window
    window.start_session(Routine("r", "R", "", (Step("piriformis", Sides.LEFT, 30, 1, 10),)))
    for _row in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # skip the ratings
    ring = window.session_place().ring
    qtbot.waitUntil(lambda: ring.snapshot is not None)
    image = ring.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ink = ring.palette().windowText().color()
    middle = range(image.width() * 2 // 5, image.width() * 3 // 5)
    rows = [
        y for y in range(image.height())
        if any(QColor(image.pixel(x, y)) == ink for x in middle)
    ]  # fmt: skip
    assert rows and rows[-1] - rows[0] > 0.2 * min(ring.width(), ring.height())
    window.run.close()
