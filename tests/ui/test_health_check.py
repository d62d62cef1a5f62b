"""The health check wizard, driven as a person would: clicks on real check boxes, keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget, QWizard

from holdpoint.core.health import HealthCheck, clearance_statement, gate
from holdpoint.core.preferences import Theme
from holdpoint.core.safety import (
    PRECAUTIONS,
    RED_FLAG_QUESTIONS,
    BellyCondition,
    ClotRisk,
    Precaution,
    RedFlag,
    question,
)
from holdpoint.ui import theme
from holdpoint.ui.health_check import CALF_CLEARED, NONE_APPLY, HealthCheckWizard

TODAY = dt.date(2025, 3, 10)


@pytest.fixture
def open_wizard(qtbot, catalog):
    def make(previous: HealthCheck | None = None) -> HealthCheckWizard:
        wizard = HealthCheckWizard(catalog, previous, TODAY)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        return wizard

    return make


def box(wizard: HealthCheckWizard, text: str) -> QCheckBox:
    """The one check box on the current page whose accessible name is ``text``."""
    found = [b for b in wizard.currentPage().findChildren(QCheckBox) if b.accessibleName() == text]
    assert len(found) == 1, text
    return found[0]


def click(qtbot, wizard: HealthCheckWizard, target: QWidget) -> None:
    page = wizard.currentPage()
    if hasattr(page, "scroller") and page.isAncestorOf(target):
        page.scroller.ensureWidgetVisible(target)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def press(qtbot, wizard: HealthCheckWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def page_text(wizard: HealthCheckWizard) -> str:
    """Everything the current page says, as plain text."""
    parts = []
    for label in wizard.currentPage().findChildren(QLabel):
        if label.isVisibleTo(wizard):
            document = QTextDocument()
            document.setHtml(label.text())
            parts.append(document.toPlainText())
    return "\n".join(parts)


def finish(qtbot, wizard: HealthCheckWizard) -> HealthCheck:
    with qtbot.waitSignal(wizard.answered) as signal:
        press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    check = signal.args[0]
    assert isinstance(check, HealthCheck)
    assert wizard.result_check() == check
    assert check.answered == TODAY
    return check


def to_result(qtbot, wizard: HealthCheckWizard) -> None:
    while wizard.currentId() < 2:
        page = wizard.currentId()
        press(qtbot, wizard, QWizard.WizardButton.NextButton)
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page + 1)


def test_next_needs_an_explicit_answer(qtbot, open_wizard):
    wizard = open_wizard()
    assert wizard.windowTitle() == "Health check"
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)  # nothing to accept yet
    assert wizard.isVisible() and wizard.currentId() == 0
    click(qtbot, wizard, box(wizard, NONE_APPLY))
    assert next_button.isEnabled()
    click(qtbot, wizard, box(wizard, NONE_APPLY))
    assert not next_button.isEnabled()


def test_none_and_the_questions_exclude_each_other(qtbot, open_wizard):
    wizard = open_wizard()
    none = box(wizard, NONE_APPLY)
    saddle = box(wizard, question(RedFlag.SADDLE_NUMBNESS).question)
    click(qtbot, wizard, saddle)
    click(qtbot, wizard, none)
    assert none.isChecked() and not saddle.isChecked()
    click(qtbot, wizard, saddle)
    assert saddle.isChecked() and not none.isChecked()


def test_no_flags_and_no_precautions_allow_sessions(qtbot, open_wizard):
    wizard = open_wizard()
    click(qtbot, wizard, box(wizard, NONE_APPLY))
    to_result(qtbot, wizard)
    text = page_text(wizard)
    assert "You can start." in text
    assert "You will be asked again on" in text
    assert "Good to know" in text
    check = finish(qtbot, wizard)
    assert check == HealthCheck(TODAY)
    assert gate(check, TODAY).allowed
    assert not wizard.isVisible()


@pytest.mark.parametrize("cleared", [False, True], ids=["locked", "cleared"])
@pytest.mark.parametrize("flag", list(RedFlag))
def test_each_red_flag_locks_until_cleared(qtbot, open_wizard, flag, cleared):
    wizard = open_wizard()
    click(qtbot, wizard, box(wizard, question(flag).question))
    to_result(qtbot, wizard)
    assert question(flag).instruction in page_text(wizard)
    statement = clearance_statement(HealthCheck(TODAY, red_flags={flag}))
    clearance = box(wizard, statement)
    assert not clearance.isChecked()
    assert wizard.focusWidget() is wizard.result_page.scroller  # the text, not the tick box
    if cleared:
        click(qtbot, wizard, clearance)
    check = finish(qtbot, wizard)
    verdict = gate(check, TODAY)
    assert check.red_flags == {flag}
    if cleared:
        assert verdict.allowed and check.cleared == {flag}
    else:
        assert not verdict.allowed
        assert flag in [item.flag for item in verdict.flags]


def test_urgent_instructions_come_first_in_the_warning_colour(qtbot, qapp, open_wizard):
    wizard = open_wizard()
    for flag in (RedFlag.NIGHT_PAIN, RedFlag.FEVER):
        click(qtbot, wizard, box(wizard, question(flag).question))
    to_result(qtbot, wizard)
    text = page_text(wizard)
    fever, night = question(RedFlag.FEVER).instruction, question(RedFlag.NIGHT_PAIN).instruction
    assert text.index(fever) < text.index(night)
    labels = {label.text(): label for label in wizard.currentPage().findChildren(QLabel)}
    warning = theme.accents(Theme.LIGHT).warning_text
    role = QPalette.ColorRole.WindowText
    assert labels[fever].palette().color(role) == warning
    assert labels[night].palette().color(role) != warning
    try:
        theme.apply(qapp, Theme.DARK)
        qtbot.waitUntil(
            lambda: labels[fever].palette().color(role) == theme.accents(Theme.DARK).warning_text
        )
    finally:
        theme.apply(qapp, Theme.LIGHT)


def test_going_back_asks_for_the_clearance_again(qtbot, open_wizard):
    wizard = open_wizard()
    click(qtbot, wizard, box(wizard, question(RedFlag.WEIGHT_LOSS).question))
    to_result(qtbot, wizard)
    click(
        qtbot, wizard, box(wizard, clearance_statement(HealthCheck(TODAY, {RedFlag.WEIGHT_LOSS})))
    )
    assert "With your doctor's agreement, you can start." in page_text(wizard)
    press(qtbot, wizard, QWizard.WizardButton.BackButton)
    to_result(qtbot, wizard)
    assert question(RedFlag.WEIGHT_LOSS).instruction in page_text(wizard)
    assert not wizard.result_page.clearance.isChecked()
    assert not gate(finish(qtbot, wizard), TODAY).allowed


def test_a_clot_risk_leaves_the_calves_out(qtbot, open_wizard, catalog):
    wizard = open_wizard()
    click(qtbot, wizard, box(wizard, NONE_APPLY))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, box(wizard, ClotRisk.SMOKING.text))
    assert box(wizard, "I have a higher risk of blood clots").isChecked()
    to_result(qtbot, wizard)
    text = page_text(wizard)
    left_out = text[text.index("Left out of your sessions") :]
    for zone_id in ("gastrocnemius", "soleus"):
        assert catalog.zone(zone_id).name in left_out
    check = finish(qtbot, wizard)
    assert check.clot_risks == {ClotRisk.SMOKING}
    assert Precaution.CLOT_RISK in check.in_effect()
    assert Precaution.CLOT_RISK not in check.precautions  # it comes from its checklist
    assert gate(check, TODAY).allowed


def test_a_doctor_can_lift_the_calf_rule(qtbot, open_wizard, catalog):
    wizard = open_wizard()
    click(qtbot, wizard, box(wizard, NONE_APPLY))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    calf = box(wizard, CALF_CLEARED)
    assert not calf.isEnabled()  # nothing makes a clot more likely yet
    click(qtbot, wizard, box(wizard, "I am over 65"))  # over 65 implies clot risk
    assert calf.isEnabled()
    click(qtbot, wizard, calf)
    to_result(qtbot, wizard)
    assert catalog.zone("gastrocnemius").name not in page_text(wizard)
    check = finish(qtbot, wizard)
    assert check.cleared_precautions == {Precaution.CLOT_RISK}
    assert Precaution.CLOT_RISK not in check.in_effect()


def test_unticking_a_checklist_parent_clears_its_list(qtbot, open_wizard):
    wizard = open_wizard()
    click(qtbot, wizard, box(wizard, NONE_APPLY))
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    parent = box(wizard, "I have a condition of the belly")
    hernia = box(wizard, BellyCondition.HERNIA.text)
    click(qtbot, wizard, hernia)
    assert parent.isChecked()
    click(qtbot, wizard, parent)
    assert not parent.isChecked() and not hernia.isChecked()
    click(qtbot, wizard, parent)  # ticked by itself: it applies, no reason listed
    to_result(qtbot, wizard)
    check = finish(qtbot, wizard)
    assert check.precautions == {Precaution.BELLY} and not check.belly
    assert Precaution.BELLY in check.in_effect()


def test_previous_answers_are_ticked(qtbot, open_wizard):
    previous = HealthCheck(
        TODAY - dt.timedelta(days=40),
        red_flags={RedFlag.NIGHT_PAIN, RedFlag.CANCER_HISTORY},
        cleared={RedFlag.NIGHT_PAIN},
        precautions={Precaution.OSTEOPOROSIS, Precaution.OVER_65},
        clot_risks={ClotRisk.SMOKING},
        belly={BellyCondition.HERNIA},
        cleared_precautions={Precaution.CLOT_RISK},
    )
    wizard = open_wizard(previous)
    for flag in RedFlag:
        assert box(wizard, question(flag).question).isChecked() is (flag in previous.red_flags)
    assert not box(wizard, NONE_APPLY).isChecked()
    press(qtbot, wizard, QWizard.WizardButton.NextButton)
    shown = previous.precautions | {Precaution.CLOT_RISK, Precaution.BELLY}  # from the lists
    for item in PRECAUTIONS:
        assert box(wizard, item.title).isChecked() is (item.precaution in shown)
    assert box(wizard, ClotRisk.SMOKING.text).isChecked()
    assert not box(wizard, ClotRisk.OVER_60.text).isChecked()
    assert box(wizard, BellyCondition.HERNIA.text).isChecked()
    assert box(wizard, CALF_CLEARED).isChecked()
    to_result(qtbot, wizard)
    check = finish(qtbot, wizard)
    assert check == HealthCheck(
        TODAY,
        red_flags=previous.red_flags,
        precautions=previous.precautions,
        clot_risks=previous.clot_risks,
        belly=previous.belly,
        cleared_precautions=previous.cleared_precautions,
    )  # a red flag's clearance is confirmed again on every check


def test_a_previous_no_is_asked_again(qtbot, open_wizard):
    wizard = open_wizard(HealthCheck(TODAY - dt.timedelta(days=30)))
    assert not box(wizard, NONE_APPLY).isChecked()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancel_gives_no_answers(qtbot, open_wizard):
    wizard = open_wizard()
    answers = []
    wizard.answered.connect(answers.append)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert answers == [] and wizard.result_check() is None


def test_every_check_box_is_named_by_its_text(qtbot, open_wizard):
    wizard = open_wizard(HealthCheck(TODAY, red_flags={RedFlag.FEVER}))
    names = []
    for _page in range(3):
        for check_box in wizard.currentPage().findChildren(QCheckBox):
            assert check_box.text() and check_box.accessibleName() == check_box.text()
            names.append(check_box.text())
        if wizard.currentId() < 2:
            press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert (
        len(names)
        == len(RED_FLAG_QUESTIONS) + 1 + len(PRECAUTIONS) + len(ClotRisk) + len(BellyCondition) + 2
    )


def test_keyboard_only(qtbot, open_wizard):
    wizard = open_wizard()
    first = box(wizard, RED_FLAG_QUESTIONS[0].question)
    qtbot.waitUntil(lambda: wizard.focusWidget() is first)
    none = box(wizard, NONE_APPLY)
    for _ in range(40):
        if wizard.focusWidget() is none:
            break
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is none
    qtbot.keyClick(none, Qt.Key.Key_Space)
    assert none.isChecked()
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    assert wizard.focusWidget() is box(wizard, PRECAUTIONS[0].title)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    with qtbot.waitSignal(wizard.answered) as signal:
        qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert signal.args[0] == HealthCheck(TODAY)
