"""What the last batch step did, shown until it is dismissed, with links to what it made.

The status bar forgets a result after a few seconds and cuts it off; this panel keeps the
whole sentence and turns each thing created or made ready into a link that opens it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jitdesk.gui.i18n import tr

# (link text, page key, target on that page)
Link = tuple[str, str, object]
# The "page key" of a link that opens a file (its path the target) in the desktop's viewer.
OPEN_FILE = "file"


class ResultsPanel(QFrame):
    """A framed message with link rows; `navigate(page key, target)` when a link is clicked."""

    navigate = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.links = QLabel(self)
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.linkActivated.connect(self._open)
        self.close_button = QPushButton(tr("Dismiss"), self)
        self.close_button.setAccessibleName(tr("Dismiss the result"))
        self.close_button.clicked.connect(self.hide)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.links)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._targets: list[tuple[str, object]] = []
        self.hide()

    def show_result(self, message: str, groups: list[tuple[str, list[Link]]]) -> None:
        """Show `message`, then per group its heading and its links (a group without links
        is left out)."""
        self.message.setText(message)
        self._targets = []
        rows = []
        for heading, links in groups:
            if not links:
                continue
            anchors = []
            for text, key, target in links:
                anchors.append(f'<a href="{len(self._targets)}">{escape(text)}</a>')
                self._targets.append((key, target))
            rows.append(f"{escape(heading)} " + ", ".join(anchors))
        self.links.setText("<br>".join(rows))
        self.links.setVisible(bool(rows))
        self.show()

    def open_link(self, index: int) -> None:
        self._open(str(index))

    def _open(self, href: str) -> None:
        key, target = self._targets[int(href)]
        if key == OPEN_FILE:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
            return
        self.navigate.emit(key, target)
