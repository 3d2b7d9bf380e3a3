"""Confirm a reduction or a cancellation after reading what it will do (the impact).

For a reduction the new quantity is chosen here and the impact is recomputed as it changes;
OK applies exactly the impact shown (the service refuses if the order changed meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services import changes as svc
from jitdesk.services.orders import OrderDetailLine
from jitdesk.services.shop import Changes, Shop


class ImpactDialog(QDialog):
    changed = Signal(object)  # Changes, once the impact was applied

    def __init__(
        self,
        shop: Shop,
        *,
        order_id: int | None = None,
        line: OrderDetailLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Cancel the order `order_id`, or reduce `line` (a row of order_detail's lines)."""
        super().__init__(parent)
        self.shop = shop
        self.order_id = order_id
        self.line = line
        self.impact: svc.Impact | None = None
        self.changes: Changes | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.quantity = QSpinBox(self)
        self.quantity.setAccessibleName(tr("New quantity"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(tr("What will happen"))
        self.message = FieldMessage(self)
        self.buttons, self.ok = dialog_buttons(self, on_accept=self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if line is not None:
            form = QFormLayout()
            form.addRow(tr("&New quantity:"), self.quantity)
            layout.addLayout(form)
            handed = line.handed
            self.quantity.setRange(handed, max(handed, line.quantity - 1))
            self.quantity.setValue(max(handed, line.quantity - 1))
            self.quantity.setSuffix(" " + (line.unit or ""))
            self.setWindowTitle(tr("Reduce line {no}").format(no=line.line_no))
            self.intro.setText(
                tr("Line {no}: {name}, {qty} ordered, {handed} handed over.").format(
                    no=line.line_no,
                    name=line.description or line.product_name,
                    qty=line.quantity,
                    handed=handed,
                )
            )
            self.ok.setText(tr("&Reduce"))
            self.quantity.valueChanged.connect(lambda _v: self.update_impact())
        else:
            self.quantity.hide()
            self.setWindowTitle(tr("Cancel order"))
            self.intro.setText(tr("Cancelling the order will do this:"))
            self.ok.setText(tr("Cancel &order"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Keep as is"))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self.update_impact()

    def update_impact(self) -> None:
        self.message.clear()
        try:
            if self.line is not None:
                self.impact = svc.preview_reduce(self.shop, self.line.id, self.quantity.value())
            else:
                self.impact = svc.preview_cancel_order(self.shop, self.order_id)
        except JitdeskError as exc:
            self.impact = None
            self.text.clear()
            self.message.show_message(str(exc))
        else:
            self.text.setPlainText(self.impact.text or tr("Nothing else changes."))
        self.ok.setEnabled(self.impact is not None)

    def sentences(self) -> list[str]:
        return list(self.impact.sentences) if self.impact else []

    def apply(self) -> None:
        if self.impact is None:
            return
        impact, quantity = self.impact, self.quantity.value()

        def apply_impact() -> Changes:
            if self.line is not None:
                return svc.apply_reduce(self.shop, self.line.id, quantity, impact)
            return svc.apply_cancel_order(self.shop, self.order_id, impact)

        run_action(
            self,
            apply_impact,
            changed=self.changed,
            on_success=self._applied,
            on_error=self._refused,
        )

    def _applied(self, changes: Changes) -> None:
        self.changes = changes
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.message.show_message(str(exc))
        self.update_impact_keep_message(str(exc))

    def update_impact_keep_message(self, text: str) -> None:
        """Show the fresh impact (the order changed) with the reason OK was refused."""
        self.update_impact()
        self.message.show_message(text)
