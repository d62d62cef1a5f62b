"""The Map place: choose zones on the body, or find them from where it hurts.

Owns the :class:`~holdpoint.core.routine.RoutineDraft`; the body map, the finder and the
routine panel all show it and change it through here, so they always agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import Catalog, Side
from holdpoint.core.i18n import localized
from holdpoint.core.preferences import Preferences, new_step
from holdpoint.core.routine import RoutineDraft
from holdpoint.core.routines import Routine
from holdpoint.storage.routine_store import RoutineStore
from holdpoint.ui.map.body_map import BodyMap, Mode
from holdpoint.ui.map.routine_menu import RoutineMenu
from holdpoint.ui.map.routine_panel import START_DISABLED_WHY, RoutinePanel
from holdpoint.ui.map.zone_details import ZoneDetails
from holdpoint.ui.safety import SafetyBanner
from holdpoint.ui.widgets import PillButton

if TYPE_CHECKING:
    from holdpoint.ui.map.finder_panel import FinderPanel


class MapPlace(QWidget):
    """Body map on the left; zone details or finder results, and the routine, on the right."""

    safetyAcknowledged = Signal()
    safetyRequested = Signal()
    #: Start was pressed: the :class:`Routine` (with its name) and the :class:`SideOrder`.
    startRequested = Signal(object, object)
    #: A zone the precautions leave out was asked for: why it cannot be added.
    refused = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        routines: tuple[Routine, ...] = (),
        show_safety: bool = True,
        store: RoutineStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.routines = routines
        self.draft = RoutineDraft()
        self._loaded: Routine | None = None  # the routine the draft came from, if any
        self._prefs: Preferences | None = None  # the person's, once applied
        #: The question before a picked routine replaces the person's draft, while open.
        self.replace_question: QMessageBox | None = None
        self.marked: set[tuple[str, Side]] = set()
        self.setAccessibleName(self.tr("Map"))

        self.banner = SafetyBanner()
        self.banner.setVisible(show_safety)
        self.banner.ok.clicked.connect(self._acknowledge)
        self.banner.more.clicked.connect(self.safetyRequested)

        self.zones_button = PillButton(outlined=True)
        self.finder_button = PillButton(outlined=True)
        self.mode_group = QButtonGroup(self)
        for button, text, tip in (
            (self.zones_button, self.tr("Choose zones"),
             self.tr("Click zones to add them to your routine")),
            (self.finder_button, self.tr("Where does it hurt?"),
             self.tr("Mark where you feel pain to find the muscles that may cause it (Ctrl+F)")),
        ):  # fmt: skip
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
        self.zones_button.setChecked(True)
        self.zones_button.clicked.connect(lambda: self.set_mode(Mode.ZONES))
        self.finder_button.clicked.connect(lambda: self.set_mode(Mode.REGIONS))

        self.body_map = BodyMap(catalog)
        self.body_map.zoneToggled.connect(self.toggle_zone)
        self.body_map.regionToggled.connect(self.toggle_region)
        self.body_map.zoneHovered.connect(self._hovered)

        self.details = ZoneDetails(catalog)
        self._finder: FinderPanel | None = None  # built the first time it is asked for
        self.side_stack = QStackedWidget()
        self.side_stack.addWidget(self.details)
        self.routine = RoutinePanel(catalog, self.draft)
        self.routine.changed.connect(self._draft_changed)
        self.routine.startRequested.connect(self._start)

        self.routine_menu = RoutineMenu(catalog, routines, self.draft, self, store)
        self.routine_menu.loaded.connect(self.offer_routine)

        modes = QHBoxLayout()
        modes.addWidget(self.zones_button)
        modes.addWidget(self.finder_button)
        modes.addStretch(1)
        modes.addWidget(self.routine_menu.button)
        left = QVBoxLayout()
        left.addLayout(modes)
        left.addWidget(self.body_map, 1)
        right = QVBoxLayout()
        right.addWidget(self.side_stack)  # as tall as what it shows
        right.addWidget(self.routine, 1)  # the rest: the steps, then Start at the bottom
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 11)
        columns.addLayout(right, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)

        QWidget.setTabOrder(self.zones_button, self.finder_button)
        QWidget.setTabOrder(self.finder_button, self.body_map)
        QWidget.setTabOrder(self.body_map, self.details)
        QWidget.setTabOrder(self.details, self.routine.steps)

    @property
    def finder(self) -> FinderPanel:
        if self._finder is None:
            from holdpoint.ui.map.finder_panel import FinderPanel

            self._finder = FinderPanel(self.catalog)
            self._finder.workOn.connect(self.work_on)
            self._finder.clearRequested.connect(lambda: self.set_marked(set()))
            self.side_stack.addWidget(self._finder)
            self._finder.set_marked(self.marked)
        return self._finder

    # ------------------------------------------------------------------------ modes

    def set_mode(self, mode: Mode) -> None:
        self.body_map.set_mode(mode)
        finder = mode is Mode.REGIONS
        (self.finder_button if finder else self.zones_button).setChecked(True)
        self.side_stack.setCurrentWidget(self.finder if finder else self.details)
        self.body_map.set_marked(self.marked)
        self.body_map.set_selected(self.draft.selected())

    def toggle_finder(self) -> None:
        self.set_mode(Mode.ZONES if self.body_map.mode is Mode.REGIONS else Mode.REGIONS)
        self.body_map.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------------------ changes

    def set_excluded(
        self, excluded: dict[str, str], positions: dict[str, str] | None = None
    ) -> None:
        """Grey out the zones left out for the person (zone id -> reason: precautions, or
        a tool they do not have) and take them out of the routine being built;
        ``positions`` says how they get into position on the others (zone id -> text)."""
        self.body_map.set_excluded(excluded)
        self.details.excluded = dict(excluded)
        self.details.positions = dict(positions or {})
        self.details.show_zone(self.details.zone_id)
        dropped = [step.zone_id for step in self.draft.steps if step.zone_id in excluded]
        for zone_id in dropped:
            self.draft.remove(self.draft.index_of(zone_id) or 0)
        if dropped:
            self._draft_changed(None)
            names = ", ".join(self.catalog.zone(z).name for z in dropped)
            self.refused.emit(
                self.tr("Taken out of your routine, as left out for you: {zones}.").format(
                    zones=names
                )
            )

    def toggle_zone(self, zone_id: str, side: Side) -> None:
        reason = self.body_map.excluded_reason(zone_id)
        if reason and not self.draft.is_selected(zone_id, side):
            self.refused.emit(
                self.tr("{zone} is left out for you. {reason}").format(
                    zone=self.catalog.zone(zone_id).name, reason=reason
                )
            )
            self.details.show_zone(zone_id)
            return
        fresh = self.draft.index_of(zone_id) is None
        selected = self.draft.toggle(self.catalog.zone(zone_id), side)
        row = self.draft.index_of(zone_id)
        if fresh and row is not None:
            self._personalise(row)
        self._draft_changed(row if selected else None)
        self.details.show_zone(zone_id)

    def work_on(self, places: list[tuple[str, Side]]) -> None:
        for zone_id, side in places:
            fresh = self.draft.index_of(zone_id) is None
            self.draft.select(self.catalog.zone(zone_id), side)
            if fresh:
                self._personalise(len(self.draft) - 1)
        self._draft_changed(len(self.draft) - 1)
        self.set_mode(Mode.ZONES)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Settings > Session: zones added from now on start with the person's defaults,
        and a painful side newly chosen there is preselected here."""
        if self._prefs is None or prefs.side_order is not self._prefs.side_order:
            self.routine.set_side_order(prefs.side_order)
        self._prefs = prefs

    def _personalise(self, row: int) -> None:
        """A step just added: the hold, repetitions and rest of core.preferences.new_step."""
        step = self.draft.steps[row]
        own = new_step(self.catalog.zone(step.zone_id), step.sides, self._prefs or Preferences())
        self.draft.update(row, hold_s=own.hold_s, reps=own.reps, rest_s=own.rest_s)

    def toggle_region(self, region_id: str, side: Side) -> None:
        self.set_marked(self.marked ^ {(region_id, side)})

    def set_marked(self, marked: set[tuple[str, Side]]) -> None:
        self.marked = set(marked)
        self.body_map.set_marked(self.marked)
        if self._finder is not None:
            self._finder.set_marked(self.marked)

    def _draft_changed(self, current: int | None = None) -> None:
        self.body_map.set_selected(self.draft.selected())
        if current is not None or self.sender() is not self.routine:
            self.routine.refresh(current)

    def current_routine(self) -> Routine:
        """The draft as a routine: with the name of the routine it came from while it is
        unchanged; changed, "… (changed)"; else no name (the person's own choice)."""
        loaded = self._loaded
        if loaded is not None and loaded.steps == self.draft.steps:
            return loaded
        name = ""
        if loaded is not None:
            name = self.tr("{routine} (changed)").format(routine=loaded.name)
        return Routine("", name, "", self.draft.steps)

    def _start(self) -> None:
        self.startRequested.emit(self.current_routine(), self.routine.side_order())

    def request_start(self) -> bool:
        """Start the routine on the Map (F5 anywhere); False when it has no steps yet."""
        if not len(self.draft):
            return False
        self._start()
        return True

    def start_disabled_why(self) -> str:
        return localized("RoutinePanel", START_DISABLED_WHY)

    def offer_routine(self, routine: Routine) -> None:
        """A routine picked from the Routines menu: it replaces the draft, after asking
        when that holds steps of the person's own (not just an unchanged routine)."""
        loaded = self._loaded
        if not len(self.draft) or (loaded is not None and self.draft.steps == loaded.steps):
            self.load_routine(routine)
            return
        count = len(self.draft)
        if count == 1:
            question = self.tr("Replace your routine of 1 step with “{routine}”?")
        else:
            question = self.tr("Replace your routine of {count} steps with “{routine}”?")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace your routine?"),
            question.format(count=count, routine=routine.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("To keep yours, save it first: Routines > Save as a named routine.")
        )
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(replace)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        replace.clicked.connect(lambda: self.load_routine(routine))
        self.replace_question = box
        box.open()

    def load_routine(self, routine: Routine) -> None:
        """Replace the draft with ``routine`` (a built-in, or a file someone prescribed)."""
        self.draft.replace_all(routine.steps)
        self._loaded = routine
        self._draft_changed(0)
        self.set_mode(Mode.ZONES)

    def _hovered(self, zone_id: str) -> None:
        if zone_id:
            self.details.show_zone(zone_id)

    def _acknowledge(self) -> None:
        self.banner.hide()
        self.safetyAcknowledged.emit()
