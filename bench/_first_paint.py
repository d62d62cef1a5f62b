"""Started by startup.py: build one window, report when it has first been painted, quit.

    python _first_paint.py bare|bare_text|bare_qt|bare_map|holdpoint DATA_DIR

``bare`` is an empty QMainWindow; ``bare_text`` adds a menu bar and one label, so it
also pays for loading and drawing fonts, which an empty window never does; ``bare_qt`` is
``bare`` that names one value of the ``Qt`` namespace (``Qt.AlignmentFlag.AlignCenter``),
as every real PySide6 user interface does: PySide6 then builds the namespace's ~100
Python enum classes at once. ``bare_map`` is the Map's Qt parts without Holdpoint's code
(see ``_bare_map.py``): the floor under Holdpoint's first paint in PySide6.

Prints ``painted <peak RSS KiB>`` once the first paint of the window has finished.
"""

import resource
import sys
from pathlib import Path


def main() -> None:
    variant, data_dir = sys.argv[1], Path(sys.argv[2])
    if variant == "bare_map":
        from PySide6.QtWidgets import QApplication

        from _bare_map import build

        app = QApplication(sys.argv[:1])
        window = build(app, data_dir.with_name("bare_map.png"))
    elif variant.startswith("bare"):
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("bare")
        if variant == "bare_text":
            window.menuBar().addMenu("&File").addAction("&Quit")
            window.setCentralWidget(QLabel("Where does it hurt?"))
        if variant == "bare_qt":
            from PySide6.QtCore import Qt

            assert Qt.AlignmentFlag.AlignCenter
    else:
        # The program itself, as `holdpoint` starts it: the instance lock, the log, the
        # window; it prints the same line at its first paint and quits.
        import os

        from holdpoint.main import main as holdpoint_main
        from holdpoint.ui.first_paint import PROBE_ENV

        os.environ[PROBE_ENV] = "1"
        sys.exit(holdpoint_main(["--data-dir", str(data_dir)]))
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self.report)  # after the children painted too
            return False

        def report(self) -> None:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"painted {rss}", flush=True)
            app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
