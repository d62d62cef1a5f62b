"""Typed, located reading of TOML resource files (the catalog, routines).

Every accessor fails with ``file:line: entry: key: problem``, so a person who edits a
file, or a developer who breaks one, is told exactly where to look.
"""

from __future__ import annotations

import enum
import re
import tomllib
from pathlib import Path
from typing import Any, NoReturn


def read_text(path: Path, error: type[ValueError], what: str) -> str:
    """The text of ``path``; a file that cannot be read becomes ``error`` naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot read the {what}: {problem}") from None


def parse_toml(text: str, filename: str, error: type[ValueError]) -> dict[str, Any]:
    """Parse ``text``; a syntax error becomes ``error`` naming the file and line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        line = re.search(r"at line (\d+)", str(problem))
        where = f"{filename}:{line.group(1)}" if line else filename
        raise error(f"{where}: not valid TOML: {problem}") from None


class Locator:
    """Finds the line of an array-of-tables entry (``[[zone]]`` number n) and its keys."""

    def __init__(self, text: str, filename: str) -> None:
        self.filename = filename
        self.lines = text.splitlines()
        self.headers: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines, start=1):
            match = re.match(r"\s*\[\[\s*([A-Za-z0-9_]+)\s*\]\]", line)
            if match:
                self.headers.setdefault(match.group(1), []).append(number)

    def item_line(self, array: str | None, index: int | None, key: str, item: int) -> int:
        """The line where inline table number ``item`` of list ``key`` starts."""
        first = self.line(array, index, key)
        seen = -1
        for number in range(first, len(self.lines) + 1):
            seen += self.lines[number - 1].count("{")
            if seen >= item:
                return number
        return first

    def line(self, array: str | None, index: int | None, key: str | None) -> int:
        if array is None or index is None:
            start, end = 1, len(self.lines)
        else:
            starts = self.headers.get(array, [])
            if index >= len(starts):
                return 1
            start = starts[index]
            later = [n for lines in self.headers.values() for n in lines if n > start]
            end = min(later, default=len(self.lines) + 1) - 1
        if key:
            pattern = re.compile(rf"\s*{re.escape(key)}\s*=")
            for number in range(start, end + 1):
                if pattern.match(self.lines[number - 1]):
                    return number
        return start


class Entry:
    """One table of the file, with typed accessors that fail with a located message."""

    def __init__(
        self,
        data: dict[str, Any],
        label: str,
        locator: Locator,
        position: tuple[str, int] | None,
        key_prefix: str = "",
        error: type[ValueError] = ValueError,
    ) -> None:
        self.error = error
        self.data = data
        self.label = label
        self.locator = locator
        self.position = position
        self.key_prefix = key_prefix

    # -- structure

    def fail(self, key: str, problem: str) -> NoReturn:
        array, index = self.position if self.position else (None, None)
        # A key inside a nested table is found by the line of its outer key, or of its
        # own inline table when it is an item of a list (steps[2]).
        outer = self.key_prefix.split(".")[0] if self.key_prefix else key
        item = re.fullmatch(r"(\w+)\[(\d+)\]", outer)
        if item:
            line = self.locator.item_line(array, index, item.group(1), int(item.group(2)))
        else:
            line = self.locator.line(array, index, outer)
        name = f"{self.key_prefix}.{key}" if self.key_prefix else key
        raise self.error(f"{self.locator.filename}:{line}: {self.label}: {name}: {problem}")

    def child(self, data: dict[str, Any], key: str) -> Entry:
        prefix = f"{self.key_prefix}.{key}" if self.key_prefix else key
        return Entry(data, self.label, self.locator, self.position, prefix, self.error)

    def only_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.fail(key, "unknown key (a typo?)")

    def tables(self, key: str, locator: Locator) -> list[Entry]:
        items = self.data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            self.fail(key, f"must be written as [[{key}]] tables")
        entries = []
        for index, item in enumerate(items):
            ident = item.get("id")
            label = f"{key} {ident!r}" if isinstance(ident, str) else f"{key} number {index + 1}"
            entries.append(Entry(item, label, locator, (key, index), error=self.error))
        return entries

    def _get(self, key: str) -> object:
        if key not in self.data:
            self.fail(key, "missing")
        return self.data[key]

    def table(self, key: str) -> dict[str, Any]:
        value = self._get(key)
        if not isinstance(value, dict):
            self.fail(key, "must be a table like { x = 1.0, y = 2.0, ... }")
        return value

    def list_of_tables(self, key: str) -> list[dict[str, Any]]:
        value = self._get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            self.fail(key, "must be a non-empty list of tables")
        return value

    # -- values

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "must be non-empty text")
        return value.strip()

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", value):
            self.fail(key, f"{value!r} must be lowercase letters, digits and _")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            self.fail(key, f"{value!r} must be true or false")
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"{value!r} must be a whole number")
        if not low <= value <= high:
            self.fail(key, f"{value} is outside {low}–{high}")
        return value

    def number(self, key: str, low: float, high: float, default: float | None = None) -> float:
        if default is not None and key not in self.data:
            return default
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"{value!r} must be a number")
        if not low <= value <= high:
            self.fail(key, f"{value} is outside {low:g}–{high:g}")
        return float(value)

    def choice(self, key: str, kind: type[enum.StrEnum]) -> Any:
        value = self.text(key)
        options = [member.value for member in kind]
        if value not in options:
            self.fail(key, f"{value!r} is not one of {', '.join(options)}")
        return kind(value)

    def strings(self, key: str, allow_empty: bool = False) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(key, "must be a list of non-empty texts")
        if not value and not allow_empty:
            self.fail(key, "must not be empty")
        if len(set(value)) != len(value):
            self.fail(key, "lists the same entry twice")
        return tuple(v.strip() for v in value)
