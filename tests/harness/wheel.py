"""Holdpoint as a wheel, installed into a fresh virtual environment: built from this
checkout without network access; the environment gets Holdpoint from the wheel alone and
borrows the third-party packages (PySide6 and so on) from the running one."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def build_wheel(out: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(out), str(REPO)],
                   check=True, timeout=300)  # fmt: skip
    (built,) = out.glob("holdpoint-*.whl")
    return built


def install_wheel(wheel: Path, env_dir: Path) -> Path:
    """A new environment at ``env_dir`` with ``wheel`` installed (pip byte-compiles it,
    as any install does); returns its ``bin`` folder."""
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", "--no-index", str(wheel)], check=True, timeout=300)  # fmt: skip
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    # Third-party dependencies from the running environment, after the wheel's own files.
    Path(purelib, "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir / "bin"
