"""The health check and what it changes: pure logic over :mod:`holdpoint.core.safety`.

* :class:`HealthCheck`: the answers (red flags answered yes, those a clinician has
  cleared, precautions and their checklists) and the day they were given; stored as
  plain values with :meth:`HealthCheck.to_dict` / :func:`load_check`, where anything
  malformed reads as "no check yet", never an exception.
* :func:`gate`: whether sessions may start today, and if not, why.
* :func:`expand`, :func:`excluded_zones`, :func:`adapt`, :func:`get_ready_lengths`:
  precautions applied to a routine: zones left out with their reasons, holds capped in
  gentle mode, the way (tool and posture) each kept zone is worked, notes to show.

Every text these return for a person (a gate's title and text, reasons, notes, the
clearance statement) is in the chosen language (see :mod:`holdpoint.core.i18n`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from holdpoint.core.catalog import Catalog, Posture, Tool, ToolUse, Zone
from holdpoint.core.i18n import localized, translate
from holdpoint.core.routine import Step
from holdpoint.core.safety import (
    CLEARANCE_SEE_DOCTOR,
    CLEARANCE_URGENT,
    GENTLE_GET_READY_S,
    GENTLE_GET_READY_SIDE_S,
    GENTLE_HOLD_S,
    GENTLE_PRESSURE,
    PRECAUTIONS,
    BellyCondition,
    ClotRisk,
    Precaution,
    RedFlag,
    RedFlagQuestion,
    Urgency,
    info,
    question,
)

#: A check is valid this many days; after that it is due again.
VALID_DAYS = 28
#: Precautions whose effects a clinician's agreement may lift (the calf with clot risk).
CLEARABLE = frozenset({Precaution.CLOT_RISK})
_FORMAT = "1"

_E = TypeVar("_E", bound=enum.StrEnum)


def _ordered(kind: type[_E], members: Iterable[_E]) -> tuple[_E, ...]:
    chosen = set(members)
    return tuple(member for member in kind if member in chosen)


@dataclass(frozen=True)
class HealthCheck:
    """One completed health check. ``red_flags`` are the questions answered yes (every
    other one was answered no); ``cleared`` those of them the person says a clinician has
    assessed and cleared; ``cleared_precautions`` precautions (of :data:`CLEARABLE`)
    whose effects a clinician agreed to lift."""

    answered: dt.date
    red_flags: frozenset[RedFlag] = frozenset()
    cleared: frozenset[RedFlag] = frozenset()
    precautions: frozenset[Precaution] = frozenset()
    clot_risks: frozenset[ClotRisk] = frozenset()
    belly: frozenset[BellyCondition] = frozenset()
    cleared_precautions: frozenset[Precaution] = frozenset()

    def __post_init__(self) -> None:
        for name in ("red_flags", "cleared", "precautions", "clot_risks", "belly",
                     "cleared_precautions"):  # fmt: skip
            object.__setattr__(self, name, frozenset(getattr(self, name)))
        object.__setattr__(self, "cleared", self.cleared & self.red_flags)

    @property
    def uncleared(self) -> tuple[RedFlagQuestion, ...]:
        """The yes answers not cleared by a clinician, urgent first, in question order."""
        flags = [question(flag) for flag in _ordered(RedFlag, self.red_flags - self.cleared)]
        return tuple(sorted(flags, key=lambda q: q.urgency is not Urgency.URGENT))

    def in_effect(self) -> frozenset[Precaution]:
        """Every precaution that applies: the ones ticked, clot risk and belly when any of
        their checklist is ticked, what they imply, minus what a clinician cleared."""
        ticked = set(self.precautions)
        if self.clot_risks:
            ticked.add(Precaution.CLOT_RISK)
        if self.belly:
            ticked.add(Precaution.BELLY)
        return expand(ticked, self.cleared_precautions)

    def next_due(self) -> dt.date:
        return self.answered + dt.timedelta(days=VALID_DAYS)

    def to_dict(self) -> dict[str, str]:
        """Plain text values for a settings file: a format number, the ISO date, and
        comma-separated ids for each set (read back with :meth:`from_dict`)."""

        def ids(kind: type[_E], members: Iterable[_E]) -> str:
            return ",".join(member.value for member in _ordered(kind, members))

        return {
            "format": _FORMAT,
            "answered": self.answered.isoformat(),
            "red_flags": ids(RedFlag, self.red_flags),
            "cleared": ids(RedFlag, self.cleared),
            "precautions": ids(Precaution, self.precautions),
            "clot_risks": ids(ClotRisk, self.clot_risks),
            "belly": ids(BellyCondition, self.belly),
            "cleared_precautions": ids(Precaution, self.cleared_precautions),
        }

    @classmethod
    def from_dict(cls, data: object) -> HealthCheck | None:
        """The same as :func:`load_check`: None for anything that cannot be read."""
        return load_check(data)


def load_check(data: object) -> HealthCheck | None:
    """The check stored by :meth:`HealthCheck.to_dict`; None ("no check yet") for
    anything missing, malformed, unknown or from another format — never an exception."""
    if not isinstance(data, Mapping) or str(data.get("format", "")) != _FORMAT:
        return None

    def ids(key: str, kind: type[_E]) -> frozenset[_E]:
        raw = data.get(key, "")
        if isinstance(raw, list | tuple):  # some settings back-ends hand lists back
            raw = ",".join(str(item) for item in raw)
        if not isinstance(raw, str):
            raise ValueError(key)
        return frozenset(kind(part.strip()) for part in raw.split(",") if part.strip())

    try:
        answered = data.get("answered")
        if not isinstance(answered, str):
            return None
        return HealthCheck(
            answered=dt.date.fromisoformat(answered),
            red_flags=ids("red_flags", RedFlag),
            cleared=ids("cleared", RedFlag),
            precautions=ids("precautions", Precaution),
            clot_risks=ids("clot_risks", ClotRisk),
            belly=ids("belly", BellyCondition),
            cleared_precautions=ids("cleared_precautions", Precaution),
        )
    except (ValueError, TypeError):
        return None


def clearance_statement(check: HealthCheck) -> str:
    """What the person confirms to go on after a yes: the serious wording when any of
    their uncleared answers is urgent."""
    urgent = any(q.urgency is Urgency.URGENT for q in check.uncleared)
    return localized("safety", CLEARANCE_URGENT if urgent else CLEARANCE_SEE_DOCTOR)


# ------------------------------------------------------------------------------ gate


class GateReason(enum.StrEnum):
    OPEN = "open"  # sessions may start
    NO_CHECK = "no_check"  # never answered, or the stored answers could not be read
    DUE = "due"  # answered more than VALID_DAYS ago (or on a day after today)
    RED_FLAG = "red_flag"  # a yes that no clinician has cleared


@dataclass(frozen=True)
class Gate:
    """Whether sessions may start, with a calm title and text saying why not."""

    reason: GateReason
    title: str
    text: str
    flags: tuple[RedFlagQuestion, ...] = ()  # the uncleared yes answers (RED_FLAG)
    next_due: dt.date | None = None

    @property
    def allowed(self) -> bool:
        return self.reason is GateReason.OPEN

    @property
    def urgent(self) -> bool:
        return any(q.urgency is Urgency.URGENT for q in self.flags)


def gate(check: HealthCheck | None, today: dt.date) -> Gate:
    """Sessions are allowed when a check exists, is at most :data:`VALID_DAYS` old (and
    not dated after ``today``), and every yes answer has been cleared."""
    if check is None:
        return Gate(
            GateReason.NO_CHECK,
            translate("health", "A short health check first"),
            translate(
                "health",
                "Before your first session, please answer a few yes/no questions about your "
                "health. It takes a couple of minutes, and Holdpoint asks again every 4 weeks.",
            ),
        )
    if check.answered > today:
        return Gate(
            GateReason.DUE,
            translate("health", "Time for your health check again"),
            translate(
                "health",
                "Your last health check is dated after today (the computer's date may have "
                "changed). Please answer the questions again before your next session.",
            ),
        )
    if today >= check.next_due():
        return Gate(
            GateReason.DUE,
            translate("health", "Time for your health check again"),
            translate(
                "health",
                "It has been 4 weeks since you answered the health questions, and "
                "things can change. Please answer them again before your next session.",
            ),
        )
    flags = check.uncleared
    if not flags:
        # Not shown by the window (it shows next_due with the person's locale); the date
        # here is written the English way.
        return Gate(
            GateReason.OPEN,
            translate("health", "Health check done"),
            translate("health", "Your next health check is due on {date}.").format(
                date=f"{check.next_due():%d %B %Y}"
            ),
            next_due=check.next_due(),
        )
    if any(q.urgency is Urgency.URGENT for q in flags):
        title = translate("health", "Please get medical help first")
        text = translate(
            "health",
            "You answered yes to a sign that needs urgent medical care. Self-massage is not "
            "the right thing for now. Only if a doctor has already examined you for this "
            "and told you self-massage is safe can you say so in the health check and go on.",
        )
    else:
        title = translate("health", "Please see a doctor first")
        text = translate(
            "health",
            "You answered yes to something a doctor should check before you use Holdpoint. "
            "Once a doctor or physiotherapist has agreed that self-massage is fine for you, "
            "you can say so in the health check and go on.",
        )
    return Gate(GateReason.RED_FLAG, title, text, flags=flags, next_due=check.next_due())


# ------------------------------------------------------------------- precautions


def expand(
    precautions: Collection[Precaution], cleared: Collection[Precaution] = ()
) -> frozenset[Precaution]:
    """``precautions`` with everything they imply (20 weeks pregnant is pregnant; over
    65, pregnancy and a recent operation carry clot risk), minus those of ``cleared``
    that a clinician may lift (:data:`CLEARABLE`)."""
    result = set(precautions)
    todo = list(result)
    while todo:
        for implied in info(todo.pop()).implies:
            if implied not in result:
                result.add(implied)
                todo.append(implied)
    return frozenset(result - (set(cleared) & CLEARABLE))


def is_gentle(precautions: Collection[Precaution]) -> bool:
    """Whether gentle mode applies: lighter pressure, holds of at most
    :data:`GENTLE_HOLD_S`, a longer get-ready."""
    return any(info(p).gentle for p in precautions)


def _avoided(precautions: Collection[Precaution]) -> frozenset[Posture]:
    return frozenset(posture for p in precautions for posture in info(p).avoid_postures)


def _preferred(precautions: Collection[Precaution]) -> tuple[Posture, ...]:
    chosen = [item for item in PRECAUTIONS if item.precaution in precautions]
    return tuple(dict.fromkeys(posture for item in chosen for posture in item.prefer_postures))


def excluded_zones(
    precautions: Collection[Precaution],
    catalog: Catalog,
    tools: Collection[Tool] | None = None,
) -> dict[str, str]:
    """Zone id → why it is left out, for the precautions in effect (see :func:`expand`)
    and, when given, the person's ``tools``: zones a precaution names, zones that can only
    be worked in an avoided posture, and zones that need a tool the person does not have.
    Several reasons for one zone are joined. Zone ids not in ``catalog`` are ignored.
    These are exactly the zones :func:`adapt` leaves out."""
    known = {zone.id for zone in catalog.zones}
    reasons: dict[str, list[str]] = {}
    for item in PRECAUTIONS:
        if item.precaution not in precautions:
            continue
        for zone_id in item.excludes:
            if zone_id in known:
                reasons.setdefault(zone_id, []).append(localized("safety", item.exclude_reason))
        if item.avoid_postures:
            for zone in catalog.zones:
                if zone.use_for(avoid=item.avoid_postures) is None:
                    reasons.setdefault(zone.id, []).append(localized("safety", item.posture_reason))
    avoid = _avoided(precautions)
    for zone in catalog.zones:
        if zone.id not in reasons and zone.use_for(tools, avoid) is None:
            reasons[zone.id] = [_no_way(zone, precautions, tools, avoid)]
    return {
        zone.id: " ".join(dict.fromkeys(reasons[zone.id]))
        for zone in catalog.zones
        if zone.id in reasons
    }


def positions(
    precautions: Collection[Precaution],
    catalog: Catalog,
    tools: Collection[Tool] | None = None,
) -> dict[str, str]:
    """Zone id → how this person gets into position on it (the way :func:`adapt` picks),
    for every zone that is not left out."""
    excluded = excluded_zones(precautions, catalog, tools)
    avoid, prefer = _avoided(precautions), _preferred(precautions)
    ways = {zone.id: zone.use_for(tools, avoid, prefer) for zone in catalog.zones
            if zone.id not in excluded}  # fmt: skip
    return {zone_id: way.position for zone_id, way in ways.items() if way is not None}


@dataclass(frozen=True)
class LeftOut:
    zone_id: str
    reason: str  # one or more plain sentences, for a tooltip


@dataclass(frozen=True)
class Adapted:
    """A routine adapted to the precautions: ``steps`` kept (holds capped in gentle mode)
    with the ``ways`` they are worked (one per step), ``left_out`` with reasons, the zone
    ids whose holds were ``shortened``, and ``notes`` to show before the session."""

    steps: tuple[Step, ...]
    ways: tuple[ToolUse, ...]
    left_out: tuple[LeftOut, ...]
    shortened: tuple[str, ...]
    notes: tuple[str, ...]
    gentle: bool


def adapt(
    steps: Sequence[Step],
    precautions: Collection[Precaution],
    catalog: Catalog,
    tools: Collection[Tool] | None = None,
) -> Adapted:
    """``steps`` for a person with ``precautions`` in effect (:meth:`HealthCheck.in_effect`
    or :func:`expand`; this function does not expand them) and, when given, only the
    ``tools`` they have (fingers are always at hand; None: any tool)."""
    excluded = excluded_zones(precautions, catalog, tools)
    avoid, prefer = _avoided(precautions), _preferred(precautions)
    gentle = is_gentle(precautions)
    kept: list[Step] = []
    ways: list[ToolUse] = []
    left_out: list[LeftOut] = []
    shortened: list[str] = []
    for step in steps:
        zone = catalog.zone(step.zone_id)
        if zone.id in excluded:
            left_out.append(LeftOut(zone.id, excluded[zone.id]))
            continue
        way = zone.use_for(tools, avoid, prefer)
        assert way is not None  # excluded_zones() leaves out every zone with no way
        if gentle and step.hold_s > GENTLE_HOLD_S:
            step = replace(step, hold_s=GENTLE_HOLD_S)
            shortened.append(zone.id)
        kept.append(step)
        ways.append(way)
    notes = [localized("safety", GENTLE_PRESSURE)] if gentle else []
    notes += [localized("safety", note) for item in PRECAUTIONS
              if item.precaution in precautions for note in item.notes]  # fmt: skip
    return Adapted(
        steps=tuple(kept),
        ways=tuple(ways),
        left_out=tuple(left_out),
        shortened=tuple(shortened),
        notes=tuple(dict.fromkeys(notes)),
        gentle=gentle,
    )


def _no_way(
    zone: Zone,
    precautions: Collection[Precaution],
    tools: Collection[Tool] | None,
    avoid: Collection[Posture],
) -> str:
    """Why no way of ``zone`` fits: its only ways with the person's tools are in avoided
    postures, or it needs a tool they have not chosen."""

    def names(uses: Iterable[ToolUse]) -> str:
        # "ball or foam roller": the tools' names as written inside a sentence.
        separator = translate("health", " or ")
        return separator.join(dict.fromkeys(use.tool.needs.in_sentence for use in uses))

    if zone.use_for(tools) is not None:  # only the posture is in the way
        reasons = [localized("safety", info(p).posture_reason) for p in _in_order(precautions)
                   if info(p).avoid_postures & {u.posture for u in zone.uses}]  # fmt: skip
        other = [use for use in zone.uses if use.posture not in avoid]
        text = " ".join(dict.fromkeys(reasons))
        if not other:
            return text
        return translate("health", "{reasons} Another way needs: {tools}.").format(
            reasons=text, tools=names(other)
        )
    return translate("health", "Needs a tool you have not chosen: {tools}.").format(
        tools=names(zone.uses)
    )


def _in_order(precautions: Collection[Precaution]) -> list[Precaution]:
    return [item.precaution for item in PRECAUTIONS if item.precaution in precautions]


def get_ready_lengths(
    precautions: Collection[Precaution], long_s: int, short_s: int
) -> tuple[int, int]:
    """The get-ready seconds (position changes, between sides) to use: the person's own,
    raised in gentle mode to at least :data:`GENTLE_GET_READY_S` and
    :data:`GENTLE_GET_READY_SIDE_S`."""
    if not is_gentle(precautions):
        return long_s, short_s
    return max(long_s, GENTLE_GET_READY_S), max(short_s, GENTLE_GET_READY_SIDE_S)
