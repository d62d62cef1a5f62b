"""The window's one current session: starts each :class:`SessionRun`, asks before a new
start replaces one that runs, and keeps the screen on while one runs (and only then)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from holdpoint.core.routine import SideOrder
from holdpoint.core.routines import Routine
from holdpoint.ui.session.run import SessionRun, Stage
from holdpoint.ui.session.screensaver import ScreenSaverInhibitor

if TYPE_CHECKING:
    from holdpoint.ui.session.place import SessionPlace


class SessionHost(QObject):
    """Holds the current run; a second start while it runs asks: stop it, or keep going."""

    def __init__(
        self,
        new_run: Callable[[Routine, SideOrder, bool], SessionRun],
        place: Callable[[], SessionPlace],
        show_session: Callable[[], None],
        on_problem: Callable[[str], None],
        screensaver: ScreenSaverInhibitor,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._new_run = new_run
        self._place = place
        self._show_session = show_session
        self._on_problem = on_problem
        self._screensaver = screensaver
        self._window = window
        self.run: SessionRun | None = None
        self._question: QMessageBox | None = None

    def start(self, routine: Routine, order: SideOrder, ask_before: bool) -> None:
        if self.run is not None and self.run.running:
            self._ask_to_replace(routine, order, ask_before)
            return
        try:
            run = self._new_run(routine, order, ask_before)
        except ValueError as error:  # nothing left to do: say why
            self._on_problem(str(error))
            return
        if self.run is not None:
            self.run.close()  # a before- or after-rating left open: nothing was given
        self.run = run
        run.stageChanged.connect(self._stage)
        self._show_session()
        self._place().show_run(run)
        run.begin()

    def close(self) -> None:
        """The window closes: a running session ends as stopped, its holds kept."""
        if self.run is not None:
            self.run.close()

    def _ask_to_replace(self, routine: Routine, order: SideOrder, ask_before: bool) -> None:
        run = self.run
        if run is None or self._question is not None:
            return
        self._show_session()
        carry_on = run.pause_while_asking()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A session is running"),
            self._replace_question(run.routine, routine),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        replace = box.addButton(
            self.tr("&Stop it and start the new one"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            self.tr("&Keep going with this one"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int) -> None:
            self._question = None
            self._window.activateWindow()
            if box.clickedButton() is replace and run is self.run:
                run.close()
                self.start(routine, order, ask_before)
            else:
                carry_on()
                self._place().setFocus()

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._question = box
        box.open()
        box.activateWindow()

    def _replace_question(self, running: Routine, new: Routine) -> str:
        """Stop ``running`` and start ``new``? Each named, or said to be the person's own."""
        if running.name and new.name:
            text = self.tr(
                "“{running}” is still running. Stop it and start “{new}”? "
                "The holds you finished are kept."
            )
        elif running.name:
            text = self.tr(
                "“{running}” is still running. Stop it and start your new choice? "
                "The holds you finished are kept."
            )
        elif new.name:
            text = self.tr(
                "Your own routine is still running. Stop it and start “{new}”? "
                "The holds you finished are kept."
            )
        else:
            text = self.tr(
                "Your own routine is still running. Stop it and start your new choice? "
                "The holds you finished are kept."
            )
        return text.format(running=running.name, new=new.name)

    def _stage(self, stage: Stage) -> None:
        if stage is Stage.RUNNING:
            self._screensaver.inhibit()
        else:
            self._screensaver.release()
