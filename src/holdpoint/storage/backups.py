"""The history's backups and its recovery from them.

* One backup a day in ``backups/`` (``history-DATE.sqlite3``), written with the sqlite3
  backup API to a ``.partial`` file and renamed only when complete: a backup that cannot
  be written (a full disk, a read-only folder) leaves nothing half-written behind.
* The last seven are kept, with one exception: the newest good backup that holds more
  sessions than the history has now is never thrown away. When its turn comes it is
  renamed ``history-keep-DATE.sqlite3``, and a kept backup is never rotated out.
* A damaged (or empty) history is recovered from the newest good backup: the backup is
  copied next to it first; only when that copy is complete is the damaged file moved
  aside, untouched (with its -wal and -shm), and the copy put in its place.
* By hand (Settings > Data): :func:`write_now` writes today's backup again from the
  history as it is now; :func:`restore` puts a backup in the place of the open history,
  the history as it was kept aside first as a whole copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from holdpoint.core.i18n import translate
from holdpoint.storage.aside import unused_name
from holdpoint.storage.errors import HistoryError
from holdpoint.storage.integrity import Verdict, connect, report_verdict
from holdpoint.storage.schema import MIGRATIONS

BACKUP_DIR = "backups"
BACKUPS_KEPT = 7
_NAME = re.compile(r"history-(keep-)?(\d{4}-\d{2}-\d{2})\.sqlite3\Z")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    path: Path
    day: dt.date
    kept: bool  # a history-keep- backup: never rotated out


def backups(folder: Path) -> list[Backup]:
    """The backups in ``folder``, newest first (files of other names are left alone)."""
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match is None:
                continue
            with contextlib.suppress(ValueError):
                found.append(Backup(path, dt.date.fromisoformat(match[2]), bool(match[1])))
    return sorted(found, key=lambda b: (b.day, b.kept), reverse=True)


#: How a backup is opened: without writing anything beside it (no -wal, no -shm).
_SNAPSHOT = {"mode": "ro", "immutable": "1"}


def sound(backup: Backup) -> bool:
    try:
        return report_verdict(backup.path, **_SNAPSHOT) is not Verdict.DAMAGED
    except HistoryError:
        return False


def session_count(path: Path) -> int | None:
    """How many sessions the backup holds; None if it cannot be read."""
    try:
        connection = connect(path, **_SNAPSHOT)
        try:
            return int(connection.execute("SELECT count(*) FROM sessions").fetchone()[0])
        finally:
            connection.close()
    except (sqlite3.Error, ValueError, TypeError):
        return None


def newest_sound(folder: Path) -> Backup | None:
    return next((backup for backup in backups(folder) if sound(backup)), None)


# ---------------------------------------------------------------------- writing


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy the open history into a new file ``target``: the one function that writes a
    backup (the fault tests make it fail as a full disk would)."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # Self-contained: a backup is one file, never a -wal or -shm beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()


def _remove(path: Path) -> None:
    for name in (path.name, path.name + "-journal", path.name + "-wal", path.name + "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (path.with_name(name)).unlink()


def write_daily(
    source: sqlite3.Connection, folder: Path, day: dt.date, sessions_now: int
) -> Path | None:
    """Today's backup, unless it exists; then the rotation. Raises OSError or
    sqlite3.Error when the backup cannot be written (and leaves no partial file)."""
    target = folder / f"history-{day.isoformat()}.sqlite3"
    if target.exists():
        return None
    folder.mkdir(mode=0o700, exist_ok=True)
    for stale in folder.glob("history-*.partial"):  # from a run that ended half-way
        _remove(stale)
    partial = target.with_suffix(".partial")
    try:
        copy_database(source, partial)
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    try:
        rotate(folder, sessions_now)
    except OSError as error:  # the backup is written; the old ones wait for next time
        log.warning("old history backups could not be removed from %s: %s", folder, error)
    return target


def rotate(folder: Path, sessions_now: int) -> None:
    """Remove the dated backups beyond the last seven, keeping the newest good one that
    holds more sessions than the history has now (see the module's docstring)."""
    dated = [backup for backup in backups(folder) if not backup.kept]
    old = dated[BACKUPS_KEPT:]
    if not old:
        return
    richer = next(
        (
            backup
            for backup in backups(folder)
            if (session_count(backup.path) or 0) > sessions_now and sound(backup)
        ),
        None,
    )
    for backup in old:
        if backup == richer:
            keep = backup.path.with_name(f"history-keep-{backup.day.isoformat()}.sqlite3")
            os.replace(backup.path, keep)
            log.info("kept %s: it holds more sessions than the history has now", keep)
        else:
            _remove(backup.path)


def failed(folder: Path, error: OSError | sqlite3.Error) -> str:
    """The notice for a backup that could not be written."""
    text = str(error)
    if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "full" in text:
        reason = translate("backups", "the disk is full")
    elif isinstance(error, PermissionError) or "unable to open" in text or "readonly" in text:
        reason = translate("backups", "the folder cannot be written to")
    else:
        reason = text
    return translate(
        "backups",
        "Today's backup of your history could not be written in {folder} ({reason}); "
        "your history itself is fine, and the backup will be tried again the next time "
        "Holdpoint starts.",
    ).format(folder=folder, reason=reason)


# ---------------------------------------------------------------------- recovery


def set_aside(path: Path) -> Path:
    """Move ``path`` (with its -wal and -shm) aside, untouched; returns where it is now."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"history.damaged-{stamp}.sqlite3")
    number = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", "-wal", "-shm")):
        number += 1
        aside = path.with_name(f"history.damaged-{stamp}-{number}.sqlite3")
    os.replace(path, aside)
    _private(aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
            _private(aside.with_name(aside.name + suffix))
    return aside


def _private(path: Path) -> None:
    """A file kept aside stays the person's alone (its bytes are not touched)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def recover(path: Path, backup: Backup | None, empty: bool) -> str:
    """Put ``backup`` (if any) in the place of the damaged or empty ``path``, which is
    kept aside; returns the notice for the person. Raises HistoryError, with nothing
    moved, when the backup cannot be copied or the file cannot be moved."""
    restoring = path.with_name(path.name + ".restoring")
    aside: Path | None = None
    try:
        if backup is not None:
            _remove(restoring)
            source = connect(backup.path, **_SNAPSHOT)
            try:
                copy_database(source, restoring)
            finally:
                source.close()
        aside = set_aside(path)
        if backup is not None:
            os.replace(restoring, path)
    except (OSError, sqlite3.Error) as error:
        _remove(restoring)
        raise HistoryError(_not_replaced(path, empty, error, aside)) from None
    assert aside is not None
    if backup is None:
        if empty:
            text = translate(
                "backups",
                "Your history file was empty and there was no good backup. It was kept as "
                "{aside}; a new, empty history was started.",
            )
        else:
            text = translate(
                "backups",
                "Your history file was damaged and there was no good backup. It was kept as "
                "{aside}; a new, empty history was started.",
            )
        return text.format(aside=aside)
    if empty:
        text = translate(
            "backups",
            "Your history file was empty. It was kept as {aside}, and the backup of {day} "
            "was restored.",
        )
    else:
        text = translate(
            "backups",
            "Your history file was damaged. It was kept as {aside}, and the backup of {day} "
            "was restored.",
        )
    return text.format(aside=aside, day=backup.day.isoformat())


def _not_replaced(path: Path, empty: bool, error: object, aside: Path | None) -> str:
    """The message of a damaged (or ``empty``) history its backup could not replace."""
    if aside is not None:
        if empty:
            text = translate(
                "backups",
                "The history {path} was empty, and it could not be replaced by its backup "
                "({error}); it was kept as {aside}.",
            )
        else:
            text = translate(
                "backups",
                "The history {path} was damaged, and it could not be replaced by its backup "
                "({error}); it was kept as {aside}.",
            )
        return text.format(path=path, error=error, aside=aside)
    if empty:
        text = translate(
            "backups",
            "The history {path} was empty, and it could not be replaced by its backup "
            "({error}); it was left as it is.",
        )
    else:
        text = translate(
            "backups",
            "The history {path} was damaged, and it could not be replaced by its backup "
            "({error}); it was left as it is.",
        )
    return text.format(path=path, error=error)


# ---------------------------------------------------------------------- by hand (Settings)


def write_now(source: sqlite3.Connection, folder: Path, day: dt.date, sessions_now: int) -> Path:
    """Back up now: today's backup written again from the history as it is now, whole or
    not at all (a ``.partial`` file renamed when complete, as the daily one).

    Today's earlier backup is replaced, unless it holds more sessions than the history
    has now: then it is kept as ``history-keep-DAY`` (never rotated out) — or, if that
    name is taken too, left as it is and nothing is written (FileExistsError). Raises
    OSError or sqlite3.Error with no partial file left and the earlier backup untouched."""
    target = folder / f"history-{day.isoformat()}.sqlite3"
    keep = folder / f"history-keep-{day.isoformat()}.sqlite3"
    earlier = Backup(target, day, kept=False)
    richer = target.exists() and (session_count(target) or 0) > sessions_now and sound(earlier)
    if richer and keep.exists():
        raise FileExistsError(
            translate(
                "backups",
                "today's backup {target} holds more sessions than your history has now, and "
                "{name} is taken; both were kept as they are",
            ).format(target=target, name=keep.name)
        )
    folder.mkdir(mode=0o700, exist_ok=True)
    partial = target.with_suffix(".partial")
    try:
        copy_database(source, partial)
        if richer:
            os.replace(target, keep)
            log.info("kept %s: it holds more sessions than the history has now", keep)
        os.replace(partial, target)
    except BaseException:
        _remove(partial)
        raise
    return target


def restore(connection: sqlite3.Connection, path: Path, backup: Backup) -> Path:
    """Put ``backup`` in the place of the open history ``connection`` (the file ``path``);
    returns where the history as it was has been kept.

    1. The history as it is now is copied, whole, beside it as
       ``history.before-restore-STAMP.sqlite3`` (private, like every file kept aside).
    2. The backup is read into memory and brought to this Holdpoint's schema.
    3. It is copied into the open history in one write transaction: all or nothing.

    The connection stays open and valid (a store holding it needs no reopening). Raises
    HistoryError, the history unchanged, when any step fails."""
    when = backup.day.isoformat()
    if not sound(backup):
        raise HistoryError(
            translate("backups", "The backup {path} cannot be read; nothing was changed.").format(
                path=backup.path
            )
        )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = unused_name(path, lambda n: f"history.before-restore-{stamp}{n}.sqlite3")
    partial = aside.with_name(aside.name + ".partial")
    try:
        copy_database(connection, partial)
        os.replace(partial, aside)
    except (OSError, sqlite3.Error) as error:
        _remove(partial)
        raise HistoryError(
            translate(
                "backups",
                "Your history could not be kept aside in {folder} ({error}), so the "
                "backup of {day} was not restored; nothing was changed.",
            ).format(folder=path.parent, error=error, day=when)
        ) from None
    _private(aside)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source = connect(backup.path, **_SNAPSHOT)
        try:
            source.backup(memory)
        finally:
            source.close()
        version = int(memory.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise HistoryError(
                translate(
                    "backups",
                    "The backup {path} was written by a newer Holdpoint (schema {version}); "
                    "nothing was changed.",
                ).format(path=backup.path, version=version)
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            memory.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
        memory.backup(connection)  # one write transaction on the history: all or nothing
    except (OSError, sqlite3.Error) as error:
        raise HistoryError(
            translate(
                "backups",
                "The backup of {day} could not be restored ({error}); your history is "
                "unchanged (a copy of it was also kept as {aside}).",
            ).format(day=when, error=error, aside=aside)
        ) from None
    finally:
        memory.close()
    log.info("restored the backup %s; the history before it is kept as %s", backup.path, aside)
    return aside
