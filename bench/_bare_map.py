"""The Qt parts of Holdpoint's Map window, built by plain code with no Holdpoint in it.

What Holdpoint's first paint would cost if Holdpoint's own Python took no time at all:
about the same kinds and numbers of Qt parts as the Map shows at start (the real window,
counted after its first paint: 129 widgets, 68 of them visible, 10 menus, 56 actions;
here 127, 89, 11 and 63), 32 zone buttons with accessible names, 5 SVG icons, the Fusion
style with a palette, and the body's finished picture read from a PNG (as Holdpoint reads
the picture it kept) and painted with one call. It is the floor under Holdpoint's
start-up for this window in PySide6: ``startup.py`` times it beside a bare window. Used
by ``_first_paint.py bare_map``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PICTURE = QSize(700, 520)


class Spot(QAbstractButton):
    """A zone: a clickable area over the picture that paints nothing itself."""

    def paintEvent(self, event: object) -> None:
        pass


class Body(QWidget):
    def __init__(self, picture: Path) -> None:
        super().__init__()
        self.image = QImage(str(picture))
        if self.image.isNull():  # the warm-up run draws it once, as Holdpoint's first start
            self.image = QImage(PICTURE, QImage.Format.Format_ARGB32_Premultiplied)
            self.image.fill(QColor("#f4f6f5"))
            painter = QPainter(self.image)
            for i in range(60):
                painter.drawEllipse(QRect(10 * i, 6 * i, 40, 90))
            painter.end()
            self.image.save(str(picture))
        self.setMinimumSize(PICTURE)
        for i in range(32):
            spot = Spot(self)
            spot.setAccessibleName(f"Zone {i}, left side")
            spot.setGeometry(20 * i, 15 * i, 24, 24)

    def paintEvent(self, event: object) -> None:
        QPainter(self).drawImage(0, 0, self.image)


def icon(name: str) -> QIcon:
    pixmap = QPixmap(48, 48)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(str(ICONS / f"{name}.svg")).render(painter)
    painter.end()
    return QIcon(pixmap)


def build(app: QApplication, picture: Path) -> QMainWindow:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f5"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#0f766e"))
    app.setPalette(palette)
    window = QMainWindow()
    for title in ("&File", "&Edit", "&View", "&Routine", "&Session", "&Help"):
        menu = window.menuBar().addMenu(title)
        for i in range(8):
            action = menu.addAction(f"Action {i} of {title}")
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{i}"))
        if title in ("&View", "&Routine"):
            for sub in range(2):
                menu.addMenu(f"More {sub}").addAction("Another")
    top = QFrame()
    row = QHBoxLayout(top)
    logo = QLabel()
    logo.setPixmap(icon("holdpoint").pixmap(32, 32))
    row.addWidget(logo)
    row.addWidget(QLabel("<b>Holdpoint</b>"))
    for name in ("map", "session", "history", "safety"):
        button = QToolButton()
        button.setIcon(icon(name))
        button.setText(name.title())
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row.addWidget(button)
    banner = QFrame()
    banner.setFrameShape(QFrame.Shape.StyledPanel)
    line = QHBoxLayout(banner)
    line.addWidget(QLabel("<b>Self-care, not a diagnosis.</b>"))
    text = QLabel("Sharp, shooting or spreading pain means ease off. " * 2)
    text.setWordWrap(True)
    line.addWidget(text, 1)
    line.addWidget(QPushButton("Safety (F1)"))
    line.addWidget(QPushButton("Hide"))
    left = QWidget()
    column = QVBoxLayout(left)
    buttons = QHBoxLayout()
    for title in ("Choose zones", "Where does it hurt?"):
        buttons.addWidget(QPushButton(title))
    routines = QToolButton()
    routines.setText("Routines")
    routines.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    buttons.addWidget(routines)
    column.addLayout(buttons)
    column.addWidget(Body(picture), 1)
    right = QWidget()
    panel = QVBoxLayout(right)
    for title in ("<h3>Choose where to work</h3>", "Point at a zone " * 8, "<h3>Your routine</h3>"):
        label = QLabel(title)
        label.setWordWrap(True)
        panel.addWidget(label)
    panel.addWidget(QListWidget())
    for i in range(4):
        step = QHBoxLayout()
        for text in (f"{i + 1}.", f"Zone {i}", "Left and right"):
            step.addWidget(QLabel(text))
        step.addWidget(QPushButton("Remove"))
        panel.addLayout(step)
    for _ in range(2):
        panel.addWidget(QSpinBox())
        panel.addWidget(QLineEdit())
        panel.addWidget(QComboBox())
    panel.addWidget(QPushButton("Start session"))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(right)
    page = QWidget()
    halves = QHBoxLayout(page)
    halves.addWidget(left, 3)
    halves.addWidget(scroll, 2)
    stack = QStackedWidget()
    stack.addWidget(page)
    central = QWidget()
    main = QVBoxLayout(central)
    for part in (top, banner, stack):
        main.addWidget(part)
    window.setCentralWidget(central)
    window.statusBar().showMessage("Your data stays on this computer")
    return window
