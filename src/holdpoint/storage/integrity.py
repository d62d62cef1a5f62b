"""Is the history file damaged? Judged by the file itself, never by an error of the moment.

:func:`check` gives a :class:`Verdict` from the file's first bytes and SQLite's
``PRAGMA integrity_check``. Only SQLite's own "malformed" or "not a database" (or a
structural problem in the report) means damage. A file locked by another program, one
this user may not read, a folder where the file should be or an I/O error raise a
:class:`~holdpoint.storage.errors.HistoryError` subclass instead, and the file stays
where and as it is.
"""

from __future__ import annotations

import enum
import re
import sqlite3
import stat
from pathlib import Path

from holdpoint.core.i18n import translate
from holdpoint.storage.errors import (
    HistoryBusy,
    HistoryDenied,
    HistoryError,
    HistoryUnreadable,
)

#: How long a history locked by another program is waited for (seconds).
BUSY_TIMEOUT_S = 3.0
SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _AUTH, _NOTADB = 13, 14, 23, 26

#: Lines of an integrity report about one row's values, not about the file's structure:
#: the row breaks a CHECK or NOT NULL rule. The file is sound; the readers leave such
#: rows out (and the store's notice counts them).
_ROW_PROBLEM = re.compile(r"(CHECK constraint failed in \S+|NULL value in \S+)\Z")


class Verdict(enum.Enum):
    SOUND = "sound"
    ROWS = "rows"  # sound, but some rows break a rule: read around them
    EMPTY = "empty"  # 0 bytes: nothing in it yet (or everything lost)
    DAMAGED = "damaged"


def lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def uri(path: Path, **params: str) -> str:
    """A file: URI for ``path`` (any character in the name is safe) with ``params``."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{path.absolute().as_uri()}?{query}"


def connect(path: Path, **params: str) -> sqlite3.Connection:
    """A connection that waits for another program's lock up to :data:`BUSY_TIMEOUT_S`."""
    target = uri(path, **params) if params else str(path)
    return sqlite3.connect(target, uri=bool(params), timeout=BUSY_TIMEOUT_S, isolation_level=None)


def check(path: Path) -> Verdict:
    """The file's verdict; raises a HistoryError subclass for what is not damage."""
    _readable(path)
    with open(path, "rb") as file:
        head = file.read(len(SQLITE_HEADER))
    if not head:
        wal = path.with_name(path.name + "-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            return Verdict.EMPTY
    elif head != SQLITE_HEADER:
        return Verdict.DAMAGED  # not an SQLite database at all
    # mode=rw, not ro: SQLite 3.40 skips CHECK constraints in integrity_check on a
    # read-only connection. A pragma read does not write to the file.
    return report_verdict(path, mode="rw")


def report_verdict(path: Path, **params: str) -> Verdict:
    """SQLite's integrity_check of ``path``, as a verdict (raising for the moment's errors)."""
    try:
        connection = connect(path, **params)
        connection.text_factory = lenient_text
        try:
            # integrity_check, not quick_check: it also catches index rows out of step
            # and values that break a CHECK.
            lines = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except UnicodeDecodeError:  # damage can reach the report itself
        return Verdict.DAMAGED
    except sqlite3.Error as error:
        problem = not_damage(error, path)
        if problem is None:
            return Verdict.DAMAGED
        raise problem from None
    if lines == ["ok"]:
        return Verdict.SOUND
    if all(_ROW_PROBLEM.match(line) for line in lines):
        return Verdict.ROWS
    return Verdict.DAMAGED


def _readable(path: Path) -> None:
    """Raise unless ``path`` is a regular file this user may read and change."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            if stat.S_ISDIR(mode):
                text = translate(
                    "integrity",
                    "The history {path} is a folder, so it cannot be opened; it was left as it is.",
                )
            else:
                text = translate(
                    "integrity",
                    "The history {path} is not a regular file, so it cannot be opened; it was "
                    "left as it is.",
                )
            raise HistoryUnreadable(text.format(path=path))
        with open(path, "rb") as file:
            file.read(1)
    except PermissionError:
        raise HistoryDenied(
            translate(
                "integrity",
                "The history {path} cannot be read because of its permissions; it was left as "
                "it is.",
            ).format(path=path)
        ) from None
    except OSError as error:
        raise HistoryUnreadable(
            translate(
                "integrity", "The history {path} cannot be read ({reason}); it was left as it is."
            ).format(path=path, reason=error.strerror or error)
        ) from None
    try:
        with open(path, "r+b"):  # opening for writing changes nothing in the file
            pass
    except PermissionError:
        raise HistoryDenied(
            translate(
                "integrity",
                "The history {path} cannot be changed because of its permissions; "
                "it was left as it is.",
            ).format(path=path)
        ) from None
    except OSError as error:
        raise HistoryUnreadable(
            translate(
                "integrity",
                "The history {path} cannot be opened for writing ({reason}); it was left as it is.",
            ).format(path=path, reason=error.strerror or error)
        ) from None


def not_damage(error: sqlite3.Error, path: Path) -> HistoryError | None:
    """The HistoryError for an error of the moment, or None when SQLite says the file is
    damaged (malformed, or not a database)."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(error)
    if code in (_CORRUPT, _NOTADB) or (code == 0 and _damage_text(text)):
        return None
    if code in (_BUSY, _LOCKED) or (code == 0 and "locked" in text):
        return HistoryBusy(
            translate(
                "integrity",
                "The history is in use by another program: {path} (waited {seconds} seconds); "
                "close that program and try again.",
            ).format(path=path, seconds=f"{BUSY_TIMEOUT_S:g}")
        )
    if code in (_PERM, _READONLY, _AUTH):
        return HistoryDenied(
            translate(
                "integrity",
                "The history {path} cannot be changed because of its permissions ({reason}); "
                "it was left as it is.",
            ).format(path=path, reason=text)
        )
    if code == _FULL:
        return HistoryUnreadable(
            translate(
                "integrity",
                "The history {path} cannot be opened: the disk is full; it was left as it is.",
            ).format(path=path)
        )
    if code == _IOERR:
        message = translate(
            "integrity",
            "The history {path} cannot be opened (the disk reported an error: {reason}).",
        )
    elif code == _CANTOPEN:
        message = translate(
            "integrity",
            "The history {path} cannot be opened (its folder or its -wal/-shm files may not be "
            "writable: {reason}).",
        )
    else:
        message = translate("integrity", "The history {path} cannot be opened ({reason}).")
    return HistoryUnreadable(message.format(path=path, reason=text))


def _damage_text(text: str) -> bool:
    return "malformed" in text or "not a database" in text


def opening_error(error: sqlite3.Error, path: Path) -> HistoryError:
    """A HistoryError for an error met while opening a file that was judged sound (or
    was just restored): never a reason to move it."""
    problem = not_damage(error, path)
    return problem or HistoryUnreadable(
        translate("integrity", "The history {path} could not be opened: {reason}").format(
            path=path, reason=error
        )
    )


def explain_write(error: sqlite3.Error, path: Path) -> str:
    """The message of a HistoryError for a write that failed."""
    text = str(error)
    if "CHECK constraint failed" in text:
        return translate(
            "integrity", "a value out of range was refused by the history ({rule})"
        ).format(rule=text.split(":")[-1].strip())
    if isinstance(error, sqlite3.OperationalError) and (
        "readonly" in text or "disk" in text or "full" in text
    ):
        return translate(
            "integrity", "the history {path} cannot be written ({reason}): nothing was changed"
        ).format(path=path, reason=text)
    return translate("integrity", "the history {path} could not be updated: {reason}").format(
        path=path, reason=text
    )
