"""Finished pictures of the body map, kept on disk between starts.

Drawing the map's muscles, labels and hatching takes about 15 ms, most of the Map's first
paint. A later start at the same size, colours and state shows the picture the last start
drew, whole (never a part of the map first): the key holds everything that goes into it,
so a picture that does not match is simply not found. A picture that cannot be read, or
of the wrong size, is ignored and drawn again. At most :data:`KEEP` pictures are kept
(one per window size and state recently used), in the platform's cache folder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QCoreApplication, QCryptographicHash, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QImage, QPainter, QPalette

from holdpoint import APP_NAME, __version__, assets

#: Pictures kept; the oldest go first.
KEEP = 6
#: The files whose contents the pictures show (their size and time stand for them).
SOURCES = ("body.toml", "zones.toml")
#: After the first paint, when the run's first picture is kept for the next start.
KEEP_AFTER_MS = 1500
_kept = False  # one picture per run: the one a start shows


def _folder() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "map"


def picture_key(*parts: object) -> str:
    """A file name for a picture of ``parts`` (everything that goes into it), with the
    version of Holdpoint and of the drawing's files; a font or palette stands for its
    family, size and colours."""
    parts = tuple(_stable(part) for part in parts)
    sources = []
    for name in SOURCES:
        try:
            stat = assets.resource_path(name).stat()
            sources.append((name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            sources.append((name, 0, 0))
    text = repr((__version__, tuple(sources), parts)).encode()
    digest = QCryptographicHash.hash(QByteArray(text), QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode()[:32]


def _stable(part: object) -> object:
    """``part`` as text that is the same in every run (a palette's cache key is not)."""
    if isinstance(part, QFont):
        return part.key()
    if isinstance(part, QPalette):
        return tuple(
            part.color(QPalette.ColorGroup.Active, QPalette.ColorRole(role)).rgba()
            for role in range(QPalette.ColorRole.NColorRoles.value)
        )
    return part


def keep_first(key: str, size: QSize, ratio: float, draw: Callable[[QPainter], None]) -> None:
    """Keep the run's first picture (``draw`` paints it) for the next start: once the
    start is over, or as the run ends if that is sooner; later pictures are not kept."""
    global _kept
    if _kept:
        return
    _kept = True
    done = False

    def keep() -> None:
        nonlocal done
        if done:
            return
        done = True
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        draw(painter)
        painter.end()
        store(key, image)

    QTimer.singleShot(KEEP_AFTER_MS, keep)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(keep)


def load(key: str, size: QSize) -> QImage | None:
    """The stored picture for ``key`` if there is one of ``size`` pixels, else None."""
    path = _folder() / f"{key}.png"
    if not path.is_file():
        return None
    image = QImage(str(path))
    if image.isNull() or image.size() != size:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest
    return image


def store(key: str, image: QImage) -> None:
    """Keep ``image`` for ``key`` (written whole, or not at all), and only the newest few."""
    folder = _folder()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return  # no cache folder: every start draws the map, as the first one did
    partial = folder / f"partial-{key}.png"
    if not image.save(str(partial)):  # PNG, by the name
        partial.unlink(missing_ok=True)
        return
    try:
        os.replace(partial, folder / f"{key}.png")
        pictures = sorted(
            (p for p in folder.glob("*.png") if not p.name.startswith("partial-")),
            key=lambda p: p.stat().st_mtime_ns,
        )
        for old in pictures[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        partial.unlink(missing_ok=True)
