"""A dose that grows with comfort: the first week's cap and advice from the ratings.

Pure functions over plain data (:class:`~holdpoint.core.trends.SessionSummary` lists and
``today``); nothing here reads storage or a clock. Advice is calm and never blocks: the
caller shows it and the person decides.

* First week (:func:`first_week_cap`, :func:`apply_cap`): for 7 days from the first
  session, sessions of about 10 minutes and holds of at most 30 s.
* Next morning (:func:`lighter_dose_advice`): pain 2 or more points higher the morning
  after the last session than before it → shorter holds or lighter pressure next time.
* Not improving (:func:`see_someone_advice`): after 4–6 weeks of ratings with no clear
  change (2 points or 30%), or clearly worse → see a doctor or physiotherapist.
  The levels compared are defined in :func:`pain_levels`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace

from holdpoint.core.i18n import decimal, translate
from holdpoint.core.ratings import Moment, PainKind
from holdpoint.core.routine import GET_READY_S, GET_READY_SIDE_S, Step
from holdpoint.core.trends import SessionSummary

FIRST_WEEK_DAYS = 7
FIRST_WEEK_SESSION_S = 10 * 60
FIRST_WEEK_HOLD_S = 30
#: Next-morning pain this many points above the before-rating means "go lighter".
WORSE_NEXT_MORNING = 2
#: A clear change (clinical.md, "meaningful change"): 2 points or 30% of the start.
CLEAR_POINTS = 2.0
CLEAR_FRACTION = 0.3
#: How much rating history the not-improving advice needs, and which part it compares.
WINDOW_DAYS = 42
MIN_RATED_SESSIONS = 8
MIN_SPAN_DAYS = 28
START_DAYS = 7
RECENT_DAYS = 14
MIN_GROUP = 2
#: A recent level at or below this is mild pain: no "not improving" advice for it.
MILD_LEVEL = 2.0


def first_day(summaries: Sequence[SessionSummary]) -> dt.date | None:
    """The local day of the person's first session; None before any."""
    return min((s.day for s in summaries), default=None)


# ------------------------------------------------------------------ the first week


@dataclass(frozen=True)
class Cap:
    """Limits for a session: total time (estimated) and the longest hold."""

    until: dt.date  # the last day it applies
    session_s: int
    hold_s: int
    title: str
    text: str


def first_week_cap(first_session_day: dt.date | None, today: dt.date) -> Cap | None:
    """The cap for ``today`` when it is one of the first 7 days from the first session
    (``None``: no session yet, so today is day 1); None from day 8."""
    start = first_session_day if first_session_day is not None else today
    until = start + dt.timedelta(days=FIRST_WEEK_DAYS - 1)
    if today > until:
        return None
    return Cap(
        until=until,
        session_s=FIRST_WEEK_SESSION_S,
        hold_s=FIRST_WEEK_HOLD_S,
        title=translate("dose", "Your first week: starting gently"),
        text=translate(
            "dose",
            "For your first week, Holdpoint keeps sessions to about 10 minutes and holds "
            "to 30 seconds at most. Build up from there only as it feels comfortable.",
        ),
    )


@dataclass(frozen=True)
class Capped:
    """Steps within a cap, and what changed: zone ids whose holds were ``shortened``,
    whose repetitions were reduced (``fewer_reps``) or that were ``dropped`` from the
    end; ``changes`` says it in plain sentences; ``seconds`` is the new estimate."""

    steps: tuple[Step, ...]
    shortened: tuple[str, ...]
    fewer_reps: tuple[str, ...]
    dropped: tuple[str, ...]
    changes: tuple[str, ...]
    seconds: int


def apply_cap(
    steps: Sequence[Step],
    cap: Cap,
    long_s: int = GET_READY_S,
    short_s: int = GET_READY_SIDE_S,
) -> Capped:
    """``steps`` within ``cap``: holds cut to ``cap.hold_s``, then steps kept in order
    while the estimate (:meth:`Step.seconds` with ``long_s``/``short_s``) fits
    ``cap.session_s``; the steps after the first that does not fit are dropped. A first
    step too long on its own keeps as many repetitions as fit (at least one)."""
    shortened: list[str] = []
    fewer: list[str] = []
    kept: list[Step] = []
    dropped: list[str] = []
    total = 0
    for original in steps:
        if dropped:
            dropped.append(original.zone_id)
            continue
        step = replace(original, hold_s=min(original.hold_s, cap.hold_s))
        while not kept and step.reps > 1 and step.seconds(long_s, short_s) > cap.session_s:
            step = replace(step, reps=step.reps - 1)
        seconds = step.seconds(long_s, short_s)
        if kept and total + seconds > cap.session_s:
            dropped.append(step.zone_id)
            continue
        if step.hold_s < original.hold_s:
            shortened.append(step.zone_id)
        if step.reps < original.reps:
            fewer.append(step.zone_id)
        kept.append(step)
        total += seconds
    changes = []
    if shortened:
        changes.append(
            translate("dose", "Holds shortened to {seconds} seconds.").format(seconds=cap.hold_s)
        )
    if fewer:
        changes.append(translate("dose", "Fewer repetitions, to fit about 10 minutes."))
    if dropped:
        count = len(dropped)
        if count == 1:
            changes.append(
                translate("dose", "The last 1 zone left for another day, to fit about 10 minutes.")
            )
        else:
            changes.append(
                translate(
                    "dose", "The last {count} zones left for another day, to fit about 10 minutes."
                ).format(count=count)
            )
    return Capped(tuple(kept), tuple(shortened), tuple(fewer), tuple(dropped),
                  tuple(changes), total)  # fmt: skip


# ------------------------------------------------------------------------ advice


class AdviceKind(enum.StrEnum):
    LIGHTER_DOSE = "lighter_dose"
    NOT_IMPROVING = "not_improving"
    GETTING_WORSE = "getting_worse"


@dataclass(frozen=True)
class Advice:
    """A calm suggestion to show; never a block. ``session_id``: the session it is
    about, when it is about one (so it can be shown once)."""

    kind: AdviceKind
    title: str
    text: str
    session_id: int | None = None


def lighter_dose_advice(summaries: Sequence[SessionSummary]) -> Advice | None:
    """Advice when, after the latest session, leg or back pain the next morning was at
    least :data:`WORSE_NEXT_MORNING` points above its before-rating; else None."""
    if not summaries:
        return None
    latest = max(summaries, key=lambda s: s.started)
    worse: dict[PainKind, tuple[int, int]] = {}
    for kind in PainKind:
        before = latest.rating(kind, Moment.BEFORE)
        morning = latest.rating(kind, Moment.NEXT_MORNING)
        if before is not None and morning is not None and morning - before >= WORSE_NEXT_MORNING:
            worse[kind] = (before, morning)
    if not worse:
        return None
    leg, back = worse.get(PainKind.LEG), worse.get(PainKind.BACK)
    if leg is not None and back is not None:
        change = translate(
            "dose",
            "Your leg pain went from {leg_before} before your last session to {leg_morning} "
            "the next morning, and your back pain from {back_before} to {back_morning}.",
        ).format(leg_before=leg[0], leg_morning=leg[1], back_before=back[0], back_morning=back[1])
    elif leg is not None:
        change = translate(
            "dose",
            "Your leg pain went from {before} before your last session to {morning} "
            "the next morning.",
        ).format(before=leg[0], morning=leg[1])
    else:
        assert back is not None
        change = translate(
            "dose",
            "Your back pain went from {before} before your last session to {morning} "
            "the next morning.",
        ).format(before=back[0], morning=back[1])
    advice = translate(
        "dose",
        "Some soreness for a day or two is common; next time, try shorter holds "
        "or lighter pressure, and build up again as it settles.",
    )
    return Advice(
        AdviceKind.LIGHTER_DOSE,
        translate("dose", "Go a little lighter next time"),
        f"{change} {advice}",
        session_id=latest.id,
    )


@dataclass(frozen=True)
class Levels:
    """Pain before sessions at the start and recently (see :func:`pain_levels`)."""

    kind: PainKind
    start: float
    recent: float
    sessions: int
    first_day: dt.date
    last_day: dt.date

    @property
    def improved_clearly(self) -> bool:
        drop = self.start - self.recent
        return drop >= CLEAR_POINTS or (self.start > 0 and drop / self.start >= CLEAR_FRACTION)

    @property
    def worse_clearly(self) -> bool:
        """Up by 2 points, or by 30% and at least 1 point."""
        rise = self.recent - self.start
        return rise >= CLEAR_POINTS or (rise >= 1 and rise >= CLEAR_FRACTION * self.start)


def pain_levels(
    summaries: Sequence[SessionSummary], kind: PainKind, today: dt.date
) -> Levels | None:
    """The ``kind`` pain rated before sessions over the last :data:`WINDOW_DAYS` days:

    * the rated sessions are those of the window with a before-rating of ``kind``; at
      least :data:`MIN_RATED_SESSIONS`, the first and last at least
      :data:`MIN_SPAN_DAYS` days apart;
    * the starting level is the mean of those in the first :data:`START_DAYS` days from
      the first; the recent level the mean of those in the last :data:`RECENT_DAYS`
      days up to ``today``; each needs at least :data:`MIN_GROUP` ratings.

    None when the data do not allow it."""
    window_start = today - dt.timedelta(days=WINDOW_DAYS - 1)
    rated = sorted(
        (s.day, value)
        for s in summaries
        if window_start <= s.day <= today and (value := s.rating(kind, Moment.BEFORE)) is not None
    )
    if len(rated) < MIN_RATED_SESSIONS:
        return None
    first, last = rated[0][0], rated[-1][0]
    if (last - first).days < MIN_SPAN_DAYS:
        return None
    start_end = first + dt.timedelta(days=START_DAYS - 1)
    recent_start = today - dt.timedelta(days=RECENT_DAYS - 1)
    start = [value for day, value in rated if day <= start_end]
    recent = [value for day, value in rated if day >= recent_start]
    if len(start) < MIN_GROUP or len(recent) < MIN_GROUP:
        return None
    return Levels(kind, sum(start) / len(start), sum(recent) / len(recent), len(rated),
                  first, last)  # fmt: skip


def see_someone_advice(summaries: Sequence[SessionSummary], today: dt.date) -> Advice | None:
    """Advice to see a doctor or physiotherapist when, with enough ratings (see
    :func:`pain_levels`), leg or back pain is clearly worse, or none of them has clearly
    improved; either only when the recent pain is more than mild (:data:`MILD_LEVEL`).
    None otherwise, and when the data do not allow a comparison."""
    levels = [lv for kind in PainKind if (lv := pain_levels(summaries, kind, today))]
    if not levels:
        return None
    weeks = max((today - lv.first_day).days for lv in levels) // 7
    worse = [lv for lv in levels if lv.worse_clearly and lv.recent > MILD_LEVEL]
    if worse:
        return Advice(
            AdviceKind.GETTING_WORSE,
            translate("dose", "Worth seeing a doctor or physiotherapist"),
            _story(weeks, worse)
            + " "
            + translate(
                "dose",
                "When pain is getting worse, a doctor or physiotherapist can look at why and "
                "what else may help. If any of the urgent signs in the health check appear, "
                "get help straight away.",
            ),
        )
    if any(lv.improved_clearly for lv in levels) or max(lv.recent for lv in levels) <= MILD_LEVEL:
        return None
    return Advice(
        AdviceKind.NOT_IMPROVING,
        translate("dose", "Time to see a doctor or physiotherapist"),
        _story(weeks, levels, changed=False)
        + " "
        + translate(
            "dose",
            "Most sciatica improves within 4–6 weeks; when it does not, a doctor or "
            "physiotherapist can look for the cause and suggest other treatment. You can keep "
            "using Holdpoint meanwhile if it helps you.",
        ),
    )


def _story(weeks: int, levels: Sequence[Levels], changed: bool = True) -> str:
    """How the pain of ``levels`` (leg, back or both, in that order) has gone over the last
    ``weeks`` weeks, as one sentence; ``changed`` False adds that it has not clearly."""
    by_kind = {lv.kind: lv for lv in levels}
    leg, back = by_kind.get(PainKind.LEG), by_kind.get(PainKind.BACK)
    if leg is not None and back is not None:
        if changed:
            text = translate(
                "dose",
                "Over the last {weeks} weeks, your leg pain has gone from about {leg_start} "
                "to {leg_recent} and your back pain has gone from about {back_start} to "
                "{back_recent} (rated before sessions).",
            )
        else:
            text = translate(
                "dose",
                "Over the last {weeks} weeks, your leg pain has gone from about {leg_start} "
                "to {leg_recent} and your back pain has gone from about {back_start} to "
                "{back_recent} (rated before sessions): no clear change yet.",
            )
        return text.format(
            weeks=weeks,
            leg_start=decimal(leg.start),
            leg_recent=decimal(leg.recent),
            back_start=decimal(back.start),
            back_recent=decimal(back.recent),
        )
    one = leg if leg is not None else back
    assert one is not None
    if one.kind is PainKind.LEG:
        if changed:
            text = translate(
                "dose",
                "Over the last {weeks} weeks, your leg pain has gone from about {start} to "
                "{recent} (rated before sessions).",
            )
        else:
            text = translate(
                "dose",
                "Over the last {weeks} weeks, your leg pain has gone from about {start} to "
                "{recent} (rated before sessions): no clear change yet.",
            )
    elif changed:
        text = translate(
            "dose",
            "Over the last {weeks} weeks, your back pain has gone from about {start} to "
            "{recent} (rated before sessions).",
        )
    else:
        text = translate(
            "dose",
            "Over the last {weeks} weeks, your back pain has gone from about {start} to "
            "{recent} (rated before sessions): no clear change yet.",
        )
    return text.format(weeks=weeks, start=decimal(one.start), recent=decimal(one.recent))
