"""The pickup counter: scan the code on a pickup notice (or type the order number), see the
items and the balance, take the payment, hand over. Then the field is ready for the next one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.documents.generate import generate_document
from jitdesk.domain.errors import JitdeskError, NotFoundError
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.handover_dialog import HandoverDialog
from jitdesk.gui.page import Page
from jitdesk.gui.pdf_preview import PdfPreviewDialog
from jitdesk.gui.widgets import FieldMessage, busy_cursor, show_error, tr
from jitdesk.services import documents as docs
from jitdesk.services.handover import HandoverPreview, HandoverResult, handover_preview
from jitdesk.services.shop import Shop

STATUS_WORDS = {"completed": "was already handed over", "cancelled": "was cancelled"}


def normalise_number(text: str) -> str:
    """What a scanner or a person typed, as an order number: no spaces, upper case."""
    return "".join(text.split()).upper()


class PickupPage(Page):
    key = "pickup"

    @classmethod
    def title(cls) -> str:
        return tr("Pickup counter")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.dialog: HandoverDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.pending: HandoverPreview | None = None  # a not-ready order that has units in
        self.last_number: str | None = None  # the last order handed over (for its receipt)

        heading = QLabel(tr("Pickup counter"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        caption = QLabel(
            tr(
                "Scan the code on the customer's pickup notice, or type the order &number and "
                "press Enter."
            ),
            self,
        )
        caption.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("C-2026-0042")
        self.field.setAccessibleName(tr("Order number"))
        self.field.setClearButtonEnabled(True)
        big = self.field.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.field.setFont(big)
        self.field.setMaximumWidth(560)
        caption.setBuddy(self.field)
        self.open_button = QPushButton(tr("&Open"), self)
        self.message = FieldMessage(self)
        self.partial_button = QPushButton(tr("&Hand over what is in…"), self)
        self.partial_button.hide()
        self.confirmation = QLabel(self)
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_button = QPushButton(tr("Print &receipt"), self)
        self.receipt_button.setEnabled(False)

        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.open_button)
        field_row.addStretch(0)
        partial_row = QHBoxLayout()
        partial_row.addWidget(self.partial_button)
        partial_row.addStretch(1)
        done_row = QHBoxLayout()
        done_row.addWidget(self.confirmation, 1)
        done_row.addWidget(self.receipt_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(heading)
        column.addWidget(caption)
        column.addLayout(field_row)
        column.addWidget(self.message)
        column.addLayout(partial_row)
        column.addSpacing(16)
        column.addLayout(done_row)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addLayout(column, 1)
        outer.setContentsMargins(24, 24, 24, 24)

        self.field.returnPressed.connect(self.look_up)
        self.field.textEdited.connect(lambda _t: self._clear_answer())
        self.open_button.clicked.connect(self.look_up)
        self.partial_button.clicked.connect(self.hand_over_part)
        self.receipt_button.clicked.connect(self.print_receipt)

    # -- page --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.field.setFocus()

    def focus_search(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def open_target(self, target: object) -> None:
        number = target
        if isinstance(target, int):
            try:
                number = handover_preview(self.shop, target).number
            except JitdeskError:
                return
        if isinstance(number, str):
            self.field.setText(normalise_number(number))
            self._clear_answer()
            self.field.setFocus()

    def _clear_answer(self) -> None:
        self.message.clear()
        self.partial_button.hide()
        self.pending = None

    # -- looking up --------------------------------------------------------------------------
    def look_up(self) -> HandoverDialog | None:
        """The number in the field: open the handover, or say at the field why not."""
        self._clear_answer()
        number = normalise_number(self.field.text())
        if not number:
            return self._refuse(
                tr(
                    "Scan the code on the pickup notice or type the order number, such as "
                    "C-2026-0042."
                )
            )
        self.field.setText(number)
        try:
            preview = handover_preview(self.shop, number)
        except NotFoundError:
            return self._refuse(tr("{number} does not exist.").format(number=number))
        except JitdeskError as exc:
            return self._refuse(str(exc))
        if preview.status in STATUS_WORDS:
            return self._refuse(
                tr("{number} {what}.").format(number=number, what=tr(STATUS_WORDS[preview.status]))
            )
        if not preview.complete:
            items_in = sum(1 for item in preview.items if item.missing == 0)
            self._refuse(
                tr("{number} is not ready yet: {n} of {total} items are in.").format(
                    number=number, n=items_in, total=len(preview.items)
                )
            )
            if preview.units_available:
                self.pending = preview
                self.partial_button.show()
            return None
        return self._open_dialog(preview, partial=False)

    def _refuse(self, text: str) -> None:
        self.message.show_message(text)
        self.field.setFocus()
        self.field.selectAll()
        return None

    def hand_over_part(self) -> HandoverDialog | None:
        if self.pending is None:
            return None
        return self._open_dialog(self.pending, partial=True)

    def _open_dialog(self, preview: HandoverPreview, *, partial: bool) -> HandoverDialog:
        """Window-modal, no nested event loop; completing it comes back to `after_handover`."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = HandoverDialog(self.shop, preview, self.fmt, partial=partial, parent=self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.after_handover(dialog))
        dialog.rejected.connect(lambda: self.field.setFocus())
        dialog.open()
        return dialog

    def after_handover(self, dialog: HandoverDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        self.last_number = result.number
        self.receipt_button.setEnabled(True)
        self.confirmation.setText(self._confirmation_text(dialog, result))
        self._clear_answer()
        self.field.clear()
        self.field.setFocus()
        self.statusMessage.emit(tr("{number} handed over.").format(number=result.number))
        self.changed.emit(result.changes)
        if dialog.print_receipt.isChecked():
            self.print_receipt()

    def _confirmation_text(self, dialog: HandoverDialog, result: HandoverResult) -> str:
        units = sum(result.handed.values())
        text = tr("✔ {number} handed over to {customer}: {units} unit(s)").format(
            number=result.number, customer=dialog.preview.customer_name, units=units
        )
        if result.paid_now:
            text += tr(", {amount} paid by {method}").format(
                amount=self.fmt.money(result.paid_now),
                method=dialog.method.currentText().lower(),
            )
        if result.status == "completed":
            text += tr("; the order is completed.")
        else:
            text += tr("; the rest of the order stays on order.")
        for warning in result.changes.warnings:
            text += "\n" + warning
        return text

    # -- receipt -----------------------------------------------------------------------------
    def print_receipt(self) -> Path | None:
        if not self.last_number:
            return None
        try:
            with busy_cursor():
                generated = generate_document(self.shop, docs.HANDOVER_RECEIPT, self.last_number)
        except JitdeskError as exc:
            show_error(self, exc, tr("Print receipt"))
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        self.preview_dialog = PdfPreviewDialog(
            generated.path, self, tr("Receipt {number}").format(number=self.last_number)
        )
        self.preview_dialog.exec()
        self.field.setFocus()
        return generated.path
