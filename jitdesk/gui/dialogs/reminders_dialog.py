"""Reminders: the uncollected orders near or past their pickup-by date, ticked to be reminded
(printed or e-mailed, many at once) or kept longer (the pickup-by date extended)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.progress import Progress
from jitdesk.gui.action_runner import WithChanges, run_action
from jitdesk.gui.background import run_with_progress
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import LEFT, RIGHT, Column, RowsModel
from jitdesk.gui.widgets.enabling import Reason, first_reason, set_enabled
from jitdesk.gui.widgets.results_panel import OPEN_FILE, ResultsPanel
from jitdesk.services.reminders import PRINTED, ReminderItem, due_reminders, record_reminders
from jitdesk.services.shop import Changes, Shop

R_ORDER, R_CUSTOMER, R_CONTACT, R_PICKUP_BY, R_WHEN, R_REMINDED, R_BALANCE = range(7)
NOTHING_TICKED = QT_TR_NOOP("Tick the orders to remind first.")
NO_EMAIL_TICKED = QT_TR_NOOP("None of the ticked customers has an e-mail address.")
NO_MAIL_SERVER = QT_TR_NOOP("No mail server is set up; enter it in Settings \u2192 Email.")


class RemindersModel(RowsModel):
    """The due orders, each with a tick box in its first column (all ticked at first)."""

    ticksChanged = Signal()

    def __init__(self, fmt: ShopFormat, today: date, parent=None) -> None:
        super().__init__(_columns(fmt, today), row_id=lambda item: item.order_id, parent=parent)
        self.ticked: set[int] = set()

    def set_rows(self, rows) -> None:
        super().set_rows(rows)
        self.ticked = {item.order_id for item in rows}
        self.ticksChanged.emit()

    def ticked_items(self) -> list[ReminderItem]:
        return [item for item in self.rows if item.order_id in self.ticked]

    def set_all(self, ticked: bool) -> None:
        self.ticked = {item.order_id for item in self.rows} if ticked else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.ticksChanged.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == R_ORDER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == R_ORDER:
            item = self.row(index.row())
            if item is None:
                return None
            on = item.order_id in self.ticked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.row(index.row())
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != R_ORDER or item is None:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(item.order_id)
        else:
            self.ticked.discard(item.order_id)
        self.dataChanged.emit(index, index)
        self.ticksChanged.emit()
        return True


def _columns(fmt: ShopFormat, today: date) -> list[Column]:
    def when(item: ReminderItem) -> str:
        left = item.days_left(today)
        if left < 0:
            return tr("%n day(s) ago", "", -left)
        if left == 0:
            return tr("today")
        return tr("in %n day(s)", "", left)

    return [
        Column(QT_TR_NOOP("Order"), lambda i: i.number),
        Column(QT_TR_NOOP("Customer"), lambda i: i.customer_name),
        Column(QT_TR_NOOP("Phone / e-mail"), lambda i: i.phone or i.email or "—"),
        Column(
            QT_TR_NOOP("Pickup by"),
            lambda i: fmt.date(i.pickup_by),
            tooltip=lambda i: tr("Extended by the owner") if i.extended else None,
            bold=lambda i: i.days_left(today) < 0,
        ),
        Column(QT_TR_NOOP("Due"), when, RIGHT, bold=lambda i: i.days_left(today) < 0),
        Column(
            QT_TR_NOOP("Last reminded"),
            lambda i: fmt.date(i.reminded_on) if i.reminded_on else "—",
            LEFT,
        ),
        Column(QT_TR_NOOP("Balance due"), lambda i: fmt.money(i.balance), RIGHT),
    ]


class RemindersDialog(QDialog):
    changed = Signal(object)  # Changes
    navigate = Signal(str, object)

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.preview: QDialog | None = None
        self.setWindowTitle(tr("Reminders"))
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.model = RemindersModel(fmt, shop.today(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Orders to remind"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(R_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_order)
        self.results = ResultsPanel(self)
        self.results.navigate.connect(self._navigate)
        self.all_button = QPushButton(tr("Tick &all"), self)
        self.none_button = QPushButton(tr("Tick &none"), self)
        self.print_button = QPushButton(tr("&Print reminders"), self)
        self.print_button.setToolTip(tr("One PDF with a reminder for each ticked order"))
        self.email_button = QPushButton(tr("E-&mail reminders…"), self)
        self.email_button.setToolTip(tr("E-mail a reminder to each ticked customer"))
        self.extend_button = QPushButton(tr("E&xtend pickup-by…"), self)
        self.extend_button.setToolTip(tr("Keep the ticked orders longer"))
        self.close_button = QPushButton(tr("&Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.print_button.clicked.connect(self.print_reminders)
        self.email_button.clicked.connect(self.email_reminders)
        self.extend_button.clicked.connect(self.extend)
        self.model.ticksChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.extend_button)
        row.addWidget(self.email_button)
        row.addWidget(self.print_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.results)
        layout.addLayout(row)
        self.resize(900, 480)
        self.reload()

    # -- showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        items = due_reminders(self.shop)
        self.model.set_rows(items)
        if items:
            text = tr(
                "%n order(s) not collected, near or past the pickup-by date. A reminder keeps "
                "the order for the customer for the shop's hold time from today.",
                "",
                len(items),
            )
        else:
            text = tr("No uncollected order is near or past its pickup-by date.")
        self.caption.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        from jitdesk.gui.actions.email_actions import smtp_configured

        ticked = self.model.ticked_items()
        some = (bool(ticked), NOTHING_TICKED)
        set_enabled(self.print_button, first_reason(some))
        set_enabled(self.extend_button, first_reason(some))
        set_enabled(
            self.email_button,
            first_reason(
                some,
                (any(item.email for item in ticked), NO_EMAIL_TICKED),
                (smtp_configured(self.shop), NO_MAIL_SERVER),
            ),
        )
        set_enabled(
            self.all_button, first_reason((bool(self.model.rows), Reason.NOTHING_IN_SECTION))
        )
        set_enabled(self.none_button, first_reason(some))

    def _open_order(self, index: QModelIndex) -> None:
        order_id = self.model.row_id(index.row())
        if order_id is not None:
            self._navigate("orders", order_id)

    def _navigate(self, key: str, target: object) -> None:
        self.navigate.emit(key, target)

    # -- actions -----------------------------------------------------------------------------
    def print_reminders(self) -> Path | None:
        """One PDF with the reminder of every ticked order; shown, then those orders count
        as reminded (their hold counts from today)."""
        items = self.model.ticked_items()
        if not items:
            return None
        numbers = [item.number for item in items]
        ids = [item.order_id for item in items]

        def write(progress: Progress) -> Path:
            from jitdesk.documents.generate import generate_reminders

            return generate_reminders(self.shop, numbers, progress).path

        def write_and_record() -> WithChanges[Path]:
            path = run_with_progress(self, tr("Reminders"), write)
            return WithChanges(path, record_reminders(self.shop, ids, PRINTED))

        done = run_action(self, write_and_record, changed=self.changed, title=tr("Reminders"))
        if not done or done.value is None:
            return None
        path = done.value.value
        self.reload()
        self.results.show_result(
            tr(
                "%n reminder(s) printed into {file}; they are kept for pickup from today.",
                "",
                len(ids),
            ).format(file=path.name),
            [
                (tr("Reminded:"), [(i.number, "orders", i.order_id) for i in items]),
                (
                    tr("Document:"),
                    [(path.name, OPEN_FILE, str(path)), (tr("All documents"), "documents", None)],
                ),
            ],
        )
        from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog(path, self, tr("Reminders"))
        self.preview.open()
        return path

    def email_reminders(self) -> None:
        from jitdesk.gui.actions import email_actions
        from jitdesk.services.email import REMINDER

        sending = {i.order_id: i.number for i in self.model.ticked_items() if i.email}
        if not sending:
            return
        email_actions.email_ready_pickup_notices(
            self,
            self.shop,
            self.changed,
            list(sending.values()),
            on_sent=lambda changes: self._emailed(sending, changes),
            kind=REMINDER,
        )

    def _emailed(self, sending: dict[int, str], changes: Changes) -> None:
        sent = [
            (order_id, sending[order_id])
            for order_id in sending
            if order_id in changes.customer_orders
        ]
        self.reload()
        self.results.show_result(
            tr("%n reminder(s) e-mailed; they are kept for pickup from today.", "", len(sent)),
            [(tr("Reminded:"), [(number, "orders", order_id) for order_id, number in sent])],
        )

    def extend(self) -> None:
        from jitdesk.gui.dialogs.extend_pickup_dialog import ExtendPickupDialog

        items = self.model.ticked_items()
        if not items:
            return
        dialog = ExtendPickupDialog(
            self.shop, self.fmt, [(i.order_id, i.number, i.pickup_by) for i in items], self
        )
        dialog.changed.connect(self.changed)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()


def open_reminders(
    parent: QWidget, shop: Shop, fmt: ShopFormat, changed, navigate
) -> RemindersDialog:
    """Show the Reminders dialog beside the window (not modal: an order it links to can be
    looked at while it stays open); what it changes goes to `changed`, its links to
    `navigate(page key, target)`."""
    dialog = RemindersDialog(shop, fmt, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(changed)
    dialog.navigate.connect(navigate)
    dialog.show()
    return dialog
