"""Settings → Email: the mail server (server, security, user, sender, where the password is
kept) and, on a second tab, the message templates per document kind (subject + body with
$placeholders, checked at the field before anything is saved).

Sending itself lives in gui/email_actions.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.email_templates import (
    DEFAULT_TEMPLATES,
    PICKUP_NOTICE,
    PLACEHOLDERS,
    REMINDER,
    SUPPLIER_ORDER,
    check_template,
)
from jitdesk.domain.errors import JitdeskError, ValidationError
from jitdesk.domain.i18n import _ as message_text
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.field_message import FieldMessage
from jitdesk.services import email as mail
from jitdesk.services.shop import Shop

SECURITY_LABELS = {
    "starttls": QT_TR_NOOP("STARTTLS"),
    "tls": QT_TR_NOOP("TLS (SSL)"),
    "none": QT_TR_NOOP("None (not encrypted)"),
}
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
KIND_LABELS = {
    SUPPLIER_ORDER: QT_TR_NOOP("Supplier order"),
    PICKUP_NOTICE: QT_TR_NOOP("Pickup notice"),
    REMINDER: QT_TR_NOOP("Pickup reminder"),
}


class EmailSettingsDialog(QDialog):
    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.setWindowTitle(tr("Email settings"))
        current = mail.get_smtp_settings(shop)
        self.host = QLineEdit(current.host if current else "", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(current.port if current else 587)
        self.security = QComboBox(self)
        for key, label in SECURITY_LABELS.items():
            self.security.addItem(tr(label), key)
        self.security.setCurrentIndex(
            max(self.security.findData(current.security if current else "starttls"), 0)
        )
        self.username = QLineEdit(current.username if current else "", self)
        self.from_address = QLineEdit(current.from_address if current else "", self)
        self.storage = QComboBox(self)
        self.storage.addItem(tr("Keep it in the system keyring"), "keyring")
        self.storage.addItem(tr("Ask for the password each time"), "ask")
        self.keyring_ok = mail.keyring_available()
        storage = current.password_storage if current else "keyring"
        if not self.keyring_ok:
            storage = "ask"
            self.storage.model().item(0).setEnabled(False)
        self.storage.setCurrentIndex(max(self.storage.findData(storage), 0))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("unchanged"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if not self.keyring_ok:
            self.note.setText(message_text(mail.NO_KEYRING))  # from the gettext catalog
        form = QFormLayout()
        form.addRow(tr("&Server:"), self.host)
        form.addRow(tr("&Port:"), self.port)
        form.addRow(tr("S&ecurity:"), self.security)
        form.addRow(tr("&User name:"), self.username)
        form.addRow(tr("Pass&word:"), self.password)
        form.addRow(tr("Password &kept:"), self.storage)
        form.addRow(tr("Sender &address:"), self.from_address)
        buttons, _save = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Save, on_accept=self.save
        )
        server_tab = QWidget(self)
        server_layout = QVBoxLayout(server_tab)
        server_layout.addLayout(form)
        server_layout.addWidget(self.note)
        server_layout.addStretch(1)
        self.templates = TemplatesEditor(shop, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(server_tab, tr("Mail ser&ver"))
        self.tabs.addTab(self.templates, tr("Messa&ges"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.security.currentIndexChanged.connect(
            lambda: self.port.setValue(DEFAULT_PORTS[self.security.currentData()])
        )
        self.storage.currentIndexChanged.connect(self._storage_changed)
        self._storage_changed()

        self.resize(max(self.sizeHint().width(), 640), max(self.sizeHint().height(), 520))

    def _storage_changed(self) -> None:
        """A password typed here is only kept in the keyring: with "ask each time" the field
        is closed, so nobody types a password that would silently be thrown away."""
        keep = self.storage.currentData() == "keyring"
        self.password.setEnabled(keep)
        if not keep:
            self.password.clear()
        self.password.setPlaceholderText(
            tr("unchanged") if keep else tr("asked for each time mail is sent")
        )

    def save(self) -> None:
        """Check the templates and the server first, then save both (nothing half-saved).

        The server part is optional while no server was ever entered: templates are used by
        the mail program route (mailto:) as well."""
        smtp_saved = mail.get_smtp_settings(self.shop) is not None
        settings = mail.SmtpSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text(),
            from_address=self.from_address.text(),
            password_storage=self.storage.currentData(),
        )
        with_server = bool(self.host.text().strip()) or smtp_saved
        if not self.templates.check():
            self.tabs.setCurrentWidget(self.templates)
            return
        try:
            if with_server:
                settings.validate()
        except JitdeskError as exc:
            self._server_problem(str(exc))
            return
        if with_server and not self._unencrypted_confirmed(settings):
            return

        def save_both() -> None:
            self.templates.save()
            if with_server:
                mail.save_smtp_settings(self.shop, settings, self.password.text() or None)

        if run_action(self, save_both, on_error=lambda exc: self._server_problem(str(exc))):
            self.accept()

    def _unencrypted_confirmed(self, settings: mail.SmtpSettings) -> bool:
        """Sending without encryption is the owner's explicit choice, never a default."""
        warning = mail.security_warning(settings)
        if warning is None:
            return True
        answer = QMessageBox.warning(
            self,
            tr("Send mail unencrypted?"),
            warning,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _server_problem(self, text: str) -> None:
        self.note.setText(text)
        self.tabs.setCurrentIndex(0)


class TemplatesEditor(QWidget):
    """Subject and body per document kind; unknown placeholders or a line break in the subject
    are shown under the field they are in."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.stored = {k: mail.get_template(shop, k) for k in KIND_LABELS}
        self.edited = {k: (t.subject, t.body) for k, t in self.stored.items()}
        self.kind = QComboBox(self)
        for key, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), key)
        self.subject = QLineEdit(self)
        self.subject_message = FieldMessage(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.body_message = FieldMessage(self)
        self.placeholders = QLabel(self)
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.default_button = QPushButton(tr("&Restore default"), self)
        kind_caption = QLabel(tr("&Message for:"), self)
        kind_caption.setBuddy(self.kind)
        subject_caption = QLabel(tr("Su&bject:"), self)
        subject_caption.setBuddy(self.subject)
        body_caption = QLabel(tr("&Text:"), self)
        body_caption.setBuddy(self.body)
        top = QHBoxLayout()
        top.addWidget(kind_caption)
        top.addWidget(self.kind, 1)
        top.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(subject_caption)
        layout.addWidget(self.subject)
        layout.addWidget(self.subject_message)
        layout.addWidget(body_caption)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.body_message)
        layout.addWidget(self.placeholders)
        self._current = self.kind.currentData()
        self._show(self._current)
        self.kind.currentIndexChanged.connect(lambda _i: self._switch(self.kind.currentData()))
        self.default_button.clicked.connect(self.restore_default)
        self.subject.textEdited.connect(lambda _t: self.subject_message.clear())
        self.body.textChanged.connect(self.body_message.clear)

    def _show(self, kind: str) -> None:
        subject, body = self.edited[kind]
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.subject_message.clear()
        self.body_message.clear()
        self.placeholders.setText(
            tr("Placeholders: {names}. Write $$ for a dollar sign.").format(
                names=", ".join("$" + p for p in PLACEHOLDERS[kind])
            )
        )

    def _keep(self) -> None:
        self.edited[self._current] = (self.subject.text(), self.body.toPlainText())

    def _switch(self, kind: str) -> None:
        self._keep()
        self._current = kind
        self._show(kind)

    def select(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def restore_default(self) -> None:
        default = DEFAULT_TEMPLATES[self._current]
        self.subject.setText(default.subject)
        self.body.setPlainText(default.body)

    def changed_kinds(self) -> list[str]:
        self._keep()
        return [
            k
            for k, (subject, body) in self.edited.items()
            if (subject, body) != (self.stored[k].subject, self.stored[k].body)
        ]

    def check(self) -> bool:
        """Show the first problem at its field (switching to its kind); True when all are fine."""
        self.subject_message.clear()
        self.body_message.clear()
        for kind in self.changed_kinds():
            subject, body = self.edited[kind]
            try:
                check_template(kind, subject, body)
            except ValidationError as exc:
                self.select(kind)
                self._problem(kind, subject, exc)
                return False
        return True

    def _problem(self, kind: str, subject: str, exc: ValidationError) -> None:
        """Under the subject when the subject alone is wrong, else under the text."""
        try:
            check_template(kind, subject, "")
        except ValidationError as in_subject:
            self.subject_message.show_message(str(in_subject))
            self.subject.setFocus()
            return
        self.body_message.show_message(str(exc))
        self.body.setFocus()

    def save(self) -> None:
        for kind in self.changed_kinds():
            subject, body = self.edited[kind]
            mail.save_template(self.shop, kind, subject, body)
