"""The routine being built: ordered steps, each with sides, hold and repetitions; and Start.

The list can be reordered by dragging or with Alt+Up / Alt+Down; the step under the
cursor is edited in the row below the list. Every edit goes through
:class:`~holdpoint.core.routine.RoutineDraft`, which refuses values out of range.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import HOLD_RANGE, REPS_RANGE, Catalog
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.routine import RoutineDraft, SideOrder, Sides, format_duration
from holdpoint.ui.widgets import ScaledLabel

_ZONE_ROLE = Qt.ItemDataRole.UserRole
START_DISABLED_WHY = QT_TRANSLATE_NOOP(
    "RoutinePanel", "Add at least one zone to your routine first: click zones on the body."
)


class RoutinePanel(QWidget):
    """Edits a :class:`RoutineDraft` owned by the Map; emits ``changed`` after every edit."""

    changed = Signal()
    startRequested = Signal()

    def __init__(self, catalog: Catalog, draft: RoutineDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.draft = draft
        self.setAccessibleName(self.tr("Your routine"))

        self.title = ScaledLabel(self.tr("Your routine"), 1.25, QFont.Weight.DemiBold)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total time"))
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Routine steps"))
        self.steps.setToolTip(self.tr("Drag to reorder, or Alt+Up / Alt+Down"))
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps.setAlternatingRowColors(True)
        # As tall as its steps (no empty box under two of them), scrolling beyond the room.
        self.steps.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.steps.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.steps.model().rowsMoved.connect(self._rows_dragged)
        self.steps.currentRowChanged.connect(self._show_step)
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", +1)):
            shortcut = QShortcut(QKeySequence(keys), self.steps)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_current(d))
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.steps)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_current)
        self.empty = QLabel(
            self.tr("Click zones on the body to add them here, in the order you like.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Routine is empty"))

        self.sides = QComboBox()
        self.sides.setAccessibleName(self.tr("Sides"))
        for option in Sides:
            self.sides.addItem(option.label, option)
        self.sides.activated.connect(lambda: self._edit(sides=self.sides.currentData()))
        self.hold = QSpinBox()
        self.hold.setRange(*HOLD_RANGE)
        self.hold.setSuffix(self.tr(" s"))
        self.hold.setAccessibleName(self.tr("Hold, seconds"))
        self.hold.valueChanged.connect(lambda value: self._edit(hold_s=value))
        self.reps = QSpinBox()
        self.reps.setRange(*REPS_RANGE)
        self.reps.setPrefix(self.tr("× "))
        self.reps.setAccessibleName(self.tr("Repetitions"))
        self.reps.valueChanged.connect(lambda value: self._edit(reps=value))
        self.remove = QPushButton(self.tr("Re&move"))
        self.remove.setToolTip(self.tr("Remove this step (Delete)"))
        self.remove.clicked.connect(self.remove_current)

        self.order = QComboBox()
        self.order.setAccessibleName(self.tr("Painful side"))
        self.order.setToolTip(self.tr("Work the painful side first, or only that side"))
        for order in SideOrder:
            self.order.addItem(order.label, order)

        self.start = QPushButton(self.tr("Start session"))
        self.start.setAccessibleName(self.tr("Start session"))
        # F5 is the window's Routine > Start session, from any place.
        self.start.setEnabled(False)
        self.start.setToolTip(localized("RoutinePanel", START_DISABLED_WHY))
        self.start.clicked.connect(self.startRequested)

        editor = QFormLayout()
        editor.addRow(self.tr("&Sides"), self.sides)
        editor.addRow(self.tr("H&old"), self.hold)
        editor.addRow(self.tr("Re&petitions"), self.reps)
        for label, field in (
            (editor.labelForField(w), w) for w in (self.sides, self.hold, self.reps)
        ):
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.editor = QWidget()
        editor_row = QHBoxLayout(self.editor)
        editor_row.setContentsMargins(0, 0, 0, 0)
        editor_row.addLayout(editor, 1)
        editor_row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignBottom)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addWidget(self.steps)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        start_row = QHBoxLayout()
        order_label = QLabel(self.tr("Painful si&de:"))
        order_label.setBuddy(self.order)
        start_row.addWidget(order_label)
        start_row.addWidget(self.order, 1)
        start_row.addWidget(self.start, 1)
        layout.addLayout(start_row)
        QWidget.setTabOrder(self.steps, self.sides)
        QWidget.setTabOrder(self.sides, self.hold)
        QWidget.setTabOrder(self.hold, self.reps)
        QWidget.setTabOrder(self.reps, self.remove)
        QWidget.setTabOrder(self.remove, self.order)
        QWidget.setTabOrder(self.order, self.start)
        self.refresh()

    # ------------------------------------------------------------------ showing the draft

    def refresh(self, current: int | None = None) -> None:
        """Rebuild the list from the draft, keeping (or moving to) the current row."""
        row = self.steps.currentRow() if current is None else current
        self.steps.blockSignals(True)
        self.steps.clear()
        for number, step in enumerate(self.draft.steps, start=1):
            zone = self.catalog.zone(step.zone_id)
            text = self.tr("{number}. {zone}\n     {sides} · {hold} s × {reps}").format(
                number=number, zone=zone.name, sides=step.sides.label, hold=step.hold_s,
                reps=step.reps,
            )  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(_ZONE_ROLE, step.zone_id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Step {number}: {zone}, {sides}, {hold} seconds, {reps} times").format(
                    number=number,
                    zone=zone.name,
                    sides=step.sides.in_sentence,
                    hold=step.hold_s,
                    reps=step.reps,
                ),
            )
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        has_steps = len(self.draft) > 0
        self.steps.setVisible(has_steps)
        self.empty.setVisible(not has_steps)
        self.editor.setVisible(has_steps)
        if has_steps:
            self.steps.setCurrentRow(min(max(row, 0), len(self.draft) - 1))
        self._show_step(self.steps.currentRow())
        self.start.setEnabled(has_steps)
        duration = format_duration(self.draft.total_seconds())
        self.start.setToolTip(
            self.tr("Start the guided session: about {duration} (F5)").format(duration=duration)
            if has_steps
            else localized("RoutinePanel", START_DISABLED_WHY)
        )
        if not has_steps:
            self.total.setText("")
        elif len(self.draft) == 1:
            self.total.setText(self.tr("1 step · about {duration}").format(duration=duration))
        else:
            self.total.setText(
                self.tr("{count} steps · about {duration}").format(
                    count=len(self.draft), duration=duration
                )
            )

    def side_order(self) -> SideOrder:
        return SideOrder(self.order.currentData())

    def set_side_order(self, order: SideOrder) -> None:
        """Preselect ``order`` (the person's painful side, from Settings > Session)."""
        self.order.setCurrentIndex(list(SideOrder).index(order))

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self.draft):
            return
        step = self.draft.steps[row]
        for widget, value in ((self.hold, step.hold_s), (self.reps, step.reps)):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.sides.setCurrentIndex(self.sides.findData(step.sides))

    # ------------------------------------------------------------------ editing

    def _edit(self, **change: object) -> None:
        row = self.steps.currentRow()
        if not 0 <= row < len(self.draft):
            return
        self.draft.update(row, **change)
        self.refresh(row)
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        row = self.steps.currentRow()
        target = row + delta
        if 0 <= row < len(self.draft) and 0 <= target < len(self.draft):
            self.draft.move(row, target)
            self.refresh(target)
            self.changed.emit()

    def remove_current(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.draft):
            self.draft.remove(row)
            self.refresh(row)
            self.changed.emit()
            if len(self.draft):
                self.steps.setFocus()

    def _rows_dragged(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex,
                      row: int) -> None:  # fmt: skip
        target = row if row < start else row - 1
        self.draft.move(start, target)
        self.refresh(target)
        self.changed.emit()
