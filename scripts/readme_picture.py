"""Make docs/holdpoint-map.png: the Map at 1280×800 with a routine of three zones and
piriformis pointed at, off screen, on a temporary history and settings.

    .venv/bin/python scripts/readme_picture.py [OUT] [--size WxH] [--theme light|dark]
                                               [--language en|de]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from holdpoint.app import Holdpoint
from holdpoint.cli import Options
from holdpoint.core.catalog import CHOOSABLE_TOOLS, Side, ToolSet
from holdpoint.core.health import HealthCheck
from holdpoint.core.preferences import Language, Theme
from holdpoint.settings import SettingsStore
from holdpoint.storage.datadir import prepare_data_dir

ROUTINE = ("piriformis", "gluteus_medius", "quadratus_lumborum")
POINTED = "piriformis"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="docs/holdpoint-map.png", type=Path)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--language", choices=["en", "de"], default="en")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / "settings.ini"
        store = SettingsStore(settings)
        store.save_health(HealthCheck(answered=dt.date.today()))
        store.save(store.load().replace(tools=ToolSet(CHOOSABLE_TOOLS), tour_seen=True))
        options = Options(theme=Theme(args.theme), language=Language(args.language))
        holdpoint = Holdpoint(options, prepare_data_dir(Path(tmp) / "data"), settings)
        window = holdpoint.window
        window.resize(width, height)
        window.show()
        place = window.map_place()
        place.banner.ok.click()
        for zone in ROUTINE:
            place.toggle_zone(zone, Side.RIGHT)
        app.processEvents()
        body_map = place.body_map
        centre = body_map.spot_centre(body_map.button(POINTED, Side.RIGHT).spot)
        move = QMouseEvent(
            QMouseEvent.Type.MouseMove, centre, body_map.mapToGlobal(centre),
            Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(body_map, move)
        for _ in range(3):  # the right column lays out again for the longer text
            app.processEvents()
        window.statusBar().clearMessage()
        window.data_label.setText(
            window.tr("Your data stays on this computer: {folder}").format(
                folder="~/.local/share/Holdpoint"
            )
        )
        if not window.grab().save(str(args.out)):
            raise SystemExit(f"cannot write {args.out}")
        window.close()
    print(args.out)


if __name__ == "__main__":
    main()
