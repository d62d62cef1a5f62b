"""Settings > Appearance: the colour scheme, the text size and the language, applied as the
View menu applies them (the window's ``set_theme``; ``change_preferences`` for the text
size and the language, which is used from the next start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from holdpoint.core import preferences
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import Language, Preferences, Theme
from holdpoint.ui.settings.common import SettingsPage, text

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Appearance")
SCHEME_NOTE = QT_TRANSLATE_NOOP("AppearancePage", "Also under View > Colour scheme.")
SIZE_NOTE = QT_TRANSLATE_NOOP(
    "AppearancePage",
    "Ctrl++ and Ctrl+- change it from anywhere in Holdpoint; Ctrl+0 makes it normal.",
)
LANGUAGE_NOTE = QT_TRANSLATE_NOOP(
    "AppearancePage", "Holdpoint uses the new language the next time it starts."
)
#: The languages offered, in order; each language's own name is not translated (every
#: program shows it in that language, so a person can find their own).
LANGUAGE_NAMES = {Language.ENGLISH: "English", Language.GERMAN: "Deutsch"}


class AppearancePage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(localized("SettingsDialog", TITLE), parent=parent)
        self._window = window

        scheme = self.section(self.tr("Colour scheme"))
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
        scheme.addWidget(text(localized("AppearancePage", SCHEME_NOTE), muted=True))

        size = self.section(self.tr("Text size"))
        low, high = preferences.bounds("text_scale")
        self.text_size = QSpinBox()
        self.text_size.setRange(round((low or 0.8) * 100), round((high or 2.0) * 100))
        self.text_size.setSingleStep(round(preferences.TEXT_SCALE_STEP * 100))
        self.text_size.setSuffix(" %")
        self.text_size.setKeyboardTracking(False)  # one change when the typing is done
        self.text_size.setAccessibleName(self.tr("Text size, in percent of the normal size"))
        self.text_size.valueChanged.connect(
            lambda value: self._window.change_preferences(text_scale=value / 100)
        )
        self.normal = QPushButton(self.tr("&Normal size"))
        self.normal.setToolTip(self.tr("Text of the normal size (Ctrl+0)"))
        self.normal.clicked.connect(lambda: self.text_size.setValue(100))
        row = QHBoxLayout()
        row.addWidget(self.text_size)
        row.addWidget(self.normal)
        row.addStretch(1)
        label = QLabel(self.tr("&Text size"))
        label.setBuddy(self.text_size)
        form = QFormLayout()
        form.addRow(label, row)
        size.addLayout(form)
        size.addWidget(text(localized("AppearancePage", SIZE_NOTE), muted=True))

        language = self.section(self.tr("Language"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of Holdpoint"))
        self.language.addItem(self.tr("System default"), Language.SYSTEM.value)
        for language_code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language_code.value)
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_label = QLabel(self.tr("Lan&guage"))
        language_label.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(language_label, self.language)
        language.addLayout(form)
        self.language_note = text(localized("AppearancePage", LANGUAGE_NOTE), muted=True)
        language.addWidget(self.language_note)

        window.preferencesChanged.connect(self.show_prefs)
        self.show_prefs(window.prefs)

    def _chosen(self, choice: Theme, on: bool) -> None:
        if on:
            self._window.set_theme(choice)

    def _language_chosen(self, index: int) -> None:
        value = self.language.itemData(index)
        if isinstance(value, str):
            self._window.change_preferences(language=Language(value))

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
        index = self.language.findData(prefs.language.value)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
