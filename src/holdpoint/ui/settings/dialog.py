"""File > Settings (Ctrl+,): one dialog, a list of pages on the left, the page on the right.

Every change applies at once and is saved as it changes (through the window's
``change_preferences`` and its own methods); Close only closes. A page is one entry of
:data:`PAGES`, a (title, factory) pair: the factory builds the page from the window the
first time it is shown. Keys: arrows in the page list, Ctrl+Page Down / Ctrl+Page Up (or
Ctrl+Tab / Ctrl+Shift+Tab) from anywhere in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from holdpoint import APP_NAME
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.ui.settings.appearance import AppearancePage
from holdpoint.ui.settings.data import DataPage
from holdpoint.ui.settings.health import HealthPage
from holdpoint.ui.settings.reminders import RemindersPage
from holdpoint.ui.settings.session import SessionPage
from holdpoint.ui.settings.sound import sound_page

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

#: Builds one page for the window; the page applies and saves its own changes.
PageFactory = Callable[["MainWindow"], QWidget]

# The pages' titles name them in code (in English); the list shows them translated.
SESSION = QT_TRANSLATE_NOOP("SettingsDialog", "Session")
SOUND = QT_TRANSLATE_NOOP("SettingsDialog", "Sound and voice")
APPEARANCE = QT_TRANSLATE_NOOP("SettingsDialog", "Appearance")
REMINDERS = QT_TRANSLATE_NOOP("SettingsDialog", "Reminders")
HEALTH = QT_TRANSLATE_NOOP("SettingsDialog", "Health")
DATA = QT_TRANSLATE_NOOP("SettingsDialog", "Data")

#: The pages, in the order of the list. Adding a page is one line here.
PAGES: tuple[tuple[str, PageFactory], ...] = (
    (SESSION, SessionPage),
    (SOUND, sound_page),
    (APPEARANCE, AppearancePage),
    (REMINDERS, RemindersPage),
    (HEALTH, HealthPage),
    (DATA, DataPage),
)


class SettingsDialog(QDialog):
    """The pages of :data:`PAGES`, each built the first time it is shown. :attr:`titles`
    are the pages' English titles (what :meth:`page` and :meth:`show_page` take); the
    list shows them in the chosen language."""

    def __init__(
        self,
        window: MainWindow,
        pages: tuple[tuple[str, PageFactory], ...] = PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self.main_window = window
        self._factories = [factory for _title, factory in pages]
        self.titles = [title for title, _factory in pages]
        self._built: dict[int, QWidget] = {}
        self.setWindowTitle(self.tr("Settings — {app}").format(app=APP_NAME))
        self.setAccessibleName(self.tr("Settings"))

        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setAccessibleDescription(
            self.tr("Up and Down choose a page; Ctrl+Page Down and Ctrl+Page Up from anywhere")
        )
        self.page_list.addItems(self._shown_titles())
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Settings page"))
        for _ in pages:
            self.stack.addWidget(QWidget())  # a place-holder until the page is first shown
        self.page_list.currentRowChanged.connect(self._show_row)

        for keys, step in (
            (("Ctrl+PgDown", "Ctrl+Tab"), +1),
            (("Ctrl+PgUp", "Ctrl+Shift+Tab"), -1),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(lambda s=step: self.step(s))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close settings"))

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self._fit_list()
        self.page_list.setCurrentRow(0)
        self.page_list.setFocus()
        self._size_to_screen(grow=False)

    # ------------------------------------------------------------------ pages

    def _shown_titles(self) -> list[str]:
        """The titles as the list shows them: in the chosen language."""
        return [localized("SettingsDialog", title) for title in self.titles]

    def page(self, title: str) -> QWidget:
        """The page called ``title``, built if it was not yet (it need not be shown)."""
        row = self.titles.index(title)
        built = self._built.get(row)
        if built is None:
            built = self._built[row] = self._factories[row](self.main_window)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, built)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        return built

    def show_page(self, title: str) -> QWidget:
        """Show the page called ``title`` (its entry in the list chosen too)."""
        self.page_list.setCurrentRow(self.titles.index(title))
        return self.page(title)

    def current_title(self) -> str:
        return self.titles[self.page_list.currentRow()]

    def step(self, direction: int) -> None:
        """The next (+1) or previous (-1) page, round the end of the list."""
        row = (self.page_list.currentRow() + direction) % len(self.titles)
        self.page_list.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        focus = QApplication.focusWidget()
        lost = focus is not None and self.stack.isAncestorOf(focus)
        self.stack.setCurrentWidget(self.page(self.titles[row]))
        if self.isVisible():
            self._size_to_screen()
        if lost:  # the focus was on the page that went: keep it where the keys work
            self.page_list.setFocus()

    # ------------------------------------------------------------------ size

    def _fit_list(self) -> None:
        metrics = self.page_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(title) for title in self._shown_titles())
        self.page_list.setFixedWidth(widest + 2 * metrics.averageCharWidth() + 24)
        for row in range(self.page_list.count()):  # room around each title, to aim at
            self.page_list.item(row).setSizeHint(QSize(widest, metrics.height() + 14))

    def _size_to_screen(self, grow: bool = True) -> None:
        """Room for the current page without scrolling sideways, and for about thirty
        lines, where the screen allows it; once shown, the dialog only grows (the person
        may have made it larger)."""
        metrics = self.fontMetrics()
        width = max(760, self.page_list.width() + 64 * metrics.averageCharWidth())
        height = max(560, 30 * metrics.lineSpacing())
        page = self.stack.currentWidget()
        if isinstance(page, QScrollArea) and page.widget() is not None:
            scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            inner = page.widget().minimumSizeHint().width()  # type: ignore[union-attr]
            width = max(width, self.page_list.width() + inner + scroll_bar + 80)
        screen = self.main_window.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 60)
        if grow:
            width, height = max(width, self.width()), max(height, self.height())
        self.resize(width, height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_list()  # the text size changed: the titles and the page must fit,
            QTimer.singleShot(0, self, self._size_to_screen)  # once every widget has its font
        super().changeEvent(event)
