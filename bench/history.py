"""History at scale: ten years of daily sessions (≈3,650 sessions, ≈50,000 holds).

Prints the time to write it, to open the store (integrity check included), to query a
year and all of it, and to show the History place with all of it painted, plus peak
memory. One ``name: value unit`` line per figure.

"Shown and painted" is measured as the person meets it, on a real X display (a private
Xvfb): from switching to the History (Ctrl+3) to the end of the first paint of its chart,
which includes re-reading the whole history, summing it up and plotting it. The first
showing after start-up is measured once, later showings (Map, then History again) several
times.

    .venv/bin/python bench/history.py [--years 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from harness.xvfb import private_display


def shown_and_painted_ms(app, window, place) -> float:
    """Switch ``window`` to ``place``; milliseconds until its chart has been painted."""
    from PySide6.QtCore import QEvent, QObject

    class PaintSeen(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    viewport = place.chart.viewport()
    watcher = PaintSeen()
    viewport.installEventFilter(watcher)
    began = time.perf_counter()
    window.setCurrentWidget(place)  # Ctrl+3: showEvent queries, sums up, plots
    while not watcher.seen:  # processEvents returns after the paint it delivered
        app.processEvents()
    elapsed = (time.perf_counter() - began) * 1000
    viewport.removeEventFilter(watcher)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10)
    parser.add_argument("--shows", type=int, default=7, help="later showings to time")
    args = parser.parse_args()
    with private_display() as display:
        os.environ["DISPLAY"] = display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        return measure(args)


def measure(args: argparse.Namespace) -> int:

    from holdpoint import assets
    from holdpoint.app import settle_garbage
    from holdpoint.core.catalog import load_catalog
    from holdpoint.core.demo import demo_sessions
    from holdpoint.core.routines import load_routines
    from holdpoint.storage.history import HistoryStore

    catalog = load_catalog(assets.resource_path("zones.toml"))
    routines = load_routines(assets.resource_path("routines.toml"), catalog)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = HistoryStore.open(folder)
        began = time.perf_counter()
        end = dt.date(2026, 11, 23)
        sessions = store.add_demo(demo_sessions(routines, end, args.years, every_day=True))
        write_s = time.perf_counter() - began
        holds = store.connection.execute("SELECT count(*) FROM holds").fetchone()[0]
        store.close()
        size_mb = (folder / "history.sqlite3").stat().st_size / 1e6

        began = time.perf_counter()
        store = HistoryStore.open(folder)
        open_ms = (time.perf_counter() - began) * 1000
        year_ago = (end - dt.timedelta(days=365)).isoformat()
        began = time.perf_counter()
        year = store.summaries(year_ago)
        year_ms = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        everything = store.summaries()
        all_ms = (time.perf_counter() - began) * 1000

        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

        app = QApplication(sys.argv[:1])
        # As in the app: History is a page of a window that is already on screen.
        window = QStackedWidget()
        the_map = QLabel("the Map")
        window.addWidget(the_map)
        window.resize(1280, 720)
        window.show()
        QTest.qWaitForWindowExposed(window)
        began = time.perf_counter()
        from holdpoint.ui.history.place import HistoryPlace

        place = HistoryPlace(folder, catalog, lambda: store)  # the app does this when idle
        place.days = None  # "All": ten years on the chart
        window.addWidget(place)
        place.warm_up()
        settle_garbage()  # as the app does after warming up
        build_ms = (time.perf_counter() - began) * 1000
        show_ms = shown_and_painted_ms(app, window, place)
        again = []
        for _ in range(args.shows):
            window.setCurrentWidget(the_map)
            app.processEvents()
            again.append(shown_and_painted_ms(app, window, place))
        store.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"history_sessions: {sessions} count")
    print(f"history_holds: {holds} count")
    print(f"history_file: {size_mb:.1f} MB")
    print(f"history_write_all: {write_s:.2f} s")
    print(f"history_open: {open_ms:.1f} ms")
    print(f"history_query_year: {year_ms:.1f} ms ({len(year)} sessions)")
    print(f"history_query_all: {all_ms:.1f} ms ({len(everything)} sessions)")
    print(f"history_place_build_with_imports: {build_ms:.1f} ms (done when idle)")
    print(f"history_place_show_painted_all: {show_ms:.1f} ms (first showing)")
    print(f"history_place_show_again_median: {statistics.median(again):.1f} ms")
    print(f"history_place_show_again_max: {max(again):.1f} ms")
    print(f"peak_rss: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
