"""resources/i18n/holdpoint_de.ts: complete, up to date with the code, and every
translation keeps its placeholders and its keyboard mnemonic."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "holdpoint_de.ts"
sys.path.insert(0, str(REPO / "packaging"))
from translations import qt_tool  # noqa: E402  (packaging/ is not a package)


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


MESSAGES = _messages(TS)


def _translation(message: ET.Element) -> str:
    return message.findtext("translation") or ""


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") is None  # not unfinished, vanished or obsolete
        and bool((translation.text or "").strip())
    )


def test_every_text_is_translated():
    unfinished = [f"[{c}] {source}" for c, source, m in MESSAGES if not _finished(m)]
    assert unfinished == []
    assert len(MESSAGES) > 300  # the whole window, not a sample


@pytest.mark.parametrize("pattern", [r"\{[a-z_]*\}", r"%n"])
def test_translations_keep_every_placeholder(pattern):
    wrong = [
        (context, source, _translation(message))
        for context, source, message in MESSAGES
        if sorted(re.findall(pattern, source)) != sorted(re.findall(pattern, _translation(message)))
    ]
    assert wrong == []


def test_translations_keep_the_keyboard_mnemonic():
    def has_mnemonic(text: str) -> bool:
        return bool(re.search(r"&[^&\s]", text.replace("&&", "")))

    wrong = [
        (source, _translation(message))
        for _context, source, message in MESSAGES
        if has_mnemonic(source) != has_mnemonic(_translation(message))
    ]
    assert wrong == []


def test_the_translation_file_has_every_text_the_code_marks(tmp_path):
    """A text marked in the code but missing here would show in English in a German
    window: run lupdate over src/ as packaging/translations.py --update does."""
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((REPO / "src" / "holdpoint").rglob("*.py"))]
    subprocess.run([str(qt_tool("lupdate")), "-silent", "-locations", "none", *files,
                    "-ts", str(fresh)], check=True, capture_output=True)  # fmt: skip
    marked = {(context, source) for context, source, _ in _messages(fresh)}
    known = {(context, source) for context, source, _ in MESSAGES}
    assert sorted(marked - known) == []
    assert sorted(known - marked) == []  # nothing left over from texts that are gone
