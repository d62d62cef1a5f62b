"""History at scale: ten years of daily sessions (≈3,650 sessions, ≈50,000 holds).

Prints the time to write it, to open the store (integrity check included), to query a
year and all of it, and to show the History place with all of it painted, plus peak
memory. One ``name: value unit`` line per figure.

    .venv/bin/python bench/history.py [--years 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10)
    args = parser.parse_args()

    from holdpoint import assets
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

        from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

        app = QApplication(sys.argv[:1])
        # As in the app: History is a page of a window that is already on screen.
        window = QStackedWidget()
        window.addWidget(QLabel("the Map"))
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        began = time.perf_counter()
        from holdpoint.ui.history_place import HistoryPlace

        place = HistoryPlace(folder, catalog, lambda: store)  # the app does this when idle
        place.days = None  # "All": ten years on the chart
        window.addWidget(place)
        place.warm_up()
        build_ms = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        window.setCurrentWidget(place)  # Ctrl+3: showEvent queries, sums up, plots
        app.processEvents()
        window.grab()  # everything painted
        show_ms = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        place.refresh()
        window.grab()
        refresh_ms = (time.perf_counter() - began) * 1000
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
    print(f"history_place_show_painted_all: {show_ms:.1f} ms")
    print(f"history_place_refresh_paint_all: {refresh_ms:.1f} ms")
    print(f"peak_rss: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
