"""Safety content shown before and around every session: data, not widgets.

Facts from shared/reference/clinical.md (red flags, precautions for deep pressure, what
to expect afterwards); the wording is Holdpoint's own and modest about benefits. Kept in
one place so the health check, the first-launch card, the Safety dialog, About and the
report all say the same thing.

* :data:`RED_FLAG_QUESTIONS`: the yes/no questions of the health check, one per red
  flag, each with what a "yes" means (:class:`Urgency`) and a one-line instruction,
  grouped for display (:func:`questions_in`).
* :data:`PRECAUTIONS`: what a condition changes in a plan, as data (zones left out and
  why, postures to avoid or prefer, gentle mode, notes); :mod:`holdpoint.core.health`
  applies them. Clot risk and belly conditions are checklists (:class:`ClotRisk`,
  :class:`BellyCondition`) under one precaution each.
* Plain texts: :data:`PURPOSE`, :data:`RED_FLAGS`, :data:`ASK_FIRST`,
  :data:`PRESSURE_RULES`, :data:`GUIDANCE`, :data:`SHORT_NOTE`.

Every text here is in English, marked for translation in the context ``"safety"``
(:func:`~holdpoint.core.i18n.QT_TRANSLATE_NOOP`): where one is shown, it goes through
``localized("safety", text)``. The properties (:attr:`RedFlagGroup.heading`,
:attr:`ClotRisk.text`, :attr:`BellyCondition.text`) give it in the chosen language already.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from holdpoint.core.catalog import Posture
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized

#: One sentence on what Holdpoint is and is not.
PURPOSE = QT_TRANSLATE_NOOP(
    "safety",
    "Holdpoint guides self-massage of muscles that can contribute to sciatica-like pain. "
    "Steady pressure on these points may ease pain for some people, best alongside staying "
    "active. It gives self-care guidance, not a diagnosis.",
)

#: Signs that need urgent medical care instead of self-massage (the banner's list).
RED_FLAGS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("safety", "Numbness around the genitals or back passage (the “saddle” area)"),
    QT_TRANSLATE_NOOP(
        "safety",
        "New trouble starting to pee, being unable to pee, or loss of bladder or bowel control",
    ),
    QT_TRANSLATE_NOOP("safety", "New problems with sexual function, or sciatica in both legs"),
    QT_TRANSLATE_NOOP(
        "safety", "Weakness or numbness in both legs that is severe or getting worse"
    ),
    QT_TRANSLATE_NOOP("safety", "Fever or chills together with back pain"),
    QT_TRANSLATE_NOOP(
        "safety",
        "Back pain that started after a serious injury, such as a bad fall or a car accident",
    ),
)

RED_FLAGS_HEADING = QT_TRANSLATE_NOOP("safety", "Stop and get urgent medical help if you have")

#: Situations where the person should ask a clinician before deep pressure.
ASK_FIRST: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety", "You take blood thinners, have a bleeding disorder, or bruise easily"
    ),
    QT_TRANSLATE_NOOP("safety", "You are pregnant"),
    QT_TRANSLATE_NOOP(
        "safety",
        "You have osteoporosis, a recent fracture, recent surgery, a healing wound or burn, "
        "or cancer now or in the past",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "You have diabetes or another condition that dulls feeling in your legs (neuropathy)",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "You have a hernia, an inflamed bowel, belly surgery in recent months, or a known or "
        "suspected aneurysm (a pulsing feeling in the belly)",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "A calf is painful, swollen, warm or red (a possible clot): no massage, see a doctor "
        "today; with breathlessness or chest pain, call an ambulance",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "The pain is unexplained, wakes you at night, comes with weight loss you cannot "
        "explain, or has not improved in a month",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "The back pain is new and you are over 50 or under 20, your immune system is weak, "
        "you have injected drugs, or you recently had a bacterial infection",
    ),
)

ASK_FIRST_HEADING = QT_TRANSLATE_NOOP("safety", "Ask a doctor or physiotherapist first if")

#: How to press: the rules every instruction in the app follows.
PRESSURE_RULES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety",
        "Mild, dull discomfort is expected. Sharp or shooting pain means ease off at once.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Tingling or numbness you already have is common with sciatica. Stop if symptoms "
        "spread further down the leg, or last after the hold.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Work the muscles, never the spine, the back of the knee, the groin crease or a nerve.",
    ),
    QT_TRANSLATE_NOOP(
        "safety", "Short daily sessions are usually advised rather than one long one."
    ),
)

#: What to expect and how to go about it: starting, breathing, tools, afterwards.
GUIDANCE: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "safety",
        "Start gently. In your first week keep sessions to about 10 minutes and holds to 15–30 "
        "seconds, and build up only as it feels comfortable.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Breathe out slowly as you let your weight sink into the pressure, and keep breathing "
        "steadily while you hold.",
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Massage guns (percussion devices) are not for this: Holdpoint uses slow, steady pressure.",
    ),
    QT_TRANSLATE_NOOP(
        "safety", "Afterwards, some gentle stretching and a short walk are a good way to finish."
    ),
    QT_TRANSLATE_NOOP(
        "safety",
        "Mild soreness for a day or two (24–48 hours) is common. If the pain is clearly worse "
        "the next morning, use shorter holds or lighter pressure next time.",
    ),
)

GUIDANCE_HEADING = QT_TRANSLATE_NOOP("safety", "Good to know")

#: The short note used in About and the README.
#: The one-line reminder above the map.
REMINDER = QT_TRANSLATE_NOOP(
    "safety",
    "Sharp, shooting or spreading pain means ease off. Loss of bladder or bowel control, "
    "saddle numbness or worsening leg weakness: get urgent help.",
)

SHORT_NOTE = QT_TRANSLATE_NOOP(
    "safety",
    "Holdpoint gives self-care guidance, not a diagnosis. Sharp or shooting pain, or "
    "symptoms spreading down the leg, mean ease off. Get urgent help for loss of bladder "
    "or bowel control, numbness in the saddle area, leg weakness that is getting worse, "
    "fever with back pain, or pain after a serious fall or accident.",
)

# ------------------------------------------------------------------------- red flags


class Urgency(enum.StrEnum):
    """What a "yes" to a red-flag question means."""

    URGENT = "urgent"  # get urgent medical care now
    SEE_DOCTOR_FIRST = "see_doctor_first"  # see a doctor before using Holdpoint


class RedFlagGroup(enum.StrEnum):
    """Headings the questions are shown under."""

    NERVES_AND_BLADDER = "nerves_and_bladder"
    OTHER_ILLNESS = "other_illness"
    INJURY = "injury"

    @property
    def heading(self) -> str:
        """The heading in the chosen language."""
        return localized("safety", _GROUP_TITLES[self])


_GROUP_TITLES = {
    RedFlagGroup.NERVES_AND_BLADDER: QT_TRANSLATE_NOOP("safety", "Nerves and bladder"),
    RedFlagGroup.OTHER_ILLNESS: QT_TRANSLATE_NOOP("safety", "Other illness"),
    RedFlagGroup.INJURY: QT_TRANSLATE_NOOP("safety", "Injury"),
}


class RedFlag(enum.StrEnum):
    """Stable ids of the red-flag questions (stored in the settings file)."""

    SADDLE_NUMBNESS = "saddle_numbness"
    BLADDER_BOWEL = "bladder_bowel"
    SEXUAL_FUNCTION = "sexual_function"
    BOTH_LEGS = "both_legs"
    LEG_WEAKNESS = "leg_weakness"
    CANCER_HISTORY = "cancer_history"
    AGE_AT_ONSET = "age_at_onset"
    WEIGHT_LOSS = "weight_loss"
    NIGHT_PAIN = "night_pain"
    NO_IMPROVEMENT = "no_improvement"
    FEVER = "fever"
    WEAK_IMMUNITY = "weak_immunity"
    INJECTED_DRUGS = "injected_drugs"
    RECENT_INFECTION = "recent_infection"
    SERIOUS_INJURY = "serious_injury"
    FRAGILE_BONE_INJURY = "fragile_bone_injury"
    POSSIBLE_CLOT = "possible_clot"


@dataclass(frozen=True)
class RedFlagQuestion:
    """One yes/no question; ``instruction`` says plainly what to do after a "yes"."""

    flag: RedFlag
    group: RedFlagGroup
    question: str
    urgency: Urgency
    instruction: str


_URGENT_CARE = QT_TRANSLATE_NOOP(
    "safety",
    "Get urgent medical help now (an emergency department or an urgent care service), "
    "not self-massage.",
)
_CAUDA_EQUINA = QT_TRANSLATE_NOOP(
    "safety",
    "Get urgent medical help now: these can be signs of pressure on the nerves at the "
    "base of the spine, which needs treatment quickly.",
)
_SEE_DOCTOR = QT_TRANSLATE_NOOP(
    "safety", "See a doctor before using Holdpoint, to check what is causing the pain."
)

_NERVES, _ILLNESS, _INJURY = (
    RedFlagGroup.NERVES_AND_BLADDER,
    RedFlagGroup.OTHER_ILLNESS,
    RedFlagGroup.INJURY,
)
_U, _D = Urgency.URGENT, Urgency.SEE_DOCTOR_FIRST

#: Every red flag of the reference, as a plain yes/no question, in display order.
RED_FLAG_QUESTIONS: tuple[RedFlagQuestion, ...] = (
    RedFlagQuestion(RedFlag.SADDLE_NUMBNESS, _NERVES, QT_TRANSLATE_NOOP("safety",
                    "Do you have numbness around your genitals or back passage (the area "
                    "you would sit on in a saddle)?"),
                    _U, _CAUDA_EQUINA),
    RedFlagQuestion(RedFlag.BLADDER_BOWEL, _NERVES, QT_TRANSLATE_NOOP("safety",
                    "Have you had new trouble starting to pee, been unable to pee, or lost "
                    "control of your bladder or bowels?"),
                    _U, _CAUDA_EQUINA),
    RedFlagQuestion(RedFlag.SEXUAL_FUNCTION, _NERVES, QT_TRANSLATE_NOOP("safety",
                    "Have you noticed new problems with sexual function, such as loss of "
                    "feeling, since the pain began?"),
                    _U, _CAUDA_EQUINA),
    RedFlagQuestion(RedFlag.BOTH_LEGS, _NERVES, QT_TRANSLATE_NOOP("safety",
                    "Do you have sciatica (pain running down the leg) in both legs?"),
                    _U, _CAUDA_EQUINA),
    RedFlagQuestion(RedFlag.LEG_WEAKNESS, _NERVES, QT_TRANSLATE_NOOP("safety",
                    "Do you have weakness or numbness in both legs that is severe or getting "
                    "worse?"),
                    _U, _CAUDA_EQUINA),
    RedFlagQuestion(RedFlag.CANCER_HISTORY, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Have you ever had cancer?"),
                    _D, QT_TRANSLATE_NOOP("safety",
                    "See a doctor before using Holdpoint: back pain after cancer needs "
                    "checking first.")),
    RedFlagQuestion(RedFlag.AGE_AT_ONSET, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Is this back pain new, and are you over 50 or under 20?"),
                    _D, _SEE_DOCTOR),
    RedFlagQuestion(RedFlag.WEIGHT_LOSS, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Have you lost weight recently without trying?"),
                    _D, _SEE_DOCTOR),
    RedFlagQuestion(RedFlag.NIGHT_PAIN, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Is the pain bad at night, even when you lie still?"),
                    _D, _SEE_DOCTOR),
    RedFlagQuestion(RedFlag.NO_IMPROVEMENT, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Have you had this pain for more than a month without any improvement?"),
                    _D, QT_TRANSLATE_NOOP("safety",
                    "See a doctor or physiotherapist before using Holdpoint: pain that has "
                    "not improved in a month should be checked.")),
    RedFlagQuestion(RedFlag.FEVER, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Do you have a fever or chills along with the back pain?"),
                    _U, QT_TRANSLATE_NOOP("safety",
                    "Get urgent medical help now: fever with back pain can be a sign of an "
                    "infection.")),
    RedFlagQuestion(RedFlag.WEAK_IMMUNITY, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Is your immune system weakened, for example by chemotherapy, long-term "
                    "steroids or a transplant?"),
                    _D, _SEE_DOCTOR),
    RedFlagQuestion(RedFlag.INJECTED_DRUGS, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Have you ever injected drugs?"),
                    _D, _SEE_DOCTOR),
    RedFlagQuestion(RedFlag.RECENT_INFECTION, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Have you recently had a bacterial infection, such as a urine or skin "
                    "infection?"),
                    _D, _SEE_DOCTOR),
    RedFlagQuestion(RedFlag.SERIOUS_INJURY, _INJURY, QT_TRANSLATE_NOOP("safety",
                    "Did the pain start after a serious injury, such as a bad fall or a car "
                    "accident?"),
                    _U, _URGENT_CARE),
    RedFlagQuestion(RedFlag.FRAGILE_BONE_INJURY, _INJURY, QT_TRANSLATE_NOOP("safety",
                    "Did the pain start after a minor fall or strain, and do you have "
                    "osteoporosis or take steroid tablets?"),
                    _D, QT_TRANSLATE_NOOP("safety",
                    "See a doctor before using Holdpoint: with fragile bones even a small "
                    "fall can break a bone.")),
    RedFlagQuestion(RedFlag.POSSIBLE_CLOT, _ILLNESS, QT_TRANSLATE_NOOP("safety",
                    "Is one calf painful, swollen, warm or red right now?"),
                    _D, QT_TRANSLATE_NOOP("safety",
                    "See a doctor today, before using Holdpoint: it can be a blood clot; do "
                    "not massage it. With breathlessness or chest pain, call an ambulance.")),
)  # fmt: skip

RED_FLAG_QUESTIONS_HEADING = QT_TRANSLATE_NOOP(
    "safety", "Before you start: a few questions about your health"
)


def question(flag: RedFlag) -> RedFlagQuestion:
    """The question for ``flag``."""
    return next(q for q in RED_FLAG_QUESTIONS if q.flag is flag)


def questions_in(group: RedFlagGroup) -> tuple[RedFlagQuestion, ...]:
    """The questions shown under ``group``, in display order."""
    return tuple(q for q in RED_FLAG_QUESTIONS if q.group is group)


#: What a person confirms to go on after a "yes": worded seriously for urgent signs.
CLEARANCE_URGENT = QT_TRANSLATE_NOOP(
    "safety",
    "A doctor has examined me for these signs since they began, and told me that "
    "self-massage is safe for me.",
)
CLEARANCE_SEE_DOCTOR = QT_TRANSLATE_NOOP(
    "safety",
    "I have seen a doctor or physiotherapist about this, and they agreed that "
    "self-massage is fine for me.",
)

# ----------------------------------------------------------------------- precautions


class Precaution(enum.StrEnum):
    """Conditions that change the plan (stable ids, stored in the settings file)."""

    PREGNANT = "pregnant"
    PREGNANT_AFTER_20_WEEKS = "pregnant_after_20_weeks"
    BLOOD_THINNERS = "blood_thinners"
    OSTEOPOROSIS = "osteoporosis"
    CLOT_RISK = "clot_risk"
    BELLY = "belly"
    NEUROPATHY = "neuropathy"
    OVER_65 = "over_65"
    RECENT_SURGERY = "recent_surgery"


class ClotRisk(enum.StrEnum):
    """The checklist under :attr:`Precaution.CLOT_RISK` (any one is enough)."""

    CLOT_BEFORE = "clot_before"
    OVER_60 = "over_60"
    OVERWEIGHT = "overweight"
    SMOKING = "smoking"
    HORMONES = "hormones"
    CANCER_OR_HEART_FAILURE = "cancer_or_heart_failure"
    VARICOSE_VEINS = "varicose_veins"
    PREGNANCY_OR_NEW_BABY = "pregnancy_or_new_baby"
    OPERATION_OR_HOSPITAL = "operation_or_hospital"
    IMMOBILITY = "immobility"

    @property
    def text(self) -> str:
        """The checklist item in the chosen language."""
        return localized("safety", _CLOT_TEXTS[self])


_CLOT_TEXTS = {
    ClotRisk.CLOT_BEFORE: QT_TRANSLATE_NOOP("safety", "I have had a blood clot before"),
    ClotRisk.OVER_60: QT_TRANSLATE_NOOP("safety", "I am over 60"),
    ClotRisk.OVERWEIGHT: QT_TRANSLATE_NOOP("safety", "I am overweight"),
    ClotRisk.SMOKING: QT_TRANSLATE_NOOP("safety", "I smoke"),
    ClotRisk.HORMONES: QT_TRANSLATE_NOOP(
        "safety", "I take the contraceptive pill or hormone replacement therapy (HRT)"
    ),
    ClotRisk.CANCER_OR_HEART_FAILURE: QT_TRANSLATE_NOOP("safety", "I have cancer or heart failure"),
    ClotRisk.VARICOSE_VEINS: QT_TRANSLATE_NOOP("safety", "I have varicose veins"),
    ClotRisk.PREGNANCY_OR_NEW_BABY: QT_TRANSLATE_NOOP(
        "safety", "I am pregnant, or had a baby in the last 6 weeks"
    ),
    ClotRisk.OPERATION_OR_HOSPITAL: QT_TRANSLATE_NOOP(
        "safety", "I had an operation or a hospital stay in the last 3 months"
    ),
    ClotRisk.IMMOBILITY: QT_TRANSLATE_NOOP(
        "safety", "I recently had a long journey, or a long time without moving about much"
    ),
}


class BellyCondition(enum.StrEnum):
    """The checklist under :attr:`Precaution.BELLY` (any one is enough)."""

    ANEURYSM = "aneurysm"
    HERNIA = "hernia"
    SURGERY = "surgery"
    INFLAMED_BOWEL = "inflamed_bowel"

    @property
    def text(self) -> str:
        """The checklist item in the chosen language."""
        return localized("safety", _BELLY_TEXTS[self])


_BELLY_TEXTS = {
    BellyCondition.ANEURYSM: QT_TRANSLATE_NOOP(
        "safety", "I have, or may have, an aneurysm in my belly (a pulsing feeling in the belly)"
    ),
    BellyCondition.HERNIA: QT_TRANSLATE_NOOP("safety", "I have a hernia"),
    BellyCondition.SURGERY: QT_TRANSLATE_NOOP(
        "safety", "I had surgery on my belly in recent months"
    ),
    BellyCondition.INFLAMED_BOWEL: QT_TRANSLATE_NOOP(
        "safety", "I have an inflamed bowel, such as Crohn's disease or ulcerative colitis"
    ),
}

CALF_ZONES = ("gastrocnemius", "soleus")
BELLY_ZONES = ("iliopsoas",)


@dataclass(frozen=True)
class PrecautionInfo:
    """A precaution's text and its effects on a plan, as data.

    ``excludes`` zones are left out with ``exclude_reason``; a zone whose every way is in
    an ``avoid_postures`` posture is left out with ``posture_reason``; ``prefer_postures``
    chooses among a zone's ways; ``gentle`` turns on gentle mode; ``implies`` are
    precautions that come with this one."""

    precaution: Precaution
    title: str
    explanation: str
    excludes: tuple[str, ...] = ()
    exclude_reason: str = ""
    avoid_postures: frozenset[Posture] = frozenset()
    posture_reason: str = ""
    prefer_postures: tuple[Posture, ...] = ()
    gentle: bool = False
    notes: tuple[str, ...] = ()
    implies: tuple[Precaution, ...] = ()


_CLOT_NOTE = QT_TRANSLATE_NOOP(
    "safety",
    "Never press on a calf that is swollen, warm, red or painful: see a doctor the same "
    "day. With breathlessness or chest pain, call an ambulance.",
)
_FLOOR_NOTE = QT_TRANSLATE_NOOP(
    "safety",
    "Get down to the floor and back up slowly, through kneeling, without twisting; or use "
    "a chair or a wall position where a zone has one.",
)

PRECAUTIONS: tuple[PrecautionInfo, ...] = (
    PrecautionInfo(
        Precaution.PREGNANT, QT_TRANSLATE_NOOP("safety", "I am pregnant"),
        QT_TRANSLATE_NOOP("safety",
        "Pressure on the belly is not advised in pregnancy, and opinions differ about deep "
        "pressure on the legs: Holdpoint leaves the hip flexors out and keeps pressure "
        "light. Ask your midwife or doctor before you start."),
        excludes=BELLY_ZONES, exclude_reason=QT_TRANSLATE_NOOP("safety",
        "Pressure on the belly is not advised in pregnancy."),
        gentle=True, implies=(Precaution.CLOT_RISK,),
        notes=(QT_TRANSLATE_NOOP("safety", "Ask your midwife or doctor before you start."),),
    ),
    PrecautionInfo(
        Precaution.PREGNANT_AFTER_20_WEEKS,
        QT_TRANSLATE_NOOP("safety", "I am more than about 20 weeks pregnant"),
        QT_TRANSLATE_NOOP("safety",
        "After about 20 weeks, lying face down and lying flat on your back for long are "
        "best avoided: Holdpoint leaves out zones that can only be worked face down and "
        "chooses seated, side or wall positions where a zone has one."),
        avoid_postures=frozenset({Posture.FRONT}), posture_reason=QT_TRANSLATE_NOOP("safety",
        "After about 20 weeks of pregnancy, lying face down is best avoided."),
        prefer_postures=(Posture.SEATED, Posture.STANDING, Posture.SIDE),
        notes=(QT_TRANSLATE_NOOP("safety",
               "Do not lie flat on your back for long: between holds, turn onto your side, "
               "and get up slowly if you feel dizzy or sick."),),
        implies=(Precaution.PREGNANT,),
    ),
    PrecautionInfo(
        Precaution.BLOOD_THINNERS, QT_TRANSLATE_NOOP("safety",
        "I take blood thinners, have a bleeding disorder, or bruise easily"),
        QT_TRANSLATE_NOOP("safety",
        "Firm pressure bruises more easily: Holdpoint uses lighter pressure and shorter "
        "holds and leaves out deep pressure on the belly. Ask your doctor before you start."),
        excludes=BELLY_ZONES, exclude_reason=QT_TRANSLATE_NOOP("safety",
        "Deep pressure on the belly can bruise with blood thinners or easy bruising; ask "
        "your doctor first."),
        gentle=True,
        notes=(QT_TRANSLATE_NOOP("safety", "Ask your doctor before you start."),),
    ),
    PrecautionInfo(
        Precaution.OSTEOPOROSIS,
        QT_TRANSLATE_NOOP("safety", "I have osteoporosis (thin, fragile bones)"),
        QT_TRANSLATE_NOOP("safety",
        "Bending, twisting and getting down to the floor need care with fragile bones: "
        "Holdpoint uses lighter pressure and suggests wall positions where a zone has one. "
        "With severe osteoporosis, ask your doctor first."),
        prefer_postures=(Posture.STANDING,), gentle=True,
        notes=(_FLOOR_NOTE,
               QT_TRANSLATE_NOOP("safety", "Keep pressure on muscle and light near bone.")),
    ),
    PrecautionInfo(
        Precaution.CLOT_RISK, QT_TRANSLATE_NOOP("safety", "I have a higher risk of blood clots"),
        QT_TRANSLATE_NOOP("safety",
        "Pressure on the calf is left out when a clot is more likely, unless a doctor or "
        "physiotherapist has agreed it is safe for you."),
        excludes=CALF_ZONES, exclude_reason=QT_TRANSLATE_NOOP("safety",
        "A blood clot is more likely for you; a doctor or physiotherapist can tell you "
        "whether calf pressure is safe."),
        notes=(_CLOT_NOTE,),
    ),
    PrecautionInfo(
        Precaution.BELLY, QT_TRANSLATE_NOOP("safety", "I have a condition of the belly"),
        QT_TRANSLATE_NOOP("safety",
        "Deep pressure on the belly is not advised with an aneurysm, a hernia, recent belly "
        "surgery or an inflamed bowel: Holdpoint leaves the hip flexors out."),
        excludes=BELLY_ZONES, exclude_reason=QT_TRANSLATE_NOOP("safety",
        "Deep pressure on the belly is not advised with your belly condition."),
    ),
    PrecautionInfo(
        Precaution.NEUROPATHY, QT_TRANSLATE_NOOP("safety",
        "I have diabetes or another condition that dulls feeling (neuropathy)"),
        QT_TRANSLATE_NOOP("safety",
        "With dulled feeling, pressure can be too hard without warning: Holdpoint uses "
        "lighter pressure and shorter holds. Ask your doctor or nurse before you start."),
        gentle=True, notes=(QT_TRANSLATE_NOOP("safety",
                            "Your feeling may be dulled: press lightly and do not wait for "
                            "discomfort to tell you when to stop."),),
    ),
    PrecautionInfo(
        Precaution.OVER_65, QT_TRANSLATE_NOOP("safety", "I am over 65"),
        QT_TRANSLATE_NOOP("safety",
        "Holdpoint uses lighter pressure, shorter holds and more time to get into position."),
        gentle=True, notes=(_FLOOR_NOTE,), implies=(Precaution.CLOT_RISK,),
    ),
    PrecautionInfo(
        Precaution.RECENT_SURGERY,
        QT_TRANSLATE_NOOP("safety", "I had an operation in the last 3 months"),
        QT_TRANSLATE_NOOP("safety",
        "Ask your surgeon or doctor before pressing near the operation. Clots are also more "
        "likely after an operation, so the calf is left out."),
        notes=(QT_TRANSLATE_NOOP("safety", "Keep well away from scars and healing wounds."),),
        implies=(Precaution.CLOT_RISK,),
    ),
)  # fmt: skip


def info(precaution: Precaution) -> PrecautionInfo:
    """The text and effects of ``precaution``."""
    return next(item for item in PRECAUTIONS if item.precaution is precaution)


#: Gentle mode: holds at most this long, and get-ready at least these long.
GENTLE_HOLD_S = 20
GENTLE_GET_READY_S = 25
GENTLE_GET_READY_SIDE_S = 10

#: What gentle mode says about pressure, before the holds.
GENTLE_PRESSURE = QT_TRANSLATE_NOOP(
    "safety",
    "Use light pressure: let the ball or tool take only part of your weight, and keep "
    "the discomfort mild.",
)
