"""The body map's picture kept between starts: the same picture, whole; a damaged or
stale one ignored; only a few kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from holdpoint.core.catalog import Side
from holdpoint.ui.map import picture_cache
from holdpoint.ui.map.body_map import BodyMap


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "map"
    monkeypatch.setattr(picture_cache, "_folder", lambda: folder)
    monkeypatch.setattr(picture_cache, "_kept", False)
    monkeypatch.setattr(picture_cache, "KEEP_AFTER_MS", 0)
    return folder


def _shown(qtbot, catalog) -> BodyMap:
    body_map = BodyMap(catalog)
    qtbot.addWidget(body_map)
    body_map.resize(QSize(640, 520))
    body_map.show()
    qtbot.waitExposed(body_map)
    return body_map


def _pixels(body_map: BodyMap) -> QImage:
    return body_map.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_a_later_start_shows_the_same_picture_from_disk(qtbot, catalog, cache_folder):
    first = _shown(qtbot, catalog)
    drawn = _pixels(first)
    qtbot.waitUntil(lambda: len(list(cache_folder.glob("*.png"))) == 1)
    loads = []
    real_load = picture_cache.load

    def spy(key, size):
        image = real_load(key, size)
        loads.append(image is not None)
        return image

    picture_cache.load = spy
    try:
        second = _shown(qtbot, catalog)  # a new start at the same size and state
        # The same picture: only the rounding of its anti-aliased edges may differ (a
        # picture blended onto the window against the drawing done on it directly).
        largest, differing = _difference(_pixels(second), drawn)
        assert largest <= 6 and differing < 0.02 * drawn.width() * drawn.height() * 4
    finally:
        picture_cache.load = real_load
    assert loads and loads[0] is True


def test_a_different_state_or_a_damaged_file_is_drawn_anew(qtbot, catalog, cache_folder):
    first = _shown(qtbot, catalog)
    drawn = _pixels(first)
    qtbot.waitUntil(lambda: len(list(cache_folder.glob("*.png"))) == 1)
    (kept,) = cache_folder.glob("*.png")
    kept.write_bytes(b"not a picture")  # damaged: ignored, never shown
    again = _shown(qtbot, catalog)
    assert _pixels(again) == drawn  # drawn directly, like the first
    chosen = _shown(qtbot, catalog)
    chosen.set_selected({("piriformis", Side.RIGHT)})
    assert _pixels(chosen) != drawn  # its own picture, not the kept one


def test_only_the_newest_pictures_are_kept(cache_folder):
    image = QImage(4, 4, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("red"))
    for number in range(picture_cache.KEEP + 3):
        picture_cache.store(f"key{number:02d}", image)
    names = sorted(path.stem for path in cache_folder.glob("*.png"))
    assert names == [f"key{n:02d}" for n in range(3, picture_cache.KEEP + 3)]
    assert picture_cache.load("key03", QSize(8, 8)) is None  # the wrong size: not used


def _difference(a: QImage, b: QImage) -> tuple[int, int]:
    import numpy as np

    def array(image: QImage):
        data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
        return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]

    diff = np.abs(array(a).astype(int) - array(b).astype(int))
    return int(diff.max()), int((diff > 0).sum())
