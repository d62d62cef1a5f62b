"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 decremented None's reference count on every call of a
void method (setText, update, every QPainter draw call), so a session of a few minutes
ended in "Fatal Python error: none_dealloc". This fails if an upgrade brings that back.
"""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QLabel


def test_void_calls_leave_none_alone(qapp):
    label = QLabel()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, 8, 8))
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.update()
        painter.fillPath(path, QColor("red"))
        painter.drawPath(path)
    painter.end()
    assert abs(sys.getrefcount(None) - before) < 50
