"""The Session place: runs a routine and shows it so it can be followed from the floor.

Keys work while the Session place has focus, and are meant for someone lying down or
holding a presenter clicker: Space pauses and resumes, Right / Page Down goes to the
next part, Left / Page Up back, + adds 15 seconds, Esc stops (after asking).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import Catalog, Side
from holdpoint.core.cues import asks_tenderness
from holdpoint.core.engine import (
    EXTEND_S,
    Event,
    Kind,
    Outcome,
    Phase,
    SessionEngine,
    Snapshot,
    StepPlan,
)
from holdpoint.core.ratings import DigitEntry, Moment, PainKind, change_words
from holdpoint.core.routine import format_duration
from holdpoint.ui.rating_panel import RatingPanel
from holdpoint.ui.session_controller import SessionController
from holdpoint.ui.session_view import RingTimer, ZoneFigure, phase_colour
from holdpoint.ui.widgets import EmptyState, ScaledLabel

#: How long the "how tender?" question stays after a release.
TENDERNESS_WINDOW_MS = 6000
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
#: Text sizes (multiples of the application font) at the desk and in floor mode.
_TEXT_FACTORS = {False: (2.2, 1.8, 1.3, 1.1), True: (4.0, 3.2, 2.2, 1.8)}
_PHASE_WORDS = {Phase.PREPARE: "Get ready", Phase.HOLD: "Hold", Phase.REST: "Rest"}


def _clock_text(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class SessionPlace(QWidget):
    """Empty until a routine starts; then the timer; then a short summary."""

    #: Events for the cue player (and later the store), in order.
    eventsDue = Signal(list)
    floorModeRequested = Signal()
    mapRequested = Signal()
    #: Pain ratings given (or skipped: values None): moment, {PainKind: int|None}, note.
    ratingsGiven = Signal(object, dict, str)
    #: The tenderness (0–10) of the spot just released.
    tendernessGiven = Signal(int)

    def __init__(
        self, catalog: Catalog, controller: SessionController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.controller = controller
        self.setAccessibleName("Session")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.empty = EmptyState(
            "session",
            "No session running",
            "Choose zones on the Map, then press Start session (F5). Each hold is timed "
            "here with giant digits and a ring you can follow from the floor, a sound and a "
            "spoken cue to start and to release, and a rest before you switch sides.",
        )

        self.zone_title = ScaledLabel("", 2.2, QFont.Weight.Bold)
        self.zone_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zone_title.setAccessibleName("Zone and side")
        self.phase_label = ScaledLabel("", 1.8, QFont.Weight.DemiBold)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName("Phase")
        self.ring = RingTimer()
        self.figure = ZoneFigure(catalog)
        self.progress = ScaledLabel("", 1.3)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setAccessibleName("Progress")
        self.notice = ScaledLabel("", 1.1)
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setAccessibleName("Notice")

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        controls.addStretch(1)
        for name, text, tip, slot in (
            ("back", "◀  Back", "Back: restart this hold, or the one before (Left, Page Up)",
             controller.back),
            ("pause", "Pause", "Pause or go on (Space)", controller.toggle_pause),
            ("next", "Next  ▶", "Next: skip to the next part (Right, Page Down)",
             controller.next),
            ("extend", f"+{EXTEND_S} s", f"Add {EXTEND_S} seconds to this hold (+)",
             controller.extend),
            ("ease", "Too sharp", "Too sharp: let go now and note it (E)", controller.ease_off),
            ("stop", "Stop", "Stop the session (Esc)", self.ask_stop),
            ("floor", "Floor mode", "Full screen, big and high-contrast (F11)",
             self.floorModeRequested.emit),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(":")[0].split(" (")[0])
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the session, not here
            button.clicked.connect(slot)
            controls.addWidget(button)
            self.buttons[name] = button
        controls.addStretch(1)

        middle = QHBoxLayout()
        middle.addWidget(self.figure, 1)
        middle.addWidget(self.ring, 4)
        middle.addSpacing(self.figure.minimumWidth())
        running = QWidget()
        layout = QVBoxLayout(running)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.zone_title)
        layout.addWidget(self.phase_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addLayout(controls)
        self.running_view = running

        self.summary_title = ScaledLabel("Session complete", 2.0, QFont.Weight.Bold)
        self.summary_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = ScaledLabel("", 1.2)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary.setWordWrap(True)
        self.to_map = QPushButton("Back to the &Map")
        self.to_map.clicked.connect(self.mapRequested)
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addStretch(1)
        done_layout.addWidget(self.summary_title)
        done_layout.addWidget(self.summary)
        done_layout.addWidget(self.to_map, 0, Qt.AlignmentFlag.AlignHCenter)
        done_layout.addStretch(2)
        self.done_view = done

        self.rating = RatingPanel()
        self.rating.submitted.connect(self._rated)
        self._pending: tuple[Sequence[StepPlan], Side] | None = None
        self._before: dict = {}

        self.stack = QStackedWidget()
        for page in (self.empty, running, done, self.rating):
            self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        media = Qt.Key
        keys: list[tuple[Sequence[str | Qt.Key], object]] = [
            (("Space", media.Key_MediaPlay, media.Key_MediaPause, media.Key_MediaTogglePlayPause),
             controller.toggle_pause),
            (("Right", "PgDown", Qt.Key.Key_MediaNext), controller.next),
            (("Left", "PgUp", Qt.Key.Key_MediaPrevious), controller.back),
            (("+", "=", "Shift++"), controller.extend),
            (("E",), controller.ease_off),
            (("Esc", Qt.Key.Key_MediaStop), self.ask_stop),
        ]  # fmt: skip
        self._shortcuts = []
        for sequences, slot in keys:
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

        self._tender_entry: DigitEntry | None = None
        self._tender_value: int | None = None
        self._tender_timer = QTimer(self)
        self._tender_timer.setSingleShot(True)
        self._tender_timer.setInterval(TENDERNESS_WINDOW_MS)
        self._tender_timer.timeout.connect(lambda: self._ask_tenderness(False))

        controller.changed.connect(self.show_snapshot)
        controller.eventsDue.connect(self._events)
        controller.finished.connect(self._finished)
        controller.suspended.connect(self._suspended)
        self._confirm: QMessageBox | None = None

    def set_floor(self, floor: bool) -> None:
        """Floor mode: everything readable from three metres away."""
        labels = (self.zone_title, self.phase_label, self.progress, self.notice)
        for label, factor in zip(labels, _TEXT_FACTORS[floor], strict=True):
            label.set_factor(factor)
        for button in self.buttons.values():
            button.setMinimumHeight(72 if floor else 44)

    # ------------------------------------------------------------------ running

    def start(
        self, steps: Sequence[StepPlan], first_side: Side = Side.LEFT, ask_before: bool = True
    ) -> None:
        """Ask the before-ratings (unless ``ask_before`` is False), then run the routine."""
        self.notice.setText("")
        self._before = {}
        self._pending = (steps, first_side)
        if ask_before:
            self._show_rating(Moment.BEFORE)
        else:
            self._run()

    def _run(self) -> None:
        assert self._pending is not None
        steps, first_side = self._pending
        self._pending = None
        self._set_session_keys(True)
        self.stack.setCurrentWidget(self.running_view)
        self.controller.start(steps, first_side)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_rating(self, moment: Moment) -> None:
        self._set_session_keys(False)  # Esc means "skip" here, not "stop"
        self.stack.setCurrentWidget(self.rating)
        self.rating.ask(moment)

    def _set_session_keys(self, enabled: bool) -> None:
        for shortcut in self._shortcuts:
            shortcut.setEnabled(enabled)

    def ask_next_morning(self) -> None:
        """The morning after a session: how is the pain now? (Esc skips.)"""
        self._show_rating(Moment.NEXT_MORNING)

    def _rated(self, moment: Moment, values: dict, note: str) -> None:
        self.ratingsGiven.emit(moment, values, note)
        if moment is Moment.NEXT_MORNING:
            self.stack.setCurrentWidget(self.empty)
            return
        if moment is Moment.BEFORE:
            self._before = values
            self._run()
            return
        changes = [
            f"{kind.label}: {self._before.get(kind)} → {values[kind]}, "
            f"{change_words(self._before.get(kind), values[kind])}"
            for kind in PainKind
            if change_words(self._before.get(kind), values[kind])
        ]
        if changes:
            self.summary.setText(self.summary.text() + "\n\n" + "\n".join(changes))
        self.stack.setCurrentWidget(self.done_view)
        self.to_map.setFocus()

    def show_snapshot(self, snap: Snapshot) -> None:
        segment = snap.segment
        if segment is None:
            return
        zone = self.catalog.zone(segment.zone_id)
        self.zone_title.setText(f"{zone.name} · {segment.side.label}")
        words = _PHASE_WORDS[snap.phase]
        if snap.phase is Phase.HOLD:
            words = f"Hold  {segment.rep} of {segment.reps}"
        self.phase_label.setText("Paused" if snap.paused else words)
        colour = phase_colour(snap.phase, self.palette())
        pal = self.phase_label.palette()
        if pal.color(pal.ColorRole.WindowText) != colour:  # not on every frame
            pal.setColor(pal.ColorRole.WindowText, colour)
            self.phase_label.setPalette(pal)
        self.ring.show_snapshot(snap)
        if self.figure.zone_id != segment.zone_id or self.figure.side is not segment.side:
            self.figure.show_zone(segment.zone_id, segment.side)
        following = snap.next_segment
        if following is None:
            after = "last one"
        elif following.phase is Phase.HOLD:
            after = f"next: hold {following.rep} of {following.reps}"
        elif following.phase is Phase.REST:
            after = f"next: rest {round(following.duration)} s"
        else:
            other = self.catalog.zone(following.zone_id)
            after = f"next: {other.name}, {following.side.value}"
        self.progress.setText(f"{after}  ·  {_clock_text(snap.total_remaining)} left in all")
        self.buttons["pause"].setText("Go on" if snap.paused else "Pause")
        self.buttons["extend"].setEnabled(snap.phase is Phase.HOLD and not snap.paused)
        self.buttons["ease"].setEnabled(snap.phase is Phase.HOLD)

    def _events(self, events: list[Event]) -> None:
        if any(e.kind in (Kind.HOLD_STARTED, Kind.HOLD_ENDED) for e in events):
            self.ring.flash()
        ended = [e for e in events if e.kind is Kind.HOLD_ENDED and e.hold is not None]
        if ended and ended[-1].hold.outcome is Outcome.EASED_OFF:
            self._eased_off()
        elif asks_tenderness(events):  # the voice asks on the same rule
            self._ask_tenderness(True)
        elif any(e.kind is Kind.HOLD_STARTED for e in events):
            self._ask_tenderness(False)
        self.eventsDue.emit(events)

    def _eased_off(self) -> None:
        self.notice.setText(
            "Eased off: that was too sharp. Next time use less pressure, or move the ball "
            "a little away from the spot. Sharp, shooting or tingling pain means stop."
        )

    def _ask_tenderness(self, asking: bool) -> None:
        """After a release: one key rates the spot; the question leaves on its own."""
        self._tender_entry = DigitEntry() if asking else None
        self._tender_value = None
        self.notice.setText(
            "How tender was that spot? Press 0–9 (1 then 0 for ten), or just carry on."
            if asking
            else ""
        )
        if asking:
            self._tender_timer.start()

    def keyPressEvent(self, event) -> None:
        digit = _DIGITS.get(Qt.Key(event.key()))
        if digit is not None and self._tender_entry is not None:
            value = self._tender_entry.press(digit, time.monotonic())
            self._tender_value = value
            self.tendernessGiven.emit(value)
            self.notice.setText(f"Tenderness {value} noted.")
            self._tender_timer.start()  # a moment more, for "1 then 0"
            return
        super().keyPressEvent(event)

    def _suspended(self, seconds: float) -> None:
        self.notice.setText(
            f"Paused: the computer was asleep for {format_duration(round(seconds))}. "
            "Press Space when you are ready to go on."
        )

    def _finished(self, engine: SessionEngine) -> None:
        completed = [h for h in engine.holds if h.outcome is Outcome.COMPLETED]
        held = round(engine.counted_hold_seconds())
        self.summary_title.setText("Session stopped" if engine.stopped else "Session complete")
        self.summary.setText(
            f"{len(completed)} hold{'s' if len(completed) != 1 else ''} done, "
            f"{format_duration(held)} of pressure in all. Stand up slowly."
        )
        self._show_rating(Moment.AFTER)

    # ------------------------------------------------------------------ stopping

    def ask_stop(self) -> None:
        """Esc: ask before stopping (pausing meanwhile); Esc again or No goes on."""
        if not self.controller.running or self._confirm is not None:
            return
        was_paused = self.controller.engine is not None and self.controller.engine.paused
        if not was_paused:
            self.controller.toggle_pause()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Stop the session?",
            "Stop this session? The holds you finished are kept.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            self._confirm = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.controller.stop()
            elif not was_paused:
                self.controller.resume()
            self.window().activateWindow()  # the keys come back to the session
            self.setFocus()

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._confirm = box
        box.open()
        box.activateWindow()  # keys (Esc, Y, N) go to the question, not the session
