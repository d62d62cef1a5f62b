"""Render a window off screen to a PNG file, without waiting for any input."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


class ScreenshotError(OSError):
    """The picture could not be written; the message names the file."""


def save_screenshot(window: QWidget, path: Path, size: tuple[int, int]) -> None:
    """Lay ``window`` out at ``size``, paint it and write it to ``path`` as PNG."""
    window.resize(*size)
    window.show()
    # Let layouts, polish and deferred (single-shot) work settle before grabbing.
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab().toImage()
    # The stubs ask for bytes, the binding for str: str is what runs.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise ScreenshotError(f"cannot write the screenshot {path}")
