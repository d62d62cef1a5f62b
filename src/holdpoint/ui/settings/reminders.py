"""Settings > Reminders: the days and times to be reminded, keeping Holdpoint in the tray
when its window is closed, and starting it at login (in the tray). Changes apply at once;
the tray (holdpoint.ui.tray) and the start-at-login entry follow the preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import KeepInTray, Preferences
from holdpoint.core.reminders import DAY_NAMES, ReminderDays, ReminderTimes
from holdpoint.ui.settings.common import SettingsPage, text

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Reminders")
INTRO = QT_TRANSLATE_NOOP(
    "RemindersPage",
    "Trigger-point work helps most when it is done often, in short sessions. Holdpoint can "
    "remind you: while it runs, a notification says it is time, and a click opens your "
    "last routine, ready to start.",
)
#: Times a person can set; more would be a nuisance, not a reminder.
MAX_TIMES = 3
TRAY_NOTE = QT_TRANSLATE_NOOP(
    "RemindersPage",
    "Reminders come only while Holdpoint runs. Closing the window then keeps it in the "
    "tray (the notification area), light: History is not loaded until you open the window.",
)


def day_label(day: int) -> str:
    """The short name of weekday ``day`` (0 is Monday) in the person's language ("Mon")."""
    return QLocale().standaloneDayName(day + 1, QLocale.FormatType.ShortFormat)


def day_word(day: int) -> str:
    """The full name of weekday ``day`` (0 is Monday) in the person's language ("Monday")."""
    return QLocale().standaloneDayName(day + 1, QLocale.FormatType.LongFormat)


class RemindersPage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(
            localized("SettingsDialog", TITLE), localized("RemindersPage", INTRO), parent=parent
        )
        self._window = window

        days = self.section(self.tr("Days"))
        row = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for index in range(len(DAY_NAMES)):
            box = QCheckBox(day_label(index))
            box.setAccessibleName(self.tr("Remind me on {day}").format(day=day_word(index)))
            box.toggled.connect(self._days_changed)
            self.days.append(box)
            row.addWidget(box)
        row.addStretch(1)
        days.addLayout(row)
        presets = QHBoxLayout()
        for label, chosen in ((self.tr("&Weekdays"), range(5)), (self.tr("&Every day"), range(7)),
                              (self.tr("&None"), range(0))):  # fmt: skip
            button = QPushButton(label)
            button.clicked.connect(lambda _on=False, c=tuple(chosen): self._set_days(c))
            presets.addWidget(button)
        presets.addStretch(1)
        days.addLayout(presets)

        times = self.section(self.tr("Times"))
        self.times: list[tuple[QCheckBox, QTimeEdit]] = []
        for number in range(MAX_TIMES):
            use = QCheckBox(self.tr("Time &{number}").format(number=number + 1))
            use.setAccessibleName(self.tr("Reminder time {number} on").format(number=number + 1))
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(self.tr("Reminder time {number}").format(number=number + 1))
            edit.setTime(QTime(8 + 12 * number if number < 2 else 13, 0))
            use.toggled.connect(self._times_changed)
            edit.timeChanged.connect(self._times_changed)
            line = QHBoxLayout()
            line.addWidget(use)
            line.addWidget(edit)
            line.addStretch(1)
            times.addLayout(line)
            self.times.append((use, edit))

        tray = self.section(self.tr("While Holdpoint is closed"))
        self.keep_in_tray = QCheckBox(
            self.tr("&Keep Holdpoint in the tray when its window is closed")
        )
        self.keep_in_tray.setAccessibleName(self.keep_in_tray.text().replace("&", ""))
        self.keep_in_tray.toggled.connect(
            lambda on: self._window.change_preferences(
                keep_in_tray=KeepInTray.YES if on else KeepInTray.NO
            )
        )
        self.start_at_login = QCheckBox(self.tr("&Start Holdpoint when I log in, in the tray"))
        self.start_at_login.setAccessibleName(self.start_at_login.text().replace("&", ""))
        self.start_at_login.toggled.connect(
            lambda on: self._window.change_preferences(start_at_login=on)
        )
        tray.addWidget(self.keep_in_tray)
        tray.addWidget(self.start_at_login)
        tray.addWidget(text(localized("RemindersPage", TRAY_NOTE), muted=True))

        window.preferencesChanged.connect(self.show_prefs)
        self.show_prefs(window.prefs)

    def _set_days(self, chosen: tuple[int, ...]) -> None:
        for index, box in enumerate(self.days):
            box.blockSignals(True)
            box.setChecked(index in chosen)
            box.blockSignals(False)
        self._days_changed()

    def _days_changed(self) -> None:
        chosen = [DAY_NAMES[i] for i, box in enumerate(self.days) if box.isChecked()]
        self._window.change_preferences(reminder_days=ReminderDays(chosen))

    def _times_changed(self) -> None:
        chosen = [(edit.time().hour(), edit.time().minute())
                  for use, edit in self.times if use.isChecked()]  # fmt: skip
        for use, edit in self.times:
            edit.setEnabled(use.isChecked())
        self._window.change_preferences(reminder_times=ReminderTimes(chosen))

    def show_prefs(self, prefs: Preferences) -> None:
        """Show ``prefs`` without applying them again."""
        widgets = [*self.days, *(w for pair in self.times for w in pair),
                   self.keep_in_tray, self.start_at_login]  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        for index, box in enumerate(self.days):
            box.setChecked(index in prefs.reminder_days)
        chosen = list(prefs.reminder_times)
        for number, (use, edit) in enumerate(self.times):
            use.setChecked(number < len(chosen))
            if number < len(chosen):
                edit.setTime(QTime(*chosen[number]))
            edit.setEnabled(use.isChecked())
        self.keep_in_tray.setChecked(prefs.keep_in_tray is KeepInTray.YES)
        self.start_at_login.setChecked(prefs.start_at_login)
        for widget in widgets:
            widget.blockSignals(False)
