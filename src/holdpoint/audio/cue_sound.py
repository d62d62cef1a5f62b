"""Every cue sound through one QAudioSink: cues due together are mixed into one playback.

Why not one QSoundEffect per cue: with QtMultimedia 6.11 on PulseAudio, once two
QSoundEffects have played at the same time, playing one of them again spins the GUI
thread at 100% CPU for good ("QSocketNotifier: Invalid socket N and type 'Read',
disabling..." millions of times) and nothing more is heard. Queueing the plays one per
event-loop turn does not help (measured: 0 ms and 50 ms apart spin too); only sounds
that never overlap are safe. So one sink plays everything: the cues due at one moment
are summed into one buffer, and a cue that comes while another still sounds is mixed
into the rest of it and the sink restarts from there (one stream at any time).

The sink pulls from a QBuffer on the GUI thread; its buffer is made as large as the mix,
so the whole mix reaches the sound server when it starts (measured: a 1.2 s stall of
the GUI thread left a 0.97 s hole in a cue with Qt's default 0.25 s buffer, none with
this, and no later start). The WAV files are decoded with :mod:`wave` and scaled and
mixed with :mod:`array` (no numpy: start-up time and memory). A sink that has played
its buffer is stopped, so no timer and no stream run while nothing sounds.
"""

from __future__ import annotations

import logging
import operator
import time
import wave
from array import array
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer

from holdpoint.audio.multimedia import QAudioDevice, QAudioFormat, QAudioSink, QtAudio

log = logging.getLogger(__name__)

RATE = 44_100
#: Unity gain in the fixed-point scaling of samples (gain 1.0 == 1 << 15).
_UNITY = 1 << 15
#: After a buffer's length has passed, how long the sink may take to drain it.
_DRAIN_MS = 150
_POLL_MS = 50
_HEADROOM_BYTES = 2 * RATE // 10  # 0.1 s
_MAX_POLLS = 20


class SoundFileError(ValueError):
    """A cue sound file is missing or not 16-bit mono PCM at 44.1 kHz."""


def read_wav(path: Path) -> array:
    """The samples of a 16-bit mono 44.1 kHz WAV file, as ``array('h')``."""
    try:
        with wave.open(str(path), "rb") as source:
            shape = (source.getnchannels(), source.getsampwidth(), source.getframerate())
            if shape != (1, 2, RATE):
                raise SoundFileError(f"{path.name}: not 16-bit mono {RATE} Hz PCM ({shape})")
            frames = source.readframes(source.getnframes())
    except (OSError, EOFError, wave.Error) as error:
        raise SoundFileError(f"{path.name}: {error}") from error
    samples = array("h")
    samples.frombytes(frames[: len(frames) // 2 * 2])
    if samples.itemsize != 2:  # pragma: no cover - every supported platform has 2-byte shorts
        raise SoundFileError("this platform has no 16-bit sample type")
    return samples


def scaled(samples: array, gain: float) -> array:
    """``samples`` times ``gain`` (0–1), in fixed point; the loops run in C."""
    factor = round(max(0.0, min(1.0, gain)) * _UNITY)
    if factor >= _UNITY:
        return samples
    if factor <= 0:
        return array("h")
    return array("h", map((15).__rrshift__, map(factor.__mul__, samples)))


def mix(parts: Sequence[array]) -> array:
    """The sum of ``parts`` (all starting together), clipped to 16 bits."""
    parts = [part for part in parts if len(part)]
    if not parts:
        return array("h")
    if len(parts) == 1:
        return parts[0]
    length = max(len(part) for part in parts)
    padded = [
        part if len(part) == length else part + array("h", bytes(2 * (length - len(part))))
        for part in parts
    ]

    def summed() -> Iterable[int]:
        total: Iterable[int] = padded[0]
        for part in padded[1:]:
            total = map(operator.add, total, part)
        return total

    try:
        return array("h", summed())
    except OverflowError:  # loud cues at full volume together: clip (slower, and rare)
        return array("h", map(max, map(min, summed(), repeat(32767)), repeat(-32768)))


def audio_format() -> QAudioFormat:
    form = QAudioFormat()
    form.setSampleRate(RATE)
    form.setChannelCount(1)
    form.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return form


class CueSound(QObject):
    """Plays named sounds, mixed, through one sink on one output device."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sounds: dict[str, array] = {}
        self._scaled: dict[str, tuple[float, array]] = {}
        self._device: QAudioDevice | None = None
        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None
        self._playing = array("h")  # what the sink was last started with
        self._started = 0.0
        self._polls = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._maybe_stop)
        self._warm = QTimer(self)  # scales one sound per turn of the event loop
        self._warm.setSingleShot(True)
        self._warm.setInterval(0)
        self._warm.timeout.connect(self._warm_one)
        self._to_warm: list[tuple[str, float]] = []
        self.problem = ""

    def load(self, paths: Mapping[str, Path]) -> None:
        """Decode every sound (a few ms); raises :class:`SoundFileError`."""
        self._sounds = {name: read_wav(path) for name, path in paths.items()}
        self._scaled.clear()

    def set_device(self, device: QAudioDevice) -> str:
        """Play on ``device`` from now on; returns why it cannot play, or ""."""
        if self._device is not None and self._device.id() == device.id() and self._sink:
            return self.problem
        self._drop_sink()
        self._device = device
        self.problem = ""
        if device.isNull():
            self.problem = self.tr("No sound device was found, so cues are shown on screen only.")
        elif not device.isFormatSupported(audio_format()):
            self.problem = self.tr(
                "The cue sounds cannot be played on this sound device, so cues are shown "
                "on screen only."
            )
        else:
            self._sink = QAudioSink(device, audio_format(), self)
            self._start(array("h", bytes(2 * RATE // 100)))  # 10 ms of silence: opens the stream
        return self.problem

    def prepare(self, gains: Mapping[str, float]) -> None:
        """Scale the sounds for these gains in the background, one per turn of the loop."""
        self._to_warm = [(name, gain) for name, gain in gains.items() if name in self._sounds]
        self._warm.start()

    def _warm_one(self) -> None:
        if self._to_warm:
            self._gained(*self._to_warm.pop(0))
        if self._to_warm:
            self._warm.start()

    def _gained(self, name: str, gain: float) -> array:
        cached = self._scaled.get(name)
        if cached is None or cached[0] != gain:
            cached = (gain, scaled(self._sounds[name], gain))
            self._scaled[name] = cached
        return cached[1]

    @property
    def available(self) -> bool:
        return self._sink is not None and not self.problem

    def play(self, cues: Sequence[tuple[str, float]]) -> float | None:
        """Sound ``cues`` (name, gain) together, mixed into what still sounds; returns the
        monotonic moment the sink started, or None if nothing can be played."""
        if self._sink is None or self.problem:
            return None
        parts = [self._gained(name, gain) for name, gain in cues if name in self._sounds]
        if self._sink.state() != QtAudio.State.StoppedState:
            done = round((time.monotonic() - self._started) * RATE)
            parts.insert(0, self._playing[done:])
        return self._start(mix(parts))

    def _start(self, samples: array) -> float | None:
        assert self._sink is not None
        self._sink.stop()
        data = samples.tobytes()
        # The whole mix fits the sink's buffer: it is handed to the sound server at once,
        # so a busy GUI thread (the sink reads on it) cannot leave a gap in the sound.
        self._sink.setBufferSize(len(data) + _HEADROOM_BYTES)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.start(buffer)
        started = time.monotonic()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer, self._playing, self._started = buffer, samples, started
        error = self._sink.error()
        if error not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            log.info("the sound output cannot play: %s", error.name)
            self.problem = self.tr(
                "The cue sounds cannot be played on this sound device, so cues are shown "
                "on screen only."
            )
            self._drop_sink()
            return None
        self._polls = 0
        self._idle.start(len(samples) * 1000 // RATE + _DRAIN_MS)
        return started

    def _maybe_stop(self) -> None:
        """The buffer's time is up: stop the sink once it has played everything."""
        if self._sink is None:
            return
        if self._sink.state() == QtAudio.State.ActiveState and self._polls < _MAX_POLLS:
            self._polls += 1  # it started late (a busy moment): look again shortly
            self._idle.start(_POLL_MS)
            return
        self._sink.stop()
        self._playing = array("h")
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None

    def _drop_sink(self) -> None:
        self._idle.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
            self._sink = None
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None
        self._playing = array("h")

    def shutdown(self) -> None:
        self._warm.stop()
        self._to_warm.clear()
        self._drop_sink()
