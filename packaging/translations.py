"""Holdpoint's translations: compile ``resources/i18n/*.ts`` to ``.qm``, or refresh the
``.ts`` sources from the code.

    python packaging/translations.py            make the .qm files that are missing or older
                                                than their .ts (./dev, packaging/build and
                                                the wheel's build hook run this)
    python packaging/translations.py --update   run lupdate over src/holdpoint: new texts
                                                appear in the .ts unfinished, for a translator
                                                (Qt Linguist, or any editor)

Run it with a Python that has PySide6 (the tools are Qt's lupdate and lrelease, shipped in
the PySide6 wheel). The .qm files are build output and not kept in git.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "src" / "holdpoint"


def qt_tool(name: str) -> Path:
    """The path of Qt's ``lupdate`` or ``lrelease`` inside the PySide6 package."""
    import PySide6

    return Path(PySide6.__file__).resolve().parent / (
        f"{name}.exe" if sys.platform == "win32" else name
    )


def compile_all(quiet: bool = True) -> list[Path]:
    """Compile each ``.ts`` whose ``.qm`` is missing or older; returns the ``.qm`` paths."""
    made = []
    for source in sorted(I18N.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            command = [str(qt_tool("lrelease")), str(source), "-qm", str(target)]
            if quiet:
                command.append("-silent")
            subprocess.run(command, check=True)
        made.append(target)
    return made


def update() -> None:
    """Bring every ``.ts`` up to date with the texts marked in the code. lupdate takes the
    code's ``#:`` attribute comments for notes to the translator; they are not, and are
    dropped."""
    files = [str(path) for path in sorted(SOURCES.rglob("*.py"))]
    for source in sorted(I18N.glob("*.ts")):  # each names its language (de_DE)
        subprocess.run(
            [str(qt_tool("lupdate")), "-locations", "none", "-no-obsolete", *files,
             "-ts", str(source)],
            check=True,
        )  # fmt: skip
        text = source.read_text(encoding="utf-8")
        source.write_text(re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.S),
                          encoding="utf-8")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts from the code")
    if parser.parse_args().update:
        update()
    compile_all()


if __name__ == "__main__":
    main()
