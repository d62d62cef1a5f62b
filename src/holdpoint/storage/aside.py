"""Names for files kept aside: a damaged history, unreadable routines or settings are
never deleted or overwritten, but moved to a name nothing else uses."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def unused_name(path: Path, name: Callable[[str], str]) -> Path:
    """Beside ``path``: ``name("")``, else ``name("-2")``, ``name("-3")``…, the first
    that no file (or dangling link) has."""
    candidate, number = path.with_name(name("")), 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(name(f"-{number}"))
    return candidate
