"""Add a product to an order: scan a barcode, type a SKU + Enter, or pick from name matches.

A barcode scanner types like a keyboard and ends with Enter, so an exact SKU or barcode followed
by Enter adds the product at once; anything else shows the matching products to pick from.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services.catalog import Product, find_products, product_by_code
from jitdesk.services.shop import Shop

ID_ROLE = Qt.ItemDataRole.UserRole
SKU_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_MATCHES = 25


class ProductPicker(QWidget):
    productChosen = Signal(object)  # the Product chosen

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self._rows: dict[int, Product] = {}
        self._handled_by_completer = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(tr("Scan a barcode, or type a SKU or name and press Enter"))
        self.edit.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(SKU_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.returnPressed.connect(self._on_return)
        self.completer.activated[QModelIndex].connect(self._on_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter was handled by the field (returnPressed); it must not reach the dialog and
        press its default button, or scanning a code would save the order."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            event.accept()
            return
        super().keyPressEvent(event)

    def search(self, text: str) -> int:
        self.matches.clear()
        self._rows.clear()
        text = text.strip()
        if not text:
            return 0
        for row in find_products(self.shop, text, limit=MAX_MATCHES):
            label = f"{row.sku}  —  {row.name}  ({self.fmt.money(row.sale_price)})"
            item = QStandardItem(label)
            item.setData(row.id, ID_ROLE)
            item.setData(row.sku, SKU_ROLE)
            self._rows[row.id] = row
            self.matches.appendRow(item)
        return self.matches.rowCount()

    def add_code(self, text: str) -> bool:
        """What Enter does: an exact SKU/barcode is added, one match is added, else show matches."""
        text = text.strip()
        if not text:
            return False
        product = product_by_code(self.shop, text)
        if product is None or not product.active:
            count = self.search(text)
            if count == 1:
                product = next(iter(self._rows.values()))
            elif count > 1:
                self.message.show_message(
                    tr("{count} products match “{text}”; pick one from the list.").format(
                        count=count, text=text
                    )
                )
                self.completer.complete()
                return False
            else:
                self.message.show_message(
                    tr("No product has the code or name “{text}”.").format(text=text)
                )
                self.edit.selectAll()
                return False
        self._choose(product)
        return True

    def _choose(self, product: Product) -> None:
        self.completer.popup().hide()
        self.message.clear()
        self.edit.clear()
        self.matches.clear()
        self.productChosen.emit(product)

    def _on_text_edited(self, text: str) -> None:
        self.message.clear()
        self._handled_by_completer = False
        # Scanners type fast; only names need suggestions, codes resolve on Enter.
        if len(text.strip()) >= 2 and self.search(text):
            self.completer.complete()

    def _on_activated(self, index: QModelIndex) -> None:
        product = self._rows.get(index.data(ID_ROLE))
        if product is None:
            return
        self._handled_by_completer = True
        QTimer.singleShot(0, self._reset_flag)
        # The completer writes the SKU into the field after this; clear it afterwards.
        QTimer.singleShot(0, self.edit.clear)
        self._choose(product)

    def _reset_flag(self) -> None:
        self._handled_by_completer = False

    def _on_return(self) -> None:
        if self._handled_by_completer:
            self._handled_by_completer = False
            return
        self.add_code(self.edit.text())
