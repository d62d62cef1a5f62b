"""Which sound and which spoken line each session event gets. Pure: no Qt, no audio."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from holdpoint.core.catalog import Catalog, Side
from holdpoint.core.engine import Event, Kind, Outcome
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized, translate


class Cue(enum.StrEnum):
    """A cue sound; the value is the file name in resources/sounds (without .wav)."""

    GET_READY = "get_ready"
    HOLD_START = "hold_start"
    TEN_SECONDS = "ten_seconds"
    TICK = "tick"
    RELEASE = "release"
    SWITCH_SIDE = "switch_side"
    SESSION_DONE = "session_done"


CUE_FOR_EVENT: dict[Kind, Cue] = {
    Kind.GET_READY: Cue.GET_READY,
    Kind.HOLD_STARTED: Cue.HOLD_START,
    Kind.TEN_SECONDS_LEFT: Cue.TEN_SECONDS,
    Kind.COUNTDOWN: Cue.TICK,
    Kind.HOLD_ENDED: Cue.RELEASE,
    Kind.SWITCH_SIDE: Cue.SWITCH_SIDE,
    Kind.SESSION_DONE: Cue.SESSION_DONE,
}

#: Hold lengths as the voice says them (holds are 15–60 s, in steps of five).
_NUMBERS = {
    10: QT_TRANSLATE_NOOP("cues", "ten"),
    15: QT_TRANSLATE_NOOP("cues", "fifteen"),
    20: QT_TRANSLATE_NOOP("cues", "twenty"),
    25: QT_TRANSLATE_NOOP("cues", "twenty-five"),
    30: QT_TRANSLATE_NOOP("cues", "thirty"),
    35: QT_TRANSLATE_NOOP("cues", "thirty-five"),
    40: QT_TRANSLATE_NOOP("cues", "forty"),
    45: QT_TRANSLATE_NOOP("cues", "forty-five"),
    50: QT_TRANSLATE_NOOP("cues", "fifty"),
    55: QT_TRANSLATE_NOOP("cues", "fifty-five"),
    60: QT_TRANSLATE_NOOP("cues", "sixty"),
}


def seconds_words(seconds: float) -> str:
    whole = round(seconds)
    return localized("cues", _NUMBERS[whole]) if whole in _NUMBERS else str(whole)


def asks_tenderness(events: Sequence[Event], wanted: bool = True) -> bool:
    """Whether these events (one moment's) end a hold that should be rated for tenderness:
    the person wants the question (``wanted``: the preference ``ask_tenderness``), the
    hold was held to the end, and the session goes on without a new hold at once. The
    screen asks the question and the voice asks it aloud on the same rule."""
    if not wanted:
        return False
    ended = [e.hold for e in events if e.kind is Kind.HOLD_ENDED and e.hold is not None]
    if not ended or ended[-1].outcome is not Outcome.COMPLETED:
        return False
    moving_on = (Kind.HOLD_STARTED, Kind.SESSION_DONE, Kind.STOPPED)
    return not any(e.kind in moving_on for e in events)


def spoken_line(event: Event, catalog: Catalog, ask_tenderness: bool = False) -> str | None:
    """What the voice says for ``event``, or None for events that only sound.
    ``ask_tenderness``: the release also asks how tender the spot was (see
    :func:`asks_tenderness`); the answer is one key press, and no answer is fine.

    A get-ready before a change of position (``segment.moved``) also says how to get
    into it (the way the plan chose, else the zone's default ``position``); the start of
    a hold only names zone, side and time.
    """
    segment = event.segment
    if event.kind is Kind.SESSION_DONE:
        return translate("cues", "Session complete. Well done.")
    if event.kind is Kind.EASED_OFF:
        return translate("cues", "Easing off. That spot is done for today.")
    if segment is None:
        return None
    zone = catalog.zone(segment.zone_id)
    left = segment.side is Side.LEFT
    if event.kind is Kind.SWITCH_SIDE:
        if left:
            return translate("cues", "Switch to the left side.")
        return translate("cues", "Switch to the right side.")
    if event.kind is Kind.GET_READY:
        if left:
            line = translate("cues", "Get ready: {zone}, left side.")
        else:
            line = translate("cues", "Get ready: {zone}, right side.")
        line = line.format(zone=zone.name)
        return f"{line} {segment.position or zone.position}" if segment.moved else line
    if event.kind is Kind.HOLD_STARTED:
        if left:
            line = translate("cues", "{zone}, left side. Hold {seconds} seconds.")
        else:
            line = translate("cues", "{zone}, right side. Hold {seconds} seconds.")
        return line.format(zone=zone.name, seconds=seconds_words(segment.duration))
    if event.kind is Kind.TEN_SECONDS_LEFT:
        return translate("cues", "Ten seconds.")
    if event.kind is Kind.HOLD_ENDED:
        if event.hold is not None and event.hold.outcome is Outcome.EASED_OFF:
            return None  # the EASED_OFF event that follows says it
        if ask_tenderness:
            return translate("cues", "Release. Tenderness?")
        return translate("cues", "Release.")
    if event.kind is Kind.REST_STARTED:
        return translate("cues", "Rest.")
    return None
