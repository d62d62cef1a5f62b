"""History that reads at a glance: over ten years, with one session, with a zone chosen."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage

from holdpoint.core.demo import demo_sessions
from holdpoint.core.preferences import Place, Theme
from holdpoint.core.trends import AGGREGATE_FROM_DAYS, Period, aggregate
from holdpoint.storage.history import HoldRow
from holdpoint.ui import theme

NOW = dt.datetime(2026, 11, 23, 19, 30, tzinfo=dt.UTC)
DAY = 86400


@pytest.fixture
def ten_years(holdpoint):
    store = holdpoint.open_history()
    store.add_demo(demo_sessions(holdpoint.routines, NOW, years=10))
    return store


def _history(holdpoint):
    holdpoint.window.show_place(Place.HISTORY)
    return holdpoint.window.place(Place.HISTORY)


def _days_in_view(place) -> float:
    (low, high), _ = place.pain.viewRange()
    return (high - low) / DAY


def test_ten_years_at_all_are_monthly_means_with_a_band_and_zooming_in_brings_points_back(
    holdpoint, ten_years, qtbot
):
    place = _history(holdpoint)
    place.set_range(None)
    assert _days_in_view(place) > 3650
    assert place.data.period is Period.MONTH
    marks = place.chart.marks()
    assert 100 <= marks <= 400, marks  # a few hundred, not thousands of markers
    assert len(place.sessions) > 2000
    # The line is the mean of each month's ratings, the band its middle half.
    sessions = place.sessions
    expected = aggregate([s.day for s in sessions], [s.leg_before for s in sessions],
                         Period.MONTH)  # fmt: skip
    x, means = place.items["leg_mean"].getData()
    np.testing.assert_allclose(means, [spread.mean for spread in expected])
    band = place.items["leg_band"]
    assert band.isVisible() and not band.path().isEmpty()
    _x, low = place.series["leg_low"]
    _x, high = place.series["leg_high"]
    np.testing.assert_allclose(low, [spread.low for spread in expected])
    np.testing.assert_allclose(high, [spread.high for spread in expected])
    assert np.all(low <= high) and np.any(low < high)
    assert len(place.items["leg_before"].getData()[0] or []) == 0  # no session markers
    assert "monthly" in place.legend.text()
    # Zooming in with the keys: below about a year every session is a marker again.
    place.chart.setFocus()
    while _days_in_view(place) > AGGREGATE_FROM_DAYS:
        qtbot.keyClick(place, Qt.Key.Key_Plus)
    assert place.data.period is None
    x, _y = place.items["leg_before"].getData()
    (low_x, high_x), _ = place.pain.viewRange()
    in_view = [s for s in sessions if low_x <= s.started.timestamp() <= high_x]
    assert len(x) >= len([s for s in in_view if s.leg_before is not None]) > 100
    assert not place.items["leg_band"].isVisible()
    assert "7-session average" in place.legend.text()
    qtbot.keyClick(place, Qt.Key.Key_Minus)  # and out again: the means come back
    assert place.data.period is Period.WEEK
    qtbot.keyClick(place, Qt.Key.Key_Home)
    assert place.data.period is Period.MONTH
    place.set_range(366)  # a year still shows each session
    assert place.data.period is None


def _data_pixels(image: QImage, rect: QRect) -> int:
    """Pixels of the leg (warm) or back (cool) colour inside ``rect``."""
    count = 0
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            c = image.pixelColor(x, y)
            leg = c.red() > 180 and c.green() < 130 and c.blue() < 100
            back = c.red() < 100 and c.green() > 100 and c.blue() > 140
            count += leg or back
    return count


@pytest.mark.parametrize("chosen", [Theme.LIGHT, Theme.DARK])
def test_the_hover_box_hides_the_markers_under_it(holdpoint, ten_years, qapp, chosen):
    theme.apply(qapp, chosen)
    qapp.processEvents()
    place = _history(holdpoint)
    place.set_range(92)
    middle = place.data.sessions[len(place.data.sessions) // 3 : len(place.data.sessions) // 2]
    session = min(middle, key=lambda s: s.leg_before if s.leg_before is not None else 10)
    place.show_details(session)  # the box opens above it, over the others
    box = place.hover.geometry()
    assert place.chart.rect().contains(box)
    place.hover.hide()
    under = _data_pixels(place.chart.grab().toImage(), box)
    assert under > 20  # markers and lines under where the box goes
    place.show_details(session)
    image = place.chart.grab().toImage()
    assert _data_pixels(image, box.adjusted(3, 3, -3, -3)) == 0
    fill = place.hover.fill()
    inside = image.pixelColor(box.left() + 4, box.center().y())
    assert inside == fill
    assert place.hover.palette().color(place.hover.foregroundRole()).lightness() != fill.lightness()
    assert session.started.astimezone().strftime("%d %b %Y") in place.hover.text()


def test_a_months_hover_names_it_with_its_means(holdpoint, ten_years):
    place = _history(holdpoint)
    place.set_range(None)
    month = place.data.periods[-2]
    place.show_period(month)
    text = place.hover.text()
    assert month.start.strftime("%B %Y") in text
    assert f"{month.sessions} sessions" in text
    assert f"{month.spreads['leg'].mean:.1f} on average" in text


def test_the_table_shows_eight_rows_at_1280_by_800_with_a_tall_tenderness_chart(
    holdpoint, ten_years, qtbot
):
    assert holdpoint.window.size().toTuple() == (1280, 800)
    place = _history(holdpoint)
    qtbot.waitUntil(lambda: place.table.visible_rows() >= 8)
    place.zone_filter.setCurrentIndex(place.zone_filter.findData("piriformis"))
    holdpoint.app.processEvents()
    assert place.table.visible_rows() >= 8
    tender = place.tender_plot
    assert tender.isVisible()
    assert tender.vb.sceneBoundingRect().height() >= 150  # a chart, not a strip
    assert tender.vb.sceneBoundingRect().height() >= place.pain.vb.sceneBoundingRect().height()
    title = tender.titleLabel.sceneBoundingRect()  # the legend, above the lines
    assert "left" in tender.titleLabel.text and "right" in tender.titleLabel.text
    assert not title.intersects(tender.vb.sceneBoundingRect())
    place.zone_filter.setCurrentIndex(0)
    holdpoint.app.processEvents()
    assert not tender.isVisible()
    # Without a zone the pain chart has the whole width again.
    assert place.pain.sceneBoundingRect().right() > 0.9 * place.chart.width()


def test_one_session_shows_the_chosen_span_and_says_why_there_is_no_relief(holdpoint):
    store = holdpoint.open_history()
    now = dt.datetime.now(dt.UTC)
    session = store.start_session("Quick 5 minutes", (now - dt.timedelta(hours=1)).isoformat())
    store.rate(session, "leg", "before", 6)  # no rating after: no relief yet
    store.add_hold(session, HoldRow("piriformis", "left", 1, 30.0, 30.0, "completed"))
    store.finish_session(session, "completed")
    place = _history(holdpoint)
    place.set_range(92)
    assert 92 <= _days_in_view(place) <= 100  # three months, not an hour
    assert "rated before and after" in place.chart.relief_note.toPlainText()
    place.set_range(None)
    assert 7 <= _days_in_view(place) <= 8  # a week at least
    (low, high), _ = place.pain.viewRange()
    assert low < now.timestamp() - DAY and high > now.timestamp()
    store.rate(session, "leg", "after", 4)
    place.refresh()
    assert place.chart.relief_note.toPlainText() == ""
    assert place.chart.marks() == 3  # before, after, one relief bar
