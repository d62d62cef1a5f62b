"""Damaged and hostile files given to the real app (the loaders' own cases are in
tests/unit/test_hostile_files.py and test_history_faults.py): the app starts and shows
the Map and History, or refuses with one line; never a traceback; the file is where it
was, byte for byte, or kept aside byte for byte."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from harness.app import run_holdpoint, write_routine

pytestmark = pytest.mark.system

DEEP = "x = " + "[" * 500 + "]" * 500 + "\n"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _kept(original: str, folder: Path) -> bool:
    """A file with these bytes is still somewhere in ``folder`` (in place or aside)."""
    return any(_digest(p) == original for p in folder.rglob("*") if p.is_file())


def _my_routines(data: Path, home: Path) -> Path:
    (data / "my-routines.toml").write_text(DEEP)
    return data / "my-routines.toml"


def _settings(text: bytes) -> Callable[[Path, Path], Path]:
    """The whole settings file: the test's harness must not add to it (see below)."""

    def make(_data: Path, home: Path) -> Path:
        path = home / "config" / "Holdpoint" / "settings.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
        return path

    return make


def _history_bytes(text: bytes) -> Callable[[Path, Path], Path]:
    def make(data: Path, _home: Path) -> Path:
        (data / "history.sqlite3").write_bytes(text)
        return data / "history.sqlite3"

    return make


def _bad_date(data: Path, _home: Path) -> Path:
    run = run_holdpoint(["demo-history", "--data-dir", str(data), "--years", "0.2"], data.parent)
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(data / "history.sqlite3") as db:
        db.execute("UPDATE sessions SET started_at = 'last Tuesday' WHERE id = 3")
    return data / "history.sqlite3"


CASES: dict[str, Callable[[Path, Path], Path]] = {
    "my-routines nested 500 deep": _my_routines,
    "settings of binary garbage": _settings(bytes(range(256)) * 40),
    "settings with text_scale=nan": _settings(b"[General]\ntext_scale=nan\n"),
    "settings of 3 MB": _settings(b"[General]\nwindow_geometry=" + b"A" * 3_000_000 + b"\n"),
    "history of garbage": _history_bytes(b"not a database at all " * 100),
    "history with a bad date": _bad_date,
}


@pytest.mark.parametrize("case", CASES)
def test_the_app_starts_and_keeps_the_file(case, home, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    path = CASES[case](data, home)
    original = _digest(path)
    for place in ("map", "history"):
        shot = tmp_path / f"{place}.png"
        result = run_holdpoint(["--data-dir", str(data), "--screenshot", str(shot), "--place",
                                place], home, timeout=60, health_checked=False)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) <= 2, result.stderr
        assert shot.stat().st_size > 10_000
    if case == "history with a bad date":  # opened and used: the row is still there
        with sqlite3.connect(data / "history.sqlite3") as db:
            bad = db.execute("SELECT started_at FROM sessions WHERE id = 3").fetchone()
        assert bad == ("last Tuesday",)
    else:
        assert _kept(original, path.parent), f"{path.name} was lost"


ROUTINES = {
    "nested 500 deep": DEEP,
    "a zone twice": None,
    "10,000 steps": None,
    "binary": "\0\x01\x02 format = 1",
    "not UTF-8": "format = 1\nname = '\udcff'",
}


@pytest.mark.parametrize("case", ROUTINES)
def test_a_bad_routine_file_is_one_line_and_exit_2(case, home, tmp_path):
    path = tmp_path / "routine.toml"
    if case == "a zone twice":
        write_routine(path, "Twice", hold_s=20, reps=2)
        text = path.read_text()
        step = text[text.index("  {") : text.index("},") + 2]
        path.write_text(text.replace(step, step + "\n" + step))
    elif case == "10,000 steps":
        write_routine(path, "Long", hold_s=20, reps=2)
        text = path.read_text()
        step = text[text.index("  {") : text.index("},") + 2]
        path.write_text(text.replace(step, "\n".join([step] * 10_000)))
    else:
        content = ROUTINES[case]
        assert content is not None
        path.write_bytes(content.encode("utf-8", "surrogateescape"))
    original = _digest(path)
    result = run_holdpoint(["--data-dir", str(tmp_path / "data"), "--routine", str(path)], home,
                           timeout=60)  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and path.name in lines[0], result.stderr
    assert _digest(path) == original
