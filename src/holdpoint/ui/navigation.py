"""The bar across the top: the Holdpoint mark, the three places, and Safety."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from holdpoint import APP_NAME
from holdpoint.ui import theme
from holdpoint.ui.widgets import IconLabel, ScaledLabel


class NavigationBar(QWidget):
    """Large, clearly marked buttons bound to the window's actions (shortcuts live there)."""

    def __init__(
        self, places: list[QAction], safety: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName("Places")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        logo = IconLabel("holdpoint", 34)
        logo.setAccessibleName(f"{APP_NAME} logo")
        self.wordmark = ScaledLabel(APP_NAME, 1.45, QFont.Weight.Bold)
        self.wordmark.setAccessibleName(APP_NAME)

        self.buttons = [self._button(action) for action in places]
        self.safety_button = self._button(safety)
        self.safety_button.setObjectName("safety")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(logo)
        layout.addWidget(self.wordmark)
        layout.addSpacing(28)
        for button in self.buttons:
            layout.addWidget(button)
        layout.addStretch(1)
        layout.addWidget(self.safety_button)
        self.restyle()

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(24, 24))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        button.setAccessibleName(action.text().replace("&", ""))
        return button

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()
        super().changeEvent(event)

    def restyle(self) -> None:
        """Apply the style for the current palette and font (call after either changes)."""
        a = theme.accents_for(self.palette())
        hover = self.palette().alternateBase().color().name()
        text = self.palette().windowText().color().name()
        # Font sizes are left to the application font so that text scaling applies here too.
        self.setStyleSheet(
            f"""
            QWidget#navigation {{ border-bottom: 1px solid {a.border.name()}; }}
            QToolButton {{
                border: 2px solid transparent; border-radius: 10px;
                padding: 7px 16px; font-weight: 600;
            }}
            QToolButton:hover {{ background: {hover}; }}
            QToolButton:checked {{
                background: {a.primary.name()}; color: {a.on_primary.name()};
            }}
            QToolButton:focus {{ border-color: {a.primary.name()}; }}
            QToolButton:checked:focus {{ border-color: {text}; }}
            QToolButton#safety {{ color: {a.warning_text.name()}; }}
            """
        )
