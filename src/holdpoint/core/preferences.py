"""The person's preferences, declared once: name, type, default, title and allowed range.

This module is the single declaration; ``holdpoint.settings`` stores it in QSettings and
widgets read and write attributes of :class:`Preferences`, never string keys. Later
features add a field here and nothing else needs to learn a new key.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import typing
from dataclasses import dataclass
from typing import Any

from holdpoint.core.catalog import HOLD_RANGE, REPS_RANGE, REST_RANGE, ToolSet, Zone
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.reminders import ReminderDays, ReminderPlan, ReminderTimes
from holdpoint.core.routine import SideOrder, Sides, Step


class Theme(enum.StrEnum):
    """Colour scheme of the window."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Language(enum.StrEnum):
    """The language of the window and the voice; the value is a language code."""

    SYSTEM = "system"  # the system's language where Holdpoint has it, else English
    ENGLISH = "en"
    GERMAN = "de"


class Place(enum.StrEnum):
    """The three places of the main window, in the order of their shortcuts (Ctrl+1..3)."""

    MAP = "map"
    SESSION = "session"
    HISTORY = "history"


class KeepInTray(enum.StrEnum):
    """Whether closing the window keeps Holdpoint running in the tray for reminders."""

    ASK = "ask"  # not decided yet: asked once, at the first close with reminders set
    YES = "yes"
    NO = "no"


#: The longest default rest: the clinical reference's range of rests is 10–30 s (a routine
#: may still rest up to a minute; the default for new steps stays in the usual range).
MAX_DEFAULT_REST_S = 30
#: Zones whose own hold is at most this many seconds are worked with short holds (the
#: psoas, at most 20 s; the muscles beside the spine, "short holds, move on": see the
#: clinical reference): a default hold never makes theirs longer.
SHORT_HOLD_S = 20


def pref(
    default: Any,
    title: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    unset: Any = None,
) -> Any:
    """Declare one preference: its default, a title for the UI (marked with
    ``QT_TRANSLATE_NOOP("preferences", ...)``; :func:`title` translates it) and an optional range.
    ``unset`` is a value outside the range that means "not chosen" (for a default hold:
    each zone's own), allowed besides the range."""
    return dataclasses.field(
        default=default,
        metadata={"title": title, "minimum": minimum, "maximum": maximum, "unset": unset},
    )


def _volume(default: int, title: str) -> Any:
    """Declare a loudness in percent."""
    return pref(default, title, minimum=0, maximum=100)


@dataclass(frozen=True)
class Preferences:
    """Everything Holdpoint remembers between runs that is not history."""

    theme: Theme = pref(Theme.SYSTEM, QT_TRANSLATE_NOOP("preferences", "Colour scheme"))
    text_scale: float = pref(
        1.0, QT_TRANSLATE_NOOP("preferences", "Text size"), minimum=0.8, maximum=2.0
    )
    language: Language = pref(Language.SYSTEM, QT_TRANSLATE_NOOP("preferences", "Language"))
    place: Place = pref(Place.MAP, QT_TRANSLATE_NOOP("preferences", "Place shown at start"))
    window_geometry: str = pref("", QT_TRANSLATE_NOOP("preferences", "Window position and size"))
    safety_acknowledged: bool = pref(
        False, QT_TRANSLATE_NOOP("preferences", "Safety reminder acknowledged")
    )
    tour_seen: bool = pref(
        False, QT_TRANSLATE_NOOP("preferences", "First-run tour shown (or skipped)")
    )
    volume: int = _volume(80, QT_TRANSLATE_NOOP("preferences", "Cue volume"))
    voice: bool = pref(True, QT_TRANSLATE_NOOP("preferences", "Speak the cues"))
    voice_rate: float = pref(
        0.0, QT_TRANSLATE_NOOP("preferences", "Speaking speed"), minimum=-1.0, maximum=1.0
    )
    audio_device: str = pref(
        "", QT_TRANSLATE_NOOP("preferences", "Sound output (empty: the system's default)")
    )
    tools: ToolSet = pref(
        ToolSet(), QT_TRANSLATE_NOOP("preferences", "Your tools (empty: not chosen yet)")
    )
    # Seconds to get into position before a hold (see core.routine.get_ready_plan).
    get_ready_s: int = pref(
        15,
        QT_TRANSLATE_NOOP("preferences", "Get ready when the position changes"),
        minimum=5,
        maximum=60,
    )
    get_ready_side_s: int = pref(
        5, QT_TRANSLATE_NOOP("preferences", "Get ready between sides"), minimum=5, maximum=60
    )
    # What a zone added on the Map starts with (see new_step); 0: each zone's own.
    default_hold_s: int = pref(
        0,
        QT_TRANSLATE_NOOP("preferences", "Default hold"),
        minimum=HOLD_RANGE[0],
        maximum=HOLD_RANGE[1],
        unset=0,
    )
    default_reps: int = pref(
        0,
        QT_TRANSLATE_NOOP("preferences", "Default repetitions"),
        minimum=REPS_RANGE[0],
        maximum=REPS_RANGE[1],
        unset=0,
    )
    default_rest_s: int = pref(
        0,
        QT_TRANSLATE_NOOP("preferences", "Default rest between holds"),
        minimum=REST_RANGE[0],
        maximum=MAX_DEFAULT_REST_S,
        unset=0,
    )
    ask_tenderness: bool = pref(
        True, QT_TRANSLATE_NOOP("preferences", "Ask how tender the spot was after each hold")
    )
    # The Map's "Painful side" at start (the person can still change it there).
    side_order: SideOrder = pref(
        SideOrder.LEFT_FIRST, QT_TRANSLATE_NOOP("preferences", "Painful side")
    )
    # Each cue's loudness, in percent of the cue volume.
    volume_get_ready: int = _volume(100, QT_TRANSLATE_NOOP("preferences", "Get ready"))
    volume_hold_start: int = _volume(100, QT_TRANSLATE_NOOP("preferences", "Press (a hold starts)"))
    volume_ten_seconds: int = _volume(100, QT_TRANSLATE_NOOP("preferences", "Ten seconds left"))
    volume_tick: int = _volume(70, QT_TRANSLATE_NOOP("preferences", "The last three seconds"))
    volume_release: int = _volume(100, QT_TRANSLATE_NOOP("preferences", "Release"))
    volume_switch_side: int = _volume(100, QT_TRANSLATE_NOOP("preferences", "Switch sides"))
    volume_session_done: int = _volume(100, QT_TRANSLATE_NOOP("preferences", "Session complete"))
    # Reminders (see core.reminders): both empty, or either, means none.
    reminder_days: ReminderDays = pref(
        ReminderDays(), QT_TRANSLATE_NOOP("preferences", "Remind me on (empty: no reminders)")
    )
    reminder_times: ReminderTimes = pref(
        ReminderTimes(), QT_TRANSLATE_NOOP("preferences", "Remind me at (empty: no reminders)")
    )
    keep_in_tray: KeepInTray = pref(
        KeepInTray.ASK, QT_TRANSLATE_NOOP("preferences", "Keep running in the tray when closed")
    )
    start_at_login: bool = pref(
        False, QT_TRANSLATE_NOOP("preferences", "Start at login, in the tray")
    )
    # The slot of the last reminder given (ISO date and time, or ""): a restart must not
    # remind of it again.
    last_reminder: str = pref("", QT_TRANSLATE_NOOP("preferences", "Last reminder given"))

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            check(field.name, getattr(self, field.name))

    def replace(self, **changes: Any) -> Preferences:
        """A copy with ``changes`` applied; a bad value raises :class:`ValueError`."""
        return dataclasses.replace(self, **changes)

    @property
    def reminders(self) -> ReminderPlan:
        """The chosen reminder days and times together."""
        return ReminderPlan(self.reminder_days, self.reminder_times)


_FIELDS = {field.name: field for field in dataclasses.fields(Preferences)}
_TYPES: dict[str, type] = typing.get_type_hints(Preferences)

#: Steps the text size moves by with Ctrl++ and Ctrl+-.
TEXT_SCALE_STEP = 0.1
#: The longest stored value, in characters: the longest real one, the window geometry
#: (Qt's saveGeometry() in base64), is about 90.
MAX_TEXT = 4096


def _shown(text: object) -> str:
    """``repr(text)`` cut short, so that a message about a huge value stays readable."""
    shown = repr(text)
    return shown if len(shown) <= 60 else f"{shown[:50]}… ({len(str(text)):,} characters)"


def names() -> tuple[str, ...]:
    """The names of all preferences, in declaration order."""
    return tuple(_FIELDS)


def title(name: str) -> str:
    """The preference's title, in the chosen language."""
    return localized("preferences", str(_FIELDS[name].metadata["title"]))


def bounds(name: str) -> tuple[float | None, float | None]:
    meta = _FIELDS[name].metadata
    return meta["minimum"], meta["maximum"]


def unset(name: str) -> Any:
    """The value that means "not chosen" for ``name`` (outside its range), or None."""
    return _FIELDS[name].metadata["unset"]


def check(name: str, value: Any) -> None:
    """Raise :class:`ValueError` naming the preference when ``value`` is not allowed."""
    kind = _TYPES[name]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{name}: expected a number, got {_shown(value)}")
        if isinstance(value, float) and not math.isfinite(value):  # nan passes any range
            raise ValueError(f"{name}: {value!r} is not a finite number")
    elif kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name}: expected a whole number, got {_shown(value)}")
    elif not isinstance(value, kind):
        raise ValueError(f"{name}: expected {kind.__name__}, got {_shown(value)}")
    elif isinstance(value, str) and len(value) > MAX_TEXT:
        raise ValueError(f"{name}: {len(value):,} characters is longer than {MAX_TEXT:,}")
    low, high = bounds(name)
    if unset(name) is not None and value == unset(name):
        return
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"{name}: {value!r} is outside {low}–{high}")


def decode(name: str, text: str) -> Any:
    """Turn the stored text of preference ``name`` back into its typed value; a value
    that is not allowed raises :class:`ValueError` naming the preference."""
    kind = _TYPES[name]
    if len(text) > MAX_TEXT:
        raise ValueError(f"{name}: {len(text):,} characters is longer than {MAX_TEXT:,}")
    try:
        if kind is bool:
            if text.lower() not in ("true", "false"):
                raise ValueError(text)
            value: Any = text.lower() == "true"
        else:
            value = kind(text)
    except ValueError:
        raise ValueError(f"{name}: cannot read {_shown(text)} as {kind.__name__}") from None
    check(name, value)
    return value


def encode(value: Any) -> str:
    """The text form a preference value is stored as."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def clamp_text_scale(value: float) -> float:
    low, high = bounds("text_scale")
    assert low is not None and high is not None
    return round(min(max(value, low), high), 2)


def new_step(zone: Zone, sides: Sides, prefs: Preferences) -> Step:
    """The step a zone added on the Map starts with.

    The rule: the zone's own hold, repetitions and rest (its guidance in the catalog),
    each replaced by the person's default where they chose one (``default_hold_s``,
    ``default_reps``, ``default_rest_s``; 0 is "each zone's own"). A default hold never
    makes a short-hold zone's hold longer (own hold at most :data:`SHORT_HOLD_S`: the
    psoas stays at its 15 s, the muscles beside the spine at 20 s), though it may make it
    shorter. Every value stays in the clinical range the catalog allows (holds 15–60 s,
    1–5 repetitions); routines picked or opened keep their own values, and at the start
    precautions (gentle mode) and the first week's dose may still shorten holds.
    """
    hold = prefs.default_hold_s or zone.hold_s
    if zone.hold_s <= SHORT_HOLD_S:
        hold = min(hold, zone.hold_s)
    reps = prefs.default_reps or zone.reps
    rest = prefs.default_rest_s or zone.rest_s
    return Step(zone.id, sides, hold, reps, rest)
