"""The person's own named routines, kept in the data folder as ``my-routines.toml``.

Written atomically (a temporary file, then a rename), so a crash or a full disk never
leaves half a file. A file that cannot be read is moved aside, untouched, before a new
one is written, and the person is told where it is: nothing is lost. Reading is
defensive (see :mod:`holdpoint.core.routines`): whatever the file holds, loading gives
either the routines or no routines and a :attr:`RoutineStore.problem` — never an
exception, so a damaged file can never stop the app from starting.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from holdpoint.core.catalog import Catalog
from holdpoint.core.i18n import translate
from holdpoint.core.routines import (
    MAX_NAME,
    MAX_ROUTINES,
    Routine,
    RoutineError,
    dump_routines,
    load_routines,
)
from holdpoint.storage.aside import unused_name

FILE_NAME = "my-routines.toml"


class RoutineStoreError(OSError):
    """Saving failed; the message names the file and the reason."""


class RoutineStore:
    def __init__(self, data_dir: Path, catalog: Catalog) -> None:
        self.path = data_dir / FILE_NAME
        self.catalog = catalog
        self.routines: list[Routine] = []
        self.problem = ""
        self._damaged = False
        self.load()

    def load(self) -> list[Routine]:
        self.problem = ""
        self._damaged = False
        if not self.path.exists():
            self.routines = []
            return self.routines
        try:
            self.routines = list(load_routines(self.path, self.catalog))
        except RoutineError as error:
            self.routines = []
            self._damaged = True
            self.problem = translate(
                "routine_store",
                "Your saved routines could not be read ({error}); the file is kept.",
            ).format(error=error)
        return self.routines

    def save(self, routine: Routine) -> None:
        """Add ``routine``, replacing one with the same id. Refused (RoutineStoreError)
        when the file could not be read back: more than MAX_ROUTINES, a name too long."""
        others = [r for r in self.routines if r.id != routine.id]
        if len(others) >= MAX_ROUTINES:
            raise RoutineStoreError(
                translate(
                    "routine_store", "cannot save more than {count} routines: delete one first"
                ).format(count=MAX_ROUTINES)
            )
        if len(routine.name) > MAX_NAME:
            raise RoutineStoreError(
                translate(
                    "routine_store",
                    "cannot save the routine: its name is longer than {count} characters",
                ).format(count=MAX_NAME)
            )
        self._write([*others, routine])

    def delete(self, routine_id: str) -> None:
        self._write([r for r in self.routines if r.id != routine_id])

    def _write(self, routines: list[Routine]) -> None:
        if self._damaged and os.path.lexists(self.path):
            aside = self._aside()
            try:
                os.rename(self.path, aside)
            except OSError as error:
                raise RoutineStoreError(
                    translate(
                        "routine_store",
                        "cannot save your routines: the unreadable {path} could not be "
                        "kept as {aside} ({reason})",
                    ).format(path=self.path, aside=aside, reason=error.strerror or error)
                ) from None
            with contextlib.suppress(OSError):
                os.chmod(aside, 0o600)  # kept, and the person's alone
            self.problem = translate(
                "routine_store", "The unreadable file of saved routines was kept as {aside}."
            ).format(aside=aside)
            self._damaged = False
        temporary = None
        try:
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".my-routines-")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(dump_routines(routines))
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)  # mkstemp made it readable by the owner only
        except OSError as error:
            if temporary is not None and os.path.exists(temporary):
                os.unlink(temporary)
            raise RoutineStoreError(
                translate("routine_store", "cannot save your routines to {path}: {reason}").format(
                    path=self.path, reason=error.strerror or error
                )
            ) from None
        self.routines = routines

    def _aside(self) -> Path:
        """A name to keep the unreadable file under, never one that is taken."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        return unused_name(self.path, lambda n: f"my-routines.damaged-{stamp}{n}.toml")
