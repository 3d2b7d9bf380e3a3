"""The selected customer order beside the list: lines with their state, money, payments and
the timeline, and the actions on it (edit, reduce, cancel, print confirmation, payment, e-mail
the pickup notice of a ready order)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.statuses import Action, CustomerOrderStatus, customer_allows
from jitdesk.gui.action_runner import Outcome, WithChanges, finish_action, run_action
from jitdesk.gui.dialogs.payment_dialog import PaymentDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import LEFT, RIGHT, Column, RowsModel
from jitdesk.gui.models.order_table_model import late_tooltip, progress_text
from jitdesk.gui.telling_words import tell_by_text
from jitdesk.gui.widgets.enabling import Reason, first_reason, set_enabled
from jitdesk.gui.widgets.repeat_bar import RepeatBar
from jitdesk.services import shelves, telling
from jitdesk.services.documents import CONFIRMATION, PICKUP_NOTICE, REMINDER
from jitdesk.services.orders import OrderDetail, OrderDetailLine, order_detail
from jitdesk.services.reminders import current_pickup_by
from jitdesk.services.shop import Shop
from jitdesk.services.timeline import TimelineEntry, order_timeline
from jitdesk.services.webshop_import import check_import_warning, import_warning

if TYPE_CHECKING:  # the dialogs load when first opened, not with the page
    from jitdesk.gui.dialogs.call_dialog import CallDialog
    from jitdesk.gui.dialogs.impact_dialog import ImpactDialog
    from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
    from jitdesk.gui.dialogs.repeat_dialog import RepeatDialog

D = TypeVar("D", bound=QDialog)  # a dialog acting on the shown order

# Lines table
L_NO, L_ITEM, L_QTY, L_HANDED, L_IN_SHOP, L_ON_ORDER, L_WAITING, L_TOTAL = range(8)
LINE_TITLES = (
    "#",
    QT_TR_NOOP("Item"),
    QT_TR_NOOP("Qty"),
    QT_TR_NOOP("Handed"),
    QT_TR_NOOP("In shop"),
    QT_TR_NOOP("On order"),
    QT_TR_NOOP("Waiting"),
    QT_TR_NOOP("Total"),
)
# Payments table
P_WHEN, P_KIND, P_METHOD, P_AMOUNT = range(4)
PAYMENT_TITLES = (
    QT_TR_NOOP("Date"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Method"),
    QT_TR_NOOP("Amount"),
)
# Timeline table
T_WHEN, T_WHAT = range(2)
# the codes of domain/payments.py, in Qt's catalog
PAYMENT_WORDS = {
    "deposit": QT_TR_NOOP("Deposit"),
    "payment": QT_TR_NOOP("Payment"),
    "balance": QT_TR_NOOP("Balance paid"),
    "refund": QT_TR_NOOP("Refund"),
    "cash": QT_TR_NOOP("Cash"),
    "card": QT_TR_NOOP("Card"),
    "transfer": QT_TR_NOOP("Bank transfer"),
    "bank transfer": QT_TR_NOOP("Bank transfer"),
    "web shop": QT_TR_NOOP("Web shop"),
    "other": QT_TR_NOOP("Other"),
}
TIMELINE_TITLES = (QT_TR_NOOP("When"), QT_TR_NOOP("What"))
NOT_WAITING_FOR_PICKUP = QT_TR_NOOP(
    "Only an order that is ready and not yet collected can be reminded or kept longer."
)


def _cell(title: str, display, align: Qt.AlignmentFlag = LEFT) -> Column:
    """A column whose tooltip repeats the cell: the panel is narrow and cuts text off."""
    return Column(title, display, align, tooltip=display)


def _line_columns(fmt: ShopFormat) -> list[Column]:
    return [
        _cell(LINE_TITLES[L_NO], lambda line: str(line.line_no)),
        _cell(
            LINE_TITLES[L_ITEM],
            lambda line: f"{line.description or line.product_name} ({line.sku})",
        ),
        _cell(
            LINE_TITLES[L_QTY],
            lambda line: _qty(line.quantity, line.original_quantity),
            RIGHT,
        ),
        _cell(LINE_TITLES[L_HANDED], lambda line: str(line.handed), RIGHT),
        _cell(LINE_TITLES[L_IN_SHOP], lambda line: str(line.allocated), RIGHT),
        _cell(LINE_TITLES[L_ON_ORDER], lambda line: str(line.covered), RIGHT),
        _cell(LINE_TITLES[L_WAITING], lambda line: str(line.waiting), RIGHT),
        _cell(LINE_TITLES[L_TOTAL], lambda line: fmt.money(line.line_total), RIGHT),
    ]


def _payment_columns(fmt: ShopFormat) -> list[Column]:
    return [
        _cell(PAYMENT_TITLES[P_WHEN], lambda p: fmt.date(p.paid_at)),
        _cell(PAYMENT_TITLES[P_KIND], lambda p: tr(PAYMENT_WORDS.get(p.kind, p.kind))),
        _cell(PAYMENT_TITLES[P_METHOD], lambda p: tr(PAYMENT_WORDS.get(p.method, p.method))),
        _cell(PAYMENT_TITLES[P_AMOUNT], lambda p: fmt.money(p.amount), RIGHT),
    ]


def _table(model: QAbstractTableModel, name: str, parent: QWidget, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class OrderDetailPanel(QWidget):
    changed = Signal(object)  # Changes
    navigate = Signal(str, object)
    statusMessage = Signal(str)
    editRequested = Signal(int)  # order id

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.order_id: int | None = None
        self.detail: OrderDetail | None = None
        self.timeline: list[TimelineEntry] = []
        self.told = False  # the customer of the ready order shown was told
        self.impact_dialog: ImpactDialog | None = None
        self.payment_dialog: PaymentDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.repeat_dialog: RepeatDialog | None = None

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_note = QLabel(self)
        self.check_note.setWordWrap(True)
        self.check_note.setStyleSheet("color: #8a5300;")
        self.checked_button = QPushButton(tr("C&hecked"), self)
        self.checked_button.setToolTip(
            tr("You have checked this with the customer: the note goes away.")
        )
        self.check_row = QWidget(self)
        check_layout = QHBoxLayout(self.check_row)
        check_layout.setContentsMargins(0, 0, 0, 0)
        check_layout.addWidget(self.check_note, 1)
        check_layout.addWidget(self.checked_button)
        self.check_row.setVisible(False)
        self.money = QLabel(self)
        self.money.setWordWrap(True)
        self.money.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lines_model = RowsModel(_line_columns(fmt), parent=self)
        self.lines = _table(self.lines_model, tr("Order lines"), self, L_ITEM)
        self.payments_model = RowsModel(_payment_columns(fmt), parent=self)
        self.payments = _table(self.payments_model, tr("Payments"), self, P_METHOD)
        self.timeline_model = RowsModel(
            [
                _cell(TIMELINE_TITLES[T_WHEN], lambda entry: self._when(entry.at)),
                _cell(TIMELINE_TITLES[T_WHAT], lambda entry: entry.text),
            ],
            parent=self,
        )
        self.timeline_view = _table(self.timeline_model, tr("Timeline"), self, T_WHAT)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.timeline_view, tr("&Timeline"))
        self.tabs.addTab(self.payments, tr("Pa&yments"))

        self.edit_button = QPushButton(tr("&Edit…"), self)
        self.reduce_button = QPushButton(tr("Re&duce line…"), self)
        self.cancel_button = QPushButton(tr("Cance&l order…"), self)
        self.print_button = QPushButton(tr("&Print confirmation…"), self)
        self.payment_button = QPushButton(tr("Take pa&yment…"), self)
        self.email_button = QPushButton(tr("Email pic&kup notice…"), self)
        self.email_button.setToolTip(tr("E-mail the pickup notice of this ready order"))
        self.notice_button = QPushButton(tr("Pr&int pickup notice…"), self)
        self.notice_button.setToolTip(tr("Print the pickup notice of this ready order"))
        self.call_button = QPushButton(tr("Log a &call…"), self)
        self.call_button.setToolTip(tr("Note a phone call with the customer and how it went"))
        self.call_dialog: CallDialog | None = None
        self.extend_button = QPushButton(tr("E&xtend pickup-by…"), self)
        self.extend_button.setToolTip(tr("Keep this order longer for the customer"))
        self.remind_button = QPushButton(tr("Send &reminder…"), self)
        self.remind_button.setToolTip(tr("Remind the customer to collect this order"))
        self.emailing = False
        buttons = QGridLayout()
        for i, button in enumerate(
            (
                self.edit_button,
                self.reduce_button,
                self.cancel_button,
                self.payment_button,
                self.print_button,
                self.email_button,
                self.notice_button,
                self.call_button,
                self.extend_button,
                self.remind_button,
            )
        ):
            # two a row: three longer French or German labels side by side squeeze the list
            buttons.addWidget(button, i // 2, i % 2)
        self.repeat_bar = RepeatBar(shop, fmt, self)
        self.repeat_bar.changed.connect(self.changed)
        self.repeat_bar.statusMessage.connect(self.statusMessage)
        self.repeat_bar.repeatRequested.connect(self.repeat_order)
        self.empty = QLabel(tr("Select an order to see its lines and timeline."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(head)
        layout.addWidget(self.info)
        layout.addWidget(self.check_row)
        layout.addWidget(self.repeat_bar)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.money)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 3)
        self._content = [self.title, self.info, self.repeat_bar, self.lines, self.money, self.tabs]
        self._content += [buttons.itemAt(i).widget() for i in range(buttons.count())]

        self.edit_button.clicked.connect(self._edit)
        self.reduce_button.clicked.connect(self.reduce_line)
        self.cancel_button.clicked.connect(self.cancel_order)
        self.print_button.clicked.connect(self.print_confirmation)
        self.payment_button.clicked.connect(self.take_payment)
        self.email_button.clicked.connect(self.email_pickup_notice)
        self.notice_button.clicked.connect(self.print_pickup_notice)
        self.call_button.clicked.connect(self.log_call)
        self.extend_button.clicked.connect(self.extend_pickup_by)
        self.remind_button.clicked.connect(self.send_reminder)
        self.checked_button.clicked.connect(self.mark_import_checked)
        self.lines.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.timeline_view.activated.connect(self._on_timeline_activated)
        self.show_order(None)

    # -- showing -----------------------------------------------------------------------------
    def show_order(self, order_id: int | None) -> None:
        self.order_id = order_id
        self.detail = None
        self.told = False
        if order_id is not None:
            try:
                self.detail = order_detail(self.shop, order_id)
                self.timeline = order_timeline(self.shop, order_id)
            except JitdeskError:
                self.order_id, self.detail = None, None
        for widget in self._content:
            widget.setVisible(self.detail is not None)
        self.empty.setVisible(self.detail is None)
        self.check_row.setVisible(False)
        if self.detail is not None:
            self._fill(self.detail)
        self._update_buttons()
        # The info label wraps, and its height follows its text only once the layout runs:
        # run it now, so the panel never shows (or grabs) the previous order's line count.
        self.info.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def reload(self) -> None:
        self.show_order(self.order_id)

    def _fill(self, d: OrderDetail) -> None:
        h = d.header
        status = progress_text(d.state.progress, d.state.late)
        self.title.setText(f"{h.number} · {status}")
        self.title.setToolTip(late_tooltip(self.fmt, h.promised_date) if d.state.late else "")
        contact = " · ".join(x for x in (h.customer_phone, h.customer_email) if x)
        info = [f"<b>{_esc(h.customer_name)}</b>" + (f" · {_esc(contact)}" if contact else "")]
        info.append(
            tr("Ordered {date} · promised {promised}").format(
                date=self.fmt.date(h.order_date),
                promised=self.fmt.date(h.promised_date) or "—",
            )
        )
        place = (
            shelves.shelves_of(self.shop, [h.id]).get(h.id)
            if h.status == CustomerOrderStatus.READY
            else None
        )
        if place is not None:
            info.append(
                "<b>"
                + tr("On shelf {shelf} · %n bag(s)", "", place.bags).format(shelf=_esc(place.shelf))
                + "</b>"
            )
        if h.status == CustomerOrderStatus.READY:
            info.append(self._told_text(h.id))
        pickup = self._pickup_text(h)
        if pickup:
            info.append(pickup)
        if h.notes:
            info.append(_esc(h.notes))
        self.info.setText("<br>".join(info))
        warning = import_warning(self.shop, h.id)
        self.check_note.setText(tr("To check: {warning}").format(warning=warning))
        self.check_row.setVisible(bool(warning))
        self.money.setText(
            tr("Total {total} · paid {paid} · <b>balance {balance}</b>").format(
                total=self.fmt.money(d.total),
                paid=self.fmt.money(d.paid),
                balance=self.fmt.money(d.balance),
            )
        )
        self.lines_model.set_rows(d.lines)
        # A narrow panel: the item's name gets the room. Line numbers are implied by the row,
        # and "Handed" only matters once something was handed over.
        self.lines.setColumnHidden(L_NO, True)
        self.lines.setColumnHidden(L_HANDED, not any(line.handed for line in d.lines))
        self.lines.setWordWrap(True)
        self.lines.resizeRowsToContents()
        self.repeat_bar.show_order(h.id, h.status)
        self.payments_model.set_rows(d.payments)
        self.timeline_model.set_rows(self.timeline)
        self.timeline_view.scrollToBottom()

    def _told_text(self, order_id: int) -> str:
        """Whether the customer of a ready order was told, else how they want to be."""
        target = telling.tell_target(self.shop, order_id)
        self.told = target.told
        if target.told:
            return _esc(tr("The customer was told the order is ready."))
        return "<b>{}</b>".format(
            _esc(
                tr("Not told yet · {how}").format(
                    how=tell_by_text(target.channel, target.last_call)
                )
            )
        )

    def _pickup_text(self, h) -> str:
        """Until when a ready order is kept, and whether it was extended or reminded."""
        by = current_pickup_by(self.shop, h.id)
        if by is None:
            return ""
        parts = [tr("Pickup by {date}").format(date=self.fmt.date(by))]
        if h.pickup_extended_to:
            parts.append(tr("extended"))
        if h.reminded_at:
            parts.append(tr("reminded {date}").format(date=self._when(h.reminded_at)))
        return " · ".join(parts)

    def _when(self, at: str) -> str:
        if len(at) <= 10:
            return self.fmt.date(at)
        moment = datetime.fromisoformat(at)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        local = moment.astimezone()
        return f"{self.fmt.date(local.date())} {local:%H:%M}"

    def selected_line(self) -> OrderDetailLine | None:
        rows = self.lines.selectionModel().selectedRows()
        if rows:
            return self.lines_model.row(rows[0].row())
        if self.detail and len(self.detail.lines) == 1:
            return self.detail.lines[0]
        return None

    def _update_buttons(self) -> None:
        status = self.detail.header.status if self.detail else None
        line = self.selected_line() if self.detail else None
        chosen = (self.detail is not None, Reason.NO_ORDER)

        def allows(action: Action) -> tuple[bool, str]:
            return customer_allows(status, action), Reason.ORDER_CLOSED

        set_enabled(self.edit_button, first_reason(chosen, allows(Action.EDIT)))
        set_enabled(
            self.reduce_button,
            first_reason(
                chosen,
                allows(Action.REDUCE),
                (bool(line and line.quantity > line.handed), Reason.NOTHING_TO_REDUCE),
            ),
        )
        set_enabled(self.cancel_button, first_reason(chosen, allows(Action.CANCEL)))
        set_enabled(self.print_button, first_reason(chosen))
        set_enabled(
            self.payment_button,
            first_reason(
                chosen,
                allows(Action.TAKE_PAYMENT),
                (self.detail is not None and self.detail.balance > 0, Reason.FULLY_PAID),
            ),
        )
        set_enabled(
            self.email_button,
            first_reason(
                chosen,
                (customer_allows(status, Action.NOTIFY), Reason.NOT_READY),
                (not self.emailing, Reason.BUSY),
            ),
        )
        set_enabled(
            self.notice_button,
            first_reason(chosen, (customer_allows(status, Action.NOTIFY), Reason.NOT_READY)),
        )
        set_enabled(self.call_button, first_reason(chosen, allows(Action.CALL)))
        told = self.told and status == CustomerOrderStatus.READY
        self.email_button.setText(
            tr("Email pic&kup notice again…") if told else tr("Email pic&kup notice…")
        )
        self.notice_button.setText(
            tr("Pr&int pickup notice again…") if told else tr("Pr&int pickup notice…")
        )
        waiting = (customer_allows(status, Action.REMIND), NOT_WAITING_FOR_PICKUP)
        set_enabled(self.extend_button, first_reason(chosen, waiting))
        set_enabled(
            self.remind_button, first_reason(chosen, waiting, (not self.emailing, Reason.BUSY))
        )

    # -- actions -----------------------------------------------------------------------------
    def _edit(self) -> None:
        if self.order_id is not None:
            self.editRequested.emit(self.order_id)

    def reduce_line(self) -> ImpactDialog | None:
        from jitdesk.gui.dialogs.impact_dialog import ImpactDialog

        line = self.selected_line()
        if line is None:
            self.statusMessage.emit(tr("Select the line to reduce first."))
            return None
        return self._open_impact(ImpactDialog(self.shop, line=line, parent=self))

    def cancel_order(self) -> ImpactDialog | None:
        from jitdesk.gui.dialogs.impact_dialog import ImpactDialog

        if self.order_id is None:
            return None
        return self._open_impact(ImpactDialog(self.shop, order_id=self.order_id, parent=self))

    def _open_impact(self, dialog: ImpactDialog) -> ImpactDialog:
        if self.impact_dialog is not None:
            self.impact_dialog.deleteLater()
        self.impact_dialog = dialog
        dialog.accepted.connect(lambda: self._done(_impact_done_text(dialog)))
        dialog.changed.connect(self.changed)
        dialog.open()
        return dialog

    def mark_import_checked(self) -> None:
        if self.detail is None:
            return
        order_id = self.detail.header.id
        run_action(
            self,
            lambda: check_import_warning(self.shop, order_id),
            changed=self.changed,
            on_success=lambda _c: self._done(tr("import note checked")),
        )

    def take_payment(self) -> PaymentDialog | None:
        if self.detail is None:
            return None
        h = self.detail.header
        dialog = PaymentDialog(
            self.shop, self.fmt, h.id, h.number, self.detail.balance, parent=self
        )
        self.payment_dialog = self._open(dialog, tr("Payment recorded"), self.payment_dialog)
        return dialog

    def repeat_order(self) -> RepeatDialog | None:
        from jitdesk.gui.dialogs.repeat_dialog import RepeatDialog

        if self.detail is None:
            return None
        h = self.detail.header
        dialog = RepeatDialog(self.shop, self.fmt, h.id, h.number, parent=self)
        self.repeat_dialog = self._open(dialog, tr("repeat made"), self.repeat_dialog)
        return dialog

    def _open(self, dialog: D, done: str, previous: QWidget | None = None) -> D:
        """Open a dialog that acts on this order: when it is accepted the order is shown as it
        is now and `done` said; a dialog it replaces is let go."""
        if previous is not None:
            previous.deleteLater()
        dialog.accepted.connect(lambda: self._done(done))
        dialog.changed.connect(self.changed)  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    def _done(self, what: str) -> None:
        """After an action on the order: show it as it is now and say what was done (before
        the action's `changed` reaches the other pages)."""
        self.reload()
        number = self.detail.header.number if self.detail else ""
        self.statusMessage.emit(f"{number}: {what}.")

    def print_confirmation(self):
        from jitdesk.documents.generate import generate_document
        from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog

        if self.detail is None:
            return None
        number = self.detail.header.number
        generated = run_action(self, lambda: generate_document(self.shop, CONFIRMATION, number))
        if not generated:
            return None
        self.preview = PdfPreviewDialog(
            generated.value.path,
            self,
            tr("Order confirmation {number}").format(number=self.detail.header.number),
        )
        self.preview.exec()
        return generated.value.path

    def email_pickup_notice(self) -> None:
        """Through the mail server (in a worker; notified once the server accepted), else
        through the mail program (notified once the user says it was sent)."""
        from jitdesk.documents.generate import generate_document
        from jitdesk.gui.actions import email_actions
        from jitdesk.services.today import mark_notified

        if self.detail is None or not self.email_button.isEnabled():
            return
        number = self.detail.header.number
        if email_actions.smtp_configured(self.shop):
            job = email_actions.start_send(self, self.shop, PICKUP_NOTICE, number, self._emailed)
            if job is not None:
                self.emailing = True
                self._update_buttons()
                self.statusMessage.emit(tr("E-mailing the pickup notice of {0}…").format(number))
            return
        pdf = run_action(
            self,
            lambda: generate_document(self.shop, PICKUP_NOTICE, number).path,
            known=(OSError,),
        )
        if not pdf:
            return
        order_id = self.detail.header.id
        if email_actions.open_in_mail_program(
            self, self.shop, PICKUP_NOTICE, number, pdf.value
        ) and email_actions.confirm_notified(self, [number]):
            run_action(
                self,
                lambda: mark_notified(self.shop, [order_id]),
                changed=self.changed,
                on_success=lambda _c: self._done(tr("customer notified")),
            )

    def _emailed(self, outcome: Outcome) -> None:
        self.emailing = False
        if not outcome:
            self._update_buttons()
        finish_action(
            self,
            outcome,
            changed=self.changed,
            on_success=lambda sent: self._done(tr("pickup notice e-mailed to {0}").format(sent.to)),
            title=tr("E-mail pickup notice"),
            known=(OSError,),
        )

    def print_pickup_notice(self) -> Path | None:
        """Print the notice of a ready order: the first tells the customer, a later one is
        on the timeline as printed again."""
        from jitdesk.documents.generate import generate_document
        from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog

        if self.detail is None or not self.notice_button.isEnabled():
            return None
        h = self.detail.header
        generated = run_action(self, lambda: generate_document(self.shop, PICKUP_NOTICE, h.number))
        if not generated:
            return None
        path = generated.value.path
        self.preview = PdfPreviewDialog(
            path, self, tr("Pickup notice {number}").format(number=h.number)
        )
        self.preview.exec()
        order_id, again = h.id, self.told
        run_action(
            self,
            lambda: telling.notice_given(self.shop, order_id, telling.PRINTED),
            changed=self.changed,
            on_success=lambda _c: self._done(
                tr("pickup notice printed again") if again else tr("customer notified")
            ),
        )
        return path

    def log_call(self) -> CallDialog | None:
        from jitdesk.gui.dialogs.call_dialog import CallDialog

        if self.order_id is None or not self.call_button.isEnabled():
            return None
        dialog = CallDialog(self.shop, self.order_id, self)
        self.call_dialog = self._open(dialog, tr("call logged"), self.call_dialog)
        return dialog

    def extend_pickup_by(self) -> QWidget | None:
        from jitdesk.gui.dialogs.extend_pickup_dialog import ExtendPickupDialog

        if self.detail is None:
            return None
        h = self.detail.header
        by = current_pickup_by(self.shop, h.id)
        if by is None:
            return None
        return self._open(
            ExtendPickupDialog(self.shop, self.fmt, [(h.id, h.number, by)], self),
            tr("pickup-by extended"),
        )

    def send_reminder(self) -> None:
        """E-mail the reminder when the customer has an address and a mail server is set up
        (after asking: e-mail or print), else print it; either way the hold counts from today."""
        from jitdesk.gui.actions import email_actions

        if self.detail is None or not self.remind_button.isEnabled():
            return
        h = self.detail.header
        if h.customer_email and email_actions.smtp_configured(self.shop):
            box = QMessageBox(self)
            box.setWindowTitle(tr("Send reminder"))
            box.setText(
                tr("E-mail the reminder to {email}, or print it?").format(email=h.customer_email)
            )
            mail_button = box.addButton(tr("E-mail"), QMessageBox.ButtonRole.AcceptRole)
            print_button = box.addButton(tr("Print"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is mail_button:
                self._email_reminder(h.number)
                return
            if box.clickedButton() is not print_button:
                return
        self.print_reminder()

    def _email_reminder(self, number: str) -> None:
        from jitdesk.gui.actions import email_actions

        job = email_actions.start_send(self, self.shop, REMINDER, number, self._reminder_emailed)
        if job is not None:
            self.emailing = True
            self._update_buttons()
            self.statusMessage.emit(tr("E-mailing the reminder of {0}…").format(number))

    def _reminder_emailed(self, outcome: Outcome) -> None:
        self.emailing = False
        if not outcome:
            self._update_buttons()
        finish_action(
            self,
            outcome,
            changed=self.changed,
            on_success=lambda sent: self._done(tr("reminder e-mailed to {0}").format(sent.to)),
            title=tr("Send reminder"),
            known=(OSError,),
        )

    def print_reminder(self):
        """The reminder as a PDF, shown; the order counts as reminded (its hold from today)."""
        from jitdesk.documents.generate import generate_document
        from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
        from jitdesk.services.reminders import record_reminders

        if self.detail is None:
            return None
        h = self.detail.header

        def write_and_record() -> WithChanges:
            path = generate_document(self.shop, REMINDER, h.number).path
            return WithChanges(path, record_reminders(self.shop, [h.id]))

        done = run_action(
            self,
            write_and_record,
            changed=self.changed,
            title=tr("Send reminder"),
            known=(OSError,),
        )
        if not done or done.value is None:
            return None
        self._done(tr("reminder printed"))
        path = done.value.value
        self.preview = PdfPreviewDialog(path, self, tr("Reminder {number}").format(number=h.number))
        self.preview.open()
        return path

    def _on_timeline_activated(self, index: QModelIndex) -> None:
        entry = self.timeline_model.row(index.row())
        if isinstance(entry, TimelineEntry) and entry.page:
            self.navigate.emit(entry.page, entry.target)


def _impact_done_text(dialog: ImpactDialog) -> str:
    """What the status bar says once the impact was applied (not the dialog's title, which
    reads like a command: "C-2026-0042: Cancel order.")."""
    if dialog.line is None:
        return tr("order cancelled")
    return tr("line {no} reduced to {qty}").format(
        no=dialog.line.line_no, qty=dialog.quantity.value()
    )


def _qty(quantity: int, original: int) -> str:
    return str(quantity) if quantity == original else f"{quantity} (of {original})"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
