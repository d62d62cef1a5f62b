"""The History place on a known history: what is plotted is what is stored."""

from __future__ import annotations

import datetime as dt
import gc

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from holdpoint.core.preferences import Place
from holdpoint.storage.history import HoldRow

KNOWN = [  # day, leg before, leg after, back before, back after
    (1, 7, 5, 5, 4), (2, 6, 5, None, None), (4, 6, 3, 5, 3), (5, 5, None, 4, 4),
    (7, 6, 4, 4, 2), (8, 5, 3, 3, 3), (9, 4, 2, 4, 3), (10, 4, 3, 3, 2), (11, 3, 2, 3, 1),
]  # fmt: skip


@pytest.fixture
def history(holdpoint):
    store = holdpoint.open_history()
    for day, leg_b, leg_a, back_b, back_a in KNOWN:
        session = store.start_session("Quick 5 minutes", f"2026-11-{day:02d}T18:00:00+00:00")
        for kind, moment, value in (
            ("leg", "before", leg_b),
            ("leg", "after", leg_a),
            ("back", "before", back_b),
            ("back", "after", back_a),
        ):
            if value is not None:
                store.rate(session, kind, moment, value)
        store.add_hold(session, HoldRow("piriformis", "left", 1, 30.0, 30.0, "completed"))
        store.finish_session(session, "completed")  # fmt: skip
    return store


def _expected_average(values):
    out, recent = [], []
    for value in values:
        if value is not None:
            recent = [*recent, value][-7:]
        out.append(np.mean(recent) if value is not None else np.nan)
    return np.array(out, dtype=float)


def test_the_plotted_arrays_equal_the_stored_ratings_and_averages(holdpoint, history, qtbot):
    qtbot.keyClick(holdpoint.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    place = holdpoint.window.place(Place.HISTORY)
    place.refresh(dt.date(2026, 11, 11))
    assert place.stack.currentWidget() is place.content
    x, _leg_before = place.series["leg_before"]
    days = [dt.datetime.fromtimestamp(t, dt.UTC).day for t in x]
    assert days == [row[0] for row in KNOWN]
    for index, name in enumerate(("leg_before", "leg_after", "back_before", "back_after"), 1):
        # A marker for every rating given, none for one skipped (never a NaN marker).
        expected = np.array([r[index] for r in KNOWN if r[index] is not None], float)
        np.testing.assert_array_equal(place.series[name][1], expected)
        _item_x, item_y = place.items[name].getData()
        np.testing.assert_array_equal(item_y, expected)  # the curve item holds the same
        rated_days = [dt.datetime.fromtimestamp(t, dt.UTC).day for t in place.series[name][0]]
        assert rated_days == [r[0] for r in KNOWN if r[index] is not None]
    np.testing.assert_allclose(place.series["leg_average"][1],
                               _expected_average([r[1] for r in KNOWN]))  # fmt: skip
    np.testing.assert_allclose(place.series["back_average"][1],
                               _expected_average([r[3] for r in KNOWN]))  # fmt: skip
    relief = []
    for _day, leg_b, leg_a, back_b, back_a in KNOWN:
        drops = [b - a for b, a in ((leg_b, leg_a), (back_b, back_a)) if None not in (b, a)]
        relief.append(np.mean(drops))
    np.testing.assert_allclose(place.series["relief"][1], relief)
    assert place.cards["streak"].value.text() == "5"
    model = place.table.model()
    assert model.rowCount() == len(KNOWN)
    assert model.data(model.index(0, 0)).startswith("2026-11-11")  # newest first
    place.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by leg pain
    assert model.data(model.index(0, 2)) == "3 → 2"


def test_history_is_built_while_the_map_is_on_screen_and_the_collector_settled(
    holdpoint, history, qtbot
):
    """What the app does 1.5 s after start: build History hidden, with today's data, so
    Ctrl+3 later pays only for fresh data and a paint; then freeze what is alive. One step
    per turn of the event loop, so that input waits for one step at most."""
    try:
        holdpoint._warm_up_history()
        assert Place.HISTORY not in holdpoint.window._places  # only numpy, so far
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
        assert holdpoint.window.current_place() is Place.MAP  # the person saw nothing change
        place = holdpoint.window.place(Place.HISTORY)
        assert not place.isVisible()
        assert len(place.sessions) == len(KNOWN)
        assert place.stack.currentWidget() is place.content
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # later tests' objects stay collectable


def test_ranges_narrow_the_chart(holdpoint, history):
    holdpoint.window.show_place(Place.HISTORY)
    place = holdpoint.window.place(Place.HISTORY)
    place.set_range(7)
    assert len(place.series["leg_before"][0]) == 7  # the 4th to the 11th
    place.set_range(None)
    assert len(place.series["leg_before"][0]) == len(KNOWN)


def test_an_empty_history_invites_instead_of_an_empty_axis(holdpoint):
    holdpoint.window.show_place(Place.HISTORY)
    place = holdpoint.window.place(Place.HISTORY)
    assert place.stack.currentWidget() is place.empty
    assert place.empty.title.text() == "No sessions yet"


def test_exports_from_the_menus(holdpoint, history, tmp_path):
    window = holdpoint.window
    assert window.export("csv", tmp_path / "h.csv")
    assert window.statusBar().currentMessage() == (
        f"Wrote 9 sessions to {tmp_path / 'h.csv'} and 9 holds to {tmp_path / 'h-holds.csv'}."
    )
    assert (tmp_path / "h.csv").read_text().startswith("session,")
    assert (tmp_path / "h-holds.csv").exists()
    assert window.export("pdf", tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    report = window.statusBar().currentMessage()
    assert report == f"Wrote a report of 9 sessions to {tmp_path / 'r.pdf'}."
    assert window.export("png", tmp_path / "c.png")
    from harness.images import assert_real_picture, load_png

    assert_real_picture(load_png(tmp_path / "c.png"), min_colours=50)
    assert not window.export("csv", tmp_path / "missing" / "h.csv")  # told, not crashed
    assert "Could not export" in window.statusBar().currentMessage()
    for action in (window.export_action, window.report_action):
        assert not action.shortcut().isEmpty()


def test_an_export_of_one_session_says_one_session(holdpoint, tmp_path):
    store = holdpoint.open_history()
    session = store.start_session("Quick 5 minutes", "2026-11-02T18:00:00+00:00")
    store.add_hold(session, HoldRow("piriformis", "left", 1, 30.0, 30.0, "completed"))
    store.finish_session(session, "completed")
    window = holdpoint.window
    assert window.export("csv", tmp_path / "h.csv")
    assert "Wrote 1 session to " in window.statusBar().currentMessage()
    assert " and 1 hold to " in window.statusBar().currentMessage()
    assert window.export("pdf", tmp_path / "r.pdf")
    assert window.statusBar().currentMessage().startswith("Wrote a report of 1 session to ")


def test_delete_a_session_by_key_and_undo_it(holdpoint, history, qtbot):
    holdpoint.window.show_place(Place.HISTORY)
    place = holdpoint.window.place(Place.HISTORY)
    place.refresh(dt.date(2026, 11, 11))
    place.table.setFocus()
    place.table.selectRow(0)  # the newest: the 11th
    qtbot.keyClick(place.table, Qt.Key.Key_Delete)
    assert history.session_count() == len(KNOWN) - 1
    assert "deleted" in place.deleted_note.text()
    assert len(place.sessions) == len(KNOWN) - 1
    assert place.undo_stack.canUndo() and place.undo_action.isEnabled()
    qtbot.keyClick(place.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert history.session_count() == len(KNOWN)
    assert len(history.holds(place.sessions[-1].id)) == 1
    rows = history.connection.execute("SELECT count(*) FROM ratings").fetchone()[0]
    assert rows == sum(v is not None for row in KNOWN for v in row[1:])
    assert "is back" in place.deleted_note.text()
    assert place.undo_stack.canRedo() and not place.undo_stack.canUndo()
    qtbot.keyClick(  # redo (Ctrl+Shift+Z here) deletes it again, then undo puts it back
        place.table, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert history.session_count() == len(KNOWN) - 1
    qtbot.keyClick(place.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert history.session_count() == len(KNOWN)
    assert place.table.model().rowCount() == len(KNOWN)


def test_zone_filter_tenderness_hover_and_keyboard_zoom(holdpoint, history, qtbot):
    store = history
    soleus = store.start_session("", "2026-11-12T18:00:00+00:00")
    for side, value in (("left", 6), ("right", 3)):
        store.add_hold(soleus, HoldRow("soleus", side, 1, 30.0, 30.0, "completed", value))
    holdpoint.window.show_place(Place.HISTORY)
    place = holdpoint.window.place(Place.HISTORY)
    place.refresh(dt.date(2026, 11, 12))
    place.zone_filter.setCurrentIndex(place.zone_filter.findData("soleus"))
    assert len(place.visible_sessions()) == 1  # only the session that worked it
    assert len(place.series["leg_before"][0]) == 0  # it was not rated: no marker at all
    assert place.tender_plot.isVisible()
    assert list(place.series["tenderness_left"][1]) == [6.0]
    assert list(place.series["tenderness_right"][1]) == [3.0]
    place.show_details(place.sessions[0])
    assert place.hover.isVisible()
    assert "Quick 5 minutes" in place.hover.text()
    place.zone_filter.setCurrentIndex(0)
    assert not place.tender_plot.isVisible()
    place.set_range(None)
    (low, high), _ = place.pain.viewRange()
    place.chart.setFocus()
    qtbot.keyClick(place, Qt.Key.Key_Plus)
    (zoomed_low, zoomed_high), _ = place.pain.viewRange()
    assert zoomed_high - zoomed_low == pytest.approx((high - low) * 0.7)
    qtbot.keyClick(place, Qt.Key.Key_Right)
    (moved_low, _), _ = place.pain.viewRange()
    assert moved_low > zoomed_low


def test_every_chart_follows_the_theme_tenderness_included(holdpoint, history, qapp):
    from holdpoint.core.preferences import Theme
    from holdpoint.ui import theme

    holdpoint.window.show_place(Place.HISTORY)
    place = holdpoint.window.place(Place.HISTORY)
    place.zone_filter.setCurrentIndex(place.zone_filter.findData("piriformis"))
    for chosen in (Theme.DARK, Theme.LIGHT):
        theme.apply(qapp, chosen)
        qapp.processEvents()
        text = place.palette().color(QPalette.ColorRole.WindowText)
        for plot in (place.pain, place.relief_plot, place.tender_plot):
            assert plot.getAxis("left").textPen().color() == text, (chosen, plot)
        title = place.tender_plot.titleLabel.item.toHtml()
        assert text.name() in title and "left" in title and "right" in title, chosen
