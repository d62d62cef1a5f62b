"""The cards above the History's chart: this week, days in a row, relief, what helps."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from holdpoint.core.catalog import Catalog
from holdpoint.core.i18n import decimal
from holdpoint.core.trends import Evidence, Summary, ZoneComparison
from holdpoint.ui.widgets import Card, ScaledLabel


class StatCard(Card):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setContentsMargins(14, 6, 14, 6)
        self.title = QLabel(title)
        self.value = ScaledLabel("", 1.4, QFont.Weight.Bold)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)

    def show(self, value: str, detail: str = "") -> None:  # type: ignore[override]
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleDescription(
            self.tr("{value}. {detail}").format(value=value, detail=detail)
        )


class SummaryCards(QWidget):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.cards = {
            "week": StatCard(self.tr("Sessions this week")),
            "streak": StatCard(self.tr("Days in a row")),
            "relief": StatCard(self.tr("Relief, last 30 days")),
            "zones": StatCard(self.tr("Seems to help")),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for card in self.cards.values():
            layout.addWidget(card, 1)

    def show_summary(self, summary: Summary) -> None:
        self.cards["week"].show(str(summary.sessions_this_week))
        self.cards["streak"].show(str(summary.days_in_a_row))
        if summary.relief_last_30 is None:
            self.cards["relief"].show(
                "—", self.tr("no ratings before and after in the last 30 days")
            )
        else:
            before = summary.relief_previous_30
            self.cards["relief"].show(
                self.tr("{relief} points").format(relief=decimal(summary.relief_last_30)),
                self.tr("the 30 days before: no ratings")
                if before is None
                else self.tr("the 30 days before: {relief}").format(relief=decimal(before)),
            )
        self.show_zone_comparison(summary.zone_comparisons)

    def show_zone_comparison(self, comparisons: tuple[ZoneComparison, ...]) -> None:
        """Only zones sometimes left out can be compared; say so when none can."""
        helpful = [c for c in comparisons if c.evidence is Evidence.SEEMS_TO_HELP]
        if helpful:
            best = helpful[0]
            twins = ", ".join(self.catalog.zone(z).name for z in best.together_with)
            others = ", ".join(self.catalog.zone(c.zone).name for c in helpful[1:3])
            detail = best.words()
            if twins:
                detail = self.tr("{comparison}; always done with {zones}").format(
                    comparison=detail, zones=twins
                )
            if others:
                detail = self.tr("{comparison}; also {zones}").format(
                    comparison=detail, zones=others
                )
            self.cards["zones"].show(self.catalog.zone(best.zone).name, detail)
        elif any(c.evidence is not Evidence.CANNOT_TELL for c in comparisons):
            self.cards["zones"].show(
                self.tr("No clear difference yet"),
                self.tr("no zone gives 2 points more relief than sessions without it"),
            )
        else:
            self.cards["zones"].show(
                self.tr("Cannot tell yet"),
                self.tr("a zone needs 3 rated sessions with it and 3 without it"),
            )
