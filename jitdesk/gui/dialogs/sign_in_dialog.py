"""Who is working at this desk: pick your name, type your PIN, press Enter.

Shown when a shop of two people or more is opened and by File ▸ Switch person…; a shop of
none or one person never shows it (that one person, the owner, works without signing in).
A wrong PIN is said under the PIN field (how many tries are left, or for how long the person
is locked out) and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.permissions import Person, Role
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services import people
from jitdesk.services.shop import Shop


def role_word(role: Role) -> str:
    return tr("owner") if role is Role.OWNER else tr("staff")


class SignInDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.person: Person | None = None
        self.setWindowTitle(tr("Sign in"))
        intro = QLabel(tr("Who is working at this desk? Choose your name and type your PIN."), self)
        intro.setWordWrap(True)
        self.names = QListWidget(self)
        self.names.setAccessibleName(tr("People"))
        for person in people.list_people(shop):
            item = QListWidgetItem(f"{person.name}  ({role_word(person.role)})", self.names)
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            if shop.person is not None and person.id == shop.person.id:
                self.names.setCurrentItem(item)
        if self.names.currentRow() < 0:
            self.names.setCurrentRow(0)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(tr("PIN"))
        self.message = FieldMessage(self)
        form = QFormLayout()
        names_label = QLabel(tr("&Name:"), self)
        names_label.setBuddy(self.names)
        form.addRow(names_label, self.names)
        form.addRow(tr("&PIN:"), self.pin)
        form.addRow("", self.message)
        buttons, _ok = dialog_buttons(self, text=tr("Sign &in"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.names.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.names.currentRowChanged.connect(lambda _row: self._start_again())
        self.setTabOrder(self.names, self.pin)
        self.pin.setFocus()
        self.resize(380, 320)

    def _start_again(self) -> None:
        self.message.clear()
        self.pin.clear()

    def chosen_name(self) -> str:
        item = self.names.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def accept(self) -> None:
        """Sign in; on a wrong PIN say why and stay open for another try."""
        try:
            self.person = people.sign_in(self.shop, self.chosen_name(), self.pin.text())
        except JitdeskError as exc:
            self.message.show_message(str(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        super().accept()


def ask_sign_in(shop: Shop, parent: QWidget | None = None) -> bool:
    """Sign in to `shop` if it needs it (two people or more); False when the person cancels."""
    if people.work_without_sign_in(shop):
        return True
    return SignInDialog(shop, parent).exec() == QDialog.DialogCode.Accepted
