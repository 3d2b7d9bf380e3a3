"""Settings → Email (server, security, user, sender, where the password is kept) and the
"E-mail all ready pickup notices" batch, run off the GUI thread with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.widgets import show_error, tr
from jitdesk.services import email as mail
from jitdesk.services.shop import Shop

SECURITY_LABELS = {"starttls": "STARTTLS", "tls": "TLS (SSL)", "none": "None (not encrypted)"}
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


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
            self.note.setText(mail.NO_KEYRING)
        form = QFormLayout()
        form.addRow(tr("&Server:"), self.host)
        form.addRow(tr("&Port:"), self.port)
        form.addRow(tr("S&ecurity:"), self.security)
        form.addRow(tr("&User name:"), self.username)
        form.addRow(tr("Pass&word:"), self.password)
        form.addRow(tr("Password &kept:"), self.storage)
        form.addRow(tr("Sender &address:"), self.from_address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.security.currentIndexChanged.connect(
            lambda: self.port.setValue(DEFAULT_PORTS[self.security.currentData()])
        )

    def save(self) -> None:
        settings = mail.SmtpSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text(),
            from_address=self.from_address.text(),
            password_storage=self.storage.currentData(),
        )
        try:
            mail.save_smtp_settings(self.shop, settings, self.password.text() or None)
        except JitdeskError as exc:
            self.note.setText(str(exc))
            return
        self.accept()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # BatchEmailResult or an exception


class BatchEmailJob(QRunnable):
    """Sends in a worker thread with its own Shop connection; talks to the GUI only by signals."""

    def __init__(self, shop_path: Path, password: str | None) -> None:
        super().__init__()
        self.shop_path, self.password = shop_path, password
        self.signals = _Signals()

    def run(self) -> None:
        from jitdesk.documents.generate import render_document

        try:
            shop = Shop.open(self.shop_path, actor="owner")
            try:
                result = mail.email_ready_pickup_notices(
                    shop,
                    render_document,
                    password=self.password,
                    progress=lambda done, total, number: self.signals.progress.emit(
                        done, total, number
                    ),
                )
            finally:
                shop.close()
        except Exception as exc:  # reported to the GUI thread, shown there
            self.signals.finished.emit(exc)
            return
        self.signals.finished.emit(result)


def ask_password(parent: QWidget, shop: Shop) -> tuple[bool, str | None]:
    """(go ahead, password): asks only when the settings say to ask each time."""
    settings = mail.get_smtp_settings(shop)
    if settings is None or not settings.username or settings.password_storage != "ask":
        return True, None
    text, ok = QInputDialog.getText(
        parent,
        tr("Mail password"),
        tr("Password for {0} on {1}:").format(settings.username, settings.host),
        QLineEdit.EchoMode.Password,
    )
    return ok, text


def email_ready_pickup_notices(parent: QWidget, shop: Shop, on_done) -> None:
    """Start the batch; `on_done(Changes)` runs on the GUI thread when it is finished."""
    if mail.get_smtp_settings(shop) is None:
        show_error(parent, mail.EmailError(tr("No mail server is set up; open Settings → Email.")))
        return
    numbers = mail.ready_to_notify(shop)
    if not numbers:
        QMessageBox.information(
            parent, tr("Pickup notices"), tr("No ready order waits for an e-mail.")
        )
        return
    go, password = ask_password(parent, shop)
    if not go or shop.path is None:
        return
    dialog = QProgressDialog(tr("E-mailing pickup notices…"), tr("Hide"), 0, len(numbers), parent)
    dialog.setMinimumDuration(0)
    job = BatchEmailJob(shop.path, password)

    def progress(done: int, total: int, number: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if number:
            dialog.setLabelText(tr("E-mailing {0} ({1} of {2})…").format(number, done + 1, total))

    def finished(outcome) -> None:
        dialog.close()
        if isinstance(outcome, Exception):
            show_error(parent, outcome)
            return
        box = QMessageBox.information if not outcome.failed else QMessageBox.warning
        box(parent, tr("Pickup notices"), outcome.summary())
        on_done(outcome.changes)

    job.signals.progress.connect(progress)
    job.signals.finished.connect(finished)
    parent._email_job = job  # keep the signals alive until finished
    QThreadPool.globalInstance().start(job)


def open_in_mail_program(parent: QWidget, shop: Shop, kind: str, number: str, pdf: Path) -> None:
    """Without SMTP: a prepared mailto: message, and the PDF shown in the file manager."""
    try:
        message = mail.mailto_message(shop, kind, number)
    except JitdeskError as exc:
        show_error(parent, exc)
        return
    QDesktopServices.openUrl(QUrl(message.url))
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf.parent)))
