"""Holdpoint in German: every place and dialog walked twice, in English and in German, in
the same states; no text a person sees is left as it was in English, unless it is a
name or a unit that German keeps (:data:`SAME_IN_GERMAN`). Then what German changes
beyond words: the voice's lines, dates and numbers, and the catalog."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

from holdpoint import assets, i18n
from holdpoint.app import Holdpoint
from holdpoint.cli import Options
from holdpoint.core.catalog import CHOOSABLE_TOOLS, Side, ToolSet, load_catalog
from holdpoint.core.content_text import translate_catalog
from holdpoint.core.cues import spoken_line
from holdpoint.core.engine import SessionEngine
from holdpoint.core.health import HealthCheck
from holdpoint.core.preferences import Language, Place, Theme
from holdpoint.core.routine import SideOrder, Sides, Step
from holdpoint.settings import SettingsStore
from holdpoint.storage.datadir import prepare_data_dir
from holdpoint.storage.rows import HoldRow
from holdpoint.ui import theme

#: Texts German writes as English does: the name, units, Latin muscle names and their
#: abbreviations, the languages' own names, and what Qt shows unchanged.
SAME_IN_GERMAN = {
    "Holdpoint", "OK", "s", "min", "%", "PDF", "CSV", "PNG",
    "English", "Deutsch",
    "Piriformis", "Quadratus lumborum", "QL", "TFL", "Soleus", "Peroneus", "Iliopsoas",
    "Gluteus maximus", "Gluteus medius", "Biceps femoris", "Tensor fasciae latae",
    "Vastus lat.", "Rectus fem.", "Semitendinosus und Semimembranosus",
}  # fmt: skip


def _clean(text: str) -> list[str]:
    """The sentences of a widget's text as a person reads them: no markup, no access keys."""
    text = html.unescape(re.sub(r"<[^>]+>", "\n", text)).replace("&&", "\0").replace("&", "")
    return [line.strip().replace("\0", "&") for line in text.splitlines() if line.strip()]


def _texts_of_action(action: QAction) -> Iterator[str]:
    yield action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield action.toolTip()
    yield action.statusTip()
    if action.menu() is not None:
        for inner in action.menu().actions():
            yield from _texts_of_action(inner)


def _texts_of_widget(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.statusTip()
    yield widget.whatsThis()
    for action in widget.actions():
        yield from _texts_of_action(action)
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        for part in ("prefix", "suffix"):
            yield getattr(widget, part, lambda: "")()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        columns = model.columnCount() if model.index(0, 1).isValid() else 1
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(), 20)):
            for column in range(columns):
                yield str(model.index(row, column).data() or "")
    plot_item = getattr(widget, "getPlotItem", None)  # pyqtgraph's plots: their axis titles
    if callable(plot_item):
        for axis_name in ("left", "bottom", "right"):
            yield plot_item().getAxis(axis_name).labelText


def texts(widget: QWidget) -> set[str]:
    """Every text ``widget`` and everything in it shows (hidden pages too)."""
    found: set[str] = set()
    for each in [widget, *widget.findChildren(QWidget)]:
        if isinstance(each, QFileDialog):  # Qt's own, translated by Qt
            continue
        for text in _texts_of_widget(each):
            found.update(_clean(text or ""))
    return {text for text in found if re.search(r"[A-Za-zÄÖÜäöüß]{2}", text)}


def _new_app(tmp_path: Path, language: Language, qtbot) -> Holdpoint:
    settings_path = tmp_path / f"settings-{language.value}.conf"
    store = SettingsStore(settings_path)
    store.save_health(HealthCheck(answered=dt.date.today()))
    store.save(store.load().replace(tools=ToolSet(CHOOSABLE_TOOLS), tour_seen=True))
    data = prepare_data_dir(tmp_path / f"data-{language.value}")
    hp = Holdpoint(Options(theme=Theme.LIGHT, language=language), data, settings_path)
    hp.window.resize(1280, 800)
    hp.window.show()
    qtbot.waitExposed(hp.window)
    history = hp.open_history()
    assert history is not None
    routine = hp.routines[0]
    for day in range(1, 12):
        session = history.start_session(routine.name, f"2026-11-{day:02d}T18:00:00+00:00")
        history.rate(session, "leg", "before", 6)
        history.rate(session, "leg", "after", 4)
        history.add_hold(session, HoldRow("piriformis", "left", 1, 30.0, 30.0, "completed"))
        history.finish_session(session, "completed")
    return hp


def _other_windows(hp: Holdpoint) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not hp.window and not isinstance(w, QMenu)]  # fmt: skip


def walk(hp: Holdpoint, qtbot) -> set[str]:
    """Every place (the Map with a zone chosen, the Session before and during a session,
    History with eleven sessions), every dialog of the menus, and the menus themselves."""
    window = hp.window
    seen: set[str] = set()
    for action in window.menuBar().actions():
        seen.update(t for text in _texts_of_action(action) for t in _clean(text))
    window.map_place().toggle_zone("piriformis", Side.RIGHT)
    for place in Place:
        window.show_place(place)
        QApplication.processEvents()
        seen |= texts(window)
    for action in (window.settings_action, window.health_action, window.tools_action,
                   window.tour_action, window.about_action, window.safety_action,
                   window.finder_action):  # fmt: skip
        action.trigger()
        QApplication.processEvents()
        opened = _other_windows(hp)
        for dialog in opened:
            seen |= texts(dialog)
            dialog.close()
        QApplication.processEvents()
    window.activateWindow()  # the keys below go to the window (no window manager here)
    qtbot.waitUntil(window.isActiveWindow)
    routine = next(r for r in hp.routines if r.id == "quick_five")
    window.start_session(routine, SideOrder.LEFT_FIRST)
    qtbot.waitUntil(lambda: window.run is not None)
    seen |= texts(window)  # the ratings before
    for _row in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.run is not None and window.run.running)
    seen |= texts(window)  # the session running
    tray = hp.start_tray()
    seen.update(
        t for a in tray.menu.actions() for text in _texts_of_action(a) for t in _clean(text)
    )
    return seen


def _close(hp: Holdpoint) -> None:
    if hp.player is not None:
        hp.player.shutdown()
    if hp.window.run is not None:
        hp.window.run.close()
    if hp.tray is not None:
        hp.tray.close()
        hp.tray.deleteLater()
        hp.tray = None
    hp.window.close()
    hp.window.deleteLater()


@pytest.fixture
def restore_english(qapp):
    yield
    i18n.install(Language.ENGLISH)
    theme.apply(qapp, Theme.LIGHT)
    theme.set_text_scale(qapp, 1.0)


def test_no_text_is_left_in_english_in_any_place_or_dialog(qapp, qtbot, tmp_path, restore_english):
    english_app = _new_app(tmp_path, Language.ENGLISH, qtbot)
    english = walk(english_app, qtbot)
    _close(english_app)
    assert len(english) > 250, "the walk missed most of the window"
    german_app = _new_app(tmp_path, Language.GERMAN, qtbot)
    assert german_app.language == "de"
    german = walk(german_app, qtbot)
    _close(german_app)
    left_in_english = sorted((english & german) - SAME_IN_GERMAN)
    assert left_in_english == []
    assert len(german) > 250


def test_the_voice_speaks_german_lines_with_german_numbers(qapp, restore_english):
    """Real engine events, as the player gets them; zone names from the German catalog."""
    i18n.install(Language.GERMAN)
    catalog = translate_catalog(load_catalog(assets.resource_path("zones.toml")),
                                i18n.content_texts())  # fmt: skip
    engine = SessionEngine.start([Step("piriformis", Sides.BOTH, 30, 1, 5)], 0.0, get_ready=5)
    lines = []
    for tick in range(0, 90 * 4):
        lines += [spoken_line(event, catalog) for event in engine.advance(tick / 4)]
    lines = [line for line in lines if line]
    assert "Machen Sie sich bereit: Piriformis, linke Seite." in lines[0]
    assert "Piriformis, linke Seite. Halten Sie dreißig Sekunden." in lines
    assert "Wechseln Sie zur rechten Seite." in lines
    assert "Sitzung beendet. Gut gemacht." in lines
    english = [line for line in lines if line in {"Release.", "Rest.", "Ten seconds."}]
    assert english == []


def test_dates_and_numbers_follow_the_german_locale(qapp, restore_english):
    i18n.install(Language.GERMAN)
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().toString(1.5, "f", 1) == "1,5"
    assert QLocale().standaloneMonthName(12) == "Dezember"
    assert QLocale().toString(QDate(2026, 11, 30), "d. MMMM yyyy") == "30. November 2026"
    i18n.install(Language.ENGLISH)
    assert QLocale().toString(1.5, "f", 1) == "1.5"


def test_export_messages_count_in_german_words(qapp, tmp_path, restore_english):
    from holdpoint.storage.history import HistoryStore
    from holdpoint.ui.exports import write_export

    i18n.install(Language.GERMAN)
    store = HistoryStore.open(prepare_data_dir(tmp_path / "data"))
    session = store.start_session("Schnell", "2026-11-02T18:00:00+00:00")
    store.add_hold(session, HoldRow("piriformis", "left", 1, 30.0, 30.0, "completed"))
    store.finish_session(session, "completed")
    catalog = load_catalog(assets.resource_path("zones.toml"))
    message = write_export("csv", tmp_path / "h.csv", store, catalog, QWidget)
    assert message == (
        f"Geschrieben: 1 Sitzung nach {tmp_path / 'h.csv'} "
        f"und 1 Haltephase nach {tmp_path / 'h-holds.csv'}."
    )
    message = write_export("pdf", tmp_path / "r.pdf", store, catalog, QWidget)
    assert message == f"Geschrieben: ein Bericht über 1 Sitzung nach {tmp_path / 'r.pdf'}."
    store.close()
