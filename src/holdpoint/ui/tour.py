"""The first-run tour: three short steps (the Map, the Session, the History), each shown
on its own place, in a card over the window. Skippable at any step (Esc), replayable
from Help > Show the tour. At the first start it follows the health check and the
choice of tools (see :meth:`holdpoint.ui.main_window.MainWindow.welcome`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from holdpoint.core.i18n import QT_TRANSLATE_NOOP, localized
from holdpoint.core.preferences import Place
from holdpoint.ui.widgets import Card, ScaledLabel


@dataclass(frozen=True)
class TourStep:
    """One step; ``title`` and ``text`` are marked in the context "tour" and shown
    through :func:`~holdpoint.core.i18n.localized`."""

    place: Place
    title: str
    text: str


STEPS = (
    TourStep(
        Place.MAP,
        QT_TRANSLATE_NOOP("tour", "The Map: where to work"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Point at a muscle on the body to see where it is, how to lie on it and where it "
            "can send pain. Click it, or press Space, to add it to your routine. Not sure "
            "which? “Where does it hurt?” (Ctrl+F) suggests muscles from where you feel pain.",
        ),
    ),
    TourStep(
        Place.SESSION,
        QT_TRANSLATE_NOOP("tour", "The Session: lie down and listen"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Start your routine with F5, then lie on your ball or roller. Holdpoint times each "
            "hold with sounds and a voice you can follow from the floor. Space pauses; E lets "
            "go at once. Sharp, shooting or spreading pain means ease off.",
        ),
    ),
    TourStep(
        Place.HISTORY,
        QT_TRANSLATE_NOOP("tour", "Your history: how it changes"),
        QT_TRANSLATE_NOOP(
            "tour",
            "Rate your pain from 0 to 10 before and after each session. Over the weeks the "
            "chart shows how it changes. All of it stays on this computer.",
        ),
    ),
)


class TourCard(Card):
    """One step of the tour: its title and text, "Step n of 3", Back, Skip and Next."""

    #: The tour ended: True when the person went through it, False when skipped.
    finished = Signal(bool)

    def __init__(self, show_place: Callable[[Place], None], parent: QWidget, steps=STEPS) -> None:
        super().__init__(parent=parent)
        self._show_place = show_place
        self._steps: tuple[TourStep, ...] = steps
        self.index = 0
        self.counter = QLabel()
        self.title = ScaledLabel("", 1.4, QFont.Weight.Bold)
        self.text = ScaledLabel("", 1.1)
        self.text.setWordWrap(True)
        self.back = QPushButton(self.tr("Back"))
        self.back.clicked.connect(lambda: self.go(self.index - 1))
        self.skip = QPushButton(self.tr("Skip the tour"))
        self.skip.setToolTip(self.tr("Close the tour (Esc); Help > Show the tour brings it back"))
        self.skip.clicked.connect(lambda: self._end(False))
        self.next = QPushButton(self.tr("Next"))
        self.next.setDefault(True)
        self.next.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 16)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        for keys, slot in (
            ("Esc", lambda: self._end(False)),
            ("Return", self._next),
            ("Enter", self._next),
            ("Right", self._next),
            ("Left", lambda: self.go(self.index - 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        parent.installEventFilter(self)  # follow the window's size

    def start(self) -> None:
        self.go(0)
        self.show()
        self.raise_()

    def go(self, index: int) -> None:
        """Show step ``index`` (0-based) on its place."""
        if not 0 <= index < len(self._steps):
            return
        self.index = index
        step = self._steps[index]
        self._show_place(step.place)
        last = index == len(self._steps) - 1
        title, text = localized("tour", step.title), localized("tour", step.text)
        count = {"number": index + 1, "count": len(self._steps)}
        self.counter.setText(self.tr("Step {number} of {count}").format(**count))
        self.title.setText(title)
        self.text.setText(text)
        self.back.setEnabled(index > 0)
        self.next.setText(self.tr("Done") if last else self.tr("Next"))
        self.setAccessibleName(
            self.tr("Tour, step {number} of {count}: {title}").format(**count, title=title)
        )
        self.setAccessibleDescription(text)
        self._place()
        self.raise_()
        self.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next(self) -> None:
        if self.index == len(self._steps) - 1:
            self._end(True)
        else:
            self.go(self.index + 1)

    def _end(self, completed: bool) -> None:
        self.hide()
        self._show_place(Place.MAP)  # where the first routine is made
        self.finished.emit(completed)
        self.deleteLater()

    def _place(self) -> None:
        """Bottom right of the window, above the Map's Start row, as wide as reads well."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(parent.width() - 48, max(420, self.fontMetrics().averageCharWidth() * 60))
        self.setFixedWidth(width)
        self.adjustSize()
        bottom = parent.height() - 8 * self.fontMetrics().height()
        self.move(parent.width() - width - 24, max(0, bottom - self.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
