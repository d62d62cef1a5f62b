"""Settings > Session: what new steps start with, how long to get into position, whether a
session asks how tender a spot was, and the painful side.

A control appears only for a preference that exists (see :data:`CHECKS`): preferences
are declared in :mod:`holdpoint.core.preferences`, and a page never invents a key. A
default that is "not chosen" (each zone's own value, see
:func:`holdpoint.core.preferences.new_step`) is the lowest step of its spin box, shown
in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from holdpoint.core import preferences
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.routine import SideOrder
from holdpoint.core.safety import GENTLE_GET_READY_S, GENTLE_GET_READY_SIDE_S
from holdpoint.ui.settings.common import SettingsPage, text

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Session")
INTRO = QT_TRANSLATE_NOOP(
    "SessionPage",
    "Each change is kept at once and used from the next zone you add or session you start.",
)
OWN = QT_TRANSLATE_NOOP("SessionPage", "Each zone's own")
DEFAULTS_NOTE = QT_TRANSLATE_NOOP(
    "SessionPage",
    "Zones you add on the Map start with these. “{own}” keeps the guidance of each zone "
    "(most are 30 s, 3 times, 15 s rest). A longer default never lengthens the short holds "
    "of the psoas and the muscles beside the spine ({short} s at most). "
    "Routines you pick or open keep their own; gentle mode and your first week may still "
    "shorten holds.",
)
GET_READY_NOTE = QT_TRANSLATE_NOOP(
    "SessionPage",
    "Time to get into position before a hold, with a countdown. With a precaution that "
    "calls for gentle sessions, Holdpoint gives you at least {long} and "
    "{short} seconds.",
)
TENDERNESS_NOTE = QT_TRANSLATE_NOOP(
    "SessionPage",
    "After each hold the screen and the voice ask how tender the spot was; one key "
    "answers, and no answer is fine. Off: neither asks.",
)
SIDE_NOTE = QT_TRANSLATE_NOOP(
    "SessionPage", "The Map's “Painful side” starts at this; you can still change it there."
)

#: Defaults for new steps as spin boxes: (preference, label with its mnemonic, suffix,
#: unit in words); the texts are marked in the context "SessionPage".
DEFAULTS = (
    ("default_hold_s", QT_TRANSLATE_NOOP("SessionPage", "Default &hold"), " s",
     QT_TRANSLATE_NOOP("SessionPage", "seconds")),
    ("default_reps", QT_TRANSLATE_NOOP("SessionPage", "&Repetitions"), "×",
     QT_TRANSLATE_NOOP("SessionPage", "times")),
    ("default_rest_s", QT_TRANSLATE_NOOP("SessionPage", "R&est between holds"), " s",
     QT_TRANSLATE_NOOP("SessionPage", "seconds")),
)  # fmt: skip
#: Seconds preferences shown as spin boxes: (preference, label with its mnemonic).
SECONDS = (
    ("get_ready_s", QT_TRANSLATE_NOOP("SessionPage", "&Get ready when the position changes")),
    ("get_ready_side_s", QT_TRANSLATE_NOOP("SessionPage", "Get ready &between sides")),
)
#: Yes/no preferences shown as check boxes, when they exist.
CHECKS = (
    (
        "ask_tenderness",
        QT_TRANSLATE_NOOP("SessionPage", "&Ask how tender the spot was after each hold"),
    ),
)


def _shown(text: str) -> str:
    """One of this page's marked texts, in the chosen language."""
    return localized("SessionPage", text)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class SessionPage(SettingsPage):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(localized("SettingsDialog", TITLE), _shown(INTRO), parent)
        self._window = window
        prefs = window.prefs
        self.spins: dict[str, QSpinBox] = {}
        self.checks: dict[str, QCheckBox] = {}

        own = _shown(OWN)
        new_steps = self.section(self.tr("New steps on the Map"))
        form = _form()
        for name, label, suffix, unit in DEFAULTS:
            low, high = preferences.bounds(name)
            spin = self._spin(name, int(low or 0), int(high or 0), suffix)
            # The step below the range is "not chosen": each zone's own value.
            spin.setMinimum(spin.minimum() - 1)
            spin.setSpecialValueText(own)
            value = getattr(prefs, name)
            spin.setValue(spin.minimum() if value == preferences.unset(name) else value)
            spin.setToolTip(
                self.tr("{own}, or {low} to {high} {unit}").format(
                    own=own, low=int(low or 0), high=int(high or 0), unit=_shown(unit)
                )
            )
            spin.valueChanged.connect(lambda v, n=name, s=spin: self._set_default(n, s, v))
            form.addRow(_shown(label), spin)
        new_steps.addLayout(form)
        note = _shown(DEFAULTS_NOTE).format(own=own, short=preferences.SHORT_HOLD_S)
        new_steps.addWidget(text(note, muted=True))

        get_ready = self.section(self.tr("Getting into position"))
        form = _form()
        for name, label in SECONDS:
            low, high = preferences.bounds(name)
            spin = self._spin(name, int(low or 0), int(high or 600), " s")
            spin.setValue(getattr(prefs, name))
            spin.setToolTip(
                self.tr("{low} to {high} seconds").format(low=int(low or 0), high=int(high or 600))
            )
            spin.valueChanged.connect(lambda value, n=name: self._set(n, value))
            form.addRow(_shown(label), spin)
        get_ready.addLayout(form)
        note = _shown(GET_READY_NOTE).format(long=GENTLE_GET_READY_S, short=GENTLE_GET_READY_SIDE_S)
        get_ready.addWidget(text(note, muted=True))

        present = [(name, label) for name, label in CHECKS if name in preferences.names()]
        if present:
            asking = self.section(self.tr("During a session"))
            for name, label in present:
                box = QCheckBox(_shown(label))
                box.setAccessibleName(preferences.title(name))
                box.setChecked(bool(getattr(prefs, name)))
                box.toggled.connect(lambda on, n=name: self._set(n, on))
                asking.addWidget(box)
                self.checks[name] = box
            asking.addWidget(text(_shown(TENDERNESS_NOTE), muted=True))

        side = self.section(self.tr("Sides"))
        self.side_order = QComboBox()
        self.side_order.setAccessibleName(preferences.title("side_order"))
        for order in SideOrder:
            self.side_order.addItem(order.label, order)
        self.side_order.setCurrentIndex(list(SideOrder).index(prefs.side_order))
        self.side_order.currentIndexChanged.connect(
            lambda index: self._set("side_order", list(SideOrder)[index])
        )
        form = _form()
        side_label = QLabel(self.tr("&Painful side"))
        side_label.setBuddy(self.side_order)
        form.addRow(side_label, self.side_order)
        side.addLayout(form)
        side.addWidget(text(_shown(SIDE_NOTE), muted=True))

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # typed digits count once the entry is done
        spin.setAccessibleName(preferences.title(name))
        self.spins[name] = spin
        return spin

    def _set_default(self, name: str, spin: QSpinBox, value: int) -> None:
        """A default for new steps: its lowest step is "each zone's own" (unset)."""
        self._set(name, preferences.unset(name) if value == spin.minimum() else value)

    def _set(self, name: str, value: object) -> None:
        self._window.change_preferences(**{name: value})
