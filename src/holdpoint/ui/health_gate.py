"""The health check in front of every session: the window's one owner of the person's
answers. A start with no check, or a check four weeks old, opens the check first; a red
flag answered yes and not cleared keeps sessions locked and says why; precautions change
the plan (see :mod:`holdpoint.core.plan`), never lock it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from holdpoint.core.catalog import Catalog, Tool
from holdpoint.core.i18n import localized

if TYPE_CHECKING:  # the check's logic loads when there is a check, or at the first start
    from holdpoint.core.health import Gate, HealthCheck


class HealthGate(QObject):
    """Holds the current :class:`HealthCheck`; :meth:`then` runs an action once the check
    allows sessions (asking for it first if needed)."""

    #: The person answered the check (again): the new :class:`HealthCheck`.
    changed = Signal(object)

    def __init__(
        self,
        catalog: Catalog,
        check: HealthCheck | None,
        window: QWidget,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self.catalog = catalog
        self.check = check
        self._window = window
        self._today = today
        self._open: QWidget | None = None

    def verdict(self) -> Gate:
        from holdpoint.core.health import gate

        return gate(self.check, self._today())

    def fit(self, tools: Collection[Tool] | None = None) -> tuple[dict[str, str], dict[str, str]]:
        """The map fitted to the person: zones left out (zone id -> reason: precautions,
        or a tool they do not have) and how to get into position on the others."""
        if self.check is None and tools is None:  # nothing to fit: keep core.health unloaded
            return {}, {}
        from holdpoint.core.health import excluded_zones, positions

        precautions = self.check.in_effect() if self.check is not None else frozenset()
        return (
            excluded_zones(precautions, self.catalog, tools),
            positions(precautions, self.catalog, tools),
        )

    def then(self, action: Callable[[], None]) -> None:
        """Run ``action`` now if sessions are allowed; else ask, or say why not."""
        verdict = self.verdict()
        if verdict.allowed:
            action()
        elif verdict.flags:  # a red flag answered yes, not cleared
            self._explain(verdict, action)
        else:  # no check yet, or due again
            self.ask(action)

    def ask(self, then: Callable[[], None] | None = None) -> None:
        """Open the health check (Help > Health check); ``then`` runs if it allows."""
        from holdpoint.ui.health_check import HealthCheckWizard

        if self._open is not None:
            self._open.raise_()
            return
        wizard = HealthCheckWizard(self.catalog, self.check, self._today(), self._window)

        def answered(check: HealthCheck) -> None:
            self.check = check
            self.changed.emit(check)
            if then is not None and self.verdict().allowed:
                then()

        wizard.answered.connect(answered)
        wizard.finished.connect(lambda _result: setattr(self, "_open", None))
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open = wizard
        wizard.open()

    def _explain(self, verdict: Gate, action: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            verdict.title,
            verdict.text,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        answer = self.tr("“{question}” {instruction}")
        box.setInformativeText(
            "\n\n".join(
                answer.format(
                    question=localized("safety", flag.question),
                    instruction=localized("safety", flag.instruction),
                )
                for flag in verdict.flags
            )
        )
        review = box.addButton(self.tr("&Review my answers"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.finished.connect(
            lambda _result: self.ask(action) if box.clickedButton() is review else None
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
