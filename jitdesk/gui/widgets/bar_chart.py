"""A small horizontal bar chart painted with QPainter.

Why not QtCharts: it ships only in PySide6-Addons (~180 MB more in the installer) for a few bar
charts. Bars here use palette roles only (Highlight for bars, Text/PlaceholderText for labels),
so light and dark themes both work; the printable report draws its charts with reportlab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_HEIGHT = 22
LABEL_WIDTH = 200
VALUE_WIDTH = 90


class BarChart(QWidget):
    """Labelled bars, one per row; `format_value` writes the number at the bar's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, float]] = []
        self._format: Callable[[float], str] = lambda v: f"{v:g}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(
        self, items: Sequence[tuple[str, float]], format_value: Callable[[float], str] | None = None
    ) -> None:
        self._items = [(label, float(value or 0)) for label, value in items]
        if format_value is not None:
            self._format = format_value
        self.setAccessibleDescription(
            "; ".join(f"{label}: {self._format(value)}" for label, value in self._items)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(500, max(1, len(self._items)) * ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        if not self._items:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing yet"))
            return
        metrics = painter.fontMetrics()
        label_w = min(LABEL_WIDTH, self.width() // 3)
        # Room for the longest value text after the longest bar, so no value is clipped.
        value_w = max(
            [VALUE_WIDTH]
            + [metrics.horizontalAdvance(self._format(v)) + 12 for _, v in self._items]
        )
        bar_w = max(10, self.width() - label_w - value_w - 12)
        top = max((v for _, v in self._items), default=0) or 1
        for row, (label, value) in enumerate(self._items):
            y = 4 + row * ROW_HEIGHT
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(
                QRectF(0, y, label_w - 8, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                text,
            )
            width = bar_w * max(value, 0) / top
            painter.fillRect(
                QRectF(label_w, y + 4, width, ROW_HEIGHT - 8),
                pal.color(QPalette.ColorRole.Highlight),
            )
            painter.drawText(
                QRectF(label_w + width + 6, y, value_w, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._format(value),
            )
        painter.end()
