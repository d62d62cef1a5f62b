"""Holdpoint's command line. Imports no Qt, so ``--help`` and ``--version`` answer at once."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from holdpoint import APP_NAME, __version__
from holdpoint.core.preferences import Language, Place, Theme
from holdpoint.platform_choices import default_speech_engine

DEFAULT_SIZE = (1280, 800)
MIN_SIZE = (320, 240)
MAX_SIZE = (7680, 4320)


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    data_dir: Path | None = None
    screenshot: Path | None = None
    place: Place | None = None
    size: tuple[int, int] = DEFAULT_SIZE
    theme: Theme | None = None
    language: Language | None = None
    #: A Qt speech engine's name, "mock", or "none"; by default the system's.
    speech_engine: str = field(default_factory=default_speech_engine)
    cue_log: Path | None = None
    routine: str | None = None
    start: bool = False
    #: Start in the system tray, without a window (start at login): see ui/tray.py.
    tray: bool = False


@dataclass(frozen=True)
class Command:
    """A command that runs without a window: ``export`` or ``demo-history``."""

    name: str
    data_dir: Path | None = None
    csv: Path | None = None
    pdf: Path | None = None
    since: str = ""
    years: float = 1.0
    language: Language | None = None


COMMANDS = ("export", "report", "demo-history")


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-11-23, not {text!r}") from None


def _years(text: str) -> float:
    try:
        years = float(text)
    except ValueError:
        years = -1.0
    if not 0.05 <= years <= 20:
        raise argparse.ArgumentTypeError(f"years must be between 0.05 and 20, not {text!r}")
    return years


def _command_parser(name: str) -> argparse.ArgumentParser:
    parser = _Parser(prog=f"holdpoint {name}")
    data_help = "the data folder (default: the platform's user data folder)"
    if name in ("export", "report"):
        if name == "export":
            parser.description = "Write the history as CSV: FILE (sessions), FILE-holds.csv."
            parser.add_argument("--csv", type=Path, required=True, metavar="FILE")
        else:
            parser.description = "Write a one-page PDF report for a clinician."
            parser.add_argument("--pdf", type=Path, required=True, metavar="FILE")
            _choice(parser, "--language", Language,
                    "language of the report (default: the window's)")  # fmt: skip
        parser.add_argument("--since", type=_date, default=None, metavar="DATE",
                            help="only sessions on or after DATE (YYYY-MM-DD)")  # fmt: skip
    else:
        parser.description = "Fill a data folder with realistic synthetic history."
        parser.add_argument("--years", type=_years, default=1.0, metavar="N")
        data_help = "the data folder to fill (refused if it holds real sessions)"
    parser.add_argument("--data-dir", type=Path, metavar="PATH", required=name == "demo-history",
                        help=data_help)  # fmt: skip
    return parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line on stderr and exit status 2 (argparse would also print the usage)."""
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}")
    size = (int(width), int(height))
    if not (MIN_SIZE[0] <= size[0] <= MAX_SIZE[0] and MIN_SIZE[1] <= size[1] <= MAX_SIZE[1]):
        raise argparse.ArgumentTypeError(
            f"size {text} is outside {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIZE[0]}x{MAX_SIZE[1]}"
        )
    return size


def _choice(
    parser: argparse.ArgumentParser, flag: str, kind: type[enum.StrEnum], text: str
) -> None:
    """An option whose value is one of ``kind``'s members, listed in --help."""
    parser.add_argument(
        flag, type=kind, choices=list(kind), metavar="{" + ",".join(kind) + "}", help=text
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="holdpoint",
        description=f"{APP_NAME}: guided trigger-point self-massage for sciatica-like pain.",
        epilog="Commands without a window: holdpoint export --csv FILE [--since DATE]; "
        "holdpoint report --pdf FILE [--since DATE]; "
        "holdpoint demo-history --data-dir DIR [--years N]. Add --help to any of them.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="PATH",
        help="folder for the history database and backups (created if missing; "
        "default: the platform's user data folder)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the window off screen to a PNG file and exit, without waiting for input",
    )
    _choice(parser, "--place", Place, "the place to show first (default: the one shown last)")
    parser.add_argument(
        "--size",
        type=_size,
        default=DEFAULT_SIZE,
        metavar="WxH",
        help="window size for --screenshot (default: %(default)s)".replace(
            str(DEFAULT_SIZE), "x".join(map(str, DEFAULT_SIZE))
        ),
    )
    _choice(
        parser, "--theme", Theme, "colour scheme (default: the saved choice, else the system's)"
    )
    _choice(
        parser,
        "--language",
        Language,
        "language of the window and the voice (default: the saved choice, else the system's)",
    )
    parser.add_argument(
        "--routine",
        metavar="ID|FILE",
        help="load a built-in routine (e.g. quick_five) or a routine file onto the Map",
    )
    parser.add_argument(
        "--start",
        action="store_true",
        help="start the --routine at once, without the before-rating (e.g. from a shortcut)",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start in the system tray without a window, for reminders (as when started "
        "at login); the window opens from the tray, or by starting Holdpoint again",
    )
    parser.add_argument(
        "--speech-engine",
        metavar="NAME",
        help="the Qt speech engine for spoken cues (default: the system's, here "
        f"{default_speech_engine()}; speechd on Linux, sapi on Windows, darwin on macOS), "
        "mock, or none",
    )
    parser.add_argument(
        "--cue-log",
        type=Path,
        metavar="FILE",
        help="append every cue sound and spoken line (with its due and actual time), every "
        "message shown, and every stall of the window over 0.5 s to FILE",
    )
    return parser


def parse(argv: list[str] | None = None) -> Options | Command:
    """Parse ``argv`` (default ``sys.argv[1:]``); exits with status 2 on a bad argument."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in COMMANDS:
        namespace = _command_parser(args[0]).parse_args(args[1:])
        return Command(args[0], **{k: v for k, v in vars(namespace).items() if v is not None})
    parser = build_parser()
    namespace = parser.parse_args(args)
    if namespace.start and not namespace.routine:
        parser.error("--start needs --routine")
    if namespace.tray and (namespace.start or namespace.screenshot is not None):
        parser.error("--tray cannot be used with --start or --screenshot")
    return Options(
        data_dir=namespace.data_dir,
        screenshot=namespace.screenshot,
        place=namespace.place,
        size=namespace.size,
        theme=namespace.theme,
        language=namespace.language,
        speech_engine=namespace.speech_engine or default_speech_engine(),
        cue_log=namespace.cue_log,
        routine=namespace.routine,
        start=namespace.start,
        tray=namespace.tray,
    )
