"""The speech helper process: speaks the lines the app sends it, and nothing else.

The app starts it as ``holdpoint speech-helper --engine NAME --parent-pid PID`` (see
:mod:`holdpoint.audio.speech`) and talks to it in JSON lines. A speech library call
that blocks (libspeechd with no sound output does, holding Python's interpreter lock)
can then only freeze this process, which the app kills; never the window.

Protocol, one JSON object per line:

* app -> helper (stdin): ``{"id": 7, "text": "Release.", "rate": 0.0, "volume": 0.8}``
  (rate -1..1, volume 0..1).
* helper -> app (stdout):

  - ``{"ready": "speechd"}`` once the engine is created (its name: for the system's
    default engine, the next one for the system if that is missing), or
    ``{"error": "no-engine" | "engine-error", "detail": "..."}`` and the helper exits;
  - ``{"ack": 7}`` as soon as line 7 is taken: handed to the engine, or queued behind
    the line being spoken (lines are spoken in order, one after the other);
  - ``{"speaking": 7}`` when the engine begins to speak line 7;
  - ``{"failed": "..."}`` when the engine reports an error, or a line does not finish
    within :func:`line_limit_ms` (the engine is stuck), and the helper exits.

Nothing else is written to stdout (stray output of libraries goes to stderr, which the
app logs at debug level). When stdin closes the helper exits; on Linux it is also
killed by the kernel if the app dies (``PR_SET_PDEATHSIG``), so it never outlives it.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import sys
import threading
from collections import deque
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from holdpoint.platform_choices import choose_speech_engine, default_speech_engine

#: speech-dispatcher's output modules, in order of preference, pinned in its config.
_MODULES = ("espeak-ng", "espeak")
_MODULE_DIRS = ("/usr/lib/speech-dispatcher-modules", "/usr/lib64/speech-dispatcher-modules")
_SYSTEM_CONF = Path("/etc/speech-dispatcher/speechd.conf")


def choose_voice_locale(language: str, available: list[str], system: str) -> str | None:
    """The engine's locale (``de_DE``) to speak ``language`` (``de``) in: the system's own
    when it speaks that language (its regional voice), else the language's main country,
    else any locale of it; None when the engine has no voice for it. A voice that speaks
    another language would read the lines letter by letter, or with the wrong sounds."""
    ours = [name for name in available if name.split("_")[0] == language]
    main = {"en": ("en_GB", "en_US"), "de": ("de_DE",)}.get(language, ())
    for wanted in (system, *main):
        if wanted in ours:
            return wanted
    return sorted(ours)[0] if ours else None


def line_limit_ms(text: str, rate: float) -> int:
    """How long speaking ``text`` may take before the engine counts as stuck: generous
    (espeak says about three words a second at rate 0, half as many at rate -1)."""
    seconds = 5.0 + 0.6 * len(text.split())
    return round(seconds * (1.0 + max(0.0, -rate)) * 1000)


def _die_with_parent(parent_pid: int) -> None:
    """Linux: have the kernel kill this process when the app's process ends."""
    if not sys.platform.startswith("linux") or parent_pid <= 0:
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the app ended before the line above
        os._exit(1)


def pin_speech_dispatcher_modules(runtime: Path) -> Path | None:
    """Give a speech-dispatcher that libspeechd spawns a config naming its output module.

    Without one it probes every module it knows, and the MaryTTS one connects to
    127.0.0.1:59125 (``GenericPortDependency``): the one TCP connection of a session. A
    config with an ``AddModule`` line turns that probing off. Nothing is done when the
    person has their own speech-dispatcher config or ``SPEECHD_ADDRESS`` (or a daemon
    is already running: then it is used as it is). Returns the config folder, or None.
    """
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    if "SPEECHD_ADDRESS" in os.environ or (config_home / "speech-dispatcher").exists():
        return None
    if not _SYSTEM_CONF.is_file():
        return None
    module = next(
        (
            name
            for name in _MODULES
            for folder in _MODULE_DIRS
            if (Path(folder) / f"sd_{name}").exists()
        ),
        None,
    )
    if module is None:
        return None
    folder = runtime / "speech-dispatcher"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "speechd.conf").write_text(
            "# Written by Holdpoint's speech helper: the system's config, one output module.\n"
            f'Include "{_SYSTEM_CONF}"\n'
            f'AddModule "{module}" "sd_{module}" "{module}.conf"\n'
            f'DefaultModule "{module}"\n'
        )
    except OSError:
        return None
    os.environ["XDG_CONFIG_HOME"] = str(runtime)  # read by the speech-dispatcher it spawns
    return runtime


def _runtime_dir() -> Path:
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and Path(base).is_dir():
        return Path(base) / "holdpoint-speech"
    return Path(os.environ.get("TMPDIR", "/tmp")) / f"holdpoint-speech-{os.getuid()}"


class _Stdin(QObject):
    """Reads request lines in a thread and hands them to the main thread."""

    line = Signal(bytes)
    closed = Signal()

    def start(self) -> None:
        threading.Thread(target=self._read, name="holdpoint-speech-stdin", daemon=True).start()

    def _read(self) -> None:
        try:
            for raw in sys.stdin.buffer:
                self.line.emit(raw)
        except (OSError, ValueError):
            pass
        self.closed.emit()


class Helper(QObject):
    """Owns the engine; speaks queued lines one after the other."""

    def __init__(self, engine: str, out: IO[str], language: str = "en") -> None:
        super().__init__()
        self._engine_name = engine
        self._language = language
        self._out = out
        self._tts: Any = None
        self._queue: deque[tuple[int, str, float, float]] = deque()
        self._current: int | None = None
        self._watchdog = QTimer(self)  # a line that never ends: the engine is stuck
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._stuck)

    def send(self, **message: object) -> None:
        try:
            self._out.write(json.dumps(message) + "\n")
            self._out.flush()
        except (OSError, ValueError):  # the app is gone
            QCoreApplication.exit(1)

    def create(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        # The system's default engine may be missing from this Qt build or fail to load:
        # then the next one for the system is used.
        engine = choose_speech_engine(self._engine_name, QTextToSpeech.availableEngines())
        if engine is None:
            self.send(error="no-engine", detail=self._engine_name)
            return False
        if engine != self._engine_name:
            print(f"speech helper: no {self._engine_name} engine, using {engine}", file=sys.stderr)
            self._engine_name = engine
        self._tts = QTextToSpeech(self._engine_name)
        if self._tts.state() == QTextToSpeech.State.Error:
            self.send(error="engine-error", detail=self._tts.errorString())
            return False
        available = [locale.name() for locale in self._tts.availableLocales()]
        voice_locale = choose_voice_locale(self._language, available, QLocale.system().name())
        if voice_locale is None:
            self.send(error="no-voice", detail=self._language)
            return False
        if voice_locale != self._tts.locale().name():
            self._tts.setLocale(QLocale(voice_locale))
        self._tts.aboutToSynthesize.connect(self._about_to_speak)
        self._tts.stateChanged.connect(self._state_changed)
        self._tts.errorOccurred.connect(self._error)
        self.send(ready=self._engine_name, locale=self._tts.locale().name())
        return True

    def request(self, raw: bytes) -> None:
        try:
            message = json.loads(raw)
            ident = int(message["id"])
            text = str(message["text"])
            rate = max(-1.0, min(1.0, float(message.get("rate", 0.0))))
            volume = max(0.0, min(1.0, float(message.get("volume", 1.0))))
        except (ValueError, KeyError, TypeError):
            print(f"speech helper: bad request {raw[:200]!r}", file=sys.stderr)
            return
        self._queue.append((ident, text, rate, volume))
        self._next()
        self.send(ack=ident)

    def _next(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._current is not None or not self._queue:
            return
        if self._tts.state() != QTextToSpeech.State.Ready:
            return
        ident, text, rate, volume = self._queue.popleft()
        self._current = ident
        self._tts.setRate(rate)
        self._tts.setVolume(volume)
        self._watchdog.start(line_limit_ms(text, rate))
        self._tts.say(text)

    def _about_to_speak(self, _index: int) -> None:
        if self._current is not None:
            self.send(speaking=self._current)

    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Ready:
            self._watchdog.stop()
            self._current = None
            QTimer.singleShot(0, self._next)

    def _stuck(self) -> None:
        # Seen with speech-dispatcher when the sound server goes away: it says it speaks,
        # and never finishes; every later line would wait behind this one for good.
        self.send(failed=f"line {self._current} did not finish speaking")
        os._exit(1)  # touching a stuck engine again (stop, destroy) can block or abort

    def _error(self, _reason: object, message: str) -> None:
        self.send(failed=message)
        os._exit(1)  # as for a stuck engine: leave it alone

    def close(self) -> None:
        """Stop speaking and destroy the engine while the application still exists (the
        other order crashes at exit)."""
        if self._tts is not None:
            self._tts.blockSignals(True)
            self._tts.stop()
            self._tts = None


def main(args: list[str]) -> int:
    """Run the helper until stdin closes; returns the exit status."""
    parser = argparse.ArgumentParser(prog="holdpoint speech-helper")
    parser.add_argument("--engine", default=default_speech_engine())
    parser.add_argument("--language", default="en")
    parser.add_argument("--parent-pid", type=int, default=0)
    options = parser.parse_args(args)
    _die_with_parent(options.parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal: the app decides
    # Only protocol lines on stdout: keep the real stdout for them, send the rest to stderr.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    if options.engine == "speechd":
        pin_speech_dispatcher_modules(_runtime_dir())
    app = QCoreApplication([sys.argv[0] if sys.argv else "holdpoint", "speech-helper"])
    helper = Helper(options.engine, out, options.language)
    stdin = _Stdin()
    stdin.line.connect(helper.request)
    stdin.closed.connect(app.quit)
    status = 1
    if helper.create():
        stdin.start()
        status = app.exec()
    stdin.blockSignals(True)
    helper.close()
    del helper, stdin
    app.shutdown()
    return status
