"""Settings > Appearance: the colour scheme and the text size, applied as the View menu
applies them (the window's ``set_theme``; ``change_preferences`` for the text size)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from holdpoint.core import preferences
from holdpoint.core.preferences import Preferences, Theme
from holdpoint.ui.settings.common import SettingsPage, text

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = "Appearance"
SCHEME_NOTE = "Also under View > Colour scheme."
SIZE_NOTE = "Ctrl++ and Ctrl+- change it from anywhere in Holdpoint; Ctrl+0 makes it normal."


class AppearancePage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, parent=parent)
        self._window = window

        scheme = self.section("Colour scheme")
        self.schemes: dict[Theme, QRadioButton] = {}
        self._group = QButtonGroup(self)
        for choice in Theme:
            # The View menu's words, mnemonics included: one name for one choice.
            button = QRadioButton(window.theme_actions[choice].text())
            button.setAccessibleName(window.theme_actions[choice].text().replace("&", ""))
            self._group.addButton(button)
            button.toggled.connect(lambda on, c=choice: self._chosen(c, on))
            scheme.addWidget(button)
            self.schemes[choice] = button
        scheme.addWidget(text(SCHEME_NOTE, muted=True))

        size = self.section("Text size")
        low, high = preferences.bounds("text_scale")
        self.text_size = QSpinBox()
        self.text_size.setRange(round((low or 0.8) * 100), round((high or 2.0) * 100))
        self.text_size.setSingleStep(round(preferences.TEXT_SCALE_STEP * 100))
        self.text_size.setSuffix(" %")
        self.text_size.setKeyboardTracking(False)  # one change when the typing is done
        self.text_size.setAccessibleName("Text size, in percent of the normal size")
        self.text_size.valueChanged.connect(
            lambda value: self._window.change_preferences(text_scale=value / 100)
        )
        self.normal = QPushButton("&Normal size")
        self.normal.setToolTip("Text of the normal size (Ctrl+0)")
        self.normal.clicked.connect(lambda: self.text_size.setValue(100))
        row = QHBoxLayout()
        row.addWidget(self.text_size)
        row.addWidget(self.normal)
        row.addStretch(1)
        label = QLabel("&Text size")
        label.setBuddy(self.text_size)
        form = QFormLayout()
        form.addRow(label, row)
        size.addLayout(form)
        size.addWidget(text(SIZE_NOTE, muted=True))

        window.preferencesChanged.connect(self.show_prefs)
        self.show_prefs(window.prefs)

    def _chosen(self, choice: Theme, on: bool) -> None:
        if on:
            self._window.set_theme(choice)

    def show_prefs(self, prefs: Preferences) -> None:
        """Show ``prefs`` (changed here, or by the View menu's keys)."""
        button = self.schemes[prefs.theme]
        if not button.isChecked():  # shown, not applied again
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        percent = round(prefs.text_scale * 100)
        if self.text_size.value() != percent:
            self.text_size.blockSignals(True)
            self.text_size.setValue(percent)
            self.text_size.blockSignals(False)
