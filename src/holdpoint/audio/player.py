"""Plays cue sounds (QSoundEffect, preloaded) and speaks cue lines (QTextToSpeech).

With no audio device, or a device that cannot play the cues, or no speech engine, the
app goes on with visual cues only, and :attr:`CuePlayer.problem` says why, in words for
the person. Creating a speech engine can block for two seconds (speech-dispatcher), so
it happens in a worker thread, never on the start-up path.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect

from holdpoint import assets
from holdpoint.core.catalog import Catalog
from holdpoint.core.cues import CUE_FOR_EVENT, Cue, asks_tenderness, spoken_line
from holdpoint.core.engine import Event
from holdpoint.core.preferences import Preferences

log = logging.getLogger(__name__)


class _Speaker(QObject):
    """Lives in the speech thread; owns the QTextToSpeech engine."""

    ready = Signal(bool, str)  # usable, problem
    spoken = Signal(str)  # the engine began to speak this line

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine_name = engine
        self._tts = None
        self._pending: list[str] = []

    @Slot()
    def create(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        available = QTextToSpeech.availableEngines()
        if self._engine_name not in available:
            self.ready.emit(False, f"No speech engine “{self._engine_name}” is installed.")
            return
        self._tts = QTextToSpeech(self._engine_name)
        if self._tts.state() == QTextToSpeech.State.Error:
            self.ready.emit(False, f"The speech engine could not start: {self._tts.errorString()}")
            self._tts = None
            return
        self._tts.aboutToSynthesize.connect(self._synthesizing)
        self.ready.emit(True, "")

    def _synthesizing(self, _id: int) -> None:
        if self._pending:
            self.spoken.emit(self._pending.pop(0))

    @Slot(str, float, float)
    def say(self, text: str, rate: float, volume: float) -> None:
        if self._tts is not None:
            self._tts.setRate(rate)
            self._tts.setVolume(volume)
            self._pending.append(text)
            self._tts.say(text)


class CuePlayer(QObject):
    """Turns cues into sound and speech; reports what it played to ``on_played``."""

    #: Emitted when sound or speech becomes unavailable or available again: a message.
    problemChanged = Signal(str)
    #: Every cue sound is ready to play, or known not to be: cues can start now.
    loaded = Signal()
    _speak = Signal(str, float, float)

    def __init__(
        self,
        speech_engine: str | None = "speechd",
        on_played: Callable[[str, str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.volume = 0.8
        self.cue_volume: dict[Cue, float] = dict.fromkeys(Cue, 1.0)
        self.voice = speech_engine is not None
        self.voice_rate = 0.0
        self.device_id = ""
        self._effects: dict[Cue, QSoundEffect] = {}
        self._sound_problem = ""
        self._speech_problem = ""
        self._on_played = on_played
        self._speech_engine = speech_engine
        self._thread: QThread | None = None
        self._speaker: _Speaker | None = None

    # ------------------------------------------------------------------ set-up

    def load(self) -> None:
        """Preload the cue sounds (cheap) and start the speech engine (in its thread)."""
        if self._effects:
            return
        if not QMediaDevices.audioOutputs():
            self._set_sound_problem("No sound device was found, so cues are shown on screen only.")
        for cue in Cue:
            effect = QSoundEffect(self.output_device(), self)
            effect.setSource(QUrl.fromLocalFile(str(assets.resource_path(f"sounds/{cue}.wav"))))
            effect.statusChanged.connect(lambda e=effect, c=cue: self._status(c, e))
            self._effects[cue] = effect
        if self._speech_engine is not None:
            self._thread = QThread(self)
            self._thread.setObjectName("holdpoint-speech")
            self._speaker = _Speaker(self._speech_engine)
            self._speaker.moveToThread(self._thread)
            self._thread.started.connect(self._speaker.create)
            self._speaker.ready.connect(self._speech_ready)
            self._speaker.spoken.connect(self._spoken)
            self._speak.connect(self._speaker.say)
            self._thread.start()

    def apply(self, prefs: Preferences) -> None:
        """Take the person's sound settings: volumes, voice, speed and output device."""
        self.volume = prefs.volume / 100
        for cue in Cue:
            self.cue_volume[cue] = getattr(prefs, f"volume_{cue.value}") / 100
        self.voice = prefs.voice and self._speech_engine is not None
        self.voice_rate = prefs.voice_rate
        self.device_id = prefs.audio_device
        device = self.output_device()
        for effect in self._effects.values():
            effect.setAudioDevice(device)

    def output_device(self) -> QAudioDevice:
        """The chosen output if it is still there, else the system's default."""
        for device in QMediaDevices.audioOutputs():
            if bytes(device.id().data()).decode(errors="replace") == self.device_id:
                return device
        if self.device_id:
            log.warning("sound output %r is gone; using the default", self.device_id)
        return QMediaDevices.defaultAudioOutput()

    @staticmethod
    def outputs() -> list[tuple[str, str]]:
        """(id, description) of every sound output, for the settings."""
        return [
            (bytes(device.id().data()).decode(errors="replace"), device.description())
            for device in QMediaDevices.audioOutputs()
        ]

    def shutdown(self) -> None:
        for effect in self._effects.values():
            effect.blockSignals(True)
            effect.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(3000)

    def is_loaded(self) -> bool:
        settled = (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)
        return bool(self._effects) and all(e.status() in settled for e in self._effects.values())

    def _status(self, cue: Cue, effect: QSoundEffect) -> None:
        if self.is_loaded():
            self.loaded.emit()
        if effect.status() == QSoundEffect.Status.Error and not self._sound_problem:
            self._set_sound_problem(
                "The cue sounds cannot be played on this sound device, so cues are shown "
                "on screen only."
            )
            log.warning("cue sounds (first: %s) cannot be played on the audio device", cue)

    def _speech_ready(self, usable: bool, problem: str) -> None:
        self._speech_problem = "" if usable else f"Spoken cues are off. {problem}"
        self.problemChanged.emit(self.problem)

    def _set_sound_problem(self, message: str) -> None:
        if message != self._sound_problem:
            self._sound_problem = message
            self.problemChanged.emit(self.problem)

    @property
    def problem(self) -> str:
        """Why sound or speech is off, for the person; empty when all works."""
        return " ".join(p for p in (self._sound_problem, self._speech_problem) if p)

    @property
    def sound_available(self) -> bool:
        return bool(self._effects) and not self._sound_problem

    # ------------------------------------------------------------------ playing

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Play ``cue``; ``due`` is the monotonic moment it was scheduled for (for the log)."""
        effect = self._effects.get(cue)
        if effect is None or effect.status() != QSoundEffect.Status.Ready:
            return
        effect.setVolume(self.volume * self.cue_volume[cue])
        effect.play()
        if self._on_played is not None:
            played = time.monotonic()
            self._on_played("sound", f"{cue.value} due={due or played:.4f} played={played:.4f}")

    def handle(self, events: list[Event], catalog: Catalog) -> None:
        """Sound and speak the cues for session ``events``, in order."""
        ask = asks_tenderness(events)
        for event in events:
            cue = CUE_FOR_EVENT.get(event.kind)
            if cue is not None:
                self.play(cue, event.at)
            line = spoken_line(event, catalog, ask_tenderness=ask)
            if line is not None:
                self.say(line)

    def say(self, text: str) -> None:
        if not self.voice or self._speaker is None:
            return
        self._speak.emit(text, self.voice_rate, self.volume)

    def _spoken(self, text: str) -> None:
        if self._on_played is not None:
            self._on_played("speech", text)
