"""A disk that turns read-only (or full) mid-session: the window keeps a plain banner up
while finished holds wait in memory, and takes it away once they are all written."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from holdpoint.core.routine import Sides, Step
from holdpoint.core.routines import Routine

ROUTINE = Routine("disk", "Disk", "", (Step("piriformis", Sides.LEFT, 15, 2, 5),))


class _ReadOnlyHolds:
    """The store's connection, refusing hold writes as a read-only disk does."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.failing = True

    @property
    def in_transaction(self) -> bool:
        return self._connection.in_transaction

    def execute(self, sql: str, *args):
        if self.failing and sql.startswith("INSERT INTO holds"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return self._connection.execute(sql, *args)

    def close(self) -> None:
        self._connection.close()


def test_a_banner_stays_while_holds_wait_and_goes_when_they_are_saved(holdpoint, qtbot, clock):
    window = holdpoint.window
    store = holdpoint.open_history()
    connection = _ReadOnlyHolds(store.connection)
    store.connection = connection
    window.start_session(ROUTINE)
    for _row in range(2):  # skip the before-ratings
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    def run_for(seconds: float) -> None:
        for _ in range(int(seconds * 4)):
            clock.now += 0.25
            if window.run is not None and window.run.running:
                window.run.controller.tick()

    run_for(15 + 15 + 1)  # get ready, the first hold: its write fails
    assert window.saving.isVisible()
    assert "could not be saved yet" in window.saving.text.text()
    assert window.saving.accessibleName() == "Not saved yet"
    connection.failing = False  # the disk takes writes again
    run_for(5 + 15 + 1)  # the second hold ends and both are written
    assert not window.saving.isVisible()
    assert "saved now" in window.statusBar().currentMessage()
    holds = store.connection.execute("SELECT rep FROM holds ORDER BY id").fetchall()
    assert holds == [(1,), (2,)]
