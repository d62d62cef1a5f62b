"""The real ``python -m holdpoint`` as a subprocess: version, errors, screenshots."""

from __future__ import annotations

import pytest

from harness.app import run_holdpoint
from harness.images import assert_has_text, assert_real_picture, load_png

pytestmark = pytest.mark.system


def test_version(home):
    result = run_holdpoint(["--version"], home)
    assert result.returncode == 0
    assert result.stdout == "Holdpoint 0.1.0\n"


def test_help_lists_the_options(home):
    result = run_holdpoint(["--help"], home)
    assert result.returncode == 0
    for option in ("--data-dir", "--screenshot", "--place", "--size", "--theme", "--version"):
        assert option in result.stdout


def test_bad_argument_exits_2_with_one_line(home):
    result = run_holdpoint(["--place", "garden"], home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("holdpoint: argument --place")


def test_unwritable_data_dir_exits_1_naming_the_path(home, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = run_holdpoint(["--data-dir", str(blocker / "data")], home)
    assert result.returncode == 1
    assert f"cannot create the data folder {blocker / 'data'}" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("place", ["map", "session", "history"])
def test_screenshot_of_each_place(home, tmp_path, data_dir, place):
    out = tmp_path / f"{place}.png"
    result = run_holdpoint(
        ["--data-dir", str(data_dir), "--screenshot", str(out), "--place", place], home
    )
    assert result.returncode == 0, result.stderr
    assert data_dir.is_dir()
    image = load_png(out)
    assert (image.width(), image.height()) == (1280, 800)
    pixels = assert_real_picture(image, min_colours=200)
    # The Holdpoint wordmark at the top left, and the place's title in the middle.
    assert_has_text(pixels, (50, 30, 120, 40), "the Holdpoint wordmark")
    assert_has_text(pixels, (200, 360, 880, 80), f"the {place} title")


def test_screenshot_size_and_dark_theme(home, tmp_path, data_dir):
    light, dark = tmp_path / "light.png", tmp_path / "dark.png"
    for out, scheme in ((light, "light"), (dark, "dark")):
        result = run_holdpoint(
            [
                "--data-dir",
                str(data_dir),
                "--screenshot",
                str(out),
                "--size",
                "1600x1000",
                "--theme",
                scheme,
            ],
            home,
        )
        assert result.returncode == 0, result.stderr
    light_image, dark_image = load_png(light), load_png(dark)
    assert (dark_image.width(), dark_image.height()) == (1600, 1000)
    # The background (a pixel of empty window) is light in one and dark in the other.
    assert light_image.pixelColor(700, 120).lightness() > 200
    assert dark_image.pixelColor(700, 120).lightness() < 60


def test_screenshot_to_an_unwritable_file_exits_1(home, tmp_path, data_dir):
    out = tmp_path / "missing-folder" / "x.png"
    result = run_holdpoint(["--data-dir", str(data_dir), "--screenshot", str(out)], home)
    assert result.returncode == 1
    assert str(out) in result.stderr


def test_screenshot_never_saves_preferences(home, tmp_path, data_dir):
    result = run_holdpoint(
        ["--data-dir", str(data_dir), "--screenshot", str(tmp_path / "x.png"), "--theme", "dark"],
        home,
        health_checked=False,
    )
    assert result.returncode == 0, result.stderr
    assert not (home / "config" / "Holdpoint" / "settings.ini").exists()


@pytest.mark.parametrize(
    ("args", "env", "caption"),
    [
        # A 2560×1600 window at 96 dpi: text twice the size, as the window is large.
        (["--size", "2560x1600"], {}, (160, 385, 110, 45)),
        # A 1280×800 window on a screen of twice the pixel density: Qt doubles it all.
        ([], {"QT_SCALE_FACTOR": "2"}, (160, 450, 110, 45)),
    ],
    ids=["2560x1600", "device-pixel-ratio-2"],
)
def test_map_screenshot_at_high_resolution(home, tmp_path, data_dir, args, env, caption):
    out = tmp_path / "map.png"
    result = run_holdpoint(
        ["--data-dir", str(data_dir), "--screenshot", str(out), "--place", "map", *args],
        home,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    image = load_png(out)
    assert (image.width(), image.height()) == (2560, 1600)
    pixels = assert_real_picture(image, min_colours=400)
    # The back view's caption, drawn at twice the size: still text, not a blur of blocks.
    assert_has_text(pixels, caption, "the Back caption")


def test_demo_history_then_export_from_the_command_line(home, tmp_path, data_dir):
    result = run_holdpoint(["demo-history", "--data-dir", str(data_dir), "--years", "0.5"], home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote ") and "demo sessions" in result.stdout
    out = tmp_path / "out.csv"
    result = run_holdpoint(["export", "--csv", str(out), "--data-dir", str(data_dir)], home)
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith("session,started_at,")
    assert (tmp_path / "out-holds.csv").read_text().startswith("session,session_started_at,")


def test_export_counts_in_words_one_session_and_two_holds(home, tmp_path, data_dir):
    from holdpoint.storage.datadir import prepare_data_dir
    from holdpoint.storage.history import HistoryStore, HoldRow

    store = HistoryStore.open(prepare_data_dir(data_dir))
    session = store.start_session("a real one")
    for side in ("left", "right"):
        store.add_hold(session, HoldRow("piriformis", side, 1, 30.0, 30.0, "completed"))
    store.finish_session(session, "completed")
    store.close()
    out = tmp_path / "one.csv"
    result = run_holdpoint(["export", "--csv", str(out), "--data-dir", str(data_dir)], home)
    assert result.returncode == 0, result.stderr
    holds = tmp_path / "one-holds.csv"
    assert result.stdout == f"wrote 1 session to {out} and 2 holds to {holds}\n"


def test_demo_history_refuses_a_folder_with_real_sessions(home, data_dir):
    from holdpoint.storage.datadir import prepare_data_dir
    from holdpoint.storage.history import HistoryStore

    store = HistoryStore.open(prepare_data_dir(data_dir))
    store.start_session("a real one")
    store.close()
    result = run_holdpoint(["demo-history", "--data-dir", str(data_dir)], home)
    assert result.returncode == 1
    assert "holds real sessions" in result.stderr


def test_a_bad_date_for_export_is_one_line_and_exit_2(home, tmp_path):
    result = run_holdpoint(["export", "--csv", str(tmp_path / "x.csv"), "--since", "May"], home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "2026-11-23" in result.stderr


def test_report_is_one_pdf_page_with_title_period_and_zones(home, tmp_path, data_dir):
    import shutil
    import subprocess

    for tool in ("pdfinfo", "pdftotext"):
        assert shutil.which(tool), f"{tool} is not installed (Debian: poppler-utils)"
    assert run_holdpoint(["demo-history", "--data-dir", str(data_dir), "--years", "0.3"],
                         home).returncode == 0  # fmt: skip
    pdf = tmp_path / "report.pdf"
    result = run_holdpoint(["report", "--pdf", str(pdf), "--data-dir", str(data_dir)], home)
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Holdpoint — self-massage record" in text
    assert "Period:" in text and "2026" in text
    assert "Piriformis" in text and "Gluteus minimus (back part)" in text
    assert "not a diagnosis" in text
