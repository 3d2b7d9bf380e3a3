"""Steps of the JIT loop as a person does them in the main window: the window, its pages,
clicking the navigation, and the modal dialogs replaced by recorders (so a test never blocks
on a message box and can assert what the box would have said)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.main_window import MainWindow
from jitdesk.gui.pages.page import Page
from jitdesk.gui.pages.plan_page import PlanPage
from jitdesk.services.shop import Shop


@dataclass
class Modals:
    """What the modal dialogs were asked to show; questions are answered with `answer`."""

    questions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # warnings and critical boxes
    previews: list[Path] = field(default_factory=list)  # PDFs shown in PdfPreviewDialog
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes


def patch_modals(monkeypatch) -> Modals:
    modals = Modals()

    def question(_parent, _title, text, *_args, **_kwargs):
        modals.questions.append(text)
        return modals.answer

    def error(_parent, _title, text, *_args, **_kwargs):
        modals.errors.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", error)
    monkeypatch.setattr(QMessageBox, "critical", error)
    monkeypatch.setattr(QMessageBox, "information", error)
    monkeypatch.setattr(
        PdfPreviewDialog, "exec", lambda self: modals.previews.append(Path(self.path)) or 0
    )
    return modals


def make_window(qtbot, shop: Shop) -> MainWindow:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_nav(qtbot, window: MainWindow, title: str) -> Page:
    """Click the page `title` in the sidebar, as a person would."""
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        if item.text() == title:
            rect = window.nav.visualItemRect(item)
            qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            page = window.stack.currentWidget()
            assert page.title() == title
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=10_000)
            return page
    raise AssertionError(f"no page {title!r} in the navigation")


def status_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def wait_planned(qtbot, page: PlanPage) -> None:
    qtbot.waitUntil(lambda: page.plan is not None and not page.is_planning(), timeout=10_000)


def order_row(shop: Shop, order_id: int) -> dict:
    row = shop.db.execute(
        "SELECT number, status, notified_at FROM customer_orders WHERE id = ?", [order_id]
    ).fetchone()
    return {"number": row[0], "status": row[1], "notified_at": row[2]}


def supplier_order_status(shop: Shop, so_id: int) -> str:
    return shop.db.execute("SELECT status FROM supplier_orders WHERE id = ?", [so_id]).fetchone()[0]
