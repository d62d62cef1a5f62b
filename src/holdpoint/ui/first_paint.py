"""For bench/: report when the window has first been painted, then quit.

Set ``HOLDPOINT_FIRST_PAINT_PROBE=1`` and Holdpoint prints ``painted <peak RSS KiB>`` on
standard output once its window and the children in it have first been painted, and
quits. bench/bundle.py times the packaged program, the installed wheel and a bare Qt
window this way, from the outside, with nothing else added to the program.
"""

from __future__ import annotations

import resource

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "HOLDPOINT_FIRST_PAINT_PROBE"


class FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after the children painted too
        return False

    def _report(self) -> None:
        print(f"painted {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
        QCoreApplication.quit()
