"""Spoken cues through a helper process that the app starts, feeds and watches.

Nothing in the app's own process calls into a speech library: libspeechd can block in a
C call while holding Python's interpreter lock, which freezes the window from any thread.
:class:`SpeechClient` runs :mod:`holdpoint.audio.speech_helper` through a QProcess and
keeps two deadlines: the helper must say it is ready within :data:`START_TIMEOUT_MS`
(creating speech-dispatcher's engine takes about 2 s), and must take each line within
:data:`ACK_TIMEOUT_MS`. A helper that does not start, hangs, dies or misses a deadline
is killed by its process id and reaped, voice goes off with a message for the person,
and the session goes on with the sounds and the on-screen ring. Nothing here ever
waits: deadlines are single-shot timers, and writes to the helper are buffered.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from enum import Enum

from PySide6.QtCore import QLocale, QObject, QProcess, QTimer, Signal

from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized

log = logging.getLogger(__name__)

#: The first argument that makes ``holdpoint`` the speech helper (``holdpoint.app``
#: dispatches it; a unit test checks the two agree).
HELPER_ARGUMENT = "speech-helper"
START_TIMEOUT_MS = 8000
ACK_TIMEOUT_MS = 2000
#: How long shutdown waits for a helper to end on its own after its stdin is closed.
_EXIT_WAIT_MS = 1000

STOPPED_ANSWERING = QT_TRANSLATE_NOOP(
    "SpeechClient",
    "Spoken cues are off: the speech engine stopped answering. The sounds and the on-screen "
    "timer go on. To turn the voice on again: File > Settings > Sound and voice.",
)
DID_NOT_START = QT_TRANSLATE_NOOP(
    "SpeechClient",
    "Spoken cues are off: the speech engine did not start. The sounds and the on-screen "
    "timer go on. To turn the voice on again: File > Settings > Sound and voice.",
)
STOPPED = QT_TRANSLATE_NOOP(
    "SpeechClient",
    "Spoken cues are off: the speech engine stopped. The sounds and the on-screen timer "
    "go on. To turn the voice on again: File > Settings > Sound and voice.",
)


def helper_command(*args: str) -> list[str]:
    """The command line that starts the speech helper with ``args``: the bundled
    executable itself in a PyInstaller build, else this Python with ``-m holdpoint``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_ARGUMENT, *args]
    return [sys.executable, "-m", "holdpoint", HELPER_ARGUMENT, *args]


class State(Enum):
    IDLE = "idle"  # never started
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"  # voice is off until start() is called again
    STOPPED = "stopped"  # shut down with the app


class SpeechClient(QObject):
    """Owns the speech helper process; :meth:`say` never blocks."""

    #: Voice is off now: a message for the person (says how to turn it on again).
    unavailable = Signal(str)
    #: The helper is ready to speak.
    ready = Signal()
    #: The engine began to speak this line.
    speaking = Signal(str)

    def __init__(
        self,
        engine: str,
        parent: QObject | None = None,
        start_timeout_ms: int = START_TIMEOUT_MS,
        ack_timeout_ms: int = ACK_TIMEOUT_MS,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        #: The language the lines are written in; the helper picks a voice that speaks it.
        self.language = language
        #: The locale of the voice the helper speaks with (e.g. ``de_DE``), once ready.
        self.voice_locale = ""
        self.state = State.IDLE
        self.message = ""
        self._start_timeout_ms = start_timeout_ms
        self._ack_timeout_ms = ack_timeout_ms
        self._process: QProcess | None = None
        self._dying: list[QProcess] = []  # killed, kept until reaped
        self._next_id = 0
        self._pending: list[tuple[int, str]] = []  # (id, JSON line) said before it was ready
        self._waiting: dict[int, float] = {}  # line id -> when it was sent (monotonic)
        self._texts: dict[int, str] = {}  # line id -> text, until it is spoken
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._deadline_passed)

    # ------------------------------------------------------------------ life

    @property
    def pid(self) -> int:
        """The helper's process id, or 0 when none runs."""
        return self._process.processId() if self._process is not None else 0

    def start(self) -> None:
        """Start a fresh helper (unless one is starting or ready)."""
        if self.state in (State.STARTING, State.READY):
            return
        self.state = State.STARTING
        self.message = ""
        self._pending.clear()
        self._waiting.clear()
        self._texts.clear()
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        # Bound methods, not lambdas: no reference cycles through C++ connections.
        process.readyReadStandardOutput.connect(self._read)
        process.readyReadStandardError.connect(self._read_errors)
        process.errorOccurred.connect(self._process_error)
        process.finished.connect(self._finished)
        command = helper_command(
            "--engine", self.engine, "--language", self.language, "--parent-pid", str(os.getpid())
        )
        self._process = process
        self._deadline.start(self._start_timeout_ms)
        log.debug("starting the speech helper: %s", command)
        process.start(command[0], command[1:])

    def stop(self) -> None:
        """App shutdown: close the helper's stdin, give it a moment to end, then kill it."""
        self._deadline.stop()
        ready = self.state is State.READY
        self.state = State.STOPPED
        process, self._process = self._process, None
        if process is not None:
            process.blockSignals(True)
            if process.state() != QProcess.ProcessState.NotRunning:
                process.closeWriteChannel()
                # A helper still creating its engine reads stdin only afterwards: kill it.
                if not ready or not process.waitForFinished(_EXIT_WAIT_MS):
                    process.kill()
                    process.waitForFinished(_EXIT_WAIT_MS)
            self._dying.append(process)
        for dying in self._dying:
            dying.blockSignals(True)
            if dying.state() != QProcess.ProcessState.NotRunning:
                dying.kill()
                dying.waitForFinished(_EXIT_WAIT_MS)
            dying.deleteLater()
        self._dying.clear()

    def _fail(self, message: str, why: str) -> None:
        """Give up on this helper: kill it, and tell the person that voice is off."""
        if self.state in (State.FAILED, State.STOPPED):
            return
        log.info("speech helper given up (%s); voice is off", why)
        self._deadline.stop()
        self.state = State.FAILED
        self.message = message
        self._pending.clear()
        self._waiting.clear()
        self._texts.clear()
        process, self._process = self._process, None
        if process is not None:
            self._kill(process)
        self.unavailable.emit(message)

    def _kill(self, process: QProcess) -> None:
        """SIGKILL (a stopped process too); QProcess reaps it when it has ended."""
        if process.state() == QProcess.ProcessState.NotRunning:
            process.deleteLater()
            return
        self._dying.append(process)
        process.kill()

    # ------------------------------------------------------------------ speaking

    def say(self, text: str, rate: float = 0.0, volume: float = 1.0) -> bool:
        """Send ``text`` to be spoken after the lines before it; False if voice is off."""
        if self.state not in (State.STARTING, State.READY):
            return False
        ident = self._next_id
        self._next_id += 1
        self._texts[ident] = text
        line = json.dumps({"id": ident, "text": text, "rate": rate, "volume": volume})
        if self.state is State.STARTING:
            self._pending.append((ident, line))
        else:
            self._send(ident, line)
        return True

    def _send(self, ident: int, line: str) -> None:
        assert self._process is not None
        if self._process.state() != QProcess.ProcessState.Running:
            return  # it has just ended: its finished signal turns voice off
        self._process.write((line + "\n").encode())
        self._waiting[ident] = time.monotonic()
        if not self._deadline.isActive():
            self._deadline.start(self._ack_timeout_ms)

    def _deadline_passed(self) -> None:
        if self.state is State.STARTING:
            self._fail(
                localized("SpeechClient", DID_NOT_START),
                f"not ready within {self._start_timeout_ms} ms",
            )
            return
        if self.state is not State.READY or not self._waiting:
            return
        waited_ms = (time.monotonic() - min(self._waiting.values())) * 1000
        if waited_ms >= self._ack_timeout_ms - 5:
            self._fail(
                localized("SpeechClient", STOPPED_ANSWERING),
                f"a line not taken within {waited_ms:.0f} ms",
            )
        else:
            self._deadline.start(max(1, round(self._ack_timeout_ms - waited_ms)))

    # ------------------------------------------------------------------ the helper's side

    def _sender(self) -> QProcess | None:
        sender = self.sender()
        return sender if isinstance(sender, QProcess) else None

    def _read(self) -> None:
        process = self._sender()
        while process is not None and process is self._process and process.canReadLine():
            raw = bytes(process.readLine().data())
            try:
                message = json.loads(raw)
                if not isinstance(message, dict):
                    raise ValueError("not an object")
            except ValueError:
                log.debug("speech helper said something odd: %r", raw[:200])
                continue
            self._handle(message)

    def _handle(self, message: dict[str, object]) -> None:
        if "ready" in message and self.state is State.STARTING:
            self._deadline.stop()
            self.state = State.READY
            self.voice_locale = str(message.get("locale", ""))
            log.debug("speech helper ready (pid %d)", self.pid)
            pending, self._pending = self._pending, []
            for ident, line in pending:
                self._send(ident, line)
            self.ready.emit()
        elif "ack" in message:
            self._waiting.pop(_int(message["ack"]), None)
            if not self._waiting:
                self._deadline.stop()
        elif "speaking" in message:
            text = self._texts.pop(_int(message["speaking"]), None)
            if text is not None:
                self.speaking.emit(text)
        elif "error" in message:
            log.debug("speech helper could not start: %s", message)
            kind = message.get("error")
            if kind == "no-engine":
                self._fail(
                    self.tr(
                        "Spoken cues are off. No speech engine “{engine}” is installed."
                    ).format(engine=self.engine),
                    "no such engine",
                )
            elif kind == "no-voice":
                language = QLocale(self.language).nativeLanguageName() or self.language
                self._fail(
                    self.tr(
                        "Spoken cues are off: the speech engine has no voice for {language}. "
                        "The sounds and the on-screen timer go on. Install a voice for "
                        "{language} (for example espeak-ng's), or choose another language "
                        "in File > Settings > Appearance."
                    ).format(language=language),
                    f"no voice for {self.language}",
                )
            else:
                self._fail(
                    localized("SpeechClient", DID_NOT_START),
                    f"engine error: {message.get('detail')}",
                )
        elif "failed" in message:
            self._fail(
                localized("SpeechClient", STOPPED), f"engine failed: {message.get('failed')}"
            )

    def _read_errors(self) -> None:
        process = self._sender()
        if process is None:
            return
        text = bytes(process.readAllStandardError().data()).decode(errors="replace")
        for line in text.splitlines():
            if line.strip():
                log.debug("speech helper: %s", line)

    def _process_error(self, error: QProcess.ProcessError) -> None:
        process = self._sender()
        if (
            process is not None
            and process is self._process
            and error == QProcess.ProcessError.FailedToStart
        ):
            self._fail(
                localized("SpeechClient", DID_NOT_START),
                f"could not run the helper: {process.errorString()}",
            )

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._sender()
        if process is None:
            return
        if process is self._process:
            self._fail(
                localized("SpeechClient", STOPPED),
                f"the helper ended (status {code}, {status.name})",
            )
        elif process in self._dying:
            self._dying.remove(process)
            process.deleteLater()


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return -1
