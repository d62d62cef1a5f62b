from pathlib import Path

import pytest

from holdpoint import cli
from holdpoint.core.preferences import Place, Theme


def test_defaults():
    options = cli.parse([])
    assert options == cli.Options()
    assert options.size == (1280, 800)


def test_all_options():
    options = cli.parse(
        [
            "--data-dir",
            "d",
            "--screenshot",
            "o.png",
            "--place",
            "history",
            "--size",
            "640X480",
            "--theme",
            "dark",
        ]
    )
    assert options.data_dir == Path("d")
    assert options.screenshot == Path("o.png")
    assert options.place is Place.HISTORY
    assert options.size == (640, 480)
    assert options.theme is Theme.DARK


def test_tray_starts_without_a_window_and_may_load_a_routine():
    assert cli.parse([]).tray is False
    options = cli.parse(["--tray", "--routine", "quick_five"])
    assert options.tray is True and options.routine == "quick_five"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--size", "12"], "size must look like 1280x800"),
        (["--size", "100x100"], "outside 320x240"),
        (["--size", "9000x100"], "outside"),
        (["--place", "garden"], "--place"),
        (["--theme", "pink"], "--theme"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--data-dir"], "expected one argument"),
        (["--tray", "--routine", "quick_five", "--start"], "--tray cannot be used with"),
        (["--tray", "--screenshot", "o.png"], "--tray cannot be used with"),
    ],
)
def test_bad_argument_exits_2_with_one_line(args, fragment, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.parse(args)
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert fragment in captured.err
    assert captured.err.startswith("holdpoint: ")


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.parse(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == "Holdpoint 0.1.0\n"
