"""The Routines button on the Map: built-in routines, and routine files in and out."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from holdpoint.core.catalog import Catalog
from holdpoint.core.routine import RoutineDraft, format_duration
from holdpoint.core.routines import Routine, RoutineError, dump_routine, load_routines

_FILTER = "Holdpoint routines (*.toml)"


class RoutineMenu(QObject):
    """Owns the button and its menu; emits ``loaded`` with a routine to put on the Map."""

    loaded = Signal(object)

    def __init__(
        self, catalog: Catalog, routines: tuple[Routine, ...], draft: RoutineDraft, owner: QWidget
    ) -> None:
        super().__init__(owner)
        self.catalog = catalog
        self.draft = draft
        self.owner = owner
        self.button = QPushButton("&Routines")
        self.button.setToolTip("Start from a ready-made routine, or open or save a routine file")
        self.button.setAccessibleName("Routines")
        self.menu = QMenu(self.button)
        for routine in routines:
            action = self.menu.addAction(f"{routine.name}  ({format_duration(routine.seconds())})")
            action.setToolTip(routine.description)
            action.triggered.connect(lambda _checked=False, r=routine: self.loaded.emit(r))
        self.menu.addSeparator()
        self.open_action = QAction("&Open a routine file…", self.menu)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.open_action.triggered.connect(self.ask_open)
        self.save_action = QAction("&Save this routine to a file…", self.menu)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.ask_save)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.save_action)
        owner.addAction(self.open_action)
        owner.addAction(self.save_action)
        self.button.setMenu(self.menu)

    # -------------------------------------------------------------- files

    def ask_open(self) -> None:
        dialog = QFileDialog(self.owner, "Open a routine file", str(Path.home()), _FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_file(Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_file(self, path: Path) -> bool:
        """Load the first routine of ``path``; a bad file is refused, and nothing changes."""
        try:
            routine = load_routines(path, self.catalog)[0]
        except RoutineError as error:
            self._tell("This routine file cannot be used", str(error))
            return False
        self.loaded.emit(routine)
        return True

    def ask_save(self) -> None:
        if not len(self.draft):
            self._tell("Nothing to save yet", "Add zones to your routine first.")
            return
        dialog = QFileDialog(self.owner, "Save this routine", str(Path.home() / "routine.toml"),
                             _FILTER)  # fmt: skip
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("toml")
        dialog.fileSelected.connect(lambda name: self.save_file(Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_file(self, path: Path, name: str | None = None) -> bool:
        name = name or path.stem.replace("_", " ").strip() or "My routine"
        ident = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_") or "routine"
        if not ident[0].isalpha():
            ident = f"routine_{ident}"
        routine = Routine(ident, name, "", self.draft.steps)
        try:
            path.write_text(dump_routine(routine), encoding="utf-8")
        except OSError as error:
            self._tell("The routine could not be saved", f"{path}: {error.strerror or error}")
            return False
        return True

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.owner)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
