"""The app on a shop on a real PostgreSQL server: opened by its address as the app opens any
shop, remembered without a password, and an order saved at another desk shows on the page on
screen without anyone asking; this desk's next order gets the next number."""

from __future__ import annotations

import pytest

from tests.pg_server import import_psycopg

import_psycopg()

from jitdesk.domain.models import OrderInput, OrderLineInput  # noqa: E402
from jitdesk.gui import shop_files  # noqa: E402
from jitdesk.gui.dialogs.server_shop_dialog import ServerShopDialog  # noqa: E402
from jitdesk.gui.main_window import MainWindow  # noqa: E402
from jitdesk.services import settings  # noqa: E402
from jitdesk.services.orders import create_order  # noqa: E402
from jitdesk.services.shop import Shop  # noqa: E402
from tests import engines  # noqa: E402
from tests.services.jit_fixtures import build_world  # noqa: E402

pytestmark = pytest.mark.spawns


@pytest.fixture(scope="module")
def template() -> str:
    """A server shop with a supplier, products and customers, copied for each test."""
    url = engines.new_database()
    shop = settings.create_shop(url, "Vélo Ltd", "EUR")
    build_world(shop)
    shop.close()
    return url.rsplit("/", 1)[1]


def one_order(shop: Shop, product_id: int = 1, customer_id: int = 1) -> str:
    return create_order(shop, OrderInput(customer_id, [OrderLineInput(product_id, 2)])).number


def test_another_desks_order_shows_on_this_desks_open_page(qtbot, template):
    url = engines.new_database(template)
    shop = shop_files.open_shop_file(url)
    assert shop is not None and shop.on_server
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = Shop.remembered_location(url)  # the socket folder as a host= option
    assert shown.endswith(url.rsplit("/", 1)[1] + "?host=" + engines.server().socket_dir.as_posix())
    assert window.shop_label.toolTip() == shown and "…" in window.shop_label.text()
    assert shop_files.recent_shops() == [shown]
    assert engines.server().password not in str(shop_files.recent_shops())
    window.go_to("orders")
    page = window.pages["orders"]
    assert page.model.rowCount() == 0

    other_desk = Shop.open(url)
    try:
        theirs = one_order(other_desk)
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
        assert window.statusBar().currentMessage() == "Updated with changes from another desk."
        ours = one_order(window.shop, product_id=2, customer_id=2)
        assert int(ours.rsplit("-", 1)[1]) == int(theirs.rsplit("-", 1)[1]) + 1
    finally:
        other_desk.close()
        window.close()


def test_staff_added_at_another_desk_makes_this_desk_ask_who_works_here(qtbot, template):
    from PySide6.QtWidgets import QLabel

    from jitdesk.domain.permissions import Role
    from jitdesk.gui.dialogs.sign_in_dialog import SignInDialog
    from jitdesk.services import people

    url = engines.new_database(template)
    owner_desk = Shop.open(url)
    people.add_person(owner_desk, "Olga", "1111")
    shop = shop_files.open_shop_file(url)  # one person: this desk works as Olga, no PIN
    assert shop is not None and shop.person is not None
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.findChild(SignInDialog) is None
        people.add_person(owner_desk, "Sam", "2222", Role.STAFF)
        qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None, timeout=3000)
        assert shop.person is None
        label = window.findChild(QLabel, "personLabel")
        assert label is not None and label.text() == "Nobody signed in"
        dialog = window.findChild(SignInDialog)
        dialog.pin.setText("1111")
        dialog.accept()
        qtbot.waitUntil(lambda: shop.person is not None, timeout=3000)
        assert shop.person.name == "Olga" and not shop.person_assumed
    finally:
        owner_desk.close()
        window.close()


def test_the_server_dialog_offers_the_server_shops_opened_before(qtbot, tmp_path):
    shop_files.remember_shop(tmp_path / "velo.jitdesk")
    shop_files.remember_shop("postgresql://anna:secret@db.example:5432/bikeshop")
    assert shop_files.recent_server_shops() == ["postgresql://anna@db.example:5432/bikeshop"]
    dialog = ServerShopDialog(shop_files.recent_server_shops())
    qtbot.addWidget(dialog)
    assert dialog.typed() == "postgresql://anna@db.example:5432/bikeshop"
    assert dialog.open_button.isEnabled()
    dialog.address.setEditText("")
    assert not dialog.open_button.isEnabled()
    assert dialog.open_button.toolTip() == "Type the server shop's address."


def test_a_connection_saved_by_name_is_offered_first_and_opens_the_shop(
    qtbot, template, tmp_path, monkeypatch
):
    from jitdesk.gui.dialogs import server_shop_dialog

    url = engines.new_database(template)
    services = tmp_path / "pg_service.conf"
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    chosen = []

    def type_and_save(parent, recent, saved=None):
        dialog = ServerShopDialog(recent, parent, saved)
        qtbot.addWidget(dialog)
        chosen.append([dialog.address.itemText(i) for i in range(dialog.address.count())])
        dialog.address.setEditText(url)
        dialog.save_as.setText("velo-shop")
        return dialog.choice()

    monkeypatch.setattr(server_shop_dialog, "ask_server_address", type_and_save)
    shop = shop_files.ask_open_server_shop()
    assert shop is not None
    try:
        assert shop.address == "postgresql:///?service=velo-shop"
    finally:
        shop.close()
    assert "[velo-shop]" in services.read_text() and engines.server().password not in (
        services.read_text()
    )
    assert chosen == [[]]  # nothing saved or opened before
    assert shop_files.recent_server_shops() == ["postgresql:///?service=velo-shop"]
    dialog = ServerShopDialog(shop_files.recent_server_shops(), None, ["postgresql:///?service=a"])
    qtbot.addWidget(dialog)
    assert dialog.typed() == "postgresql:///?service=a"  # saved ones first, then recent
    assert dialog.address.count() == 2


def test_a_password_the_computer_lacks_is_asked_for_and_kept_only_where_asked(
    qtbot, template, tmp_path, monkeypatch
):
    from jitdesk.gui.dialogs import password_dialog
    from jitdesk.gui.dialogs.password_dialog import TypedPassword

    url = engines.new_database(template)
    passfile = tmp_path / "pgpass"
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    right = engines.server().password
    asked = []
    answers = [TypedPassword("not it", remember=True), TypedPassword(right, remember=True)]

    def answer(_parent, login):
        asked.append(login)
        return answers.pop(0)

    monkeypatch.setattr(password_dialog, "ask_password", answer)
    shop = shop_files.open_shop_file(url)
    assert shop is not None
    shop.close()
    assert [(a.refused, a.dbname) for a in asked] == [(False, url.rsplit("/", 1)[1])] + [
        (True, url.rsplit("/", 1)[1])
    ]
    assert passfile.stat().st_mode & 0o777 == 0o600
    assert passfile.read_text().count(right) == 1 and "not it" not in passfile.read_text()
    assert right not in str(shop_files.recent_shops())
    again = Shop.open(url)  # libpq now finds it on its own
    again.close()


def test_a_password_dialog_can_be_cancelled_and_nothing_is_kept(
    qtbot, template, tmp_path, monkeypatch
):
    from jitdesk.gui.dialogs import password_dialog

    url = engines.new_database(template)
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setattr(password_dialog, "ask_password", lambda _parent, _login: None)
    assert shop_files.open_shop_file(url) is None
    assert not (tmp_path / "pgpass").exists() and shop_files.recent_shops() == []


def test_the_password_dialog_opens_only_with_a_password_typed(qtbot):
    from jitdesk.gui.dialogs.password_dialog import PasswordDialog
    from jitdesk.services.server_login import Login

    dialog = PasswordDialog(Login("anna", "db.example:5432", "bikeshop", refused=False))
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isEnabled()
    assert dialog.open_button.toolTip() == "Type the password first."
    qtbot.keyClicks(dialog.password, "s3cret")
    assert dialog.open_button.isEnabled() and not dialog.remember.isChecked()
    assert dialog.typed().password == "s3cret"
    assert "pgpass" in dialog.remember.text()


def test_the_password_dialog_says_a_remembered_password_goes_to_the_keyring(qtbot):
    from jitdesk.gui.dialogs.password_dialog import PasswordDialog
    from jitdesk.services.server_login import Login

    login = Login("anna", "db.example:5432", "bikeshop", refused=True, keyring=True)
    dialog = PasswordDialog(login, None)
    qtbot.addWidget(dialog)
    assert dialog.remember.text() == "&Remember it in this computer's keyring"


def test_the_first_start_offers_a_shop_on_a_server(qtbot, template, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from jitdesk.gui import app as gui_app
    from jitdesk.gui.dialogs import server_shop_dialog

    url = engines.new_database(template)

    def choose_server(self) -> int:
        assert self.server_button.isVisible() or not self.isVisible()
        self.choice = shop_files.StartDialog.SERVER
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(shop_files.StartDialog, "exec", choose_server)
    monkeypatch.setattr(
        server_shop_dialog,
        "ask_server_address",
        lambda _parent, _recent, _saved=None: server_shop_dialog.ServerChoice(url, ""),
    )
    shop = gui_app.choose_shop(None)
    assert shop is not None
    try:
        assert shop.on_server and shop_files.recent_shops() == [Shop.remembered_location(url)]
    finally:
        shop.close()
