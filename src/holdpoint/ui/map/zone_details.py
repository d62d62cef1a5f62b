"""Beside the map: everything about one zone, in words a person on the floor can follow."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from holdpoint.core.catalog import Catalog, Zone
from holdpoint.ui import theme
from holdpoint.ui.widgets import in_sentence, lower_first


def _hint() -> str:
    """What the details say before any zone is pointed at (rich text)."""
    title = QCoreApplication.translate("ZoneDetails", "Choose where to work")
    text = QCoreApplication.translate(
        "ZoneDetails",
        "Point at a zone on the body, or press Tab and use the arrow keys, to see where it "
        "is, how to lie on it and where it can send pain. Click it, or press Space, to add it "
        "to your routine.",
    )
    #: <b> and <i> are rich-text marks: keep them round the key and the mode's name.
    more = QCoreApplication.translate(
        "ZoneDetails", "Not sure which zones? Press <b>Ctrl+F</b>: <i>Where does it hurt?</i>"
    )
    return (
        f"<p style='font-size:large'><b>{escape(title)}</b></p><p>{escape(text)}</p><p>{more}</p>"
    )


def zone_html(
    catalog: Catalog, zone: Zone, warning_colour: str, muted_colour: str, position: str = ""
) -> str:
    """The details of ``zone`` as rich text; ``position``: the person's way into it (else
    the zone's default way)."""
    translate = QCoreApplication.translate
    headings = [
        escape(text)
        for text in (
            translate("ZoneDetails", "Can send pain to:"),
            translate("ZoneDetails", "Find it:"),
            translate("ZoneDetails", "Get into position:"),
            translate("ZoneDetails", "Tools:"),
            translate("ZoneDetails", "Hold:"),
            translate("ZoneDetails", "Take care"),
        )
    ]
    regions = ", ".join(in_sentence(catalog.region(r).name) for r in zone.refers_to)
    never = translate("ZoneDetails", "Never press the {area}: {why}")
    cautions = list(zone.cautions) + [
        never.format(area=in_sentence(area.name), why=lower_first(area.why))
        for area in (catalog.no_press_area(a) for a in zone.no_press)
    ]
    care = "".join(f"<li>{escape(c)}</li>" for c in cautions)
    tools = ", ".join(tool.label for tool in zone.tools)
    muscle = (  # the muscle's own name, where the zone's name is not already that
        f"<p style='color:{muted_colour}; margin-top:2px'>{escape(zone.muscle)}</p>"
        if zone.muscle.casefold() != zone.name.casefold()
        else ""
    )
    hold = translate("ZoneDetails", "{hold} s, {reps} times, {rest} s rest between").format(
        hold=zone.hold_s, reps=zone.reps, rest=zone.rest_s
    )
    sends, find, position_heading, tools_heading, hold_heading, care_heading = headings
    return (
        f"<p style='font-size:x-large; margin-bottom:0'><b>{escape(zone.name)}</b></p>"
        f"{muscle}"
        f"<p><b>{sends}</b> {escape(regions)}</p>"
        f"<p><b>{find}</b> {escape(zone.find)}</p>"
        f"<p><b>{position_heading}</b> {escape(position or zone.position)}</p>"
        f"<p><b>{tools_heading}</b> {escape(tools)}</p>"
        f"<p><b>{hold_heading}</b> {escape(hold)}</p>"
        f"<p style='color:{warning_colour}; margin-bottom:2px'><b>{care_heading}</b></p>"
        f"<ul style='margin-left:-18px; margin-top:0'>{care}</ul>"
    )


class ZoneDetails(QScrollArea):
    """Shows the zone being pointed at, else the one last chosen, else how to start."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.zone_id = ""
        #: Zones left out by the person's precautions: zone id -> why.
        self.excluded: dict[str, str] = {}
        #: How the person gets into position on each zone, with their tools: id -> text.
        self.positions: dict[str, str] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Zone details"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Zone details text"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 4)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setWidget(body)
        # As tall as its text (the routine follows right below), scrolling only when the
        # column is too short for both.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._hint_key: tuple[int, str, str] = (0, "", "")
        self._hint_height = 0
        self.show_zone("")

    def _text_height(self) -> int:
        """The height of the text at the current width (0 before the first layout)."""
        body = self.widget()
        width = self.viewport().width()
        if body is None or width <= 0:
            return 0
        key = (width, self.text.text(), self.text.font().key())
        if key != self._hint_key:  # laying out rich text is dear: once per text and width
            self._hint_key, self._hint_height = key, body.heightForWidth(width)
            body.setMinimumHeight(self._hint_height)  # a scroll bar, never cut-off text
        return self._hint_height

    def sizeHint(self) -> QSize:
        height = self._text_height()
        hint = super().sizeHint()
        return QSize(hint.width(), height + 2 * self.frameWidth()) if height else hint

    def minimumSizeHint(self) -> QSize:
        """All of the text where it fits in most of the window's height (the routine
        below scrolls first); a longer text scrolls here."""
        height = self._text_height()
        least = super().minimumSizeHint()
        if not height:
            return least
        room = round(self.window().height() * 0.55)
        return QSize(least.width(), min(height + 2 * self.frameWidth(), room))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.window().installEventFilter(self)  # its height bounds the minimum above

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window():
            self.updateGeometry()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the text wraps anew
            self.updateGeometry()

    def show_zone(self, zone_id: str) -> None:
        self.zone_id = zone_id
        self.updateGeometry()
        if not zone_id:
            self.text.setText(_hint())
            return
        accents = theme.accents_for(self.palette())
        zone = self.catalog.zone(zone_id)
        warning = accents.warning_text.name()
        reason = self.excluded.get(zone_id, "")
        left_out = ""
        if reason:
            heading = escape(self.tr("Left out for you."))
            left_out = f"<p style='color:{warning}'><b>{heading}</b> {escape(reason)}</p>"
        position = self.positions.get(zone_id, "")
        details = zone_html(self.catalog, zone, warning, accents.muted_text.name(), position)
        self.text.setText(left_out + details)
        self.text.setAccessibleDescription(
            self.tr("{zone}: {find}").format(zone=zone.name, find=zone.find)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.show_zone(self.zone_id)
        super().changeEvent(event)
