"""The PDF preview: shows the document, prints through QPrinter, opens and saves copies."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from jitdesk.documents.models import ShopInfo, SupplierOrderDoc, SupplierOrderLine
from jitdesk.documents.supplier_order import supplier_order_pdf
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog, print_pdf


@pytest.fixture
def pdf_path(tmp_path):
    lines = tuple(
        SupplierOrderLine(f"SKU-{i}", f"Part {i}", 2, 1, 150) for i in range(1, 90)
    )  # three pages
    order = SupplierOrderDoc(
        ShopInfo("Velo"), "P-2026-0017", date(2026, 11, 25), "Acme", lines=lines
    )
    path = tmp_path / "P-2026-0017 Acme.pdf"
    supplier_order_pdf(order, path)
    return path


@pytest.fixture
def dialog(qtbot, pdf_path):
    dlg = PdfPreviewDialog(pdf_path)
    qtbot.addWidget(dlg)
    return dlg


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def _dark_pixels(image: QImage) -> int:
    small = image.scaled(120, 170).convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if small.pixelColor(x, y).value() < 128
    )


def test_the_preview_shows_every_page(dialog):
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 3
    assert "3 pages" in dialog.status.text()
    assert dialog.print_action.isEnabled()


def test_a_file_that_is_not_a_pdf_is_reported_not_crashed(qtbot, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    dlg = PdfPreviewDialog(bad)
    qtbot.addWidget(dlg)
    assert "could not be opened" in dlg.status.text()
    assert not dlg.print_action.isEnabled()


def test_printing_to_a_pdf_file_renders_every_page(dialog, tmp_path):
    out = tmp_path / "printed.pdf"
    assert print_pdf(dialog.document, _pdf_printer(out)) == 3
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == 3
    page = printed.render(0, printed.pagePointSize(0).toSize() * 2)
    assert _dark_pixels(page) > 100  # the table and header are on the printed page


def test_print_action_uses_the_print_dialog_and_its_page_range(dialog, tmp_path, monkeypatch):
    out = tmp_path / "range.pdf"
    dialog.printer = _pdf_printer(out)
    dialog.printer.setFromTo(2, 3)
    seen = []

    def accept(self):
        seen.append(self.printer())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert dialog.print_() is True
    assert seen == [dialog.printer]
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == 2


def test_cancelling_the_print_dialog_prints_nothing(dialog, tmp_path, monkeypatch):
    out = tmp_path / "none.pdf"
    dialog.printer = _pdf_printer(out)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.print_() is False
    assert not out.exists()


def test_open_in_pdf_viewer_hands_the_file_to_the_desktop(dialog, pdf_path, monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    dialog.open_action.trigger()
    assert [u.toLocalFile() for u in urls] == [str(pdf_path.resolve())]


def test_save_as_copies_the_pdf_and_adds_the_extension(dialog, pdf_path, tmp_path, monkeypatch):
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert dialog.save_as() == tmp_path / "copy.pdf"
    assert (tmp_path / "copy.pdf").read_bytes() == pdf_path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.save_as() is None


def test_zoom_shortcuts_change_the_zoom(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    before = dialog.view.zoomFactor()
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    qtbot.keyClick(dialog, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25 * 1.25)
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth
