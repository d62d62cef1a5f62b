"""Settings > Sound and voice: volumes, spoken cues, speaking speed, output, and a test."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from holdpoint.audio.player import CuePlayer
from holdpoint.core import preferences
from holdpoint.core.cues import Cue
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import Preferences
from holdpoint.ui.settings.common import SettingsPage, text

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Sound and voice")
NOT_READY = QT_TRANSLATE_NOOP(
    "SoundPage", "Sound is not ready yet: close Settings and open it again in a moment."
)


def _slider(low: int, high: int, value: int, name: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(low, high)
    slider.setValue(value)
    slider.setAccessibleName(name)
    slider.setPageStep(10)
    return slider


def sound_page(window: MainWindow) -> QWidget:
    """The page, with the cue player built first if it was not yet (it loads after the
    first paint); a short note instead when it cannot be."""
    if window.player is None:
        window.soundPlayerNeeded.emit()
    if window.player is None:
        return SettingsPage(localized("SettingsDialog", TITLE), localized("SoundPage", NOT_READY))
    return SoundPage(window.prefs, window.player, window.change_preferences)


class SoundPage(SettingsPage):
    """Changes apply at once (you hear them with Test) and are saved as they change."""

    def __init__(
        self,
        prefs: Preferences,
        player: CuePlayer,
        changed: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(localized("SettingsDialog", TITLE), parent=parent)
        self.player = player
        self._changed = changed

        self.status = text("")
        self.status.setAccessibleName(self.tr("Sound status"))

        self.volume = _slider(0, 100, prefs.volume, self.tr("Cue volume"))
        self.volume.valueChanged.connect(lambda v: self._set(volume=v))
        self.cue_sliders: dict[Cue, QSlider] = {}
        cue_form = QFormLayout()
        for cue in Cue:
            key = f"volume_{cue.value}"
            title = preferences.title(key)
            slider = _slider(0, 100, getattr(prefs, key), title)
            slider.valueChanged.connect(lambda v, k=key: self._set(**{k: v}))
            play = QPushButton("▶")
            play.setToolTip(self.tr("Play “{cue}”").format(cue=title))
            play.setAccessibleName(self.tr("Play {cue}").format(cue=title))
            play.setFixedWidth(play.sizeHint().height() + 12)
            play.clicked.connect(lambda _checked=False, c=cue: self.player.play(c))
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(play)
            label = QLabel(title)
            label.setBuddy(slider)
            cue_form.addRow(label, row)
            self.cue_sliders[cue] = slider

        self.voice = QCheckBox(self.tr("&Speak the cues (zone, side, seconds, release)"))
        # Voice turned off by a problem shows as off: ticking it tries again.
        self.voice.setChecked(prefs.voice and not player.voice_failed)
        self.voice.toggled.connect(self._voice_toggled)
        self.rate = _slider(-10, 10, round(prefs.voice_rate * 10), self.tr("Speaking speed"))
        self.rate.valueChanged.connect(lambda v: self._set(voice_rate=v / 10))

        self.output = QComboBox()
        self.output.setAccessibleName(self.tr("Sound output"))
        self.output.addItem(self.tr("The system's default"), "")
        for ident, description in CuePlayer.outputs():
            self.output.addItem(description, ident)
        index = self.output.findData(prefs.audio_device)
        self.output.setCurrentIndex(max(0, index))
        self.output.activated.connect(lambda: self._set(audio_device=self.output.currentData()))

        self.test = QPushButton(self.tr("&Test sound"))
        self.test.setToolTip(self.tr("Play the start-of-hold sound and say a line (Alt+T)"))
        self.test.clicked.connect(self.play_test)

        form = QFormLayout()
        form.addRow(self.tr("&Volume"), self.volume)
        form.addRow(self.tr("&Output"), self.output)
        form.addRow(self.voice)
        form.addRow(self.tr("Speaking s&peed"), self.rate)
        self.add(self.status)
        general = QWidget()
        general.setLayout(form)
        self.add(general)
        cues = self.section(self.tr("Each cue (percent of the volume)"))
        cues.addLayout(cue_form)
        self.add(self.test)
        self.column.setAlignment(self.test, Qt.AlignmentFlag.AlignLeft)
        player.problemChanged.connect(self.show_status)
        self.show_status(player.problem)

    def show_status(self, problem: str) -> None:
        self.status.setText(problem or self.tr("Sound and voice are working."))
        if self.player.voice_failed and self.voice.isChecked():
            self.voice.blockSignals(True)  # shows what happened; the setting is unchanged
            self.voice.setChecked(False)
            self.voice.blockSignals(False)

    def _voice_toggled(self, on: bool) -> None:
        self._set(voice=on)
        if on and self.player.voice_failed:
            self.player.restart_voice()  # a fresh speech helper

    def _set(self, **change: object) -> None:
        self._changed(**change)

    def play_test(self) -> None:
        self.player.play(Cue.HOLD_START)
        self.player.say(self.tr("This is how Holdpoint sounds. Release."))
