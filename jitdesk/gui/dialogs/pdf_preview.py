"""Preview a generated PDF (QPdfView), print it, open it in the system viewer, save a copy.

Printing renders each page at the printer's own resolution, band by band, so a 1200 dpi
printer gets sharp pages without holding a 500 MB image in memory.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

BAND_HEIGHT = 1024  # device pixels rendered at a time while printing
ZOOM_STEP = 1.25


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages (or the printer's page range) onto `printer`; returns the
    number of pages printed. Each page is scaled to fit the printable area, centred."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count) if last else count) if first else range(count)
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    printed = 0
    try:
        area = printer.pageLayout().paintRectPixels(dpi)
        for index in pages:
            if printed:
                printer.newPage()
            _paint_page(painter, document, index, dpi, QSize(area.width(), area.height()))
            printed += 1
    finally:
        painter.end()
    return printed


def _paint_page(
    painter: QPainter, document: QPdfDocument, index: int, dpi: int, area: QSize
) -> None:
    points = document.pagePointSize(index)
    full = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    full = full.scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    x0 = (area.width() - full.width()) // 2
    y0 = (area.height() - full.height()) // 2
    for top in range(0, full.height(), BAND_HEIGHT):
        band = QRect(0, top, full.width(), min(BAND_HEIGHT, full.height() - top))
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(band)
        image = document.render(index, band.size(), options)
        painter.drawImage(x0, y0 + top, image)


class PdfPreviewDialog(QDialog):
    """A PDF on screen with Print, Open in PDF viewer, Save as… and zoom."""

    def __init__(self, path: str | Path, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.printer: QPrinter | None = None  # kept between prints (settings survive)
        self.setWindowTitle(title or self.path.name)
        self.resize(820, 960)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.load(self.path)

    def load(self, path: Path) -> bool:
        self.path = Path(path)
        error = self.document.load(str(self.path))
        ok = error == QPdfDocument.Error.None_
        pages = self.document.pageCount()
        self.status.setText(
            self.tr("{0} · %n page(s)", "", pages).format(self.path.name)
            if ok
            else self.tr("{0} could not be opened as a PDF.").format(self.path.name)
        )
        for action in (self.print_action, self.save_action):
            action.setEnabled(ok)
        return ok

    def _action(self, text: str, shortcut, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts(
            QKeySequence.keyBindings(shortcut)
            if isinstance(shortcut, QKeySequence.StandardKey)
            else [QKeySequence(shortcut)]
        )
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip or text} ({action.shortcut().toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = self._action(
            self.tr("Print…"), QKeySequence.StandardKey.Print, self.print_
        )
        self.open_action = self._action(
            self.tr("Open in PDF viewer"), QKeySequence("Ctrl+Shift+O"), self.open_external
        )
        self.save_action = self._action(
            self.tr("Save as…"), QKeySequence.StandardKey.SaveAs, self.save_as
        )
        if self.save_action.shortcut().isEmpty():  # no standard Save As key on this platform
            self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / ZOOM_STEP)
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(ZOOM_STEP)
        )
        # Ctrl+= as well: on most layouts "+" needs Shift
        self.zoom_in_action.setShortcuts([*self.zoom_in_action.shortcuts(), QKeySequence("Ctrl+=")])
        self.fit_action = self._action(self.tr("Fit width"), QKeySequence("Ctrl+0"), self.fit_width)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.close_action = self._action(
            self.tr("Close"), QKeySequence.StandardKey.Close, self.reject
        )

    # --- actions ---------------------------------------------------------------------------

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(current * factor, 8.0)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def print_(self) -> bool:
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName(self.path.stem)
        dialog = QPrintDialog(self.printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            print_pdf(self.document, self.printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Print"), str(exc))
            return False
        return True

    def open_external(self) -> bool:
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.resolve())))
        if not ok:
            QMessageBox.information(
                self,
                self.tr("Open in PDF viewer"),
                self.tr("No PDF viewer could be started; the file is {0}.").format(self.path),
            )
        return ok

    def save_as(self) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF as"), str(self.path), self.tr("PDF files (*.pdf)")
        )
        if not target:
            return None
        destination = Path(target)
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_name(destination.name + ".pdf")
        try:
            if destination.resolve() != self.path.resolve():
                shutil.copyfile(self.path, destination)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as"),
                self.tr("Could not save {0}: {1}.").format(destination, exc.strerror or exc),
            )
            return None
        return destination
