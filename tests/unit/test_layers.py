"""The layering of DESIGN.md, checked: arrows point down only."""

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "holdpoint"


def _modules(package: str) -> list[str]:
    return sorted(
        "holdpoint."
        + ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for path in (SRC / package).rglob("*.py")
    )


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _run_blocking(blocked: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    guard = textwrap.dedent(
        f"""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {blocked!r}:
                    raise ImportError("blocked for the test: " + name)
        sys.meta_path.insert(0, Block())
        """
    )
    return subprocess.run(
        [sys.executable, "-c", guard + code], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("package", ["core", "storage"])
def test_core_and_storage_import_without_qt(package):
    modules = _modules(package)
    code = "\n".join(f"import {name}" for name in modules)
    result = _run_blocking(("PySide6", "shiboken6", "pyqtgraph"), code)
    assert result.returncode == 0, result.stderr


def test_core_imports_only_core():
    for path in (SRC / "core").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("holdpoint"):
                assert name == "holdpoint" or name.startswith("holdpoint.core"), (path, name)


def test_storage_imports_only_core():
    for path in (SRC / "storage").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("holdpoint."):
                assert name.startswith(("holdpoint.core", "holdpoint.storage")), (path, name)


def test_only_the_composition_root_imports_ui():
    for path in SRC.rglob("*.py"):
        # The composition root: app.py, its tray side (companion.py) and the command line's
        # main.py; commands.py is its windowless half (the PDF report).
        composition = ("app.py", "companion.py", "main.py", "commands.py")
        if "ui" in path.relative_to(SRC).parts[:1] or path.name in composition:
            continue
        assert not any(n.startswith("holdpoint.ui") for n in _imports(path)), path


def test_start_up_leaves_charts_sound_dbus_and_sqlite_for_later(tmp_path):
    """pyqtgraph, numpy, QtMultimedia, QtDBus and sqlite3 load after the first paint."""
    code = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from holdpoint.app import Holdpoint
        from holdpoint.cli import Options
        from pathlib import Path
        hp = Holdpoint(Options(), Path({str(tmp_path)!r}), Path({str(tmp_path / "s.ini")!r}))
        hp.window.show()
        hp.app.processEvents()
        heavy = ("pyqtgraph", "numpy", "PySide6.QtMultimedia", "PySide6.QtDBus", "sqlite3")
        heavy = sorted(name for name in heavy if name in sys.modules)
        print(",".join(heavy))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
