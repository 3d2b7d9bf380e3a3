"""Opening, creating and remembering shop files; the start dialog of a first run.

A file that is not a shop file, is from a newer jitdesk, is damaged or sits on a network share
is refused by the store with one sentence; it is shown as is and the file is left alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QLocale, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError, ShopFileError, ValidationError
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.feedback import show_error
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.services import saved_connections, server_login
from jitdesk.services.shop import Shop

if TYPE_CHECKING:
    from jitdesk.gui.dialogs.password_dialog import TypedPassword

SHOP_SUFFIX = ".jitdesk"
RECENT_KEY = "recentShops"
MAX_RECENT = 8
DEMO_FILE = "demo.jitdesk"
COMMON_CURRENCIES = (
    "EUR",
    "USD",
    "GBP",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "CAD",
    "AUD",
    "INR",
)


def data_folder() -> Path:
    """The user's jitdesk data folder (QStandardPaths), the same one the command line uses."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / "jitdesk"


def default_shop_path() -> Path:
    return data_folder() / "shop.jitdesk"


def file_filter() -> str:
    return tr("jitdesk shops (*.jitdesk);;All files (*)")


# -- recent shops -------------------------------------------------------------------------------
def recent_shops() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(v) for v in value or []]


def remember_shop(path: Path | str) -> None:
    text = Shop.remembered_location(path)
    items = [text] + [p for p in recent_shops() if p != text]
    QSettings().setValue(RECENT_KEY, items[:MAX_RECENT])


def forget_shop(path: Path | str) -> None:
    text = Shop.remembered_location(path)
    QSettings().setValue(RECENT_KEY, [p for p in recent_shops() if p != text])


def recent_server_shops() -> list[str]:
    return [p for p in recent_shops() if Shop.names_server(p)]


def shop_is_there(location: Path | str) -> bool:
    """A shop file that exists, or a server shop (its server is asked when it is opened)."""
    return Shop.names_server(location) or Path(location).exists()


def shown_name(location: str) -> str:
    """A recent shop as the menu lists it: a file by its name, a server shop by its address."""
    return location if Shop.names_server(location) else Path(location).name


def ask_open_server_shop(parent: QWidget | None = None) -> Shop | None:
    from jitdesk.gui.dialogs.server_shop_dialog import ask_server_address

    choice = ask_server_address(parent, recent_server_shops(), _saved_server_shops(parent))
    if choice is None:
        return None
    address = choice.address
    if not Shop.names_server(address):
        QMessageBox.warning(
            parent,
            tr("Cannot open the shop"),
            tr(
                "{address} is not the address of a shop on a server; it begins with "
                "postgresql://, e.g. postgresql://anna@shop-server:5432/bikeshop."
            ).format(address=address),
        )
        return None
    if choice.save_as:
        saved = run_action(
            parent,
            lambda: saved_connections.save_connection(choice.save_as, address),
            title=tr("Cannot save the connection"),
        )
        if not saved:
            return None
        address = saved.value
    return open_shop_file(address, parent)


def _saved_server_shops(parent: QWidget | None) -> list[str]:
    """The saved connections to choose from; a file that cannot be read is said, not hidden."""
    listed = run_action(
        parent, saved_connections.saved_addresses, title=tr("Saved server connections")
    )
    return listed.value if listed else []


# -- opening ------------------------------------------------------------------------------------
def open_shop_file(path: Path | str, parent: QWidget | None = None) -> Shop | None:
    """Open a shop file, or say in one sentence why not (the file is left untouched). A
    server that wants a password this computer does not have gets it asked for."""
    from jitdesk.gui import shop_lock

    title = tr("Cannot open the shop")
    location: Path | str = path
    typed: TypedPassword | None = None
    while True:
        failed: list[Exception] = []
        opened = run_action(
            parent,
            lambda where=location: shop_lock.open_locked(where),  # one window per shop file
            title=title,
            on_error=failed.append,
        )
        if opened:
            break
        if not failed:
            return None
        typed = _password_for(parent, path, failed[0])
        if typed is None:
            return None
        location = server_login.with_password(path, typed.password)
    if typed is not None and typed.remember:
        run_action(
            parent, lambda: server_login.remember_password(path, typed.password), title=title
        )
    remember_shop(path)
    from jitdesk.gui.actions.people_actions import signed_in_or_closed

    return signed_in_or_closed(opened.value, parent)


def _password_for(parent: QWidget | None, path: Path | str, exc: Exception) -> TypedPassword | None:
    """The password typed when `exc` says the server wants one; else `exc` is shown: None."""
    login = server_login.password_wanted(path, exc) if isinstance(exc, JitdeskError) else None
    if login is None:
        show_error(parent, exc, tr("Cannot open the shop"))
        return None
    from jitdesk.gui.dialogs.password_dialog import ask_password

    return ask_password(parent, login)


def ask_open_shop(parent: QWidget | None = None) -> Shop | None:
    start = str(default_shop_path().parent) if default_shop_path().parent.exists() else ""
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open shop"), start, file_filter())
    return open_shop_file(path, parent) if path else None


def open_demo_shop(parent: QWidget | None = None, folder: Path | None = None) -> Shop | None:
    """Open the demo shop, writing it first if it is not there yet."""
    path = (folder or data_folder()) / DEMO_FILE
    if not path.exists():
        try:
            from jitdesk.demo import write_demo_shop
        except ImportError:
            QMessageBox.information(
                parent, tr("Demo shop"), tr("The demo shop is not available in this version.")
            )
            return None

        def write_demo() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_demo_shop(path, orders=400, seed=1)

        if not run_action(parent, write_demo, title=tr("Demo shop"), known=(OSError,)):
            return None
    return open_shop_file(path, parent)


# -- creating -----------------------------------------------------------------------------------
class NewShopDialog(QDialog):
    """Shop name, currency and where to keep the file."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop: Shop | None = None
        self.setWindowTitle(tr("New shop"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(tr("The name printed on your documents"))
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        local = QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        codes = list(COMMON_CURRENCIES)
        if local and local not in codes:
            codes.insert(0, local)
        self.currency.addItems(codes)
        self.currency.setCurrentText(local if local in codes else "EUR")
        self.path_edit = QLineEdit(str(path or default_shop_path()), self)
        self.browse_button = QPushButton(tr("&Browse…"), self)
        self.browse_button.setAccessibleName(tr("Choose where to save the shop file"))
        from jitdesk.gui.widgets.field_message import FieldMessage  # dialogs: not at start-up

        self.messages = {key: FieldMessage(self) for key in ("name", "currency", "path")}

        form = QFormLayout()
        form.addRow(tr("Shop &name:"), self._stack(self.name_edit, "name"))
        form.addRow(tr("&Currency:"), self._stack(self.currency, "currency"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_box = QWidget(self)
        box_layout = QVBoxLayout(file_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(file_row)
        box_layout.addWidget(self.messages["path"])
        form.addRow(tr("Shop &file:"), file_box)
        file_box.setFocusProxy(self.path_edit)
        self.buttons, _ok = dialog_buttons(self, text=tr("Create shop"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self._browse)
        self.setMinimumWidth(520)

    def _stack(self, field: QWidget, key: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.messages[key])
        box.setFocusProxy(field)
        return box

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("New shop file"), self.path_edit.text(), file_filter()
        )
        if path:
            if not path.endswith(SHOP_SUFFIX):
                path += SHOP_SUFFIX
            self.path_edit.setText(path)

    def accept(self) -> None:
        from jitdesk.domain.models import ShopSettings  # the domain's models: not at start-up

        for message in self.messages.values():
            message.clear()
        path = Path(self.path_edit.text().strip()).expanduser()
        problems = {}
        # Check each field on its own so every problem shows at once, not one after another.
        for key, probe in (
            ("name", ShopSettings(name=self.name_edit.text())),
            ("currency", ShopSettings(currency=self.currency.currentText())),
        ):
            try:
                probe.validate()
            except ValidationError as exc:
                problems[key] = str(exc)
        if not self.path_edit.text().strip():
            problems["path"] = tr("Choose where to keep the shop file.")
        for key, text in problems.items():
            self.messages[key].show_message(text)
        if problems:
            return

        def create() -> Shop:
            path.parent.mkdir(parents=True, exist_ok=True)
            from jitdesk.services.settings import create_shop

            return create_shop(
                path,
                self.name_edit.text(),
                self.currency.currentText(),
                locale=QLocale.system().name(),
            )

        created = run_action(
            self, create, on_error=lambda exc: self._refused(exc, path), known=(OSError,)
        )
        if not created:
            return
        self.shop = created.value
        from jitdesk.gui import shop_lock

        try:
            shop_lock.attach(self.shop)
        except JitdeskError as exc:
            self.shop.close()
            self.shop = None
            show_error(self, exc)
            return
        remember_shop(path)
        super().accept()

    def _refused(self, exc: Exception, path: Path) -> None:
        if isinstance(exc, ValidationError):
            self.messages.get(exc.field or "", self.messages["name"]).show_message(str(exc))
        elif isinstance(exc, ShopFileError):
            self.messages["path"].show_message(str(exc))
        elif isinstance(exc, OSError):
            self.messages["path"].show_message(
                tr("The folder {folder} cannot be created ({reason}).").format(
                    folder=path.parent, reason=exc.strerror
                )
            )
        else:
            show_error(self, exc)


def ask_new_shop(parent: QWidget | None = None, path: Path | None = None) -> Shop | None:
    dialog = NewShopDialog(path, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.shop
    return None


# -- first run ----------------------------------------------------------------------------------
class StartDialog(QDialog):
    """Shown when there is no shop file yet: try the demo, open a file or a shop on a server,
    or start a new shop."""

    DEMO, OPEN, SERVER, NEW = "demo", "open", "server", "new"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(tr("Welcome to jitdesk"))
        intro = QLabel(
            tr(
                "jitdesk keeps your shop — customers, orders, suppliers — in one shop file on "
                "this computer. How would you like to start?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.demo_button = QCommandLinkButton(
            tr("Try the demo shop"),
            tr("A sample shop with suppliers, products and orders to explore."),
            self,
        )
        self.open_button = QCommandLinkButton(
            tr("Open a shop file…"), tr("Continue with a shop file you already have."), self
        )
        self.server_button = QCommandLinkButton(
            tr("Open a shop on a server…"),
            tr("Work on the shop your other desks share on a PostgreSQL server."),
            self,
        )
        self.new_button = QCommandLinkButton(
            tr("Create a new shop…"), tr("Start empty: give your shop a name and currency."), self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Quit"))
        buttons.rejected.connect(self.reject)
        heading = QLabel(tr("Welcome to jitdesk"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        for button, choice in (
            (self.demo_button, self.DEMO),
            (self.open_button, self.OPEN),
            (self.server_button, self.SERVER),
            (self.new_button, self.NEW),
        ):
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
        layout.addSpacing(8)
        layout.addWidget(buttons, 0, QtCore.Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(480)
        self.demo_button.setDefault(True)
        self.demo_button.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def first_run(parent: QWidget | None = None, new_path: Path | None = None) -> Shop | None:
    """Ask until a shop is open or the person quits (None)."""
    while True:
        dialog = StartDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.choice == StartDialog.DEMO:
            shop = open_demo_shop(parent)
        elif dialog.choice == StartDialog.OPEN:
            shop = ask_open_shop(parent)
        elif dialog.choice == StartDialog.SERVER:
            shop = ask_open_server_shop(parent)
        else:
            shop = ask_new_shop(parent, new_path)
        if shop is not None:
            return shop
