"""Documents: the log of generated PDFs, newest first; preview, open or show each in its folder.

A file that was moved or deleted since is listed as missing and cannot be opened.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.numbering import CUSTOMER_ORDER, widest_number
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import Column, PagedTableModel
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.enabling import Reason, first_reason, set_enabled
from jitdesk.services.documents import DocumentLogEntry, list_document_log
from jitdesk.services.shop import Changes, Shop

GENERATED, KIND, NUMBER, FILE, STATE = range(5)
LOG_LIMIT = 500
KIND_TITLES = {
    "supplier-order": QT_TR_NOOP("Supplier order"),
    "pickup-notice": QT_TR_NOOP("Pickup notice"),
    "confirmation": QT_TR_NOOP("Order confirmation"),
    "handover-receipt": QT_TR_NOOP("Handover receipt"),
    "order-labels": QT_TR_NOOP("Order labels"),
    "reminder": QT_TR_NOOP("Pickup reminder"),
}


class DocumentsPage(Page):
    key = "documents"

    @classmethod
    def title(cls) -> str:
        return tr("Documents")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.preview: PdfPreviewDialog | None = None
        self._entries: list[tuple[DocumentLogEntry, bool]] = []  # (entry, file exists)
        self.model = PagedTableModel(
            [
                Column(QT_TR_NOOP("Generated"), lambda e: self._when(e[0].generated_at)),
                Column(QT_TR_NOOP("Document"), lambda e: tr(KIND_TITLES.get(e[0].kind, e[0].kind))),
                Column(QT_TR_NOOP("Number"), lambda e: e[0].number),
                Column(
                    QT_TR_NOOP("File"), lambda e: e[0].path.name, tooltip=lambda e: str(e[0].path)
                ),
                Column(
                    QT_TR_NOOP("State"),
                    # Whether the generated file is still where it was written.
                    lambda e: tr("Saved") if e[1] else tr("Missing"),
                    dimmed=lambda e: not e[1],
                    tooltip=lambda e: (
                        tr("The file is in the documents folder.")
                        if e[1]
                        else tr("The file was moved or deleted since it was generated.")
                    ),
                ),
            ],
            lambda limit, offset: self._entries[offset : offset + limit],
            lambda: len(self._entries),
            row_id=lambda e: e[0].id,
            parent=self,
        )
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(tr("Only the documents of number… (e.g. C-2026-0042)"))
        self.number.setClearButtonEnabled(True)
        self.number.setAccessibleName(tr("Only the documents of number"))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Generated documents"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        header.resizeSection(
            GENERATED, metrics.horizontalAdvance(self._when("2026-12-28T23:59:00+00:00")) + 24
        )
        header.resizeSection(KIND, metrics.horizontalAdvance(tr("Order confirmation")) + 24)
        header.resizeSection(NUMBER, metrics.horizontalAdvance(widest_number(CUSTOMER_ORDER)) + 24)
        widest = max(
            metrics.horizontalAdvance(tr("Missing")), metrics.horizontalAdvance(tr("Saved"))
        )
        header.resizeSection(STATE, widest + 32)

        self.preview_button = QPushButton(tr("&Preview"), self)
        self.open_button = QPushButton(tr("&Open in PDF viewer"), self)
        self.folder_button = QPushButton(tr("Show in &folder"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.number, 2)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.number.returnPressed.connect(self.reload)
        self.number.textChanged.connect(lambda text: self.reload() if not text else None)
        self.table.activated.connect(lambda _i: self.preview_selected())
        self.preview_button.clicked.connect(self.preview_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self._update_buttons()

    def _when(self, timestamp: str) -> str:
        moment = datetime.fromisoformat(timestamp).astimezone()
        time = self.fmt.locale.toString(moment.time(), self.fmt.locale.FormatType.ShortFormat)
        return f"{self.fmt.date(moment.date())} {time}"

    def reload(self) -> None:
        number = self.number.text().strip() or None
        entries = list_document_log(self.shop, number=number, limit=LOG_LIMIT)
        self._entries = [(entry, entry.path.is_file()) for entry in entries]
        self.model.reload()
        count = len(self._entries)
        missing = sum(1 for _e, exists in self._entries if not exists)
        text = tr("%n document(s)", "", count)
        if count >= LOG_LIMIT:
            text = tr("the newest {count} documents").format(count=count)
        if missing:
            text += tr(", {missing} missing").format(missing=missing)
        self.count_label.setText(text)
        self._update_buttons()

    def refresh(self, changes: Changes | None = None) -> None:
        self.mark_stale()  # generating a document changes nothing else a Changes would name

    def focus_search(self) -> None:
        self.number.setFocus()
        self.number.selectAll()

    def selected(self) -> tuple[DocumentLogEntry, bool] | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        picked = (chosen is not None, Reason.NO_DOCUMENT)
        exists = first_reason(picked, (bool(chosen and chosen[1]), Reason.FILE_MISSING))
        set_enabled(self.preview_button, exists)
        set_enabled(self.open_button, exists)
        folder = bool(chosen) and chosen[0].path.parent.is_dir()
        set_enabled(self.folder_button, first_reason(picked, (folder, Reason.FOLDER_MISSING)))

    def _existing_path(self) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        if not chosen[0].path.is_file():
            self.statusMessage.emit(
                tr("{name} is missing: it was moved or deleted.").format(name=chosen[0].path.name)
            )
            self.reload()
            return None
        return chosen[0].path

    def preview_selected(self) -> PdfPreviewDialog | None:
        path = self._existing_path()
        if path is None:
            return None
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = PdfPreviewDialog(path, self)
        self.preview.open()
        return self.preview

    def open_selected(self) -> bool:
        path = self._existing_path()
        return bool(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_in_folder(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(chosen[0].path.parent)))
