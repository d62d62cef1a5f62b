"""Exports from the File menu: the history as CSV, a PDF report, the chart as PNG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from holdpoint.core.catalog import Catalog

if TYPE_CHECKING:
    from holdpoint.storage.history import HistoryStore

#: Per kind: the dialog's title, the file name offered, and the filter.
FILES: dict[str, tuple[str, str, str]] = {
    "csv": ("Export history as CSV", "holdpoint-history.csv", "CSV files (*.csv)"),
    "pdf": ("Report for a clinician", "holdpoint-report.pdf", "PDF files (*.pdf)"),
    "png": ("Save the chart", "holdpoint-chart.png", "PNG images (*.png)"),
}


def ask_export_file(parent: QWidget, kind: str, chosen: Callable[[Path], object]) -> None:
    """Ask where to save a ``kind`` export (window-modal, never blocking)."""
    title, name, pattern = FILES[kind]
    dialog = QFileDialog(parent, title, str(Path.home() / name), pattern)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(kind)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def write_export(
    kind: str, path: Path, store: HistoryStore, catalog: Catalog, chart: Callable[[], QWidget]
) -> str:
    """Write the export; returns what was written, in words. Raises OSError."""
    if kind == "csv":
        from holdpoint.storage.export import export_csv, holds_path

        sessions, holds = export_csv(store, path)
        return f"{sessions} sessions to {path} and {holds} holds to {holds_path(path)}"
    if kind == "pdf":
        from holdpoint.ui.history.report import write_report

        return f"a report of {write_report(store, catalog, path)} sessions to {path}"
    if not chart().grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return f"the chart to {path}"
