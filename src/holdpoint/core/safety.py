"""Safety content shown before and around every session.

Facts from shared/reference/clinical.md (red flags, precautions for deep pressure);
the wording is Holdpoint's own. Kept in one place so the first-launch card, the
Safety dialog and About all say the same thing.
"""

from __future__ import annotations

#: One sentence on what Holdpoint is and is not.
PURPOSE = (
    "Holdpoint guides self-massage of the muscles that often cause sciatica-like pain. "
    "It gives self-care guidance, not a diagnosis."
)

#: Signs that need urgent medical care instead of self-massage.
RED_FLAGS: tuple[str, ...] = (
    "Loss of bladder or bowel control, or new trouble passing urine",
    "Numbness around the genitals or back passage (the “saddle” area)",
    "Leg weakness or numbness that is severe or getting worse, or pain in both legs",
    "Fever or chills together with back pain",
    "Back pain that started after a fall or other injury",
)

RED_FLAGS_HEADING = "Stop and get urgent medical help if you have"

#: Situations where the person should ask a clinician before deep pressure.
ASK_FIRST: tuple[str, ...] = (
    "You take blood thinners or have a bleeding disorder",
    "You are pregnant",
    "You have osteoporosis, a recent fracture, recent surgery or cancer",
    "A calf is painful, swollen, warm or red (a possible clot): no massage, see a doctor today",
    "The pain is unexplained, wakes you at night, or has not improved in a month",
)

ASK_FIRST_HEADING = "Ask a doctor or physiotherapist first if"

#: How to press: the rules every instruction in the app follows.
PRESSURE_RULES: tuple[str, ...] = (
    "Mild, dull discomfort is expected. Sharp, shooting, burning or tingling pain means "
    "ease off at once.",
    "Work the muscles, never the spine, the back of the knee, the groin crease or a nerve.",
    "Short daily sessions help more than one long one.",
)

#: The short note used in About and the README.
SHORT_NOTE = (
    "Holdpoint gives self-care guidance, not a diagnosis. Sharp or shooting pain means ease "
    "off. Get urgent help for loss of bladder or bowel control, numbness in the saddle area, "
    "leg weakness that is getting worse, fever, or pain after a fall."
)
