"""Exports from the File menu: the history as CSV, a PDF report, the chart as PNG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from holdpoint.core.catalog import Catalog
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.ui.widgets import session_count

if TYPE_CHECKING:
    from holdpoint.storage.history import HistoryStore

#: Per kind: the dialog's title, the file name offered, and the filter (the title and
#: the filter marked for translation in the context "exports"; the file name stays).
FILES: dict[str, tuple[str, str, str]] = {
    "csv": (
        QT_TRANSLATE_NOOP("exports", "Export history as CSV"),
        "holdpoint-history.csv",
        QT_TRANSLATE_NOOP("exports", "CSV files (*.csv)"),
    ),
    "pdf": (
        QT_TRANSLATE_NOOP("exports", "Report for a clinician"),
        "holdpoint-report.pdf",
        QT_TRANSLATE_NOOP("exports", "PDF files (*.pdf)"),
    ),
    "png": (
        QT_TRANSLATE_NOOP("exports", "Save the chart"),
        "holdpoint-chart.png",
        QT_TRANSLATE_NOOP("exports", "PNG images (*.png)"),
    ),
}


def ask_export_file(parent: QWidget, kind: str, chosen: Callable[[Path], object]) -> None:
    """Ask where to save a ``kind`` export (window-modal, never blocking)."""
    title, name, pattern = FILES[kind]
    dialog = QFileDialog(
        parent,
        localized("exports", title),
        str(Path.home() / name),
        localized("exports", pattern),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(kind)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def write_export(
    kind: str, path: Path, store: HistoryStore, catalog: Catalog, chart: Callable[[], QWidget]
) -> str:
    """Write the export; returns what was written, as a sentence ("Wrote …"). Raises
    OSError."""
    translate = QCoreApplication.translate
    if kind == "csv":
        from holdpoint.storage.export import export_csv, holds_path

        sessions, holds = export_csv(store, path)
        done = translate("exports", "Wrote {sessions} to {path} and {holds} to {holds_path}.")
        words = {"sessions": session_count(sessions), "holds": _holds(holds)}
        return done.format(**words, path=path, holds_path=holds_path(path))
    if kind == "pdf":
        from holdpoint.ui.history.report import write_report

        count = write_report(store, catalog, path)
        return translate("exports", "Wrote a report of {sessions} to {path}.").format(
            sessions=session_count(count), path=path
        )
    if not chart().grab().save(str(path), "PNG"):
        raise OSError(translate("exports", "cannot write {path}").format(path=path))
    return translate("exports", "Wrote the chart to {path}.").format(path=path)


def _holds(count: int) -> str:
    """How many holds, in words: "1 hold", "3 holds"."""
    translate = QCoreApplication.translate
    if count == 1:
        return translate("exports", "1 hold")
    return translate("exports", "{count} holds").format(count=count)
