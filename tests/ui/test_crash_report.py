"""An unexpected error in a slot: a calm report over the window, the traceback in the log
file, and the window goes on working."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from holdpoint import crash
from holdpoint.core.preferences import Place
from holdpoint.ui.crash_dialog import CrashDialog, CrashReporter


class _Faulty(QObject):
    poke = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.poke.connect(self.fail)

    def fail(self) -> None:
        raise RuntimeError("injected for the test")


@pytest.fixture
def logging_to(tmp_path, root_logging):
    """The real log set-up, into a temporary folder; undone afterwards."""
    return crash.start_logging(tmp_path / "log")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_report_logs_it_and_the_window_goes_on(
    holdpoint, qtbot, logging_to, monkeypatch
):
    assert logging_to is not None and oct(logging_to.stat().st_mode & 0o777) == "0o600"
    window = holdpoint.window
    reporter = CrashReporter(window, logging_to.parent)
    crash.install_excepthook(reporter.show)
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)  # keep the terminal clean
    faulty = _Faulty()
    faulty.poke.emit()  # PySide6 hands the slot's exception to sys.excepthook
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert isinstance(dialog, CrashDialog)
    report = dialog.report.toPlainText()
    assert "RuntimeError: injected for the test" in report and "Holdpoint 0.1.0" in report
    assert str(holdpoint.data_dir) not in report or "~" in report  # the home folder hidden
    logged = logging_to.read_text()
    assert "Unexpected error" in logged and "RuntimeError: injected for the test" in logged
    # A second error joins the same report, no second dialog.
    faulty.poke.emit()
    qtbot.waitUntil(lambda: len(dialog.reports) == 2)
    assert reporter.dialog is dialog
    dialog.copy()
    assert "injected for the test" in QApplication.clipboard().text()
    dialog.close()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    # The window still does what it is asked.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_place() is Place.HISTORY


def test_the_report_hides_the_home_folder(tmp_path, monkeypatch):
    name = "al" + "ice"  # not in this file's source, which the traceback quotes
    home = tmp_path / name
    monkeypatch.setenv("HOME", str(home))
    try:
        raise ValueError(f"cannot read {home / 'notes.txt'}")
    except ValueError as error:
        report = crash.report_text(type(error), error, error.__traceback__)
    assert name not in report and "~/notes.txt" in report
