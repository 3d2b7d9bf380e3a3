"""The password a shop's server asks for, typed at the desk; optionally kept on this computer
(its keyring, or libpq's password file where it has none) so that the next start does not ask
again."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.services.server_login import Login


@dataclass(frozen=True, slots=True)
class TypedPassword:
    password: str
    remember: bool


class PasswordDialog(QDialog):
    def __init__(self, login: Login, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Password for the shop's server"))
        if login.refused:
            text = tr(
                "The server {server} refused the password of the user {user}. Type the right "
                "one to open the shop {dbname}."
            )
        else:
            text = tr("The server {server} asks for the password of the user {user} to open "
                      "the shop {dbname}.")  # fmt: skip
        intro = QLabel(text.format(server=login.server, user=login.user, dbname=login.dbname), self)
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if login.keyring:
            remember = tr("&Remember it in this computer's keyring")
        else:
            remember = tr("&Remember it on this computer (in ~/.pgpass)")
        self.remember = QCheckBox(remember, self)
        form = QFormLayout()
        form.addRow(tr("&Password:"), self.password)
        form.addRow("", self.remember)
        buttons, self.open_button = dialog_buttons(self, QDialogButtonBox.StandardButton.Open)
        self.password.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        typed = bool(self.password.text())
        self.open_button.setEnabled(typed)
        self.open_button.setToolTip("" if typed else tr("Type the password first."))

    def typed(self) -> TypedPassword:
        return TypedPassword(self.password.text(), self.remember.isChecked())


def ask_password(parent: QWidget | None, login: Login) -> TypedPassword | None:
    dialog = PasswordDialog(login, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.typed()
