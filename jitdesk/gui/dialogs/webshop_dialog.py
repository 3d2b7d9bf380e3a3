"""File → Web shop…: connect a WooCommerce or Shopify shop whose new orders jitdesk fetches.

The address, the WooCommerce consumer key or Shopify API version and how often to fetch are
kept in the shop file; the secret (consumer secret, access token) in the system keyring, or it
is asked for once per session where there is none (as the mail password). "Test connection"
asks the web shop for one order on a worker thread, so the dialog never freezes.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.background import BackgroundRead
from jitdesk.gui.feedback import problem_of, show_bug
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.gui.widgets.enabling import Reason, set_enabled
from jitdesk.services import system_keyring
from jitdesk.services import webshop_sync as sync
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.webshop_http import HttpClient

CHANNELS = {"woocommerce": "WooCommerce", "shopify": "Shopify"}
INTERVAL_LABELS = {
    0: QT_TR_NOOP("Only when asked"),
    5: QT_TR_NOOP("Every 5 minutes"),
    15: QT_TR_NOOP("Every 15 minutes"),
    30: QT_TR_NOOP("Every 30 minutes"),
    60: QT_TR_NOOP("Every hour"),
}
NOT_CONNECTED = QT_TR_NOOP("No web shop is connected yet.")
NO_KEYRING = QT_TR_NOOP(
    "This computer has no system keyring: the secret is asked for once per session."
)


class WebShopDialog(QDialog):
    """Connect, change, test or disconnect the web shop."""

    changed = Signal(object)  # Changes

    def __init__(self, shop: Shop, http: HttpClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.http = shop, http
        self.secret_given: str | None = None  # a secret typed with "ask once per session"
        self.setWindowTitle(tr("Web shop"))
        self.current = sync.get_connection(shop)
        current = self.current
        self.channel = QComboBox(self)
        for key, label in CHANNELS.items():
            self.channel.addItem(label, key)
        self.channel.setCurrentIndex(
            max(self.channel.findData(current.channel if current else "woocommerce"), 0)
        )
        self.url = QLineEdit(current.url if current else "", self)
        self.api_key = QLineEdit(current.api_key if current else "", self)
        self.api_key.setPlaceholderText("ck_…")
        self.api_version = QLineEdit(
            current.api_version if current and current.api_version else sync.SHOPIFY_API_VERSION,
            self,
        )
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.storage = QComboBox(self)
        self.storage.addItem(tr("Keep it in the system keyring"), "keyring")
        self.storage.addItem(tr("Ask once per session"), "ask")
        self.keyring_ok = system_keyring.available()
        storage = current.secret_storage if current else "keyring"
        if not self.keyring_ok:
            storage = "ask"
            model = self.storage.model()
            if isinstance(model, QStandardItemModel):
                model.item(0).setEnabled(False)
        self.storage.setCurrentIndex(max(self.storage.findData(storage), 0))
        self.interval = QComboBox(self)
        for minutes, label in INTERVAL_LABELS.items():
            self.interval.addItem(tr(label), minutes)
        self.interval.setCurrentIndex(
            max(self.interval.findData(current.interval_minutes if current else 15), 0)
        )
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        start = shop.today() - timedelta(days=sync.FIRST_FETCH_DAYS)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.since.setMaximumDate(QDate(shop.today().year, shop.today().month, shop.today().day))
        self.form = QFormLayout()
        self.form.addRow(tr("&Web shop:"), self.channel)
        self.form.addRow(tr("&Address:"), self.url)
        self.form.addRow(tr("Consumer &key:"), self.api_key)
        self.form.addRow(tr("API &version:"), self.api_version)
        self.form.addRow(tr("&Secret:"), self.secret)
        self.form.addRow(tr("Secret ke&pt:"), self.storage)
        self.form.addRow(tr("&Fetch new orders:"), self.interval)
        self.form.addRow(tr("Orders changed since:"), self.since)
        self.since.setAccessibleName(tr("Fetch orders changed since"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.fontMetrics().height() * 3)
        self.test_button = QPushButton(tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test)
        self.disconnect_button = QPushButton(tr("&Disconnect"), self)
        self.disconnect_button.clicked.connect(self.disconnect_shop)
        set_enabled(self.disconnect_button, None if current else NOT_CONNECTED)
        tools = QHBoxLayout()
        tools.addWidget(self.test_button)
        tools.addStretch(1)
        tools.addWidget(self.disconnect_button)
        buttons, _save = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Save, on_accept=self.save
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.tester = BackgroundRead(shop, self)
        self.tester.done.connect(self._tested)
        self.tester.failed.connect(self._test_failed)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.storage.currentIndexChanged.connect(self._storage_changed)
        self._channel_changed()
        self._storage_changed()
        self._show_state()
        self.resize(max(self.sizeHint().width(), 600), self.sizeHint().height())

    # -- the form follows the choices ------------------------------------------------------------
    def _channel_changed(self) -> None:
        woo = self.channel.currentData() == "woocommerce"
        self.form.setRowVisible(self.api_key, woo)
        self.form.setRowVisible(self.api_version, not woo)
        label = self.form.labelForField(self.secret)
        if isinstance(label, QLabel):
            label.setText(tr("Consumer &secret:") if woo else tr("Access t&oken:"))
        self.url.setPlaceholderText(
            tr("https://shop.example.com") if woo else tr("https://your-shop.myshopify.com")
        )
        # A new shop (or another one) starts from a date; a reconnect goes on where it was.
        same = self.current is not None and self.current.channel == self.channel.currentData()
        self.form.setRowVisible(self.since, not same)

    def _storage_changed(self) -> None:
        keep = self.storage.currentData() == "keyring"
        self.secret.setPlaceholderText(
            (tr("unchanged") if self.current else "")
            if keep
            else tr("kept in memory until jitdesk closes")
        )

    def _show_state(self) -> None:
        current = self.current
        if not self.keyring_ok:
            self.status.setText(tr(NO_KEYRING))
        elif current is None:
            self.status.setText(tr(NOT_CONNECTED))
        elif current.last_fetch_at:
            self.status.setText(
                tr("Last fetched {when}: {result}").format(
                    when=current.last_fetch_at[:16].replace("T", " "), result=current.last_result
                )
            )
        else:
            self.status.setText(tr("Connected; no orders fetched yet."))

    def connection(self) -> sync.WebShopConnection:
        return sync.WebShopConnection(
            channel=self.channel.currentData(),
            url=self.url.text(),
            api_key=self.api_key.text() if self.channel.currentData() == "woocommerce" else "",
            api_version=self.api_version.text(),
            secret_storage=self.storage.currentData(),
            interval_minutes=self.interval.currentData(),
        )

    # -- actions -------------------------------------------------------------------------------
    def test(self) -> None:
        connection = self.connection()
        try:
            connection.validate()
        except JitdeskError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(tr("Asking {host}…").format(host=connection.host))
        set_enabled(self.test_button, Reason.BUSY)
        self.tester.start(sync.check_connection, connection, self.secret.text() or None, self.http)

    def _tested(self, sentence: str) -> None:
        set_enabled(self.test_button, None)
        self.status.setText(sentence)

    def _test_failed(self, error: Exception) -> None:
        set_enabled(self.test_button, None)
        problem = problem_of(error)
        if problem is None:
            show_bug(self, error)
        else:
            self.status.setText(str(problem))

    def save(self) -> None:
        connection = self.connection()
        secret = self.secret.text() or None
        since = None
        if self.form.isRowVisible(self.since):
            chosen = self.since.date()
            since = date(chosen.year(), chosen.month(), chosen.day())

        def saved() -> Changes:
            return sync.save_connection(self.shop, connection, secret, since=since)

        if run_action(
            self,
            saved,
            changed=self.changed,
            on_error=lambda exc: self.status.setText(str(exc)),
        ):
            self.secret_given = secret if connection.secret_storage == "ask" else None
            self.accept()

    def disconnect_shop(self) -> None:
        if run_action(self, lambda: sync.disconnect(self.shop), changed=self.changed):
            self.secret_given = None
            self.accept()
