"""Help > Safety (F1): everything about using Holdpoint safely, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from holdpoint.core import safety
from holdpoint.core.i18n import localized, localized_all
from holdpoint.ui.safety import bullet_list
from holdpoint.ui.widgets import ScaledLabel, paint_as_warning


class SafetyDialog(QDialog):
    """Everything about using Holdpoint safely, in one place (Help > Safety, F1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Safety — Holdpoint"))
        self.setAccessibleName(self.tr("Safety information"))
        self.setMinimumWidth(560)

        purpose = ScaledLabel(localized("safety", safety.PURPOSE), 1.05)
        purpose.setWordWrap(True)
        sections = [purpose]
        for heading, items, warning in (
            (
                localized("safety", safety.RED_FLAGS_HEADING),
                localized_all("safety", safety.RED_FLAGS),
                True,
            ),
            (
                localized("safety", safety.ASK_FIRST_HEADING),
                localized_all("safety", safety.ASK_FIRST),
                False,
            ),
            (self.tr("How to press"), localized_all("safety", safety.PRESSURE_RULES), False),
            (
                localized("safety", safety.GUIDANCE_HEADING),
                localized_all("safety", safety.GUIDANCE),
                False,
            ),
        ):
            title = ScaledLabel(heading, 1.15, QFont.Weight.Bold)
            title.setWordWrap(True)
            if warning:
                paint_as_warning(title, self.palette())
            body = ScaledLabel(bullet_list(items))
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setAccessibleName(f"{heading}: " + "; ".join(items))
            sections += [title, body]

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 20, 24, 8)
        for widget in sections:
            inner.addWidget(widget)
        scroll = QScrollArea()  # long at large text sizes: it scrolls, the button stays
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        buttons.setContentsMargins(24, 0, 24, 0)
        self.resize(720, 640)
