"""The moment the window has first been painted: what is not needed to show the Map (cue
sounds, the history, History's charts) waits for it, so it never delays that paint.

With ``HOLDPOINT_FIRST_PAINT_PROBE=1`` set, Holdpoint also prints ``painted <peak RSS
KiB>`` at that moment and quits: bench/bundle.py times the packaged program, the
installed wheel and a bare Qt window this way, from the outside.
"""

from __future__ import annotations

import resource

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

PROBE_ENV = "HOLDPOINT_FIRST_PAINT_PROBE"


class FirstPaint(QObject):
    """Emits :attr:`painted` once, right after ``window`` and its children first painted
    (slots run in the order they were connected)."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after the children painted too
        return False


def report_and_quit() -> None:
    """The probe: say that the window is on screen, with the peak memory, and quit."""
    print(f"painted {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    QCoreApplication.quit()
