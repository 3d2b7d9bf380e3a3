"""Deliveries: the ready orders to take to customers by a day (today unless another is chosen),
their delivery notes one by one or for the whole run, and "Delivered" when the goods are at
the customer's door (the counter's handover, with the balance taken there)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.action_runner import run_action
from jitdesk.gui.dialogs.delivered_dialog import DeliveredDialog
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.models.list_model import RIGHT, Column, RowsModel
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.delivery_fields import python_date
from jitdesk.gui.widgets.enabling import Reason, set_enabled
from jitdesk.services import documents as docs
from jitdesk.services.delivery import DeliveryRunItem, delivery_run
from jitdesk.services.handover import handover_preview
from jitdesk.services.shop import Changes, Shop

if TYPE_CHECKING:  # documents are generated on demand: the page loads without reportlab
    from jitdesk.documents.generate import GeneratedFile

DAY, NUMBER, CUSTOMER, PHONE, ADDRESS, BALANCE = range(6)
TITLES = (
    QT_TR_NOOP("Delivery date"),
    QT_TR_NOOP("Order"),
    QT_TR_NOOP("Customer"),
    QT_TR_NOOP("Phone"),
    QT_TR_NOOP("Address"),
    QT_TR_NOOP("Balance due"),
)


def _columns(fmt: ShopFormat) -> list[Column]:
    return [
        Column(TITLES[DAY], lambda r: fmt.date(r.delivery_date)),
        Column(TITLES[NUMBER], lambda r: r.number),
        Column(TITLES[CUSTOMER], lambda r: r.customer_name),
        Column(TITLES[PHONE], lambda r: r.customer_phone),
        Column(
            TITLES[ADDRESS],
            lambda r: ", ".join(r.address.splitlines()),
            tooltip=lambda r: r.address,
        ),
        Column(TITLES[BALANCE], lambda r: fmt.money(r.balance_due), RIGHT),
    ]


class DeliveriesPage(Page):
    key = "deliveries"

    @classmethod
    def title(cls) -> str:
        return tr("Deliveries")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.dialog: DeliveredDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        heading = QLabel(tr("Deliveries"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(fmt.locale.dateFormat(fmt.locale.FormatType.ShortFormat))
        self.day.setAccessibleName(tr("Deliveries due by"))
        day_caption = QLabel(tr("Ready orders to deliver &by:"), self)
        day_caption.setBuddy(self.day)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = RowsModel(_columns(fmt), row_id=lambda r: r.order_id, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Orders to deliver"))
        self._set_up_table()
        self.note_button = QPushButton(tr("Delivery &note"), self)
        self.run_button = QPushButton(tr("Print the &run"), self)
        self.delivered_button = QPushButton(tr("&Delivered…"), self)
        self.delivered_button.setToolTip(tr("Hand the chosen order over at the customer's door"))
        self.note_button.setToolTip(tr("The chosen order's delivery note, to print"))
        self.run_button.setToolTip(
            tr("Every listed order's delivery note in one PDF, in this order")
        )

        day_row = QHBoxLayout()
        day_row.addWidget(day_caption)
        day_row.addWidget(self.day)
        day_row.addSpacing(16)
        day_row.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delivered_button)
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.setSpacing(10)
        column.addWidget(heading)
        column.addLayout(day_row)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)

        self.day.userDateChanged.connect(lambda _d: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.activated.connect(lambda _i: self.deliver_selected())
        self.note_button.clicked.connect(self.print_note)
        self.run_button.clicked.connect(self.print_run)
        self.delivered_button.clicked.connect(self.deliver_selected)
        self._reset_day()

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Stretch)

    def _reset_day(self) -> None:
        today = self.shop.today()
        self.day.blockSignals(True)
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.blockSignals(False)

    # -- page --------------------------------------------------------------------------------
    def up_to(self) -> date:
        return python_date(self.day.date())

    def reload(self) -> None:
        rows = delivery_run(self.shop, self.up_to())
        self.model.set_rows(rows)
        day = self.fmt.long_date(self.up_to())
        if rows:
            self.summary.setText(
                tr("%n ready order(s) to deliver by {day}.", "", len(rows)).format(day=day)
            )
            self.table.selectRow(0)
        else:
            self.summary.setText(tr("No ready order is due for delivery by {day}.").format(day=day))
        self._enable()

    def refresh(self, changes: Changes | None = None) -> None:
        self.mark_stale()

    def selected(self) -> DeliveryRunItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = None if self.selected() is not None else Reason.NO_ORDER
        set_enabled(self.delivered_button, chosen)
        set_enabled(self.note_button, chosen)
        set_enabled(self.run_button, None if self.model.rows else Reason.NO_DELIVERY_DUE)

    # -- actions -----------------------------------------------------------------------------
    def deliver_selected(self) -> DeliveredDialog | None:
        item = self.selected()
        if item is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        preview = handover_preview(self.shop, item.order_id)
        dialog = DeliveredDialog(self.shop, preview, self.fmt, parent=self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._delivered(dialog))
        dialog.changed.connect(self.changed)
        dialog.open()
        return dialog

    def _delivered(self, dialog: DeliveredDialog) -> None:
        if dialog.result_ is not None:
            self.statusMessage.emit(tr("{number} delivered.").format(number=dialog.result_.number))

    def print_note(self) -> Path | None:
        from jitdesk.documents.generate import generate_document

        item = self.selected()
        if item is None:
            return None
        number = item.number
        return self._show(
            lambda: generate_document(self.shop, docs.DELIVERY_NOTE, number),
            tr("Delivery note {number}").format(number=number),
        )

    def print_run(self) -> Path | None:
        from jitdesk.documents.generate import generate_delivery_run

        day = self.up_to()
        return self._show(
            lambda: generate_delivery_run(self.shop, day),
            tr("Delivery run of {day}").format(day=self.fmt.long_date(day)),
        )

    def _show(self, generate: Callable[[], GeneratedFile], title: str) -> Path | None:
        generated = run_action(self, generate, title=title, known=(OSError,)).value
        if generated is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        self.preview_dialog = PdfPreviewDialog(generated.path, self, title)
        self.preview_dialog.open()
        return generated.path
