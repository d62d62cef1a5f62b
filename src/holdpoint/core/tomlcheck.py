"""Typed, located reading of TOML resource files (the catalog, routines).

Every accessor fails with ``file:line: entry: key: problem``, so a person who edits a
file, or a developer who breaks one, is told exactly where to look.

A file may come from anywhere (a routine a physio sent, a damaged disk), so reading is
defensive: a file larger than :data:`MAX_FILE_BYTES`, binary or not UTF-8, nested deeper
than :data:`MAX_DEPTH` (which would exhaust tomllib's stack or memory), or anything else
tomllib cannot read becomes the caller's error type with the file and the reason, on one
line — never another exception.
"""

from __future__ import annotations

import enum
import re
import reprlib
import stat
import tomllib
import unicodedata
from pathlib import Path
from typing import Any, NoReturn

#: The largest file read: a routine file is a few kB, the catalog about 30 kB.
MAX_FILE_BYTES = 1024 * 1024
#: The deepest nesting of arrays and tables, and the most dots in one key. The formats
#: need 3; tomllib recurses per level of arrays (500 levels exhaust the stack) and takes
#: memory quadratic in the parts of a dotted key (10,000 parts: 400 MB).
MAX_DEPTH = 32
#: The longest identifier (a routine's id is made from its name: see routines.MAX_NAME).
MAX_IDENTIFIER = 256

_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlong = 40
_SHORT.maxlevel = 2
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 4


def shown(value: object) -> str:
    """``repr(value)``, short enough for a one-line message whatever the file held."""
    return _SHORT.repr(value)


def file_label(path: Path | str) -> str:
    """``path`` as text for a one-line message (a file name may hold a line break)."""
    text = str(path)
    return text if text.isprintable() else shown(text)


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.1f} MiB" if count >= 1024 * 1024 else f"{count:,} bytes"


def read_text(path: Path, error: type[ValueError], what: str, limit: int = MAX_FILE_BYTES) -> str:
    """The text of ``path``; a file that cannot be read, or is too large, binary or not
    UTF-8, becomes ``error`` naming it and the reason."""
    where = file_label(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{where}: cannot read the {what}: it is a folder")
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device: reading could block
            raise error(f"{where}: cannot read the {what}: it is not a regular file")
        if info.st_size > limit:
            raise error(
                f"{where}: the {what} is too large ({_size(info.st_size)}; at most {_size(limit)})"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as problem:
        raise error(f"{where}: cannot read the {what}: {problem.strerror or problem}") from None
    if len(data) > limit:  # it grew after stat()
        raise error(f"{where}: the {what} is too large (more than {_size(limit)})")
    if b"\0" in data:
        raise error(f"{where}: the {what} is not text (it holds NUL bytes: binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as problem:
        raise error(
            f"{where}: the {what} is not UTF-8 text "
            f"(byte 0x{data[problem.start]:02x} at offset {problem.start})"
        ) from None
    return text.removeprefix("\ufeff")  # a byte order mark, as some editors write


# Outside strings and comments: an opening or closing bracket or brace, or a key with
# more than MAX_DEPTH dots. Strings and comments are matched whole, so that nothing in
# them counts; the quantifiers are possessive or end at a closing quote, so the scan is
# linear in the size of the text.
_KEY_PART = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')"""
_STRUCTURE = re.compile(
    r"(?P<chain>(?<![A-Za-z0-9_-])(?:"
    + _KEY_PART
    + rf"[ \t]*+\.[ \t]*+){{{MAX_DEPTH}}})"
    + r'|"""(?:[^\\]|\\.)*?"""(?:"{1,2})?'  # multi-line basic string
    + r"|'''.*?'''(?:'{1,2})?"  # multi-line literal string
    + r'|"(?:[^"\\\n]|\\.)*+"'  # basic string
    + r"|'[^'\n]*+'"  # literal string
    + r"|#[^\n]*+"  # comment
    + r"|(?P<open>[\[{])|(?P<close>[\]}])",
    re.DOTALL,
)


def too_deep(text: str) -> int | None:
    """The offset where ``text`` nests arrays and tables, or dots a key, more than
    :data:`MAX_DEPTH` levels deep; None when it does not."""
    depth = 0
    for match in _STRUCTURE.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                return match.start()
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "chain":
            return match.start()
    return None


def parse_toml(text: str, filename: str, error: type[ValueError]) -> dict[str, Any]:
    """Parse ``text``; a syntax error becomes ``error`` naming the file and line, and so
    does a text too large or too deeply nested to parse safely."""
    filename = file_label(filename)
    if len(text) > MAX_FILE_BYTES:
        raise error(f"{filename}: too large ({len(text):,} characters; at most {MAX_FILE_BYTES:,})")
    deep = too_deep(text)
    if deep is not None:
        number = text.count("\n", 0, deep) + 1
        raise error(f"{filename}:{number}: nested more than {MAX_DEPTH} levels deep")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        line = re.search(r"at line (\d+)", str(problem))
        where = f"{filename}:{line.group(1)}" if line else filename
        raise error(f"{where}: not valid TOML: {problem}") from None
    except RecursionError:  # the scan above should prevent it: still never a traceback
        raise error(f"{filename}: not valid TOML: nested too deeply") from None
    except MemoryError:
        raise error(f"{filename}: not valid TOML: too large to read") from None
    except ValueError as problem:  # an integer of more than 4,300 digits
        reason = str(problem).split(":")[0] if "digits" in str(problem) else str(problem)
        reason = " ".join(reason.split())[:100] or type(problem).__name__
        raise error(f"{filename}: not valid TOML: {reason}") from None


def clean_text(text: str, multiline: bool = False) -> str:
    """``text`` stripped, with each control character (a tab, an escape, a line break
    unless ``multiline``) replaced by a space; a Windows line break becomes ``\n``."""
    if multiline:
        text = text.replace("\r\n", "\n")
    return "".join(
        " " if unicodedata.category(c) in _CONTROL and not (multiline and c == "\n") else c
        for c in text
    ).strip()


_CONTROL = ("Cc", "Zl", "Zp")


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
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", key):  # a quoted key may hold anything
            key = shown(key)
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
            label = (
                f"{key} {shown(ident)}" if isinstance(ident, str) else f"{key} number {index + 1}"
            )
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

    def words(self, key: str, longest: int, multiline: bool = False) -> str:
        """Text shown to the person (a name, a description): control characters become
        spaces (see :func:`clean_text`); more than ``longest`` characters is refused."""
        text = clean_text(self.text(key), multiline)
        if not text:
            self.fail(key, "must be non-empty text")
        if len(text) > longest:
            self.fail(key, f"is {len(text):,} characters long; at most {longest:,}")
        return text

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", value):
            self.fail(key, f"{shown(value)} must be lowercase letters, digits and _")
        if len(value) > MAX_IDENTIFIER:
            self.fail(key, f"is {len(value):,} characters long; at most {MAX_IDENTIFIER}")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            self.fail(key, f"{shown(value)} must be true or false")
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"{shown(value)} must be a whole number")
        if not low <= value <= high:
            self.fail(key, f"{shown(value)} is outside {low}–{high}")
        return value

    def number(self, key: str, low: float, high: float, default: float | None = None) -> float:
        if default is not None and key not in self.data:
            return default
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"{shown(value)} must be a number")
        if not low <= value <= high:  # also refuses nan and inf
            self.fail(key, f"{shown(value)} is outside {low:g}–{high:g}")
        return float(value)

    def choice(self, key: str, kind: type[enum.StrEnum]) -> Any:
        value = self.text(key)
        options = [member.value for member in kind]
        if value not in options:
            self.fail(key, f"{shown(value)} is not one of {', '.join(options)}")
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
