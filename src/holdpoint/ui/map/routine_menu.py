"""The Routines button on the Map: built-in routines, and routine files in and out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from holdpoint.core.catalog import Catalog
from holdpoint.core.routine import RoutineDraft, format_duration
from holdpoint.core.routines import (
    Routine,
    RoutineError,
    dump_routine,
    load_routines,
    routine_id,
)
from holdpoint.storage.routine_store import RoutineStore, RoutineStoreError


class RoutineMenu(QObject):
    """Owns the button and its menu; emits ``loaded`` with a routine to put on the Map."""

    loaded = Signal(object)

    def __init__(
        self,
        catalog: Catalog,
        routines: tuple[Routine, ...],
        draft: RoutineDraft,
        owner: QWidget,
        store: RoutineStore | None = None,
    ) -> None:
        super().__init__(owner)
        self.catalog = catalog
        self.draft = draft
        self.owner = owner
        self.store = store
        self.built_ins = routines
        self.button = QPushButton(self.tr("Ro&utines"))
        self.button.setToolTip(
            self.tr("Start from a ready-made routine, or open or save a routine file")
        )
        self.button.setAccessibleName(self.tr("Routines"))
        self.menu = QMenu(self.button)
        self.delete_menu = QMenu(self.tr("&Delete a saved routine"), self.menu)
        self.save_named_action = self._action(
            self.tr("Save as a &named routine…"), QKeySequence("Ctrl+Shift+S"), self.ask_name
        )
        self.open_action = self._action(
            self.tr("&Open a routine file…"),
            QKeySequence(QKeySequence.StandardKey.Open),
            self.ask_open,
        )
        self.save_action = self._action(
            self.tr("&Save this routine to a file…"),
            QKeySequence(QKeySequence.StandardKey.Save),
            self.ask_save,
        )
        self.button.setMenu(self.menu)
        self.rebuild()

    def _action(self, text: str, keys: QKeySequence, slot: object) -> QAction:
        """A menu action whose shortcut works anywhere in the window."""
        action = QAction(text, self.menu)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.owner.addAction(action)
        return action

    def rebuild(self) -> None:
        """The menu: ready-made routines, the person's own, then files."""
        self.menu.clear()
        self.delete_menu.clear()

        def add(routine: Routine) -> None:
            action = self.menu.addAction(
                self.tr("{routine}  ({duration})").format(
                    routine=routine.name, duration=format_duration(routine.seconds())
                )
            )
            action.setToolTip(routine.description)
            action.triggered.connect(lambda _checked=False, r=routine: self.loaded.emit(r))

        self.menu.addSection(self.tr("Ready-made"))
        for routine in self.built_ins:
            add(routine)
        own = self.store.routines if self.store is not None else []
        if own:
            self.menu.addSection(self.tr("Yours"))
            for routine in own:
                add(routine)
                remove = self.delete_menu.addAction(routine.name)
                remove.triggered.connect(lambda _checked=False, r=routine: self.delete(r.id))
        self.menu.addSeparator()
        if self.store is not None:
            self.menu.addAction(self.save_named_action)
            if own:
                self.menu.addMenu(self.delete_menu)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.save_action)

    # -------------------------------------------------------------- the person's routines

    def ask_name(self) -> None:
        if not len(self.draft):
            self._tell(self.tr("Nothing to save yet"), self.tr("Add zones to your routine first."))
            return
        dialog = QInputDialog(self.owner)
        dialog.setWindowTitle(self.tr("Save as a named routine"))
        dialog.setLabelText(self.tr("A name for this routine (the same name replaces it):"))
        dialog.textValueSelected.connect(self.save_named)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_named(self, name: str) -> bool:
        name = name.strip()
        if self.store is None or not name or not len(self.draft):
            return False
        routine = Routine(routine_id(name), name, "", self.draft.steps)
        try:
            self.store.save(routine)
        except RoutineStoreError as error:
            self._tell(self.tr("The routine could not be saved"), str(error))
            return False
        self.rebuild()
        return True

    def delete(self, ident: str) -> bool:
        if self.store is None:
            return False
        try:
            self.store.delete(ident)
        except RoutineStoreError as error:
            self._tell(self.tr("The routine could not be deleted"), str(error))
            return False
        self.rebuild()
        return True

    # -------------------------------------------------------------- files

    def ask_open(self) -> None:
        dialog = QFileDialog(
            self.owner, self.tr("Open a routine file"), str(Path.home()), self._filter()
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_file(Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_file(self, path: Path) -> bool:
        """Load the first routine of ``path``; a bad file is refused, and nothing changes."""
        try:
            routine = load_routines(path, self.catalog)[0]
        except RoutineError as error:
            self._tell(self.tr("This routine file cannot be used"), str(error))
            return False
        self.loaded.emit(routine)
        return True

    def ask_save(self) -> None:
        if not len(self.draft):
            self._tell(self.tr("Nothing to save yet"), self.tr("Add zones to your routine first."))
            return
        dialog = QFileDialog(self.owner, self.tr("Save this routine"),
                             str(Path.home() / "routine.toml"), self._filter())  # fmt: skip
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("toml")
        dialog.fileSelected.connect(lambda name: self.save_file(Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_file(self, path: Path, name: str | None = None) -> bool:
        name = name or path.stem.replace("_", " ").strip() or self.tr("My routine")
        routine = Routine(routine_id(name), name, "", self.draft.steps)
        try:
            path.write_text(dump_routine(routine), encoding="utf-8")
        except OSError as error:
            self._tell(
                self.tr("The routine could not be saved"),
                self.tr("{path}: {reason}").format(path=path, reason=error.strerror or error),
            )
            return False
        return True

    def _filter(self) -> str:
        """The file dialogs' filter: its pattern stays as it is."""
        return self.tr("Holdpoint routines (*.toml)")

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self.owner)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
