"""GUI fixtures: a small shop made through the services, a fixed clock, private QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    ProductInput,
    ShopSettings,
    SupplierInput,
)
from jitdesk.services import catalog, customers, settings
from jitdesk.services.shop import Shop

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday


def clock() -> datetime:
    return NOW


@dataclass
class GuiShop:
    shop: Shop
    products: dict[str, int]
    customers: dict[str, int]


@pytest.fixture(autouse=True, scope="session")
def english_gui(qapp):
    """The GUI as an English user sees it: with the English catalog, so counts read "1 order"
    and "2 orders" as in the app, not the source's "order(s)"."""
    from jitdesk.gui import i18n

    i18n.install_translators("en")


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path, monkeypatch):
    """QSettings and recent-shop lists go to a temporary folder, never the tester's own."""
    QCoreApplication.setOrganizationName("jitdesk-tests")
    QCoreApplication.setApplicationName("jitdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    from jitdesk.gui import shop_files

    monkeypatch.setattr(shop_files, "data_folder", lambda: tmp_path / "data")
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def bugs_fail_the_test(monkeypatch):
    """A bug in a write action would open the (modal) bug dialog and hang the run: raise it
    instead, so the test fails with its traceback."""
    from jitdesk.gui import action_runner

    def raise_bug(_parent, exc: BaseException) -> None:
        raise exc

    monkeypatch.setattr(action_runner, "show_bug", raise_bug)


@pytest.fixture
def gui_shop(tmp_path) -> GuiShop:
    """Two suppliers, three products (one without an offer), three customers; 20 % deposit."""
    path = tmp_path / "velo.jitdesk"
    settings.create_shop(path, "Vélo Ltd", "EUR").close()
    shop = Shop.open(path, clock=clock)
    settings.update_settings(
        shop,
        ShopSettings(name="Vélo Ltd", currency="EUR", locale="en_GB", deposit_percent=20),
    )
    # Fast supplier: 7 days, delivers Mon-Fri. Slow one: 10 days, delivers Tuesdays only.
    fast = catalog.add_supplier(shop, SupplierInput("Alpine Parts", lead_time_days=7))
    slow = catalog.add_supplier(
        shop, SupplierInput("Nordic Cycles", lead_time_days=10, delivery_weekdays=frozenset({1}))
    )
    products = {}
    for sku, name, price, supplier, barcode in (
        ("BRK-100", "Brake pads Shimano B01S", 1250, fast, "4006381333931"),
        ("CHN-11", "Chain 11-speed", 3499, slow, None),
        ("TYR-700", "Tyre 700x25 Gatorskin", 4500, fast, None),
    ):
        pid = catalog.add_product(shop, ProductInput(sku, name, price, barcode=barcode))
        catalog.set_offer(shop, OfferInput(pid, supplier, unit_cost=price // 2, supplier_sku=sku))
        products[sku] = pid
    products["NOOFFER"] = catalog.add_product(shop, ProductInput("NOOFFER", "Bell brass", 900))
    people = {}
    for name, phone, email in (
        ("Zoë Ångström", "+46 70 123 45 67", "zoe@example.se"),
        ("Δημήτρης Παπαδόπουλος", "+30 210 555 0101", ""),
        ("Иван Петров", "", "ivan@example.ru"),
    ):
        people[name] = customers.add_customer(shop, CustomerInput(name, phone, email))
    yield GuiShop(shop, products, people)
    shop.close()
