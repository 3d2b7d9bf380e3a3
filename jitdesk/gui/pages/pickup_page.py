"""The pickup counter: scan the code on a pickup notice (or type the order number), see the
items and the balance, take the payment, hand over. Then the field is ready for the next one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError, NotFoundError
from jitdesk.domain.filters import OrderFilter
from jitdesk.domain.numbering import CUSTOMER_ORDER, is_full_number, widest_number
from jitdesk.domain.telling import CallOutcome, TellChannel
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.dialogs.handover_dialog import HandoverDialog
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.order_table_model import (
    BALANCE,
    CUSTOMER,
    DATE,
    NUMBER,
    PAID,
    PROMISED,
    STATUS,
    TOTAL,
)
from jitdesk.gui.models.ready_table_model import TO_TELL, ReadyTableModel
from jitdesk.gui.pages.page import Page
from jitdesk.gui.telling_words import channel_with_call
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.search_box import SearchBox
from jitdesk.services import documents as docs
from jitdesk.services.handover import HandoverPreview, HandoverResult, handover_preview
from jitdesk.services.search import SCOPE_STATUSES, SearchScope, find_orders
from jitdesk.services.shop import Changes, Shop

STATUS_WORDS = {
    "completed": QT_TR_NOOP("was already handed over"),
    "cancelled": QT_TR_NOOP("was cancelled"),
}


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
                "Scan the code on the customer's pickup notice, or type the order &number, the "
                "customer's name, phone or e-mail: the list below shows what matches."
            ),
            self,
        )
        caption.setWordWrap(True)
        self.field = SearchBox(tr("Order number, name, phone or e-mail"), self)
        self.field.setPlaceholderText(tr("C-2026-0042, a name, a phone number or an e-mail"))
        big = self.field.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.field.setFont(big)
        # the whole hint in sight, in the longer languages too
        hint = self.field.placeholderText()
        self.field.setMaximumWidth(max(560, self.field.fontMetrics().horizontalAdvance(hint) + 40))
        caption.setBuddy(self.field)
        self.open_button = QPushButton(tr("&Open"), self)
        self.message = FieldMessage(self)
        self.partial_button = QPushButton(tr("&Hand over what is in…"), self)
        self.partial_button.hide()
        self.confirmation = QLabel(self)
        self.confirmation.setWordWrap(True)
        self.confirmation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_button = QPushButton(tr("Print &receipt"), self)
        self.receipt_button.hide()
        self.ready_caption = QLabel(self)
        self.ready_model = ReadyTableModel(shop, fmt, self)
        self.ready_table = QTableView(self)
        self.ready_table.setModel(self.ready_model)
        self.ready_table.setAccessibleName(tr("Orders ready for pickup"))
        self._set_up_ready_table()

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
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(10)
        column.addWidget(heading)
        column.addWidget(caption)
        column.addLayout(field_row)
        column.addWidget(self.message)
        column.addLayout(partial_row)
        column.addLayout(done_row)
        column.addSpacing(12)
        column.addWidget(self.ready_caption)
        column.addWidget(self.ready_table, 1)

        self.field.submitted.connect(self.submit)
        self.field.searched.connect(self.show_matches)
        self.field.textEdited.connect(lambda _t: self._clear_answer())
        self.open_button.clicked.connect(self.submit)
        self.partial_button.clicked.connect(self.hand_over_part)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.ready_table.activated.connect(self._on_ready_activated)

    def _set_up_ready_table(self) -> None:
        table = self.ready_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        for column in (STATUS, PROMISED, TOTAL, PAID):
            table.setColumnHidden(column, True)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        header.resizeSection(NUMBER, metrics.horizontalAdvance(widest_number(CUSTOMER_ORDER)) + 24)
        header.resizeSection(DATE, metrics.horizontalAdvance(self.fmt.date("2026-12-28")) + 40)
        header.resizeSection(BALANCE, metrics.horizontalAdvance(self.fmt.money(999_999_99)) + 24)
        widest = channel_with_call(TellChannel.PRINT, CallOutcome.LEFT_MESSAGE)
        header.resizeSection(TO_TELL, metrics.horizontalAdvance(widest) + 24)

    # -- page --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.show_matches(self.field.text())
        self.field.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # What was typed belongs to the customer who was at the counter then: the next visit
        # starts with the whole list of ready orders, not a filter nobody remembers typing.
        super().hideEvent(event)
        if not event.spontaneous():
            self.field.clear()
            self._clear_answer()
            self.mark_stale()

    def show_matches(self, text: str) -> None:
        """The orders ready to be collected; while something is typed, the orders still to
        be handed over that it finds (paged in SQL), newest first."""
        if not text.strip():
            self.ready_model.set_filter(OrderFilter(statuses=("ready",)))
            count = self.ready_model.total_count()
            self.ready_caption.setText(
                tr(
                    "Ready for pickup: %n order(s); double-click or Enter on one to hand it over.",
                    "",
                    count,
                )
                if count
                else tr("No order is ready for pickup.")
            )
            return
        self.ready_model.set_filter(
            OrderFilter(text=text, statuses=SCOPE_STATUSES[SearchScope.COUNTER])
        )
        count = self.ready_model.total_count()
        self.ready_caption.setText(
            tr(
                "%n order(s) to hand over match; double-click or Enter on one to open it.",
                "",
                count,
            )
            if count
            else tr("No order still to hand over matches this search.")
        )

    def submit(self) -> HandoverDialog | None:
        """Enter: a whole order number (what a scanner sends) opens at once; a search that
        finds exactly one order opens it; otherwise the list says what was found."""
        text = self.field.text()
        if not text.strip() or is_full_number(text):
            return self.look_up()
        self._clear_answer()
        found = find_orders(self.shop, text, SearchScope.COUNTER, limit=2)
        if found.only is not None:
            self.open_target(found.only.id)
            return self.look_up()
        if not found.total:
            return self._refuse(
                tr(
                    "Nothing still to hand over matches “{text}”. Type part of the order number, "
                    "the customer's name, phone or e-mail."
                ).format(text=text.strip())
            )
        return self._refuse(tr("Several orders match: pick one in the list below."))

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.customer_orders or changes.customers:
            self.mark_stale()

    def _on_ready_activated(self, index: QModelIndex) -> None:
        order_id = self.ready_model.order_id(index.row())
        if order_id is not None:
            self.open_target(order_id)
            self.look_up()

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
        dialog.changed.connect(self.changed)  # after `after_handover`: the dialog closes first
        dialog.rejected.connect(lambda: self.field.setFocus())
        dialog.open()
        return dialog

    def after_handover(self, dialog: HandoverDialog) -> None:
        result = dialog.result_
        if result is None:
            return
        self.last_number = result.number
        self.receipt_button.show()
        self.confirmation.setText(self._confirmation_text(dialog, result))
        self._clear_answer()
        self.field.clear()
        self.field.setFocus()
        self.statusMessage.emit(tr("{number} handed over.").format(number=result.number))
        self.reload()
        if dialog.print_receipt.isChecked():
            self.print_receipt()

    def _confirmation_text(self, dialog: HandoverDialog, result: HandoverResult) -> str:
        units = sum(result.handed.values())
        text = tr("✔ {number} handed over to {customer}: %n unit(s)", "", units).format(
            number=result.number, customer=dialog.preview.customer_name
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
        from jitdesk.documents.generate import generate_document

        if not self.last_number:
            return None
        number = self.last_number
        generated = run_action(
            self,
            lambda: generate_document(self.shop, docs.HANDOVER_RECEIPT, number),
            title=tr("Print receipt"),
        )
        if not generated:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        self.preview_dialog = PdfPreviewDialog(
            generated.value.path, self, tr("Receipt {number}").format(number=self.last_number)
        )
        self.preview_dialog.exec()
        self.field.setFocus()
        return generated.value.path
