"""Settings > Session: how long to get into position, and how a session asks.

A control appears only for a preference that exists (see :data:`CHECKS`): preferences
are declared in :mod:`holdpoint.core.preferences`, and a page never invents a key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox, QWidget

from holdpoint.core import preferences
from holdpoint.core.safety import GENTLE_GET_READY_S, GENTLE_GET_READY_SIDE_S
from holdpoint.ui.settings.common import SettingsPage, text

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = "Session"
INTRO = "These apply from the next session you start."
GET_READY_NOTE = (
    "Time to get into position before a hold, with a countdown. With a precaution that "
    f"calls for gentle sessions, Holdpoint gives you at least {GENTLE_GET_READY_S} and "
    f"{GENTLE_GET_READY_SIDE_S} seconds."
)

#: Seconds preferences shown as spin boxes: (preference, label with its mnemonic).
SECONDS = (
    ("get_ready_s", "&Get ready when the position changes"),
    ("get_ready_side_s", "Get ready &between sides"),
)
#: Yes/no preferences shown as check boxes, when they exist.
CHECKS = (("ask_tenderness", "&Ask how tender the spot was after each hold"),)


class SessionPage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(TITLE, INTRO, parent)
        self._window = window
        prefs = window.prefs
        self.spins: dict[str, QSpinBox] = {}
        self.checks: dict[str, QCheckBox] = {}

        get_ready = self.section("Getting into position")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, label in SECONDS:
            low, high = preferences.bounds(name)
            spin = QSpinBox()
            spin.setRange(int(low or 0), int(high or 600))
            spin.setSuffix(" s")
            spin.setValue(getattr(prefs, name))
            spin.setKeyboardTracking(False)  # typed digits count once the entry is done
            spin.setAccessibleName(preferences.title(name))
            spin.setToolTip(f"{int(low or 0)} to {int(high or 600)} seconds")
            spin.valueChanged.connect(lambda value, n=name: self._set(n, value))
            form.addRow(label, spin)
            self.spins[name] = spin
        get_ready.addLayout(form)
        get_ready.addWidget(text(GET_READY_NOTE, muted=True))

        present = [(name, label) for name, label in CHECKS if name in preferences.names()]
        if present:
            asking = self.section("During a session")
            for name, label in present:
                box = QCheckBox(label)
                box.setAccessibleName(preferences.title(name))
                box.setChecked(bool(getattr(prefs, name)))
                box.toggled.connect(lambda on, n=name: self._set(n, on))
                asking.addWidget(box)
                self.checks[name] = box

    def _set(self, name: str, value: object) -> None:
        self._window.change_preferences(**{name: value})
