"""CSV export and demo history on real database files."""

from __future__ import annotations

import csv
import datetime as dt
import stat

import pytest

from holdpoint import assets
from holdpoint.core.catalog import load_catalog
from holdpoint.core.demo import demo_sessions
from holdpoint.core.routines import load_routines
from holdpoint.storage.export import HOLD_COLUMNS, SESSION_COLUMNS, export_csv, holds_path
from holdpoint.storage.history import HistoryStore, HoldRow


@pytest.fixture(scope="module")
def routines():
    catalog = load_catalog(assets.resource_path("zones.toml"))
    return load_routines(assets.resource_path("routines.toml"), catalog)


def test_the_csv_round_trips_with_the_documented_columns(tmp_path):
    store = HistoryStore.open(tmp_path)
    first = store.start_session("Quick 5 minutes", "2026-11-01T18:00:00+00:00")
    store.rate(first, "leg", "before", 6)
    store.rate(first, "back", "before", 4)
    store.rate(first, "leg", "after", 3)  # back after: skipped
    store.add_hold(first, HoldRow("piriformis", "left", 1, 30.0, 30.0, "completed", 7))
    store.add_hold(first, HoldRow("piriformis", "left", 2, 30.0, 4.5, "skipped"))
    store.add_note(first, 'slept badly, "stiff"')
    store.finish_session(first, "completed", "2026-11-01T18:05:00+00:00")
    store.start_session("", "2026-10-01T18:00:00+00:00")  # before --since
    out = tmp_path / "history.csv"
    assert export_csv(store, out, since="2026-10-15") == (1, 2)

    with open(out, newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert tuple(rows[0]) == SESSION_COLUMNS
    assert rows[0]["leg_before"] == "6" and rows[0]["leg_after"] == "3"
    assert rows[0]["back_after"] == ""  # not given: empty, never a made-up number
    assert rows[0]["holds_completed"] == "1" and rows[0]["holds_skipped"] == "1"
    assert rows[0]["hold_seconds"] == "30.0"
    assert rows[0]["note"] == 'slept badly, "stiff"'
    with open(holds_path(out), newline="", encoding="utf-8") as file:
        holds = list(csv.DictReader(file))
    assert tuple(holds[0]) == HOLD_COLUMNS
    assert [(h["rep"], h["outcome"], h["tenderness"]) for h in holds] == [
        ("1", "completed", "7"), ("2", "skipped", "")]  # fmt: skip
    store.close()


def test_demo_history_is_realistic_and_marked(tmp_path, routines):
    store = HistoryStore.open(tmp_path)
    count = store.add_demo(demo_sessions(routines, dt.date(2026, 11, 23), years=1))
    assert 200 <= count <= 300  # most days, fewer at weekends, a week off now and then
    assert store.real_session_count() == 0
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    first, last = store.connection.execute(
        "SELECT avg(value) FROM ratings WHERE kind = 'leg' AND moment = 'before' "
        "AND rated_at < '2026-02-01' UNION ALL "
        "SELECT avg(value) FROM ratings WHERE kind = 'leg' AND moment = 'before' "
        "AND rated_at >= '2026-10-01'"
    ).fetchall()
    assert first[0] > last[0] + 1.5  # it gets better over the year
    store.start_session("real")
    assert store.real_session_count() == 1
    store.close()
