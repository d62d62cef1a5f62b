"""Plays cue sounds and speaks cue lines.

Sounds go through one audio sink (:mod:`holdpoint.audio.cue_sound`): the cues due at
one moment are mixed into one playback. Speech comes from a helper process that the app
watches (:mod:`holdpoint.audio.speech`); nothing in this process calls a speech library.

With no audio device, a device that cannot play the cues, no speech engine, or a speech
helper that hangs or dies, the app goes on with visual cues (and sounds, where they
work), and :attr:`CuePlayer.problem` says why, in words for the person.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTimer, Signal

from holdpoint import assets, i18n
from holdpoint.audio.cue_sound import CueSound, SoundFileError
from holdpoint.audio.multimedia import QAudioDevice, QMediaDevices, known_messages_to_log
from holdpoint.audio.speech import SpeechClient, State
from holdpoint.core.catalog import Catalog
from holdpoint.core.cues import CUE_FOR_EVENT, Cue, asks_tenderness, spoken_line
from holdpoint.core.engine import Event
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import Preferences

log = logging.getLogger(__name__)

NO_DEVICE = QT_TRANSLATE_NOOP(
    "CuePlayer", "No sound device was found, so cues are shown on screen only."
)
NO_SOUND_FILES = QT_TRANSLATE_NOOP(
    "CuePlayer", "The cue sounds are missing or damaged, so cues are shown on screen only."
)
NO_DEVICE_FOR_VOICE = QT_TRANSLATE_NOOP(
    "CuePlayer", "Spoken cues are off: there is no sound device to speak on."
)


def speech_engine_installed(name: str) -> bool:
    """Whether Qt has a text-to-speech plugin called ``name`` (looks at the plugin files
    only: nothing is loaded). True when the plugin folder cannot be found at all."""
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    roots = [*QCoreApplication.libraryPaths(), plugins]
    folders = [Path(root) / "texttospeech" for root in roots if root]
    folders = [folder for folder in folders if folder.is_dir()]
    if not folders:
        return True
    return any(any(folder.glob(f"*texttospeech_{name}.*")) for folder in folders)


class CuePlayer(QObject):
    """Turns cues into sound and speech; reports what it played to ``on_played``."""

    #: Emitted when sound or speech becomes unavailable or available again: a message.
    problemChanged = Signal(str)
    #: Every cue sound is ready to play, or known not to be: cues can start now.
    loaded = Signal()

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
        self.ask_tenderness = True  # the release asks "Tenderness?" (see asks_tenderness)
        self._sound: CueSound | None = None
        self._loaded = False
        self._sounds_read = False
        self._sound_problem = ""
        self._speech_problem = ""
        self._on_played = on_played
        self._speech_engine = speech_engine
        self._speech: SpeechClient | None = None
        self._voice_pref = self.voice
        self._due: list[tuple[Cue, float | None]] = []
        self._flush_timer = QTimer(self)  # plays the cues of one turn of the event loop
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)

    # ------------------------------------------------------------------ set-up

    def load(self) -> None:
        """Decode the cue sounds (a few ms), open the sound output and, in the next turn
        of the event loop, start the speech helper if the voice is wanted."""
        if self._loaded:
            return
        self._sound = CueSound(self)
        try:
            self._sound.load({cue.value: assets.resource_path(f"sounds/{cue}.wav") for cue in Cue})
        except (SoundFileError, assets.ResourceError) as error:
            log.info("cue sounds cannot be read: %s", error)
            self._set_sound_problem(localized("CuePlayer", NO_SOUND_FILES))
        else:
            self._sounds_read = True
            with known_messages_to_log():  # the first device query: no server is no warning
                self._use_device()
        self._loaded = True
        if self._speech_engine is not None:
            QTimer.singleShot(0, self._start_speech)
        self.loaded.emit()

    def apply(self, prefs: Preferences) -> None:
        """Take the person's sound settings: volumes, voice, speed, output device, and
        whether the voice asks for tenderness after a hold."""
        self.volume = prefs.volume / 100
        for cue in Cue:
            self.cue_volume[cue] = getattr(prefs, f"volume_{cue.value}") / 100
        turned_on = prefs.voice and not self._voice_pref
        self._voice_pref = prefs.voice
        self.voice = prefs.voice and self._speech_engine is not None
        self.voice_rate = prefs.voice_rate
        self.device_id = prefs.audio_device
        self.ask_tenderness = prefs.ask_tenderness
        if self._sound is not None and self._sounds_read:
            self._use_device()
            self._sound.prepare({cue.value: self._gain(cue) for cue in Cue})
        if turned_on:
            self.restart_voice()

    def _use_device(self) -> None:
        assert self._sound is not None
        if not QMediaDevices.audioOutputs():
            self._set_sound_problem(localized("CuePlayer", NO_DEVICE))
            return
        self._set_sound_problem(self._sound.set_device(self.output_device()))

    def output_device(self) -> QAudioDevice:
        """The chosen output if it is still there, else the system's default."""
        for device in QMediaDevices.audioOutputs():
            if bytes(device.id().data()).decode(errors="replace") == self.device_id:
                return device
        if self.device_id:
            log.info("sound output %r is gone; using the default", self.device_id)
        return QMediaDevices.defaultAudioOutput()

    @staticmethod
    def outputs() -> list[tuple[str, str]]:
        """(id, description) of every sound output, for the settings."""
        return [
            (bytes(device.id().data()).decode(errors="replace"), device.description())
            for device in QMediaDevices.audioOutputs()
        ]

    def shutdown(self) -> None:
        """Stop sounding and end the speech helper (waits at most about a second)."""
        self._flush_timer.stop()
        self._due.clear()
        if self._sound is not None:
            self._sound.shutdown()
        if self._speech is not None:
            self._speech.blockSignals(True)
            self._speech.stop()

    def is_loaded(self) -> bool:
        return self._loaded

    def _set_sound_problem(self, message: str) -> None:
        if message != self._sound_problem:
            self._sound_problem = message
            self.problemChanged.emit(self.problem)

    def _set_speech_problem(self, message: str) -> None:
        if message != self._speech_problem:
            self._speech_problem = message
            self.problemChanged.emit(self.problem)

    @property
    def problem(self) -> str:
        """Why sound or speech is off, for the person; empty when all works."""
        return " ".join(p for p in (self._sound_problem, self._speech_problem) if p)

    @property
    def sound_available(self) -> bool:
        return self._sound is not None and self._sound.available and not self._sound_problem

    # ------------------------------------------------------------------ speech

    @property
    def voice_failed(self) -> bool:
        """Voice was turned off by a problem (see :attr:`problem`), not by the person."""
        return bool(self._speech_problem)

    def restart_voice(self) -> None:
        """Try the voice again (the person turned it on in the settings): a fresh helper."""
        self._set_speech_problem("")
        if self._loaded and self._speech_engine is not None:
            self._start_speech()

    def _start_speech(self) -> None:
        engine = self._speech_engine
        stopped = self._speech is not None and self._speech.state is State.STOPPED
        if engine is None or not self.voice or stopped:
            return
        if not speech_engine_installed(engine):
            self._set_speech_problem(
                self.tr("Spoken cues are off. No speech engine “{engine}” is installed.").format(
                    engine=engine
                )
            )
            return
        if not QMediaDevices.audioOutputs():
            self._set_speech_problem(localized("CuePlayer", NO_DEVICE_FOR_VOICE))
            return
        if self._speech is None:
            self._speech = SpeechClient(engine, self, language=i18n.language())
            self._speech.unavailable.connect(self._set_speech_problem)
            self._speech.speaking.connect(self._spoken)
        self._speech.start()

    def say(self, text: str) -> None:
        """Speak ``text`` after the lines before it (never waits; see :attr:`problem`)."""
        if not self.voice or not self._loaded:
            return
        if self._speech is None and not self._speech_problem:
            self._start_speech()  # said before the helper's deferred start: start it now
        if self._speech is not None:
            self._speech.say(text, self.voice_rate, self.volume)

    def _spoken(self, text: str) -> None:
        if self._on_played is not None:
            self._on_played("speech", text)

    # ------------------------------------------------------------------ playing

    def _gain(self, cue: Cue) -> float:
        return self.volume * self.cue_volume[cue]

    def play(self, cue: Cue, due: float | None = None) -> None:
        """Play ``cue``; ``due`` is the monotonic moment it was scheduled for (for the log).
        Cues played in one turn of the event loop sound together, in one playback."""
        if not self.sound_available:
            return
        self._due.append((cue, due))
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def handle(self, events: list[Event], catalog: Catalog) -> None:
        """Sound and speak the cues for session ``events``, in order."""
        ask = asks_tenderness(events, self.ask_tenderness)
        for event in events:
            cue = CUE_FOR_EVENT.get(event.kind)
            if cue is not None and self.sound_available:
                self._due.append((cue, event.at))
        self._flush()  # at once: no turn of the event loop between due and sound
        for event in events:
            line = spoken_line(event, catalog, ask_tenderness=ask)
            if line is not None:
                self.say(line)

    def _flush(self) -> None:
        self._flush_timer.stop()
        due, self._due = self._due, []
        if not due or self._sound is None:
            return
        played = self._sound.play([(cue.value, self._gain(cue)) for cue, _ in due])
        if played is None:
            self._set_sound_problem(self._sound.problem)
            return
        if self._on_played is not None:
            for cue, when in due:
                moment = played if when is None else when
                self._on_played("sound", f"{cue.value} due={moment:.4f} played={played:.4f}")
