"""Find Holdpoint's resource files, the same way in all three places it runs from.

* an editable checkout: ``<repo>/resources`` beside ``src/``;
* an installed wheel: the build maps ``resources/`` into ``holdpoint/resources``;
* a PyInstaller bundle: the spec copies it to ``<sys._MEIPASS>/holdpoint/resources``.

Only relative paths inside that folder are accepted, so a name read from a data file can
never reach outside it.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceError(LookupError):
    """A resource name is not allowed, or the file is not there."""


def resource_root() -> Path:
    """The folder that holds Holdpoint's resources in this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "holdpoint" / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")  # checkout: src/holdpoint/..
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise ResourceError(f"Holdpoint's resources folder is missing (looked in {searched})")


def resource_path(name: str) -> Path:
    """The path of resource ``name`` (e.g. ``"icons/holdpoint.svg"``); it must exist."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ResourceError(f"not a resource name: {name!r}")
    path = resource_root().joinpath(*relative.parts)
    if not path.is_file():
        raise ResourceError(f"resource not found: {name} (expected at {path})")
    return path


def read_text(name: str) -> str:
    return resource_path(name).read_text(encoding="utf-8")
