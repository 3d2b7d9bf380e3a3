"""The pages of the main window, in navigation order, and their lazy construction.

A page's module is imported and the page built the first time it is shown, so opening a shop
builds one page instead of thirteen (and imports none of the others' code).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module

from jitdesk.gui.i18n import QT_TR_NOOP
from jitdesk.gui.pages.page import Page


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: str  # the navigation text, translated when shown
    module: str
    class_name: str

    def load(self) -> type[Page]:
        page_class = getattr(import_module(self.module), self.class_name)
        assert page_class.key == self.key, (page_class, self.key)
        return page_class


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TR_NOOP("Today"), "jitdesk.gui.pages.today_page", "TodayPage"),
    PageSpec(
        "orders", QT_TR_NOOP("Customer orders"), "jitdesk.gui.pages.orders_page", "OrdersPage"
    ),
    PageSpec("plan", QT_TR_NOOP("Plan"), "jitdesk.gui.pages.plan_page", "PlanPage"),
    PageSpec(
        "supplier_orders",
        QT_TR_NOOP("Supplier orders"),
        "jitdesk.gui.pages.supplier_orders_page",
        "SupplierOrdersPage",
    ),
    PageSpec(
        "receiving", QT_TR_NOOP("Receiving"), "jitdesk.gui.pages.receiving_page", "ReceivingPage"
    ),
    PageSpec("pickup", QT_TR_NOOP("Pickup counter"), "jitdesk.gui.pages.pickup_page", "PickupPage"),
    PageSpec(
        "deliveries",
        QT_TR_NOOP("Deliveries"),
        "jitdesk.gui.pages.deliveries_page",
        "DeliveriesPage",
    ),
    PageSpec("catalog", QT_TR_NOOP("Catalog"), "jitdesk.gui.pages.catalog_page", "CatalogPage"),
    PageSpec(
        "suppliers", QT_TR_NOOP("Suppliers"), "jitdesk.gui.pages.suppliers_page", "SuppliersPage"
    ),
    PageSpec(
        "customers", QT_TR_NOOP("Customers"), "jitdesk.gui.pages.customers_page", "CustomersPage"
    ),
    PageSpec("surplus", QT_TR_NOOP("Surplus"), "jitdesk.gui.pages.surplus_page", "SurplusPage"),
    PageSpec("reports", QT_TR_NOOP("Reports"), "jitdesk.gui.pages.reports_page", "ReportsPage"),
    PageSpec(
        "documents", QT_TR_NOOP("Documents"), "jitdesk.gui.pages.documents_page", "DocumentsPage"
    ),
    PageSpec("settings", QT_TR_NOOP("Settings"), "jitdesk.gui.pages.settings_page", "SettingsPage"),
)


class LazyPages(Mapping[str, Page]):
    """Pages by key; looking one up builds it (once) with `build(spec)`."""

    def __init__(self, specs: tuple[PageSpec, ...], build: Callable[[PageSpec], Page]) -> None:
        self._specs = {spec.key: spec for spec in specs}
        self._build = build
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        if key not in self._built:
            self._built[key] = self._build(self._specs[key])
        return self._built[key]

    def __contains__(self, key: object) -> bool:  # without building the page
        return key in self._specs

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> list[Page]:
        """The pages built so far (the others have nothing to refresh)."""
        return list(self._built.values())
