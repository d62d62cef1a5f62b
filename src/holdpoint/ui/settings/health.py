"""Settings > Health: the last health check and what it changes, in plain words, the way
to answer it again, and the person's tools."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from holdpoint.core import safety
from holdpoint.core.catalog import CHOOSABLE_TOOLS
from holdpoint.core.health import HealthCheck, gate
from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.ui.settings.common import SettingsPage, text
from holdpoint.ui.widgets import long_date

if TYPE_CHECKING:
    from holdpoint.ui.main_window import MainWindow

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Health")
NO_CHECK = QT_TRANSLATE_NOOP(
    "HealthPage",
    "You have not answered the health check yet. Holdpoint asks for it before your first "
    "session, and again every 4 weeks.",
)
NOTHING_APPLIES = QT_TRANSLATE_NOOP(
    "HealthPage", "Nothing you answered changes your sessions: every zone is in."
)
NO_TOOLS = QT_TRANSLATE_NOOP(
    "HealthPage", "Not chosen yet: Holdpoint asks before your first session."
)


def _button_row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class HealthPage(SettingsPage):
    def __init__(
        self,
        window: MainWindow,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(localized("SettingsDialog", TITLE), parent=parent)
        self._window = window
        self._today = today

        check = self.section(self.tr("Your health check"))
        self.answered = text("")
        self.answered.setAccessibleName(self.tr("Last health check"))
        self.verdict = text("", bold=True)
        self.verdict.setAccessibleName(self.tr("What the health check says"))
        self.precautions = QLabel()
        self.precautions.setWordWrap(True)
        self.precautions.setTextFormat(Qt.TextFormat.RichText)
        self.precautions.setAccessibleName(self.tr("What Holdpoint takes into account"))
        self.ask = QPushButton(self.tr("&Answer the health check again…"))
        self.ask.setToolTip(self.tr("The questions about your health, again (Ctrl+Shift+H)"))
        self.ask.clicked.connect(lambda: window.health_gate.ask())
        for widget in (self.answered, self.verdict, self.precautions):
            check.addWidget(widget)
        check.addLayout(_button_row(self.ask))

        tools = self.section(self.tr("Your tools"))
        self.tools = text("")
        self.tools.setAccessibleName(self.tr("Your tools"))
        self.choose = QPushButton(self.tr("Your &tools…"))
        self.choose.setToolTip(
            self.tr("What you have to work with: ball, foam roller… (Ctrl+Shift+T)")
        )
        self.choose.clicked.connect(lambda: window.choose_tools())
        tools.addWidget(self.tools)
        tools.addLayout(_button_row(self.choose))

        window.health_gate.changed.connect(self.refresh)
        window.preferencesChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_changed: object) -> None:
        """Show the check and the tools as they are now."""
        self._show_check(self._window.health)
        tools = self._window.prefs.tools
        if tools:
            names = [tool.label for tool in CHOOSABLE_TOOLS if tool in tools]
            self.tools.setText(
                self.tr("You have: {tools}. Your fingers are always at hand.").format(
                    tools=", ".join(names)
                )
            )
        else:
            self.tools.setText(localized("HealthPage", NO_TOOLS))

    def _show_check(self, check: HealthCheck | None) -> None:
        if check is None:
            self.answered.setText(localized("HealthPage", NO_CHECK))
            for label in (self.verdict, self.precautions):
                label.hide()
            return
        verdict = gate(check, self._today or dt.date.today())
        self.answered.setText(
            self.tr("You last answered it on {answered}. Holdpoint asks again on {due}.").format(
                answered=long_date(check.answered), due=long_date(check.next_due())
            )
        )
        blocked = not verdict.allowed
        self.verdict.setText(f"{verdict.title}. {verdict.text}" if blocked else "")
        self.verdict.setVisible(blocked)
        in_effect = check.in_effect()
        items = [
            f"<li style='margin-bottom:4px'><b>{escape(localized('safety', item.title))}</b>: "
            f"{escape(localized('safety', item.explanation))}</li>"
            for item in safety.PRECAUTIONS
            if item.precaution in in_effect
        ]
        if items:
            heading = escape(self.tr("What Holdpoint takes into account:"))
            self.precautions.setText(
                f"<p>{heading}</p><ul style='margin-left:-18px'>{''.join(items)}</ul>"
            )
        else:
            self.precautions.setText(escape(localized("HealthPage", NOTHING_APPLIES)))
        self.precautions.show()
