"""One supplier order: header, lines with the customers each serves, and what can be done in
its status. Drafts can be edited and sent; sent orders are locked (a note says why) and can be
cancelled, closed short or received; every action that puts customers back to waiting names
them before it is confirmed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.numbering import CUSTOMER_ORDER, widest_number
from jitdesk.domain.statuses import Action, SupplierOrderStatus, supplier_allows
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.dialogs.send_dialog import SendDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.models.supplier_order_model import (
    DESCRIPTION,
    FOR_CUSTOMERS,
    RECEIVED,
    SKU,
    TOTAL,
    UNIT_COST,
    UNITS,
    SupplierOrderLinesModel,
    line_customers,
    status_text,
)
from jitdesk.gui.widgets.capped_text import CappedText
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.list_view import keep_columns_fitted, list_view
from jitdesk.gui.widgets.owner_only import hide_cost_columns, offer_choice_text, sees_costs
from jitdesk.services import plan_views
from jitdesk.services import supplier_orders as so
from jitdesk.services.shop import Shop


class SupplierOrderDetailPanel(QWidget):
    changed = Signal(object)  # Changes
    statusMessage = Signal(str)
    navigate = Signal(str, object)

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.detail: so.SupplierOrderDetail | None = None
        self.send_dialog: SendDialog | None = None

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.flag = FieldMessage(self)
        self.lock_note = QLabel(self)
        self.lock_note.setWordWrap(True)

        self.lines = SupplierOrderLinesModel(fmt, self)
        self.table = list_view(self.lines, tr("Supplier order lines"), self)
        self._size_columns()
        # A line can be for hundreds of orders: the full list scrolls in a few lines' space.
        self.line_customers = CappedText(4, self)
        self.line_customers.setAccessibleName(tr("Customers of the selected line"))

        self.quantity_button = QPushButton(tr("Change &quantity…"), self)
        self.remove_button = QPushButton(tr("&Remove line…"), self)
        self.move_button = QPushButton(tr("Mo&ve to supplier…"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(tr("Notes for the supplier"))
        self.notes.setPlaceholderText(tr("Notes printed on the order for the supplier"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        self.save_notes_button = QPushButton(tr("Save &notes"), self)
        self.send_button = QPushButton(tr("&Send…"), self)
        self.cancel_button = QPushButton(tr("&Cancel order…"), self)
        self.close_short_button = QPushButton(tr("Close s&hort…"), self)
        self.receive_button = QPushButton(tr("Receive &delivery…"), self)

        line_bar = QHBoxLayout()
        line_bar.addWidget(self.quantity_button)
        line_bar.addWidget(self.remove_button)
        line_bar.addWidget(self.move_button)
        line_bar.addStretch(1)
        notes_caption = QLabel(tr("No&tes:"), self)
        notes_caption.setBuddy(self.notes)
        notes_row = QHBoxLayout()
        notes_row.addWidget(notes_caption, 0, Qt.AlignmentFlag.AlignTop)
        notes_row.addWidget(self.notes, 1)
        notes_row.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignTop)
        order_bar = QHBoxLayout()
        order_bar.addWidget(self.send_button)
        order_bar.addWidget(self.receive_button)
        order_bar.addStretch(1)
        order_bar.addWidget(self.close_short_button)
        order_bar.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.flag)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.line_customers)
        layout.addLayout(line_bar)
        layout.addLayout(notes_row)
        layout.addLayout(order_bar)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_line())
        self.quantity_button.clicked.connect(self.change_quantity)
        self.remove_button.clicked.connect(self.remove_line)
        self.move_button.clicked.connect(self.move_line)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.notes.textChanged.connect(self._update_buttons)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.cancel_order)
        self.close_short_button.clicked.connect(self.close_short)
        self.receive_button.clicked.connect(self.receive)
        self.show_order(None)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()

        def fit(text: str) -> int:
            return metrics.horizontalAdvance(text) + 24

        money = self.fmt.money(99_999_99)
        for column, sample in (
            (SKU, "SHM-BR-B01S-X"),
            (DESCRIPTION, "Brake pads Shimano B01S resin"),
            (UNITS, "99 × 12 = 1188"),
            (UNIT_COST, money),
            (TOTAL, money),
            (RECEIVED, "9999"),
        ):
            title = self.lines.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(fit(sample), fit(title)))
        header.resizeSection(
            FOR_CUSTOMERS, fit(f"{widest_number(CUSTOMER_ORDER)} Name Surname (9)")
        )
        keep_columns_fitted(self.table, (SKU, DESCRIPTION, UNITS, UNIT_COST, TOTAL, RECEIVED))

    # -- showing -----------------------------------------------------------------------------
    @property
    def so_id(self) -> int | None:
        return self.detail.header.id if self.detail else None

    def show_order(self, so_id: int | None) -> None:
        selected = self.table.currentIndex().row()
        self.detail = None
        if so_id is not None:
            try:
                self.detail = so.supplier_order_detail(self.shop, so_id)
            except JitdeskError as exc:
                self.statusMessage.emit(str(exc))
        detail = self.detail
        hide_cost_columns(self.shop, self.table, UNIT_COST, TOTAL)
        self.lines.set_lines(detail.lines if detail else [])
        if detail is None:
            self.title.setText(tr("No supplier order selected"))
            self.info.setText(tr("Choose an order in the list to see its lines and customers."))
            self.flag.clear()
            self.lock_note.hide()
            self.notes.blockSignals(True)
            self.notes.setPlainText("")
            self.notes.blockSignals(False)
        else:
            self._show_header(detail)
            if self.lines.rowCount():
                self.table.selectRow(min(max(selected, 0), self.lines.rowCount() - 1))
        self._show_line()
        self._update_buttons()

    def _show_header(self, detail: so.SupplierOrderDetail) -> None:
        header = detail.header
        self.title.setText(f"{detail.number} · {header.supplier_name}")
        status = status_text(
            detail.status,
            detail.late,
            supplier_allows(detail.status, Action.SEND) and detail.below_minimum,
        )
        expected = self.fmt.long_date(header.expected_date) or tr("not known")
        # The value and the supplier's minimum are at cost: a person who may not see costs
        # gets the order's status and the below-minimum flag without the amounts.
        costs = sees_costs(self.shop)
        if costs:
            text = tr("Status: {status} · Expected: {expected} · Value: {value}").format(
                status=status, expected=expected, value=self.fmt.money(detail.value)
            )
            if detail.min_order_value:
                text += tr(" (supplier minimum {minimum})").format(
                    minimum=self.fmt.money(detail.min_order_value)
                )
        else:
            text = tr("Status: {status} · Expected: {expected}").format(
                status=status, expected=expected
            )
        self.info.setText(text)
        if supplier_allows(detail.status, Action.SEND) and detail.below_minimum:
            self.flag.show_message(
                tr("Below the minimum of {minimum}: hold the draft or send anyway.").format(
                    minimum=self.fmt.money(detail.min_order_value)
                )
                if costs
                else tr("Below the supplier's minimum: hold the draft or send anyway.")
            )
        elif detail.late:
            self.flag.show_message(
                tr(
                    "Late: it was expected on {date}. The customers below are still waiting."
                ).format(date=expected)
            )
        else:
            self.flag.clear()
        if supplier_allows(detail.status, Action.EDIT_LINES):
            self.lock_note.hide()
        else:
            self.lock_note.setText(self._lock_text(detail))
            self.lock_note.show()
        self.notes.blockSignals(True)
        self.notes.setPlainText(header.notes or "")
        self.notes.blockSignals(False)

    def _lock_text(self, detail: so.SupplierOrderDetail) -> str:
        status = detail.status
        if supplier_allows(status, Action.CLOSE_SHORT):  # with the supplier, not finished
            sent = self.fmt.long_date(detail.header.sent_at)
            return tr(
                "Sent on {date}: the supplier has this order, so its lines and notes can no longer"
                " be changed. Cancel it or close it short instead."
            ).format(date=sent)
        return tr("This order is {status}; nothing about it can be changed any more.").format(
            status=status_text(status).lower()
        )

    def _show_line(self) -> None:
        line = self.current_line()
        if line is None:
            self.line_customers.setText("")
            self._update_buttons()
            return
        customers = line_customers(line)
        self.line_customers.setText(
            tr("{sku} is for: {customers}").format(
                sku=line.supplier_sku or line.sku, customers=customers or tr("nobody yet")
            )
        )
        self._update_buttons()

    def current_line(self) -> so.SupplierOrderLine | None:
        return self.lines.line(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        status = self.detail.status if self.detail else None
        draft = supplier_allows(status, Action.EDIT_LINES)
        has_line = self.current_line() is not None
        for button in (self.quantity_button, self.remove_button, self.move_button):
            button.setEnabled(draft and has_line)
        self.notes.setReadOnly(not draft)
        notes_changed = bool(
            self.detail and self.notes.toPlainText() != (self.detail.header.notes or "")
        )
        self.save_notes_button.setEnabled(draft and notes_changed)
        self.send_button.setEnabled(
            supplier_allows(status, Action.SEND) and self.lines.rowCount() > 0
        )
        self.cancel_button.setEnabled(supplier_allows(status, Action.CANCEL))
        self.close_short_button.setEnabled(supplier_allows(status, Action.CLOSE_SHORT))
        self.receive_button.setEnabled(supplier_allows(status, Action.RECEIVE))

    # -- after an action ---------------------------------------------------------------------
    def _done(self, message: str) -> None:
        """After an action on the order: show it as it is now and say what was done (before
        the action's `changed` reaches the other pages)."""
        self.show_order(self.so_id)
        if message:
            self.statusMessage.emit(message)

    def _run(self, action: Callable[[], so.EditResult]) -> None:
        """A supplier-order action that says what it did in its result's `message`."""
        run_action(self, action, changed=self.changed, on_success=lambda r: self._done(r.message))

    def _waiting_again(self) -> list[str]:
        """The customer lines whose units on this order would no longer come."""
        result = []
        for line in self.detail.lines if self.detail else []:
            for c in line.customers:
                if c.outstanding > 0 and c.order_status in ("open", "ready"):
                    result.append(
                        tr("{n} × {sku} for {number} ({customer})").format(
                            n=c.outstanding,
                            sku=line.sku,
                            number=c.order_number,
                            customer=c.customer_name,
                        )
                    )
        return result

    def _confirm(self, title: str, question: str, affected: list[str]) -> bool:
        text = question
        if affected:
            shown = affected[:15]
            text += "\n\n" + tr("These customers go back to waiting:") + "\n• " + "\n• ".join(shown)
            if len(affected) > len(shown):
                text += "\n" + tr("… and {n} more").format(n=len(affected) - len(shown))
        else:
            text += "\n\n" + tr("No customer is waiting for it.")
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- draft line actions ------------------------------------------------------------------
    def change_quantity(self) -> None:
        line = self.current_line()
        if line is None or not self.quantity_button.isEnabled():
            return
        value, ok = QInputDialog.getInt(
            self,
            tr("Change quantity"),
            tr("Units of {sku} (customers need {covered}; pack of {pack}):").format(
                sku=line.supplier_sku or line.sku,
                covered=line.covered,
                pack=line.pack_size,
            ),
            line.quantity,
            1,
            1_000_000,
        )
        if not ok or value == line.quantity:
            return
        self._run(lambda: so.set_line_quantity(self.shop, line.id, value))

    def remove_line(self) -> None:
        line = self.current_line()
        if line is None or not self.remove_button.isEnabled():
            return
        affected = [
            tr("{n} for {number} ({customer})").format(
                n=c.quantity, number=c.order_number, customer=c.customer_name
            )
            for c in line.customers
        ]
        question = tr("Remove {n} × {sku} from {number}?").format(
            n=line.quantity, sku=line.supplier_sku or line.sku, number=self.detail.number
        )
        if not self._confirm(tr("Remove line"), question, affected):
            return
        self._run(lambda: so.remove_line(self.shop, line.id))

    def move_line(self) -> None:
        line = self.current_line()
        if line is None or not self.move_button.isEnabled():
            return
        current = self.detail.header.supplier_id
        choices = [
            c
            for c in plan_views.offer_choices(self.shop, [line.product_id]).get(line.product_id, [])
            if c.supplier_id != current
        ]
        if not choices:
            QMessageBox.information(
                self,
                tr("Move to supplier"),
                tr(
                    "No other supplier has an active offer for {sku}; add one in the catalog."
                ).format(sku=line.sku),
            )
            return
        labels = [offer_choice_text(self.shop, self.fmt, c) for c in choices]
        label, ok = QInputDialog.getItem(
            self,
            tr("Move to supplier"),
            tr("Order {sku} from:").format(sku=line.sku),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return
        target = choices[labels.index(label)]
        self._run(lambda: so.move_line(self.shop, line.id, target.supplier_id))

    def save_notes(self) -> None:
        if self.so_id is None or not self.save_notes_button.isEnabled():
            return
        saved = tr("Notes of {number} saved.").format(number=self.detail.number)
        run_action(
            self,
            lambda: so.set_notes(self.shop, self.so_id, self.notes.toPlainText()),
            changed=self.changed,
            on_success=lambda _changes: self._done(saved),
        )

    # -- order actions -----------------------------------------------------------------------
    def send(self) -> SendDialog | None:
        if self.detail is None or not self.send_button.isEnabled():
            return None
        dialog = SendDialog(self.shop, self.fmt, self.detail, self)
        if self.send_dialog is not None:
            self.send_dialog.deleteLater()
        self.send_dialog = dialog
        dialog.accepted.connect(lambda: self._after_send(dialog))
        dialog.changed.connect(self.changed)
        dialog.open()
        return dialog

    def _after_send(self, dialog: SendDialog) -> None:
        if dialog.changes is not None:
            self._done(
                dialog.done_text
                or tr("{number} marked sent; it is locked now.").format(
                    number=dialog.detail.number
                ),
            )

    def cancel_order(self) -> None:
        if self.detail is None or not self.cancel_button.isEnabled():
            return
        question = tr("Cancel {number} ({supplier})?").format(
            number=self.detail.number, supplier=self.detail.header.supplier_name
        )
        if self.detail.status == SupplierOrderStatus.SENT:
            question += " " + tr("Tell the supplier too: it was already sent.")
        if not self._confirm(tr("Cancel supplier order"), question, self._waiting_again()):
            return
        so_id = self.detail.header.id
        self._run(lambda: so.cancel_supplier_order(self.shop, so_id))

    def close_short(self) -> None:
        if self.detail is None or not self.close_short_button.isEnabled():
            return
        question = tr(
            "Close {number} short? The rest will never come; what was received stays."
        ).format(number=self.detail.number)
        if not self._confirm(tr("Close short"), question, self._waiting_again()):
            return
        so_id = self.detail.header.id
        self._run(lambda: so.close_short(self.shop, so_id))

    def receive(self) -> None:
        if self.so_id is not None and self.receive_button.isEnabled():
            self.navigate.emit("receiving", self.so_id)
