"""The wheel's build hook: compile the translations (``resources/i18n/*.qm``) first, so
the wheel carries them (see packaging/translations.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent.parent


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "translations"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
        try:
            import PySide6  # noqa: F401  (lrelease comes with it)
        except ImportError:
            stale = [s.name for s in sources if not _fresh(s)]
            if stale:  # e.g. packaging/build's own environment: the bundle compiles them
                print(f"warning: {', '.join(stale)} not compiled (no PySide6 in the build "
                      "environment): this wheel shows Holdpoint in English only. Build with "
                      "--no-build-isolation from an environment with PySide6.",
                      file=sys.stderr)  # fmt: skip
            return
        subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py")], check=True)


def _fresh(source: Path) -> bool:
    target = source.with_suffix(".qm")
    return target.exists() and target.stat().st_mtime >= source.stat().st_mtime
