"""The command line's entry point: ``holdpoint`` and ``python -m holdpoint``.

Sets up what every run shares (private files, the log, the crash report, Qt's messages
through logging), then runs a windowless command, a screenshot, or the window: one per
history (see :mod:`holdpoint.instance`), built by :class:`holdpoint.app.Holdpoint`.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from holdpoint import cli
from holdpoint.storage.datadir import DataDirError, prepare_data_dir

if TYPE_CHECKING:
    from holdpoint.ui.crash_dialog import CrashReporter

log = logging.getLogger("holdpoint")

#: The hidden first argument that makes this program the speech helper process.
SPEECH_HELPER = "speech-helper"

#: Qt messages that say nothing a person or a developer can act on.
_HARMLESS_QT_MESSAGES = (
    "does not support propagateSizeHints",  # the offscreen platform, in --screenshot
    "pipewire",  # QtMultimedia probing for PipeWire before PulseAudio
    "pa_context_connect() failed",  # no sound server: the cue player says so in words
    "playback of this format is not supported",  # likewise, once per cue
)


def _route_qt_messages() -> None:
    """Send Qt's own warnings through Python logging, minus the known-harmless ones."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if not any(noise in message for noise in _HARMLESS_QT_MESSAGES):
            log.log(levels.get(kind, logging.WARNING), "Qt: %s", message)

    qInstallMessageHandler(handler)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``holdpoint`` and ``python -m holdpoint``; returns the exit status."""
    os.umask(0o077)  # every file and folder Holdpoint makes is the person's alone
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == [SPEECH_HELPER]:
        # The speech helper process the cue player starts (see holdpoint.audio.speech).
        from holdpoint.audio.speech_helper import main as speech_helper_main

        return speech_helper_main(args[1:])
    # Start-up makes ~100 000 objects and no garbage worth a collection pass: the cycle
    # collector waits for the first paint (about 8 ms sooner), see started() below.
    gc.disable()
    try:
        return _start(args)
    finally:
        gc.enable()


def _start(args: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="holdpoint: %(levelname)s: %(message)s")
    options = cli.parse(args)
    from holdpoint import crash

    log_file = crash.start_logging()
    crash.install_excepthook()
    if isinstance(options, cli.Command):
        from holdpoint.commands import run_command

        crash.limit_log()
        gc.enable()
        return run_command(options)
    try:
        data_dir = prepare_data_dir(options.data_dir)
    except DataDirError as error:
        print(f"holdpoint: {error}", file=sys.stderr)
        return 1
    if options.screenshot is not None:
        # Off screen unless told otherwise: a screenshot needs no display and no input.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from holdpoint.assets import ResourceError
    from holdpoint.core.catalog import CatalogError
    from holdpoint.core.routines import RoutineError

    _route_qt_messages()
    instance = None
    if options.screenshot is None:  # a window: one per history
        from PySide6.QtWidgets import QApplication

        from holdpoint.instance import AlreadyRunning, Instance, request_from

        QApplication([sys.argv[0]])  # the local socket needs the event dispatcher
        instance = Instance(data_dir)
        place = options.place.value if options.place is not None else None
        request = request_from(place, options.routine, options.start, options.tray)
        try:
            if not instance.claim(request):
                return 0  # the window already open on this history took it over
        except AlreadyRunning as error:
            print(f"holdpoint: {error}", file=sys.stderr)
            return 1
    from holdpoint.app import Holdpoint

    try:
        holdpoint = Holdpoint(options, data_dir)
    except (CatalogError, RoutineError, ResourceError) as error:
        # A damaged installation: say exactly which file and line, and stop.
        print(f"holdpoint: the installation is damaged: {error}", file=sys.stderr)
        return 1
    if options.routine:
        try:
            holdpoint.open_routine(options.routine, options.start)
        except RoutineError as error:
            print(f"holdpoint: {error}", file=sys.stderr)
            return 2
    if options.screenshot is not None:
        gc.enable()
        return holdpoint.screenshot(options.screenshot, options.size)
    from holdpoint.ui.first_paint import PROBE_ENV

    reporters: list[CrashReporter] = []  # one, over the window (built then, in the tray)

    def show_report(report: str) -> None:
        if not reporters:
            from holdpoint.ui.crash_dialog import CrashReporter

            reporters.append(CrashReporter(holdpoint.window, log_file.parent if log_file else None))
        reporters[0].show(report)

    crash.install_excepthook(show_report)
    if instance is not None:
        instance.requested.connect(holdpoint.handle_request)
    try:

        def started() -> None:  # once the window is up: what could wait for it
            gc.enable()
            if instance is not None:
                instance.listen()  # later starts on this history are answered
            crash.limit_log()

        return holdpoint.run(probe=bool(os.environ.get(PROBE_ENV)), started=started)
    finally:
        if instance is not None:
            instance.release()
