"""Delivered: the counter's handover dialog, for goods handed over at the customer's door.
The balance is taken there; the handover and the delivery are recorded together."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jitdesk.gui.dialogs.handover_dialog import HandoverDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.services.delivery import mark_delivered
from jitdesk.services.handover import HandoverPreview, HandoverResult
from jitdesk.services.shop import Shop


class DeliveredDialog(HandoverDialog):
    def __init__(
        self,
        shop: Shop,
        preview: HandoverPreview,
        fmt: ShopFormat,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(shop, preview, fmt, parent=parent)
        self.setWindowTitle(tr("Delivered: {number}").format(number=preview.number))
        self.complete_button.setText(tr("&Delivered"))
        self.print_receipt.setChecked(False)
        self.print_receipt.hide()  # the signed delivery note is the customer's receipt

    def record(self, payment: int, method: str, lines: dict[int, int] | None) -> HandoverResult:
        return mark_delivered(self.shop, self.preview.order_id, payment, method)
