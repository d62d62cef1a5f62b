"""The data folder: where it is by default, and making sure it can be used."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from holdpoint import APP_NAME


class DataDirError(Exception):
    """The data folder cannot be created or written; the message names the path."""


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. ``~/.local/share/Holdpoint`` on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(path: Path | None = None) -> Path:
    """Create the data folder if needed and prove that it is writable.

    A folder Holdpoint creates is readable by its owner only. An existing folder the
    person chose keeps its permissions. Raises :class:`DataDirError` otherwise.
    """
    folder = Path(path if path is not None else default_data_dir()).expanduser().absolute()
    if not folder.is_dir():
        try:
            folder.mkdir(mode=0o700, parents=True)
            os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
        except OSError as error:
            raise DataDirError(
                f"cannot create the data folder {folder}: {_reason(error)}"
            ) from None
    probe = folder / f".holdpoint-probe-{os.getpid()}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(probe)
    except OSError as error:
        raise DataDirError(f"cannot write to the data folder {folder}: {_reason(error)}") from None
    return folder


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
