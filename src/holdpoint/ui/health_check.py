"""The health check (Help > Health check): red flags, precautions, and what they mean.

Content and logic are :mod:`holdpoint.core.safety` and :mod:`holdpoint.core.health`. The
previous check's yes answers and precautions come ticked; "None of these apply" and a
clinician's clearance of red flags never do: they are confirmed afresh every time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html import escape

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from holdpoint.core import health, safety
from holdpoint.core.catalog import Catalog
from holdpoint.core.health import CLEARABLE, HealthCheck
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized, localized_all
from holdpoint.core.safety import BellyCondition, ClotRisk, Precaution, RedFlag, Urgency
from holdpoint.ui.safety import bullet_list
from holdpoint.ui.widgets import Card, ScaledLabel, long_date, paint_as_warning

# The wizard's own texts, marked in the context "HealthCheckWizard" (shown through _text).
WHY = QT_TRANSLATE_NOOP(
    "HealthCheckWizard",
    "Holdpoint is for muscle pain. A few signs need a doctor instead; this takes a minute.",
)
NONE_APPLY = QT_TRANSLATE_NOOP("HealthCheckWizard", "None of these apply to me")
PRECAUTIONS_HEADING = QT_TRANSLATE_NOOP("HealthCheckWizard", "Do any of these apply to you?")
PRECAUTIONS_WHY = QT_TRANSLATE_NOOP(
    "HealthCheckWizard",
    "They change the plan, never lock it. Leave them unticked if none apply.",
)
CALF_CLEARED = QT_TRANSLATE_NOOP(
    "HealthCheckWizard", "A doctor agreed that calf massage is fine for me"
)
LOCKED = QT_TRANSLATE_NOOP(
    "HealthCheckWizard",
    "Sessions stay locked until a doctor has checked this. Finish keeps your answers; you "
    "can go through them again under Help > Health check.",
)
YOU_CAN_START = QT_TRANSLATE_NOOP("HealthCheckWizard", "You can start.")


def _text(text: str) -> str:
    """One of the wizard's texts above, in the chosen language."""
    return localized("HealthCheckWizard", text)


def _safety(text: str) -> str:
    """A text of :mod:`holdpoint.core.safety`, in the chosen language."""
    return localized("safety", text)


_PM = QStyle.PixelMetric


def _indent(widget: QWidget) -> int:
    """How far a check box's text starts from its left edge."""
    metric = widget.style().pixelMetric
    return metric(_PM.PM_IndicatorWidth) + metric(_PM.PM_CheckBoxLabelSpacing) + 4


class WrapCheckBox(QCheckBox):
    """A check box whose text wraps, so long questions fit narrow windows and large text.

    ``text()`` stays the whole text, and it is the accessible name."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAccessibleName(text)

    def _side(self) -> int:
        return self.style().pixelMetric(_PM.PM_IndicatorHeight, None, self)

    def _text_left(self) -> int:
        return _indent(self) - 2

    def _text_rect(self, width: int) -> QRect:
        bounds = QRect(0, 0, max(width - self._text_left() - 3, 1), 1_000_000)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        return self.fontMetrics().boundingRect(bounds, flags, self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._side(), self._text_rect(width).height()) + 6

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = min(metrics.horizontalAdvance(self.text()), metrics.averageCharWidth() * 70)
        width = self._text_left() + text + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self._text_left() + self.fontMetrics().averageCharWidth() * 16
        return QSize(width, self._side() + 6)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        painter = QStylePainter(self)
        side = self._side()
        option.rect = QRect(1, 3 + max(0, (self.fontMetrics().height() - side) // 2), side, side)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option)
        text = self._text_rect(self.width()).translated(self._text_left(), 3)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawItemText(text, int(flags), self.palette(), self.isEnabled(), self.text(),
                             QPalette.ColorRole.WindowText)  # fmt: skip
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)  # the ring shows from the start: it says where Space goes
            focus.state |= QStyle.StateFlag.State_KeyboardFocusChange
            focus.rect = text.adjusted(-3, -2, 3, 2)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


def _label(
    text: str, factor: float = 1.0, bold: bool = False, muted: bool = False, rich: bool = False
) -> QLabel:
    """A wrapping label that scales with the application font (muted: placeholder colour)."""
    label = ScaledLabel(text, factor, QFont.Weight.Bold if bold else QFont.Weight.Normal)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _column(parent: QWidget | None = None, indent: int = 0, spacing: int = 4) -> QVBoxLayout:
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    layout.setContentsMargins(indent, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


def _ticked(text: str, checked: bool) -> WrapCheckBox:
    box = WrapCheckBox(text)
    box.setChecked(checked)
    return box


class _Page(QWizardPage):
    """A page whose content scrolls; the first check box takes focus when it is shown."""

    def __init__(self, heading: str) -> None:
        super().__init__()
        self.heading = _label(heading, 1.35, bold=True)
        self.setAccessibleName(heading)
        self.body = QWidget()
        self.body.setBackgroundRole(QPalette.ColorRole.Window)
        self.body.setMinimumHeight(1)  # its height for the width, not that of the narrowest
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(0, 2, 12, 12)
        self.content.setSpacing(8)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.body)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab scrolls to each check box
        layout = _column(self, spacing=6)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroller, 1)

    def focus_first(self) -> None:
        boxes = [b for b in self.body.findChildren(QCheckBox) if b.isEnabled()]
        if boxes:
            boxes[0].setFocus(Qt.FocusReason.TabFocusReason)


class QuestionsPage(_Page):
    """The red flags: one check box per question, and "None of these apply to me"."""

    def __init__(self, previous: HealthCheck | None) -> None:
        super().__init__(_safety(safety.RED_FLAG_QUESTIONS_HEADING))
        self.content.addWidget(_label(_text(WHY), 1.05))
        self.content.addWidget(_label(self.tr("Tick any that apply to you."), muted=True))
        self.boxes: dict[RedFlag, QCheckBox] = {}
        for group in safety.RedFlagGroup:
            self.content.addSpacing(6)
            self.content.addWidget(_label(group.heading, 1.1, bold=True))
            for item in safety.questions_in(group):
                box = _ticked(
                    _safety(item.question),
                    previous is not None and item.flag in previous.red_flags,
                )
                box.toggled.connect(lambda on, box=box: self._toggled(box, on))
                self.boxes[item.flag] = box
                self.content.addWidget(box)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        self.content.addSpacing(6)
        self.content.addWidget(line)
        self.none = WrapCheckBox(_text(NONE_APPLY))
        self.none.toggled.connect(lambda on: self._toggled(self.none, on))
        self.content.addWidget(self.none)
        self.content.addStretch(1)

    def flags(self) -> frozenset[RedFlag]:
        return frozenset(flag for flag, box in self.boxes.items() if box.isChecked())

    def isComplete(self) -> bool:
        return self.none.isChecked() or bool(self.flags())

    def _toggled(self, box: QCheckBox, checked: bool) -> None:
        """Ticking "none" unticks every question; ticking a question unticks "none"."""
        if checked:
            for other in self.boxes.values() if box is self.none else [self.none]:
                other.setChecked(False)
        self.completeChanged.emit()


class PrecautionsPage(_Page):
    """Conditions that change the plan; clot risk and belly conditions with checklists.

    A checklist's parent box shows ticked while any item is; ticked by itself it means
    "this applies" without a listed reason; unticking it clears the list."""

    def __init__(self, previous: HealthCheck | None) -> None:
        super().__init__(_text(PRECAUTIONS_HEADING))
        self.content.addWidget(_label(_text(PRECAUTIONS_WHY), 1.05))
        before = previous or HealthCheck(dt.date.min)
        self.boxes: dict[Precaution, QCheckBox] = {}
        self.direct = {p: p in before.precautions for p in (Precaution.CLOT_RISK, Precaution.BELLY)}
        self.clot_items = {risk: _ticked(risk.text, risk in before.clot_risks) for risk in ClotRisk}
        self.belly_items = {c: _ticked(c.text, c in before.belly) for c in BellyCondition}
        self.lists: dict[Precaution, list[QCheckBox]] = {
            Precaution.CLOT_RISK: list(self.clot_items.values()),
            Precaution.BELLY: list(self.belly_items.values()),
        }
        self.calf_cleared = _ticked(
            _text(CALF_CLEARED), bool(before.cleared_precautions & CLEARABLE)
        )
        for item in safety.PRECAUTIONS:
            p = item.precaution
            self.boxes[p] = box = _ticked(_safety(item.title), p in before.precautions)
            box.setToolTip(_safety(item.explanation))
            block, under = _column(), _column(indent=_indent(self))  # explanation close to box
            block.addWidget(box)
            block.addLayout(under)
            under.addWidget(_label(_safety(item.explanation), muted=True))
            self.content.addSpacing(6)
            self.content.addLayout(block)
            if p in self.lists:
                under.addWidget(_label(self.tr("Any one of these counts:"), muted=True))
                for child in self.lists[p]:
                    child.toggled.connect(self._sync)
                    under.addWidget(child)
                box.clicked.connect(lambda on, p=p: self._parent_clicked(p, on))
            else:
                box.toggled.connect(self._sync)
            if p is Precaution.CLOT_RISK:
                under.addSpacing(4)
                under.addWidget(self.calf_cleared)
        self.content.addStretch(1)
        self._sync()

    def _parent_clicked(self, precaution: Precaution, checked: bool) -> None:
        self.direct[precaution] = checked
        if not checked:
            for child in self.lists[precaution]:
                child.setChecked(False)
        self._sync()

    def _sync(self) -> None:
        """Show checklist parents ticked while any item is; offer the calf clearance only
        when a clot is more likely."""
        for p, children in self.lists.items():
            self.boxes[p].setChecked(self.direct[p] or any(c.isChecked() for c in children))
        relevant = Precaution.CLOT_RISK in self.answers(clearance=False).in_effect()
        self.calf_cleared.setEnabled(relevant)
        self.calf_cleared.setToolTip(
            ""
            if relevant
            else self.tr("Only needed when something above makes a clot more likely.")
        )

    def answers(self, today: dt.date = dt.date.min, clearance: bool = True) -> HealthCheck:
        """This page's answers as a check (no red flags): checklists count for their
        parent, which is stored only when ticked by itself."""
        boxes = self.boxes.items()
        plain = {p for p, box in boxes if box.isChecked() and p not in self.direct}
        cleared = clearance and self.calf_cleared.isEnabled() and self.calf_cleared.isChecked()
        return HealthCheck(
            answered=today,
            precautions=frozenset(plain | {p for p, on in self.direct.items() if on}),
            clot_risks=frozenset(r for r, box in self.clot_items.items() if box.isChecked()),
            belly=frozenset(c for c, box in self.belly_items.items() if box.isChecked()),
            cleared_precautions=frozenset(CLEARABLE) if cleared else frozenset(),
        )


class ResultPage(_Page):
    """What the answers mean: locked until a doctor has seen you, or what the plan changes."""

    def __init__(self, catalog: Catalog, today: dt.date) -> None:
        super().__init__(_text(YOU_CAN_START))
        self.catalog = catalog
        self.today = today
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll the text
        self.warnings: list[QLabel] = []
        self.clearance: QCheckBox | None = None
        self.plan = QWidget()
        self.frame = QWidget()
        self.content.addWidget(self.frame)
        self.content.addStretch(1)

    def show_check(self, check: HealthCheck) -> None:
        """Rebuild the page for ``check`` (its red flags not cleared yet)."""
        self.content.removeWidget(self.frame)
        self.frame.deleteLater()
        self.frame = QWidget()
        layout = _column(self.frame, spacing=14)
        self.content.insertWidget(0, self.frame)
        self.warnings, self.clearance = [], None
        flags = check.uncleared
        verdict = health.gate(check, self.today)
        self.heading.setText(verdict.title if flags else _text(YOU_CAN_START))
        if flags:
            layout.addWidget(self._warning_card(check, verdict.text))
        self.plan = self._plan(check, after_clearance=bool(flags))
        self.plan.setVisible(not flags)
        layout.addWidget(self.plan)
        self.repaint_warnings(self.palette())

    def _warning_card(self, check: HealthCheck, why: str) -> Card:
        card = Card(warning=True)
        card.setAccessibleName(self.tr("What to do first"))
        box = _column(card, spacing=8)
        box.setContentsMargins(QMargins())
        box.addWidget(_label(why, 1.05))
        instructions: dict[str, list[str]] = {}
        urgent: set[str] = set()
        for item in check.uncleared:  # urgent first
            instruction = _safety(item.instruction)
            instructions.setdefault(instruction, []).append(_safety(item.question))
            if item.urgency is Urgency.URGENT:
                urgent.add(instruction)
        for instruction, questions in instructions.items():
            label = _label(instruction, 1.05, bold=True)
            if instruction in urgent:
                self.warnings.append(label)
            box.addSpacing(4)
            box.addWidget(label)
            said = self.tr("You said yes to: {answers}")
            answers = _label(said.format(answers=bullet_list(tuple(questions))), rich=True)
            answers.setAccessibleName(said.format(answers=" ".join(questions)))
            box.addWidget(answers)
        box.addSpacing(4)
        box.addWidget(_label(_text(LOCKED)))
        self.clearance = WrapCheckBox(health.clearance_statement(check))
        self.clearance.toggled.connect(lambda on: self.plan.setVisible(on))
        box.addSpacing(4)
        box.addWidget(self.clearance)
        return card

    def _plan(self, check: HealthCheck, after_clearance: bool) -> QWidget:
        plan = QWidget()
        layout = _column(plan, spacing=8)
        if after_clearance:
            layout.addWidget(
                _label(self.tr("With your doctor's agreement, you can start."), 1.15, bold=True)
            )
        in_effect = check.in_effect()
        left_out = health.excluded_zones(in_effect, self.catalog)
        changes: list[str] = []
        if left_out:
            zones = "".join(
                f"<li style='margin-bottom:4px'><b>{escape(self.catalog.zone(z).name)}</b>: "
                f"{escape(why)}</li>"
                for z, why in left_out.items()
            )
            heading = escape(self.tr("Left out of your sessions:"))
            changes.append(f"<p>{heading}</p><ul style='margin-left:-18px'>{zones}</ul>")
        if health.is_gentle(in_effect):
            gentle = self.tr(
                "<b>Gentle mode</b>: holds of at most {seconds} seconds and more time to get "
                "into position. {pressure}"
            ).format(seconds=safety.GENTLE_HOLD_S, pressure=escape(_safety(safety.GENTLE_PRESSURE)))
            changes.append(f"<p>{gentle}</p>")
        notes = [_safety(n) for i in safety.PRECAUTIONS if i.precaution in in_effect
                 for n in i.notes]  # fmt: skip
        if notes:
            heading = escape(self.tr("Keep in mind:"))
            changes.append(f"<p>{heading}</p>" + bullet_list(tuple(dict.fromkeys(notes))))
        if changes:
            layout.addWidget(_label(self.tr("What your answers change"), 1.1, bold=True))
            layout.addWidget(_label("".join(changes), rich=True))
        else:
            layout.addWidget(
                _label(self.tr("Nothing you ticked changes the plan: every zone is in."))
            )
        when = long_date(check.next_due())
        layout.addWidget(_label(self.tr("You will be asked again on {date}.").format(date=when)))
        layout.addSpacing(6)
        heading = _safety(safety.GUIDANCE_HEADING)
        texts = localized_all("safety", safety.GUIDANCE)
        layout.addWidget(_label(heading, 1.1, bold=True))
        guidance = _label(bullet_list(texts), rich=True)
        guidance.setAccessibleName(f"{heading}: " + " ".join(texts))
        layout.addWidget(guidance)
        return plan

    def repaint_warnings(self, reference: QPalette) -> None:
        for label in self.warnings:
            paint_as_warning(label, reference)


class HealthCheckWizard(QWizard):
    """The health check: questions, precautions, result; ``answered`` on Finish."""

    #: The person finished: the new :class:`HealthCheck` (answered today).
    answered = Signal(object)

    def __init__(
        self,
        catalog: Catalog,
        previous: HealthCheck | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self._result: HealthCheck | None = None
        self.setWindowTitle(self.tr("Health check"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(760, 520)
        self.resize(900, 720)
        self.questions = QuestionsPage(previous)
        self.precautions = PrecautionsPage(previous)
        self.result_page = ResultPage(catalog, today)
        for page in (self.questions, self.precautions, self.result_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._focus_page)

    def check(self) -> HealthCheck:
        """The answers as they stand now (red flags cleared if the person said so)."""
        cleared = self.result_page.clearance is not None and self.result_page.clearance.isChecked()
        flags = self.questions.flags()
        return replace(
            self.precautions.answers(self.today),
            red_flags=flags,
            cleared=flags if cleared else frozenset(),
        )

    def result_check(self) -> HealthCheck | None:
        """The answers once the person pressed Finish; None before, or if cancelled."""
        return self._result

    def initializePage(self, id: int) -> None:
        if self.page(id) is self.result_page:  # red flags are cleared on this page only
            self.result_page.show_check(replace(self.check(), cleared=frozenset()))
        super().initializePage(id)

    def accept(self) -> None:
        self._result = self.check()
        super().accept()
        self.answered.emit(self._result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.result_page.repaint_warnings(self.palette())
        super().changeEvent(event)

    def _focus_page(self, _id: int) -> None:
        page = self.currentPage()
        if page is self.result_page and self.result_page.clearance is not None:
            # The text first: a habitual Space must never tick "a doctor cleared me".
            self.result_page.scroller.setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(page, _Page):
            page.focus_first()
