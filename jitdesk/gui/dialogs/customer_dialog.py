"""Quick-add a customer from the order dialog: name required, phone, email checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import CustomerInput, check_email
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.feedback import show_error
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.gui.widgets.language_combo import LanguageCombo
from jitdesk.gui.widgets.tell_channel_combo import TellChannelCombo
from jitdesk.services.customers import add_customer
from jitdesk.services.settings import get_settings
from jitdesk.services.shop import Shop
from jitdesk.services.telling import default_channel


class CustomerDialog(QDialog):
    def __init__(self, shop: Shop, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.customer_id: int | None = None
        self.customer_name = ""
        self.setWindowTitle(tr("New customer"))
        self.name_edit = QLineEdit(name, self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.notes_edit = QLineEdit(self)
        self.language = LanguageCombo(get_settings(shop).locale, self)
        self.tell_channel = TellChannelCombo(default_channel(shop), self)
        self.name_edit.setMaxLength(200)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit.setPlaceholderText(tr("name@example.com"))
        self.messages = {
            field: FieldMessage(self) for field in ("name", "phone", "email", "language")
        }

        form = QFormLayout()
        form.addRow(tr("&Name:"), self._with_message(self.name_edit, "name"))
        form.addRow(tr("&Phone:"), self._with_message(self.phone_edit, "phone"))
        form.addRow(tr("&Email:"), self._with_message(self.email_edit, "email"))
        form.addRow(tr("N&otes:"), self.notes_edit)
        form.addRow(tr("Document &language:"), self._with_message(self.language, "language"))
        form.addRow(tr("Tell &by:"), self.tell_channel)
        self.buttons, _ok = dialog_buttons(self, text=tr("Add customer"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.email_edit.editingFinished.connect(self._check_email)
        self.name_edit.textEdited.connect(lambda _t: self.messages["name"].clear())
        self.email_edit.textEdited.connect(lambda _t: self.messages["email"].clear())
        self.setMinimumWidth(420)

    def _with_message(self, edit: QWidget, field: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit)
        layout.addWidget(self.messages[field])
        return box

    def _check_email(self) -> None:
        try:
            check_email(self.email_edit.text())
        except ValidationError as exc:
            self.messages["email"].show_message(str(exc))

    def accept(self) -> None:
        for message in self.messages.values():
            message.clear()
        data = CustomerInput(
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            notes=self.notes_edit.text(),
            language=self.language.language(),
            tell_channel=self.tell_channel.channel(),
        )
        close = super().accept

        def added(customer_id: int) -> None:
            self.customer_id = customer_id
            self.customer_name = data.name
            close()

        run_action(
            self, lambda: add_customer(self.shop, data), on_success=added, on_error=self._refused
        )

    def _refused(self, exc: Exception) -> None:
        target = self.messages.get(exc.field or "") if isinstance(exc, ValidationError) else None
        if target is None:
            show_error(self, exc)
            return
        target.show_message(str(exc))
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "language": self.language,
        }
        widgets[exc.field or "name"].setFocus()
