"""Look at pictures the app makes: load a PNG, and check that it shows something real."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage


def to_array(image: QImage) -> np.ndarray:
    """An ``(height, width)`` array of 0xAARRGGBB pixels."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    buffer = np.frombuffer(
        image.constBits(), dtype=np.uint32, count=image.bytesPerLine() // 4 * height
    )
    return buffer.reshape(height, image.bytesPerLine() // 4)[:, :width].copy()


def load_png(path: Path) -> QImage:
    image = QImage(str(path))
    if image.isNull():
        raise AssertionError(f"{path} is not a readable image")
    return image


def distinct_colours(pixels: np.ndarray) -> int:
    return len(np.unique(pixels))


def ink_fraction(pixels: np.ndarray) -> float:
    """The share of pixels that differ from the most common colour (the background)."""
    _colours, counts = np.unique(pixels, return_counts=True)
    return 1.0 - counts.max() / pixels.size


def assert_real_picture(image: QImage, min_colours: int = 200) -> np.ndarray:
    """Fail unless ``image`` is a real rendering (not blank, not a flat fill); returns pixels."""
    assert not image.isNull(), "the image is empty"
    pixels = to_array(image)
    colours = distinct_colours(pixels)
    assert colours >= min_colours, f"only {colours} distinct colours: a blank or flat picture"
    assert ink_fraction(pixels) > 0.02, "almost every pixel is the background colour"
    return pixels


def assert_has_text(pixels: np.ndarray, region: tuple[int, int, int, int], what: str) -> None:
    """Fail unless the ``(x, y, width, height)`` region holds anti-aliased ink, like text."""
    x, y, w, h = region
    part = pixels[y : y + h, x : x + w]
    assert part.size, f"{what}: region {region} is outside the picture"
    assert distinct_colours(part) >= 12, f"{what}: region {region} is flat, no text drawn"
    assert ink_fraction(part) > 0.03, f"{what}: region {region} holds almost no ink"
