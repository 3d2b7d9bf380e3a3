"""Sending a draft supplier order: preview, print or save its PDF, then mark it sent.

An order below the supplier's minimum order value is only marked sent after the owner ticks
"send anyway" (the service is then told so with `allow_below_minimum`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.documents.generate import generate_document
from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pdf_preview import PdfPreviewDialog
from jitdesk.gui.widgets import FieldMessage, busy_cursor, show_error, tr
from jitdesk.services import documents as docs
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.supplier_orders import SupplierOrderDetail, mark_sent


class SendDialog(QDialog):
    def __init__(
        self,
        shop: Shop,
        fmt: ShopFormat,
        detail: SupplierOrderDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.detail = detail
        self.so_id: int = detail.header["id"]
        self.changes: Changes | None = None
        self._pdf: Path | None = None
        self.setWindowTitle(tr("Send {number}").format(number=detail.number))

        header = detail.header
        summary = QLabel(
            tr(
                "<b>{number}</b> to <b>{supplier}</b><br>{lines} line(s), value {value}"
                "<br>Expected if sent today: {expected}"
            ).format(
                number=_html(detail.number),
                supplier=_html(header["supplier_name"]),
                lines=len(detail.lines),
                value=self.fmt.money(detail.value),
                expected=self.fmt.long_date(header.get("expected_date")) or tr("not known"),
            ),
            self,
        )
        summary.setWordWrap(True)
        hint = QLabel(
            tr(
                "Print or save the order for the supplier, then mark it sent. Once sent it is locked."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.minimum_message = FieldMessage(self)
        self.send_anyway = QCheckBox(self)
        if detail.below_minimum:
            self.minimum_message.show_message(
                tr(
                    "This order is worth {value}, below {supplier}'s minimum order of {minimum}:"
                    " hold it until more is needed, or send it anyway."
                ).format(
                    value=self.fmt.money(detail.value),
                    supplier=header["supplier_name"],
                    minimum=self.fmt.money(detail.min_order_value),
                )
            )
            self.send_anyway.setText(
                tr("Send anyway, below the minimum of {minimum}").format(
                    minimum=self.fmt.money(detail.min_order_value)
                )
            )
        else:
            self.send_anyway.hide()

        self.preview_button = QPushButton(tr("Pre&view…"), self)
        self.print_button = QPushButton(tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(tr("Save P&DF…"), self)
        self.sent_button = QPushButton(tr("&Mark sent"), self)
        self.sent_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        documents = QHBoxLayout()
        documents.addWidget(self.preview_button)
        documents.addWidget(self.print_button)
        documents.addWidget(self.save_button)
        documents.addStretch(1)
        documents.addWidget(self.sent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.minimum_message)
        layout.addWidget(self.send_anyway)
        layout.addLayout(documents)
        layout.addWidget(buttons)

        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_pdf)
        self.sent_button.clicked.connect(self.mark_sent)
        self.send_anyway.toggled.connect(lambda _on: self._update())
        self._update()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _update(self) -> None:
        self.sent_button.setEnabled(not self.detail.below_minimum or self.send_anyway.isChecked())

    # -- the document ------------------------------------------------------------------------
    def pdf_path(self) -> Path | None:
        """The order's PDF, generated (and logged) once per dialog."""
        if self._pdf is None:
            try:
                with busy_cursor():
                    self._pdf = generate_document(
                        self.shop, docs.SUPPLIER_ORDER, self.detail.number
                    ).path
            except (JitdeskError, OSError) as exc:
                show_error(self, exc)
                return None
        return self._pdf

    def _viewer(self) -> PdfPreviewDialog | None:
        path = self.pdf_path()
        if path is None:
            return None
        return PdfPreviewDialog(path, self, title=self.detail.number)

    def preview(self) -> None:
        viewer = self._viewer()
        if viewer is not None:
            viewer.exec()

    def print_(self) -> bool:
        viewer = self._viewer()
        return bool(viewer is not None and viewer.print_())

    def save_pdf(self) -> Path | None:
        viewer = self._viewer()
        return viewer.save_as() if viewer is not None else None

    # -- sending -----------------------------------------------------------------------------
    def mark_sent(self) -> None:
        if not self.sent_button.isEnabled():
            return
        try:
            self.changes = mark_sent(
                self.shop, self.so_id, allow_below_minimum=self.send_anyway.isChecked()
            )
        except JitdeskError as exc:
            show_error(self, exc)
            return
        self.accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
