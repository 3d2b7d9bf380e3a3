"""Find a customer by name, phone or email as you type, or quick-add a new one."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.dialogs.customer_dialog import CustomerDialog
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services.customers import find_customers
from jitdesk.services.shop import Shop

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_MATCHES = 20


class CustomerPicker(QWidget):
    customerChanged = Signal(object)  # customer id or None

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self._customer_id: int | None = None
        self._customer_name = ""
        self._handled_by_completer = False

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("Type a name, phone or email"))
        self.edit.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.new_button = QPushButton(tr("New c&ustomer…"), self)
        self.new_button.setToolTip(tr("Add a customer who is not in the list yet"))
        self.message = FieldMessage(self)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.returnPressed.connect(self._on_return)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self.new_button.clicked.connect(self.quick_add)

    # -- public API --------------------------------------------------------------------------
    def customer_id(self) -> int | None:
        return self._customer_id

    def customer_name(self) -> str:
        return self._customer_name

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        self._customer_id = customer_id
        self._customer_name = name if customer_id is not None else ""
        self.edit.setText(self._customer_name)
        self.completer.popup().hide()
        self.message.clear()
        self.customerChanged.emit(customer_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter was handled by the field (returnPressed); it must not reach the dialog and
        press its default button, or scanning a code would save the order."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def search(self, text: str) -> int:
        """Fill the suggestions for `text`; returns how many customers match."""
        self.matches.clear()
        text = text.strip()
        if not text:
            return 0
        for row in find_customers(self.shop, text, limit=MAX_MATCHES):
            details = " · ".join(v for v in (row.phone, row.email) if v)
            item = QStandardItem(f"{row.name}  —  {details}" if details else row.name)
            item.setData(row.id, ID_ROLE)
            item.setData(row.name, NAME_ROLE)
            item.setToolTip(row.notes or details)
            self.matches.appendRow(item)
        return self.matches.rowCount()

    def quick_add(self) -> None:
        typed = self.edit.text().strip() if self._customer_id is None else ""
        dialog = CustomerDialog(self.shop, parent=self)
        if "@" in typed:
            dialog.email_edit.setText(typed)
        elif typed and re.fullmatch(r"[\d\s+()/-]+", typed):
            dialog.phone_edit.setText(typed)
        else:
            dialog.name_edit.setText(typed)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.customer_id is not None:
            self.set_customer(dialog.customer_id, dialog.customer_name)

    # -- internals ---------------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        if self._customer_id is not None and text != self._customer_name:
            self._customer_id = None
            self._customer_name = ""
            self.customerChanged.emit(None)
        self.message.clear()
        if self.search(text):
            self.completer.complete()

    def _on_activated(self, index: QModelIndex) -> None:
        customer_id = index.data(ID_ROLE)
        if customer_id is None:
            return
        self._handled_by_completer = True
        QTimer.singleShot(0, self._reset_completer_flag)
        self.set_customer(int(customer_id), index.data(NAME_ROLE))

    def _reset_completer_flag(self) -> None:
        self._handled_by_completer = False

    def _on_return(self) -> None:
        if self._handled_by_completer:  # the completer already chose; Enter reaches us too
            self._handled_by_completer = False
            return
        if self._customer_id is not None:
            return
        count = self.search(self.edit.text())
        if count == 1:
            item = self.matches.item(0)
            self.set_customer(int(item.data(ID_ROLE)), item.data(NAME_ROLE))
        elif count == 0:
            self.message.show_message(
                tr("No customer matches “{text}”; use New customer to add them.").format(
                    text=self.edit.text().strip()
                )
            )
        else:
            self.completer.complete()
