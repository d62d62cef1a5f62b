"""“Where does it hurt?”: the ranked zones for the regions the person marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import Catalog, Side
from holdpoint.core.finder import Match, rank_zones
from holdpoint.ui.widgets import ScaledLabel, in_sentence

#: How many of the best matches "Work on these" selects unless the person changes it.
SUGGESTED = 3
_ZONE_ROLE = Qt.ItemDataRole.UserRole


class FinderPanel(QWidget):
    """Lists the zones that can cause the marked pain, best first, with check boxes."""

    #: The person chose to work on these: a list of (zone id, side).
    workOn = Signal(list)
    clearRequested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.marked: set[tuple[str, Side]] = set()
        self.matches: list[Match] = []
        self.setAccessibleName(self.tr("Where does it hurt?"))

        title = ScaledLabel(self.tr("Where does it hurt?"), 1.25, QFont.Weight.DemiBold)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Zones that can cause this pain"))
        self.results.itemChanged.connect(lambda _item: self._update_button())
        self.work = QPushButton(self.tr("&Work on these"))
        self.work.setShortcut(QKeySequence("Ctrl+Return"))
        self.work.setToolTip(self.tr("Add the ticked zones to your routine (Ctrl+Enter)"))
        self.work.setAccessibleName(self.tr("Work on these"))
        self.work.clicked.connect(self._work_on)
        self.clear = QPushButton(self.tr("C&lear"))
        #: The key in brackets is the mnemonic of "C&lear": keep the two the same.
        self.clear.setToolTip(self.tr("Unmark every area (Alt+L)"))
        self.clear.clicked.connect(self.clearRequested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.work, 1)
        buttons.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.set_marked(set())

    def set_marked(self, marked: set[tuple[str, Side]]) -> None:
        self.marked = set(marked)
        self.matches = rank_zones(self.catalog, sorted({region for region, _ in marked}))
        self.results.blockSignals(True)
        self.results.clear()
        for rank, match in enumerate(self.matches):
            names = ", ".join(in_sentence(self.catalog.region(r).name) for r in match.covered)
            item = QListWidgetItem(
                self.tr("{zone}\n     sends pain to: {regions}").format(
                    zone=match.zone.name, regions=names
                )
            )
            item.setData(_ZONE_ROLE, match.zone.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if rank < SUGGESTED else Qt.CheckState.Unchecked
            )
            self.results.addItem(item)
        self.results.blockSignals(False)
        if self.matches:
            self.results.setCurrentRow(0)
            self.hint.setText(
                self.tr(
                    "These muscles can send pain to the areas you marked, most likely first. "
                    "Tick the ones to work on."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Click or drag over the body where you feel pain, on the side you feel it. "
                    "Holdpoint lists the muscles that can send pain there."
                )
            )
        self._update_button()

    def _update_button(self) -> None:
        self.work.setEnabled(bool(self.checked_zones()))

    def checked_zones(self) -> list[str]:
        return [
            self.results.item(i).data(_ZONE_ROLE)
            for i in range(self.results.count())
            if self.results.item(i).checkState() == Qt.CheckState.Checked
        ]

    def places_for(self, zone_id: str) -> list[tuple[str, Side]]:
        """The sides on which the person marked pain this zone can cause."""
        zone = self.catalog.zone(zone_id)
        sides = {side for region, side in self.marked if region in zone.refers_to}
        return [(zone_id, side) for side in (Side.LEFT, Side.RIGHT) if side in sides]

    def _work_on(self) -> None:
        places = [place for zone_id in self.checked_zones() for place in self.places_for(zone_id)]
        if places:
            self.workOn.emit(places)
