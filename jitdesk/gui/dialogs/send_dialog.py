"""Sending a draft supplier order: preview, print or save its PDF, then mark it sent; or e-mail
it to the supplier.

An order below the supplier's minimum order value is only marked sent after the owner ticks
"send anyway" (the service is then told so with `allow_below_minimum`); e-mailing needs the same.

"Email to supplier…" sends through the mail server when one is set up (in a worker; the service
marks the order sent only once the server accepted the message). Without one it opens the mail
program with a prepared message and shows the PDF in the file manager; the user attaches it,
sends it and then presses Mark sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.action_runner import Outcome, finish_action, run_action
from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.enabling import Reason, first_reason, set_enabled
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.owner_only import sees_costs
from jitdesk.services import documents as docs
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.supplier_orders import SupplierOrderDetail, mark_sent


class SendDialog(QDialog):
    changed = Signal(object)  # Changes, once the order is marked sent

    def __init__(
        self,
        shop: Shop,
        fmt: ShopFormat,
        detail: SupplierOrderDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shop = shop
        self.fmt = fmt
        self.detail = detail
        self.so_id: int = detail.header.id
        self.changes: Changes | None = None
        self.done_text = ""
        self.busy = False
        self._pdf: Path | None = None
        self.setWindowTitle(tr("Send {number}").format(number=detail.number))

        header = detail.header
        # The order's value and the supplier's minimum are at cost: a person who may not see
        # costs is told the order is below the minimum, without the amounts. The document
        # printed for the supplier shows them all the same: it is the order itself.
        costs = sees_costs(shop)
        expected = self.fmt.long_date(header.expected_date) or tr("not known")
        if costs:
            summary_text = tr(
                "<b>{number}</b> to <b>{supplier}</b><br>%n line(s), value {value}"
                "<br>Expected if sent today: {expected}",
                "",
                len(detail.lines),
            ).format(
                number=_html(detail.number),
                supplier=_html(header.supplier_name),
                value=self.fmt.money(detail.value),
                expected=expected,
            )
        else:
            summary_text = tr(
                "<b>{number}</b> to <b>{supplier}</b><br>%n line(s)"
                "<br>Expected if sent today: {expected}",
                "",
                len(detail.lines),
            ).format(
                number=_html(detail.number),
                supplier=_html(header.supplier_name),
                expected=expected,
            )
        summary = QLabel(summary_text, self)
        summary.setWordWrap(True)
        hint = QLabel(
            tr(
                "Print, save or e-mail the order for the supplier, then mark it sent (e-mailing "
                "through the mail server marks it sent by itself). Once sent it is locked."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.minimum_message = FieldMessage(self)
        self.send_anyway = QCheckBox(self)
        if detail.below_minimum and not costs:
            self.minimum_message.show_message(
                tr(
                    "This order is below {supplier}'s minimum order: hold it until more is "
                    "needed, or send it anyway."
                ).format(supplier=header.supplier_name)
            )
            self.send_anyway.setText(tr("Send anyway, below the minimum"))
        elif detail.below_minimum:
            self.minimum_message.show_message(
                tr(
                    "This order is worth {value}, below {supplier}'s minimum order of {minimum}:"
                    " hold it until more is needed, or send it anyway."
                ).format(
                    value=self.fmt.money(detail.value),
                    supplier=header.supplier_name,
                    minimum=self.fmt.money(detail.min_order_value),
                )
            )
            self.send_anyway.setText(
                tr("Send anyway, below the minimum of {minimum}").format(
                    minimum=self.fmt.money(detail.min_order_value)
                )
            )
        else:
            self.send_anyway.hide()

        self.preview_button = QPushButton(tr("Pre&view…"), self)
        self.print_button = QPushButton(tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(tr("Save P&DF…"), self)
        self.sent_button = QPushButton(tr("&Mark sent"), self)
        self.sent_button.setDefault(True)
        self.email_button = QPushButton(tr("&Email to supplier…"), self)
        self.email_button.setToolTip(
            tr("Send the order PDF to {email}").format(email=header.supplier_email or "—")
            if header.supplier_email
            else tr("The supplier has no e-mail address; add it in Suppliers.")
        )
        self.email_status = QLabel(self)
        self.email_status.setWordWrap(True)
        self.email_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.email_status.hide()
        self.email_message = FieldMessage(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        documents = QHBoxLayout()
        documents.addWidget(self.preview_button)
        documents.addWidget(self.print_button)
        documents.addWidget(self.save_button)
        documents.addStretch(1)
        documents.addWidget(self.email_button)
        documents.addWidget(self.sent_button)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.minimum_message)
        layout.addWidget(self.send_anyway)
        layout.addLayout(documents)
        layout.addWidget(self.email_status)
        layout.addWidget(self.email_message)
        layout.addWidget(buttons)

        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_pdf)
        self.sent_button.clicked.connect(self.mark_sent)
        self.email_button.clicked.connect(self.email)
        self.send_anyway.toggled.connect(lambda _on: self._update())
        self._update()
        self.setMinimumWidth(max(self.sizeHint().width(), 640))
        self.resize(self.minimumWidth(), self.sizeHint().height())

    def _update(self) -> None:
        allowed = not self.detail.below_minimum or self.send_anyway.isChecked()
        idle = (not self.busy, Reason.BUSY)
        sendable = first_reason(idle, (allowed, Reason.BELOW_MINIMUM))
        set_enabled(self.sent_button, sendable)
        set_enabled(self.email_button, sendable)
        for button in (self.preview_button, self.print_button, self.save_button):
            set_enabled(button, first_reason(idle))
        set_enabled(self.send_anyway, first_reason(idle))

    # -- the document ------------------------------------------------------------------------
    def pdf_path(self) -> Path | None:
        """The order's PDF, generated (and logged) once per dialog."""
        from jitdesk.documents.generate import generate_document

        if self._pdf is None:
            generated = run_action(
                self,
                lambda: generate_document(self.shop, docs.SUPPLIER_ORDER, self.detail.number),
                known=(OSError,),
            )
            if not generated:
                return None
            self._pdf = generated.value.path
        return self._pdf

    def _viewer(self) -> PdfPreviewDialog | None:
        path = self.pdf_path()
        if path is None:
            return None
        return PdfPreviewDialog(path, self, title=self.detail.number)

    def preview(self) -> None:
        viewer = self._viewer()
        if viewer is not None:
            viewer.exec()

    def print_(self) -> bool:
        viewer = self._viewer()
        return bool(viewer is not None and viewer.print_())

    def save_pdf(self) -> Path | None:
        viewer = self._viewer()
        return viewer.save_as() if viewer is not None else None

    # -- sending -----------------------------------------------------------------------------
    def mark_sent(self) -> None:
        if not self.sent_button.isEnabled():
            return
        run_action(
            self,
            lambda: mark_sent(
                self.shop, self.so_id, allow_below_minimum=self.send_anyway.isChecked()
            ),
            changed=self.changed,
            on_success=lambda changes: self._sent(
                changes,
                tr("{number} marked sent; it is locked now.").format(number=self.detail.number),
            ),
        )

    def _sent(self, changes: Changes, done_text: str) -> None:
        self.changes = changes
        self.done_text = done_text
        self.accept()

    # -- e-mail ------------------------------------------------------------------------------
    def email(self) -> None:
        """Through the mail server when one is set up, else through the mail program."""
        from jitdesk.gui.actions import email_actions

        if not self.email_button.isEnabled():
            return
        self.email_message.clear()
        if email_actions.smtp_configured(self.shop):
            self._email_through_server()
        else:
            self._email_through_mail_program()

    def _email_through_server(self) -> None:
        from jitdesk.gui.actions import email_actions

        job = email_actions.start_send(
            self,
            self.shop,
            docs.SUPPLIER_ORDER,
            self.detail.number,
            self._emailed,
            allow_below_minimum=self.send_anyway.isChecked(),
        )
        if job is None:
            return
        self._set_busy(True)
        self.email_status.setText(
            tr("E-mailing {number} to {supplier}…").format(
                number=self.detail.number, supplier=self.detail.header.supplier_name
            )
        )
        self.email_status.show()

    def _emailed(self, outcome: Outcome) -> None:
        self._set_busy(False)
        self.email_status.hide()
        finish_action(
            self,
            outcome,
            changed=self.changed,
            on_success=lambda sent: self._sent(
                sent.changes,
                tr("{number} e-mailed to {to} and marked sent.").format(
                    number=sent.number, to=sent.to
                ),
            ),
            on_error=lambda exc: self.email_message.show_message(str(exc)),
            known=(OSError,),
        )

    def _email_through_mail_program(self) -> None:
        from jitdesk.gui.actions import email_actions

        path = self.pdf_path()
        if path is None:
            return
        if not email_actions.open_in_mail_program(
            self, self.shop, docs.SUPPLIER_ORDER, self.detail.number, path
        ):
            return
        self.email_status.setText(
            tr(
                "No mail server is set up (Settings → Email), so your mail program opened with "
                "the message. Attach “{file}” from the folder that opened, send it, then press "
                "Mark sent."
            ).format(file=path.name)
        )
        self.email_status.show()
        self.sent_button.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update()

    def reject(self) -> None:
        """Not while a message is going out: its outcome must reach the page."""
        if not self.busy:
            super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
