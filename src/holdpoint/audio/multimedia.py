"""QtMultimedia for the player, with its known harmless messages sent to the debug log.

Loading QtMultimedia says it found no PipeWire (it then uses PulseAudio), and with no
sound server at all its first device query warns "PulseAudioService:
pa_context_connect() failed". The player says in words what that means for the person,
so while the calls that cause these lines run (the import here, the first device query
in the player), they are logged at debug level; any other message goes on to the
handler that was there before.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

log = logging.getLogger(__name__)

#: Parts of the messages that are expected and say nothing the person needs.
KNOWN = ("pipewire-0.3", "PulseAudioService: pa_context_connect() failed")

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


@contextlib.contextmanager
def known_messages_to_log() -> Iterator[None]:
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if any(part in message for part in KNOWN):
            log.debug("Qt: %s", message)
        elif previous is not None:
            previous(kind, context, message)
        else:
            print(qFormatLogMessage(kind, context, message), file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


with known_messages_to_log():
    from PySide6.QtMultimedia import (
        QAudioDevice,
        QAudioFormat,
        QAudioSink,
        QMediaDevices,
        QtAudio,
    )

__all__ = [
    "QAudioDevice",
    "QAudioFormat",
    "QAudioSink",
    "QMediaDevices",
    "QtAudio",
    "known_messages_to_log",
]
