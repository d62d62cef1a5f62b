"""The Session place: shows the running :class:`SessionRun` so it can be followed from the
floor, and passes the person's keys to it.

Keys work while the Session place has focus, and are meant for someone lying down or
holding a presenter clicker: Space pauses and resumes, Right / Page Down goes to the
next part, Left / Page Up back, + adds 15 seconds, E eases off a spot that is too sharp,
Esc stops (after asking). Digits rate the tenderness of the spot just released.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core.catalog import Catalog, Side
from holdpoint.core.cues import CUE_FOR_EVENT, asks_tenderness
from holdpoint.core.engine import (
    EXTEND_S,
    Event,
    Kind,
    Outcome,
    Phase,
    SessionEngine,
    Snapshot,
)
from holdpoint.core.preferences import Preferences
from holdpoint.core.ratings import Moment, PainKind, change_words
from holdpoint.core.routine import format_duration
from holdpoint.ui.session.prompt import TendernessPrompt
from holdpoint.ui.session.ratings import RatingPanel
from holdpoint.ui.session.run import SessionRun, Stage
from holdpoint.ui.session.view import RingTimer, ZoneFigure, phase_colour
from holdpoint.ui.widgets import EmptyState, ScaledLabel

#: How much larger everything on the Session place is in floor mode.
FLOOR_ZOOM = 2.0
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


def _phase_words(phase: Phase) -> str:
    """The phase's name above the ring (a hold's says which repetition: see below)."""
    if phase is Phase.PREPARE:
        return QCoreApplication.translate("SessionPlace", "Get ready")
    if phase is Phase.HOLD:
        return QCoreApplication.translate("SessionPlace", "Hold")
    return QCoreApplication.translate("SessionPlace", "Rest")


def _time_left(seconds: float) -> str:
    """The whole session's time left, in whole minutes: it changes once a minute, so the
    place is not laid out again every second (the ring shows the seconds)."""
    minutes = math.ceil(seconds / 60)
    if minutes <= 1:
        return QCoreApplication.translate("SessionPlace", "under a minute left")
    return QCoreApplication.translate("SessionPlace", "about {minutes} min left").format(
        minutes=minutes
    )


class SessionPlace(QWidget):
    """Empty until a session starts; then its ratings, its timer, and a short summary."""

    floorModeRequested = Signal()
    mapRequested = Signal()
    #: Next-morning ratings (the only ones that belong to no running session).
    morningRated = Signal(dict)

    def __init__(
        self, catalog: Catalog, clock: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.clock = clock
        self.run: SessionRun | None = None
        self.zoom = 0.0  # how much larger than at a 1280×800 desk: set by _apply_zoom
        self._floor = False
        self._zoom_font = QFont()
        self.setAccessibleName(self.tr("Session"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.empty = EmptyState(
            "session",
            self.tr("No session running"),
            self.tr(
                "Choose zones on the Map, then press Start session (F5). Each hold is timed "
                "here with giant digits and a ring you can follow from the floor, a sound and a "
                "spoken cue to start and to release, and a rest before you switch sides."
            ),
        )

        self.zone_title = ScaledLabel("", 2.2, QFont.Weight.Bold)
        self.phase_label = ScaledLabel("", 1.8, QFont.Weight.DemiBold)
        self.instruction = ScaledLabel("", 1.3)
        self.progress = ScaledLabel("", 1.2)
        self.notice = ScaledLabel("", 1.2)
        for label, name in ((self.zone_title, self.tr("Zone and side")),
                            (self.phase_label, self.tr("Phase")),
                            (self.instruction, self.tr("How to get into position")),
                            (self.progress, self.tr("Progress")),
                            (self.notice, self.tr("Notice"))):  # fmt: skip
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setAccessibleName(name)
        self.ring = RingTimer(clock)
        self.figure = ZoneFigure(catalog)
        self.tender = TendernessPrompt(clock)
        self.ask_tenderness = True  # Settings > Session (see apply_preferences)

        self.buttons: dict[str, QPushButton] = {}
        controls = QHBoxLayout()
        controls.addStretch(1)
        #: The name before the colon (or the brackets) of each tool tip is also the button's
        #: accessible name; the keys in brackets stay as they are.
        for name, text, tip in (
            ("back", self.tr("◀  Back"),
             self.tr("Back: restart this hold, or the one before (Left, Page Up)")),
            ("pause", self.tr("Pause"), self.tr("Pause or go on (Space)")),
            ("next", self.tr("Next  ▶"), self.tr("Next: skip to the next part (Right, Page Down)")),
            ("extend", self.tr("+{seconds} s").format(seconds=EXTEND_S),
             self.tr("Add {seconds} seconds to this hold (+)").format(seconds=EXTEND_S)),
            ("ease", self.tr("Too sharp"),
             self.tr("Too sharp: let go now and leave this spot for today (E)")),
            ("stop", self.tr("Stop"), self.tr("Stop the session (Esc)")),
            ("floor", self.tr("Floor mode"), self.tr("Full screen, big and high-contrast (F11)")),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(":")[0].split(" (")[0])
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the session, not here
            controls.addWidget(button)
            self.buttons[name] = button
        controls.addStretch(1)
        actions: dict[str, Callable[[], None]] = {
            "back": lambda: self._control("back"),
            "pause": lambda: self._control("toggle_pause"),
            "next": lambda: self._control("next"),
            "extend": lambda: self._control("extend"),
            "ease": lambda: self._control("ease_off"),
            "stop": self.ask_stop,
            "floor": self.floorModeRequested.emit,
        }
        for name, slot in actions.items():
            self.buttons[name].clicked.connect(slot)
        self._actions = actions

        # The ring sits on the centre line of the texts: the figure's column on the left
        # is balanced by an empty column of the same width on the right.
        balance = QWidget()
        balance.setMinimumWidth(self.figure.minimumWidth())
        middle = QGridLayout()
        middle.addWidget(self.figure, 0, 0)
        middle.addWidget(self.ring, 0, 1)
        middle.addWidget(balance, 0, 2)
        for column, stretch in enumerate((1, 3, 1)):
            middle.setColumnStretch(column, stretch)
        running = QWidget()
        layout = QVBoxLayout(running)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.zone_title)
        layout.addWidget(self.phase_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instruction)
        layout.addWidget(self.progress)
        layout.addWidget(self.tender)
        layout.addWidget(self.notice)
        layout.addLayout(controls)
        self.running_view = running

        self.summary_title = ScaledLabel(self.tr("Session complete"), 2.2, QFont.Weight.Bold)
        self.summary = ScaledLabel("", 1.3)
        for label in (self.summary_title, self.summary):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.to_map = QPushButton(self.tr("Back to the &Map"))
        self.to_map.clicked.connect(self.mapRequested)
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addStretch(1)
        done_layout.addWidget(self.summary_title)
        done_layout.addWidget(self.summary)
        done_layout.addWidget(self.to_map, 0, Qt.AlignmentFlag.AlignHCenter)
        done_layout.addStretch(2)
        self.done_view = done

        self.rating = RatingPanel(clock=clock)
        self.rating.submitted.connect(self._rated)

        self.stack = QStackedWidget()
        for page in (self.empty, running, done, self.rating):
            self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        media = Qt.Key
        keys: list[tuple[Sequence[str | Qt.Key], Callable[[], None]]] = [
            (("Space", media.Key_MediaPlay, media.Key_MediaPause, media.Key_MediaTogglePlayPause),
             actions["pause"]),
            (("Right", "PgDown", media.Key_MediaNext), actions["next"]),
            (("Left", "PgUp", media.Key_MediaPrevious), actions["back"]),
            (("+", "=", "Shift++"), actions["extend"]),
            (("E",), actions["ease"]),
            (("Esc", media.Key_MediaStop), self.ask_stop),
        ]  # fmt: skip
        self._shortcuts = []
        for sequences, slot in keys:
            for sequence in sequences:
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)
        self._confirm: QMessageBox | None = None
        self._connections: list[QMetaObject.Connection] = []
        self._set_session_keys(False)
        self.set_floor(False)

    # ------------------------------------------------------------------ showing a run

    def show_run(self, run: SessionRun) -> None:
        """Follow ``run`` from now on (the previous one, if any, is over)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self.run = run
        self.notice.setText(" ".join(run.notes))  # what was fitted to the person, and why
        self.tender.close_question()
        self._connections = [
            run.stageChanged.connect(self._stage),
            run.changed.connect(self.show_snapshot),
            run.eventsDue.connect(self._events),
            run.suspended.connect(self._suspended),
        ]

    def _stage(self, stage: Stage) -> None:
        assert self.run is not None
        self._set_session_keys(stage is Stage.RUNNING)
        if stage is Stage.RATE_BEFORE:
            self._show_rating(Moment.BEFORE)
        elif stage is Stage.RUNNING:
            self.stack.setCurrentWidget(self.running_view)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        elif stage is Stage.RATE_AFTER:
            self._summarise(self.run)
            self._show_rating(Moment.AFTER)
        else:
            self._summarise(self.run)
            self.stack.setCurrentWidget(self.done_view)
            self.to_map.setFocus(Qt.FocusReason.OtherFocusReason)

    def _control(self, action: str) -> None:
        if self.run is not None and self.run.running:
            getattr(self.run.controller, action)()

    def _set_session_keys(self, enabled: bool) -> None:
        for shortcut in self._shortcuts:
            shortcut.setEnabled(enabled)

    def keys_active(self) -> bool:
        """A session runs here: its keys (Space, arrows, +, E, Esc) act."""
        return bool(self._shortcuts) and self._shortcuts[0].isEnabled()

    def control(self, name: str) -> None:
        """Do what a control button does: ``back``, ``pause``, ``next``, ``extend``,
        ``ease``, ``stop`` or ``floor`` (the window's Session menu)."""
        self._actions[name]()

    # ------------------------------------------------------------------ floor mode

    def set_floor(self, floor: bool) -> None:
        """Floor mode: every text and control readable from two metres away."""
        self._floor = floor
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        """Floor mode makes everything larger still (text already grows with the window:
        see holdpoint.ui.window_fit); nothing is laid out again unless it changed."""
        zoom = FLOOR_ZOOM if self._floor else 1.0
        if zoom == self.zoom and self._zoom_font == QApplication.font():
            return
        self.zoom, self._zoom_font = zoom, QApplication.font()
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * self.zoom)
        self.setFont(font)  # buttons, the rating page and plain labels inherit it
        for label in self.findChildren(ScaledLabel):
            label.set_zoom(self.zoom)
        metrics = QFontMetrics(font)
        height = round(metrics.height() * 2.4)  # a target for a hand held out
        for button in self.buttons.values():
            button.setMinimumHeight(height)
            button.setMinimumWidth(metrics.horizontalAdvance(button.text()) + 2 * metrics.height())
        self.rating.set_zoom(self.zoom)
        prompt = QFont(font)
        prompt.setPointSizeF(font.pointSizeF() * TendernessPrompt.FACTOR)
        self.tender.setFont(prompt)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._apply_zoom()
        super().changeEvent(event)

    # ------------------------------------------------------------------ ratings

    def ask_next_morning(self) -> None:
        """The morning after a session: how is the pain now? (Esc skips.)"""
        self._show_rating(Moment.NEXT_MORNING)

    def _show_rating(self, moment: Moment) -> None:
        self._set_session_keys(False)  # Esc means "skip" here, not "stop"
        self.stack.setCurrentWidget(self.rating)
        self.rating.ask(moment)  # it takes the keyboard, however it was reached

    def _rated(self, moment: Moment, values: dict[PainKind, int | None], note: str) -> None:
        if moment is Moment.NEXT_MORNING:
            self.morningRated.emit(values)
            self.stack.setCurrentWidget(self.empty if self.run is None else self.done_view)
            return
        if self.run is not None:
            self.run.rate(moment, values, note)
            if moment is Moment.AFTER:
                self._show_changes(values)

    def _show_changes(self, after: dict[PainKind, int | None]) -> None:
        assert self.run is not None
        before = self.run.before
        changes = [
            self.tr("{pain}: {before} → {after}, {change}").format(
                pain=kind.label,
                before=before[kind],
                after=after[kind],
                change=change_words(before[kind], after[kind]),
            )
            for kind in PainKind
            if change_words(before[kind], after[kind])
        ]
        if changes:
            self.summary.setText(self.summary.text() + "\n\n" + "\n".join(changes))

    def _summarise(self, run: SessionRun) -> None:
        engine: SessionEngine | None = run.engine
        if engine is None:  # stopped at the before-rating
            self.summary_title.setText(self.tr("Session stopped"))
            self.summary.setText(self.tr("Nothing was started, so nothing was saved."))
            return
        completed = [h for h in engine.holds if h.outcome is Outcome.COMPLETED]
        held = format_duration(round(engine.counted_hold_seconds()))
        self.summary_title.setText(
            self.tr("Session stopped") if engine.stopped else self.tr("Session complete")
        )
        if len(completed) == 1:
            summary = self.tr("1 hold done, {duration} of pressure in all. Get up slowly.")
        else:
            summary = self.tr("{count} holds done, {duration} of pressure in all. Get up slowly.")
        self.summary.setText(summary.format(count=len(completed), duration=held))

    # ------------------------------------------------------------------ running

    def show_snapshot(self, snap: Snapshot) -> None:
        segment = snap.segment
        if segment is None:
            return
        zone = self.catalog.zone(segment.zone_id)
        side = segment.side.label
        self._set_text(
            self.zone_title, self.tr("{zone} · {side}").format(zone=zone.name, side=side)
        )
        words = _phase_words(snap.phase)
        if snap.phase is Phase.HOLD:
            words = self.tr("Hold  {rep} of {reps}").format(rep=segment.rep, reps=segment.reps)
        self._set_text(self.phase_label, self.tr("Paused") if snap.paused else words)
        colour = phase_colour(snap.phase, self.palette())
        pal = self.phase_label.palette()
        if pal.color(pal.ColorRole.WindowText) != colour:  # not on every frame
            pal.setColor(pal.ColorRole.WindowText, colour)
            self.phase_label.setPalette(pal)
        self.ring.show_snapshot(snap)
        if self.figure.zone_id != segment.zone_id or self.figure.side is not segment.side:
            self.figure.show_zone(segment.zone_id, segment.side)
        moving = snap.phase is Phase.PREPARE and segment.moved  # a new position: say how
        self._set_text(self.instruction, (segment.position or zone.position) if moving else "")
        following = snap.next_segment
        if following is None:
            after = self.tr("last one")
        elif following.phase is Phase.HOLD:
            after = self.tr("next: hold {rep} of {reps}").format(
                rep=following.rep, reps=following.reps
            )
        elif following.phase is Phase.REST:
            after = self.tr("next: rest {seconds} s").format(seconds=round(following.duration))
        else:
            other = self.catalog.zone(following.zone_id).name
            if following.side is Side.LEFT:
                after = self.tr("next: {zone}, left").format(zone=other)
            else:
                after = self.tr("next: {zone}, right").format(zone=other)
        self._set_text(
            self.progress,
            self.tr("{next}  ·  {time_left}").format(
                next=after, time_left=_time_left(snap.total_remaining)
            ),
        )
        self.tender.show_time(snap.remaining if snap.phase is not Phase.HOLD else 0.0)
        self.buttons["pause"].setText(self.tr("Go on") if snap.paused else self.tr("Pause"))
        self.buttons["extend"].setEnabled(snap.phase is Phase.HOLD and not snap.paused)
        self.buttons["ease"].setEnabled(snap.phase is Phase.HOLD)

    @staticmethod
    def _set_text(label: ScaledLabel, text: str) -> None:
        if label.text() != text:  # ten times a second: change only what changed
            label.setText(text)

    def _events(self, events: list[Event]) -> None:
        if any(e.kind in (Kind.HOLD_STARTED, Kind.HOLD_ENDED) for e in events):
            self.ring.flash()
        if any(e.kind is Kind.EASED_OFF for e in events):
            self.tender.close_question()
            self._eased_off()
        elif asks_tenderness(events, self.ask_tenderness):  # the voice: the same rule
            self.tender.ask()
        elif any(e.kind in CUE_FOR_EVENT for e in events):
            self.tender.close_question()  # a late answer counts until the next cue

    def apply_preferences(self, prefs: Preferences) -> None:
        """Settings > Session: whether a hold's end asks how tender the spot was."""
        self.ask_tenderness = prefs.ask_tenderness

    def _eased_off(self) -> None:
        self.notice.setText(
            self.tr(
                "Eased off: that spot is done for today. Next time use less pressure, or move "
                "the ball a little away from it. Sharp, shooting pain, or symptoms spreading "
                "down the leg, mean ease off."
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = _DIGITS.get(Qt.Key(event.key()))
        if digit is not None and self.run is not None and self.tender.open:
            value = self.tender.press(digit)
            self.run.tenderness(value)
            return
        super().keyPressEvent(event)

    def _suspended(self, seconds: float) -> None:
        self.notice.setText(
            self.tr(
                "Paused: the computer was asleep for {duration}. "
                "Press Space when you are ready to go on."
            ).format(duration=format_duration(round(seconds)))
        )

    # ------------------------------------------------------------------ stopping

    def ask_stop(self) -> None:
        """Esc: ask before stopping (pausing meanwhile); Esc again or No goes on."""
        run = self.run
        if run is None or not run.running or self._confirm is not None:
            return
        carry_on = run.pause_while_asking()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the session?"),
            self.tr("Stop this session? The holds you finished are kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setFont(self.font())  # as large as the place, in floor mode too

        def answered(_result: int) -> None:
            self._confirm = None
            self.window().activateWindow()  # the keys come back to the session
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                run.stop()  # the after-rating page takes the keyboard itself
                return
            carry_on()
            self.setFocus()

        box.finished.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._confirm = box
        box.open()
        box.activateWindow()  # keys (Esc, Y, N) go to the question, not the session
