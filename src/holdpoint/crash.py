"""What is left when something goes wrong: a log file, and a report of an unexpected error.

:func:`start_logging` adds a log in the platform's log folder (readable by the person
only) to Python's logging, which :func:`limit_log` turns into a rotating one (a few
hundred kB at most) once the window is up, and sends native crashes
(faulthandler) to a file beside it. :func:`install_excepthook` writes every unexpected
exception there with a report (:func:`report_text`: version, system, traceback, no
personal data) and hands the report to the window, which shows it and keeps working.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs

from holdpoint import APP_NAME, __version__

LOG_NAME = "holdpoint.log"
NATIVE_NAME = "native-crashes.log"
LOG_BYTES = 200_000  # per file; two older files are kept
log = logging.getLogger(__name__)
_native: IO[str] | None = None  # faulthandler's file must stay open
_file: logging.FileHandler | None = None  # the log file's handler (see limit_log())
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The platform's per-user log folder (e.g. ``~/.local/state/Holdpoint/log``)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def start_logging(folder: Path | None = None) -> Path | None:
    """Log to ``folder`` (default :func:`log_dir`) from now on: INFO and above to the file,
    while the terminal keeps WARNING and above. Returns the log file, or None when the
    folder cannot be written (then the terminal is all there is, and it says so)."""
    global _native, _file
    folder = folder if folder is not None else log_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # A plain file until limit_log(): logging.handlers costs ~9 ms of start-up.
        handler = logging.FileHandler(folder / LOG_NAME, encoding="utf-8")
        os.chmod(folder, 0o700)  # private even where the umask is not (holdpoint.main sets it)
        os.chmod(folder / LOG_NAME, 0o600)
    except OSError as error:
        log.warning("no log file in %s: %s", folder, error.strerror or error)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.INFO)
    _file = handler
    root = logging.getLogger()
    for existing in root.handlers:  # the terminal stays as quiet as before
        existing.setLevel(max(existing.level, logging.WARNING))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if not os.environ.get("PYTHONFAULTHANDLER"):  # a developer's choice of stderr wins
        try:
            _native = open(folder / NATIVE_NAME, "a", encoding="utf-8")  # noqa: SIM115
            os.chmod(folder / NATIVE_NAME, 0o600)
            faulthandler.enable(_native)
        except OSError:
            pass
    log.info("%s %s started: %s", APP_NAME, __version__, _system())
    return folder / LOG_NAME


def limit_log() -> None:
    """From now on, keep the log within :data:`LOG_BYTES` per file and two older files
    (a window in the tray may run for weeks). Called once the window is up."""
    global _file
    from logging.handlers import RotatingFileHandler

    if _file is None or isinstance(_file, RotatingFileHandler):
        return
    rotating = RotatingFileHandler(
        _file.baseFilename, maxBytes=LOG_BYTES, backupCount=2, encoding="utf-8"
    )
    rotating.setFormatter(logging.Formatter(_FORMAT))
    rotating.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(rotating)
    root.removeHandler(_file)
    _file.close()
    _file = rotating


def _system() -> str:
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - Qt is always there in the app
        qt = "no Qt"
    python = ".".join(str(part) for part in sys.version_info[:3])
    if hasattr(os, "uname"):  # the platform module costs ~8 ms of start-up to say the same
        system = "{0.sysname}-{0.release}-{0.machine}".format(os.uname())
    else:  # Windows
        import platform

        system = platform.platform()
    return f"Python {python}, {qt}, {system}"


def report_text(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """A report to copy: version, system and traceback. The person's home folder is
    written as ``~`` (it usually holds their name); no ratings, notes or settings."""
    lines = traceback.format_exception(kind, value, tb)
    text = f"{APP_NAME} {__version__}\n{_system()}\n\n" + "".join(lines)
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


def install_excepthook(show: Callable[[str], None] | None = None) -> None:
    """Log every unexpected exception with its report, print it as before, and give the
    report to ``show`` (the window's dialog)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report = report_text(kind, value, tb)
        log.error("Unexpected error\n%s", report)
        sys.__excepthook__(kind, value, tb)
        if show is not None:
            try:
                show(report)
            except Exception:  # the report must never raise in turn
                log.exception("the report could not be shown")

    sys.excepthook = hook
