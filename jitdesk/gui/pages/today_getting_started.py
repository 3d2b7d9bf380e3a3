"""The getting-started checklist Today shows on a new shop instead of empty sections.

Each step ticks itself off once what it makes exists (read with the Today overview), and its
button goes to the page where the step is done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.services.today import GettingStarted

# (what the step is, the button, the page it opens, which GettingStarted flag ticks it off)
STEPS = (
    (QT_TR_NOOP("Enter your shop's details"), QT_TR_NOOP("Settings"), "settings", "shop_details"),
    (QT_TR_NOOP("Add your suppliers"), QT_TR_NOOP("Suppliers"), "suppliers", "suppliers"),
    (
        QT_TR_NOOP("Add products with their supplier offers, or import a price list"),
        QT_TR_NOOP("Catalog"),
        "catalog",
        "products",
    ),
    (QT_TR_NOOP("Take your first customer order"), QT_TR_NOOP("Orders"), "orders", "first_order"),
)
DONE_MARK, TODO_MARK = "\u2611", "\u2610"


class GettingStartedCard(QFrame):
    """Four steps with a tick box each; `go(page_key)` is called by a step's button."""

    def __init__(self, go: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.heading = QLabel(tr("Getting started"), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        intro = QLabel(
            tr("Set up the shop in these steps; each is ticked off as soon as it is done."), self
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.steps: list[tuple[QLabel, QPushButton, str]] = []
        for row, (text, button_text, key, flag) in enumerate(STEPS):
            label = QLabel(self)
            label.setProperty("stepText", tr(text))
            button = QPushButton(tr(button_text), self)
            button.setAccessibleName(f"{tr(button_text)}: {tr(text)}")
            button.clicked.connect(lambda _checked=False, k=key: go(k))
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1)
            self.steps.append((label, button, flag))
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addLayout(grid)

    def show_progress(self, started: GettingStarted) -> None:
        for label, _button, flag in self.steps:
            done = bool(getattr(started, flag))
            label.setText(f"{DONE_MARK if done else TODO_MARK}  {label.property('stepText')}")
            label.setEnabled(not done)  # a done step is greyed, the next one stands out

    def texts(self) -> list[str]:
        return [label.text() for label, _button, _flag in self.steps]
