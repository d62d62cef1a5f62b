"""The packaged program, built from a clean copy of the project with packaging/build, run
as a person would run it: no Python on PATH, no PYTHONHOME or PYTHONPATH, a new data folder.

The bundle (dist/Holdpoint), the tarball and the .deb are built once for this module
(about a minute). Each is started under Xvfb: screenshots of every place, a short session
with its sounds recorded from the null sink and found in its own database, export and
report; the .deb is unpacked with dpkg-deb -x into a temporary root and run from there.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from harness.app import app_env, write_routine
from harness.images import assert_real_picture, load_png

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parents[2]
VERSION = "0.1.0"
#: What a person's environment has that a developer's must not lend the bundle.
STRIPPED = ("PATH", "PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONSTARTUP")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """A clean copy of the project (what git would check out, untracked files included),
    built with the one build command; returns its dist/ folder."""
    source = tmp_path_factory.mktemp("checkout")
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, check=True).stdout  # fmt: skip
    for name in filter(None, listed.decode().split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, source / "packaging" / "build", "--python", sys.executable,
         "--no-system-packages"],
        cwd=source, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return source / "dist"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = app_env(home, extra)
    for name in STRIPPED:
        env.pop(name, None)
    env["PATH"] = "/usr/bin:/bin"  # the system's tools only, no virtual environment
    env.setdefault("LANG", "C.UTF-8")  # as on any desktop (Qt warns without a UTF-8 locale)
    return env


def _run(program: Path, args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], env=_env(home), capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def _smoke(program: Path, home: Path, tmp: Path, pulse) -> None:
    """What a person does first: version, every place, a short session, export, report."""
    tmp.mkdir(exist_ok=True)
    version = _run(program, ["--version"], home)
    assert version.returncode == 0 and version.stdout.strip() == f"Holdpoint {VERSION}"
    data = tmp / "data"
    for place in ("map", "session", "history"):
        out = tmp / f"{place}.png"
        shot = _run(program, ["--data-dir", str(data), "--screenshot", str(out), "--place",
                              place, "--size", "1280x800"], home)  # fmt: skip
        assert shot.returncode == 0, shot.stderr
        image = load_png(out)
        assert (image.width(), image.height()) == (1280, 800)
        assert_real_picture(image)
        assert shot.stderr == "", shot.stderr  # no warning on the terminal

    routine = write_routine(tmp / "short.toml", "Bundle check", hold_s=15, reps=1)
    log = tmp / "cues.log"
    args = ["--data-dir", str(data), "--routine", str(routine), "--start",
            "--speech-engine", "mock", "--cue-log", str(log)]  # fmt: skip
    with pulse.record(tail=1.0) as recording:
        process = subprocess.Popen([str(program), *args], env=_env(home), text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            deadline = time.monotonic() + 90
            while "session_done" not in (log.read_text() if log.exists() else ""):
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "the session never finished"
                time.sleep(0.2)
            time.sleep(0.5)
        finally:
            process.terminate()
            _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err and "Warning" not in err, err
    assert recording.peak() > 3000, "no cue reached the sound server"
    assert recording.sounding().size > 0
    with sqlite3.connect(data / "history.sqlite3") as db:
        sessions = db.execute("SELECT routine FROM sessions").fetchall()
        holds = db.execute("SELECT zone, side, outcome FROM holds").fetchall()
    assert sessions == [("Bundle check",)]
    assert holds == [("piriformis", "left", "completed")]

    csv = tmp / "history.csv"
    exported = _run(program, ["export", "--csv", str(csv), "--data-dir", str(data)], home)
    assert exported.returncode == 0, exported.stderr
    assert "Bundle check" in csv.read_text()
    # Half a year of history: the charts (pyqtgraph and numpy, inside the bundle) draw.
    demo = tmp / "demo"
    made = _run(program, ["demo-history", "--data-dir", str(demo), "--years", "0.5"], home)
    assert made.returncode == 0, made.stderr
    chart = tmp / "history-demo.png"
    shot = _run(program, ["--data-dir", str(demo), "--screenshot", str(chart), "--place",
                          "history"], home)  # fmt: skip
    assert shot.returncode == 0 and shot.stderr == "", shot.stderr
    assert_real_picture(load_png(chart), min_colours=400)
    pdf = tmp / "report.pdf"
    report = _run(program, ["report", "--pdf", str(pdf), "--data-dir", str(data)], home)
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    # German, from the translations inside the bundle: the window without a warning about
    # a missing translation, and the report in German.
    german = tmp / "map-de.png"
    shot = _run(program, ["--data-dir", str(data), "--screenshot", str(german), "--language",
                          "de"], home)  # fmt: skip
    assert shot.returncode == 0 and shot.stderr == "", shot.stderr
    assert_real_picture(load_png(german))
    pdf = tmp / "bericht.pdf"
    report = _run(program, ["report", "--pdf", str(pdf), "--data-dir", str(data), "--language",
                            "de"], home)  # fmt: skip
    assert report.returncode == 0, report.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Protokoll der Selbstmassage" in text and "Beinschmerz" in text, text[:400]


def test_the_bundle_runs_without_python_and_keeps_to_its_size(built, home, tmp_path, pulse):
    bundle = built / "Holdpoint"
    program = bundle / "holdpoint"
    assert os.access(program, os.X_OK)
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb <= 180, f"the bundle is {size_mb:.0f} MB"
    # Resources travel inside; the person's data never goes beside the program.
    assert (bundle / "_internal" / "holdpoint" / "resources" / "zones.toml").is_file()
    assert (bundle / "_internal" / "holdpoint" / "resources" / "i18n" / "holdpoint_de.qm").is_file()
    assert list((bundle / "_internal").rglob("translations/qtbase_de.qm"))  # Qt's own dialogs
    _smoke(program, home, tmp_path, pulse)
    assert not list(bundle.glob("*.sqlite3")) and not (bundle / "data").exists()


def test_the_tarball_has_the_bundle_the_menu_entry_and_the_icons(built, tmp_path):
    archive = built / f"holdpoint-{VERSION}-linux-x86_64.tar.gz"
    assert archive.stat().st_size <= 80e6
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path, filter="tar")
    top = tmp_path / f"holdpoint-{VERSION}-linux-x86_64"
    assert os.access(top / "Holdpoint" / "holdpoint", os.X_OK)
    for size in (16, 32, 48, 128, 256, 512):
        assert (top / "share/icons/hicolor" / f"{size}x{size}/apps/holdpoint.png").is_file()
    # The menu entry goes into the person's own data folder, and comes out again.
    data_home = tmp_path / "share"
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"}
    added = subprocess.run([top / "install-desktop-entry"], env=env, capture_output=True,
                           text=True, check=True)  # fmt: skip
    entry = data_home / "applications" / "holdpoint.desktop"
    assert f'Exec="{top}/Holdpoint/holdpoint"' in entry.read_text(), added.stdout
    assert (data_home / "icons/hicolor/256x256/apps/holdpoint.png").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate:
        assert subprocess.run([validate, entry], capture_output=True).returncode == 0
    subprocess.run([top / "install-desktop-entry", "--remove"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    assert not entry.exists()
    assert not (data_home / "icons/hicolor/256x256/apps/holdpoint.png").exists()


def test_the_deb_installs_in_the_standard_places_and_runs_from_there(built, home, tmp_path, pulse):
    deb = built / f"holdpoint_{VERSION}_amd64.deb"
    fields = subprocess.run(["dpkg-deb", "-f", deb, "Package", "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Package: holdpoint" in fields and f"Version: {VERSION}" in fields
    depends = fields.split("Depends:")[1]
    for library in ("libegl1", "libgl1", "fonts-dejavu-core"):
        assert library in depends
    assert "python" not in depends  # it carries its own
    if shutil.which("lintian"):
        checked = subprocess.run(["lintian", "--no-tag-display-limit", deb],
                                 capture_output=True, text=True)  # fmt: skip
        errors = [line for line in checked.stdout.splitlines() if line.startswith("E:")]
        assert errors == []
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    assert os.readlink(root / "usr/bin/holdpoint") == "/opt/holdpoint/holdpoint"
    assert (root / "usr/share/applications/holdpoint.desktop").is_file()
    assert (root / "usr/share/icons/hicolor/scalable/apps/holdpoint.svg").is_file()
    _smoke(root / "opt/holdpoint/holdpoint", home, tmp_path / "run", pulse)
