"""The simulated world as the shop's rows: ids, numbers, timestamps, statuses and the audit
trail, written table by table through the store (store/demo_rows.py)."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta

from jitdesk.demo.catalog import ProductSpec
from jitdesk.demo.customers import CustomerSpec
from jitdesk.demo.records import PRICE_CHANGE_AGE, Order, SupplierOrder, World
from jitdesk.demo.suppliers import SUPPLIERS
from jitdesk.domain.calendar import weekdays_to_text
from jitdesk.domain.models import ShopSettings
from jitdesk.domain.money import format_money
from jitdesk.domain.numbering import CUSTOMER_ORDER, SUPPLIER_ORDER
from jitdesk.domain.statuses import SupplierOrderStatus
from jitdesk.services.shop import Shop
from jitdesk.store import demo_rows as tables

ACTOR = "demo"
CATALOG_AGE = 120  # days before today that the catalog was set up


@functools.lru_cache(maxsize=65536)
def stamp(day: date, minute: int) -> str:
    """UTC ISO timestamp within the shop's opening hours (from 08:00 + minute)."""
    moment = datetime(day.year, day.month, day.day, 8, 0) + timedelta(minutes=minute)
    return moment.isoformat(timespec="seconds") + "+00:00"


class RowWriter:
    """Turns the simulated world into rows and writes them table by table; each row is a
    plain tuple in the column order of its table in store/demo_rows.py."""

    def __init__(
        self, shop: Shop, world: World, customers: list[CustomerSpec], settings: ShopSettings
    ) -> None:
        self.db, self.next_numbers = shop.db, shop.store.next_numbers
        self.world, self.customers, self.settings = world, customers, settings
        self.events: list[tuple] = []

    def write_all(self) -> None:
        self._catalog()
        self._customers()
        self._orders()
        self._supplier_orders()
        self._handovers_and_payments()
        tables.insert(self.db, tables.EVENTS, self.events)
        tables.check_references(self.db)

    def _event(self, at: str, entity: str, entity_id: int, action: str, summary: str) -> None:
        self.events.append((at, ACTOR, entity, entity_id, action, summary, tables.NO_DETAILS))

    def _catalog(self) -> None:
        db, world = self.db, self.world
        created = stamp(world.today - timedelta(days=max(CATALOG_AGE, world.history_days + 30)), 0)
        tables.insert(
            db,
            tables.SUPPLIERS,
            (
                (
                    s + 1, spec.name, spec.contact, spec.email, spec.phone, spec.address,
                    spec.account_number, spec.lead_time_days,
                    weekdays_to_text(spec.delivery_weekdays), spec.min_order_value,
                    f"We order every {spec.order_every_days} days.", spec.language,
                )
                for s, spec in enumerate(SUPPLIERS)
            ),
        )  # fmt: skip
        tables.insert(
            db,
            tables.PRODUCTS,
            (
                (p + 1, spec.sku, spec.name, spec.unit, spec.sale_price, spec.barcode)
                for p, spec in enumerate(world.catalog)
            ),
        )
        offers, costs = [], []
        changed = stamp(world.today - timedelta(days=PRICE_CHANGE_AGE), 30)
        for p, spec in enumerate(world.catalog):
            for o in spec.offers:
                offer_id = world.offer_ids[(p, o.supplier)]
                offers.append(
                    (
                        offer_id, p + 1, o.supplier + 1, o.supplier_sku, o.unit_cost,
                        o.pack_size, o.min_qty, o.lead_time_days, int(o.preferred),
                    )
                )  # fmt: skip
                old = world.price_change.get(offer_id)
                if old is not None:
                    costs.append((offer_id, old, created, "price list"))
                    costs.append((offer_id, o.unit_cost, changed, "price list"))
                else:
                    costs.append((offer_id, o.unit_cost, created, "price list"))
        tables.insert(db, tables.OFFERS, offers)
        tables.insert(db, tables.OFFER_COSTS, costs)
        self._event(
            created,
            "shop",
            1,
            "demo",
            f"Demo catalog: {len(SUPPLIERS)} suppliers, {len(world.catalog)} products",
        )

    def _customers(self) -> None:
        created = stamp(self.world.today - timedelta(days=self.world.history_days + 30), 0)
        tables.insert(
            self.db,
            tables.CUSTOMERS,
            (
                (i + 1, c.name, c.phone, c.email, c.notes, created)
                for i, c in enumerate(self.customers)
            ),
        )

    def _numbers(self, prefix: str, years: Iterable[int]) -> dict[int, Iterator[str]]:
        """Document numbers from the shop's counters, one per year given, in date order."""
        per_year = Counter(years)
        return {year: iter(self.next_numbers(prefix, year, n)) for year, n in per_year.items()}

    def _orders(self) -> None:
        world = self.world
        numbers = self._numbers(CUSTOMER_ORDER, (order.day.year for order in world.orders))
        line_id = 0
        order_rows, line_rows = [], []
        for index, order in enumerate(world.orders, start=1):
            order.id = index
            order.number = next(numbers[order.day.year])
            cancelled = order.cancelled_on is not None
            for line in order.lines:
                line_id += 1
                line.id = line_id
                line_rows.append(
                    (
                        line_id, order.id, line.line_no, line.product + 1,
                        world.catalog[line.product].name, 0 if cancelled else line.qty,
                        line.qty, line.price, line.promised.isoformat(),
                    )
                )  # fmt: skip
            order_rows.append(self._order_row(order))
        tables.insert(self.db, tables.CUSTOMER_ORDERS, order_rows)
        tables.insert(self.db, tables.CUSTOMER_ORDER_LINES, line_rows)

    def _order_row(self, order: Order) -> tuple:
        created = stamp(order.day, order.minute)
        status = order.status
        ready_at = notified_at = completed_at = cancelled_at = None
        updated = created
        if order.cancelled_on is not None:
            cancelled_at = updated = stamp(order.cancelled_on, 600)
            self._event(
                cancelled_at,
                "customer_order",
                order.id,
                "cancelled",
                f"Order {order.number} cancelled",
            )
        elif order.ready_on is not None:
            ready_at = updated = stamp(order.ready_on, 560)
            if order.notified:
                notified_at = updated = stamp(order.ready_on, 570)
            if order.handed_on is not None:
                completed_at = updated = stamp(order.handed_on, 580)
        promised = max(line.promised for line in order.lines).isoformat()
        self._event(created, "customer_order", order.id, "created", f"Order {order.number} logged")
        return (
            order.id, order.number, order.customer + 1, order.day.isoformat(), promised,
            status.value, order.channel, order.external_ref, "", created, updated, ready_at,
            notified_at, completed_at, cancelled_at,
        )  # fmt: skip

    def _supplier_orders(self) -> None:
        world, db = self.world, self.db
        world.supplier_orders.sort(key=lambda so: (so.created, so.supplier))
        numbers = self._numbers(SUPPLIER_ORDER, (so.created.year for so in world.supplier_orders))
        so_rows, line_rows, cover_rows, receipt_rows, rline_rows = [], [], [], [], []
        line_id = cover_id = 0
        for index, so in enumerate(world.supplier_orders, start=1):
            assert so.expected is not None
            so.id = index
            so.number = next(numbers[so.created.year])
            created = stamp(so.created, 480 + so.supplier)
            draft = so.status == SupplierOrderStatus.DRAFT
            sent_at = None if draft else stamp(so.created, 500 + so.supplier)
            so_rows.append(
                (
                    so.id, so.number, so.supplier + 1, so.status.value, so.expected.isoformat(),
                    "", created, sent_at or created, sent_at,
                )
            )  # fmt: skip
            self._event(
                created, "supplier_order", so.id, "created", f"Supplier order {so.number} created"
            )
            if so.held_value is not None:
                self._event(created, "supplier_order", so.id, "held", self._held_summary(so))
            if sent_at:
                self._event(sent_at, "supplier_order", so.id, "sent", f"{so.number} sent")
            for line_no, sl in enumerate(so.lines.values(), start=1):
                line_id += 1
                sl.id = line_id
                product = world.catalog[sl.product]
                line_rows.append(
                    (
                        line_id, so.id, line_no, sl.product + 1, sl.offer.offer_id,
                        _supplier_sku(product, sl.offer.supplier_id), product.name,
                        sl.unit_cost, sl.offer.pack_size, sl.qty, sl.expected.isoformat(),
                    )
                )  # fmt: skip
                for cover in sl.covers:
                    cover_id += 1
                    cover.id = cover_id
                    cover_rows.append((cover_id, line_id, cover.line.id, cover.qty, created))
                if so.received_on is not None and sl.received:
                    rline_rows.append((so.id, line_id, sl.product + 1, sl.received, sl.unit_cost))
            if so.received_on is not None:
                at = stamp(so.received_on, 120 + so.supplier)
                # One receipt per delivered supplier order: its id is the supplier order's id.
                receipt_rows.append((so.id, so.id, so.received_on.isoformat(), at))
                self._event(
                    at, "supplier_order", so.id, "received", f"Delivery for {so.number} recorded"
                )
        tables.insert(db, tables.SUPPLIER_ORDERS, so_rows)
        tables.insert(db, tables.SUPPLIER_ORDER_LINES, line_rows)
        tables.insert(db, tables.COVERAGE, cover_rows)
        tables.insert(db, tables.RECEIPTS, receipt_rows)
        tables.insert(db, tables.RECEIPT_LINES, rline_rows)

    def _held_summary(self, so: SupplierOrder) -> str:
        """Why a draft waits; for the shop's eyes only, so not in the notes the supplier reads."""
        currency = self.settings.currency
        assert so.held_value is not None
        value = format_money(so.held_value, currency)
        minimum = format_money(SUPPLIERS[so.supplier].min_order_value, currency)
        return f"{so.number} held: {value} is below the minimum order value of {minimum}."

    def _handovers_and_payments(self) -> None:
        world, db = self.world, self.db
        alloc_rows: list[tuple[int, int, int, int | None, int | None, str]] = []
        hand_rows: list[tuple[int, int, str]] = []
        hline_rows: list[tuple[int, int, int]] = []
        pay_rows: list[tuple[int, int, str, str, str]] = []
        for order in world.orders:
            for line in order.lines:
                for a in line.allocs:
                    alloc_rows.append(
                        (
                            line.id, line.product + 1, a.qty,
                            a.receipt.id if a.receipt else None,
                            a.cover.id if a.cover else None, stamp(a.day, 130),
                        )
                    )  # fmt: skip
            created = stamp(order.day, order.minute)
            if order.deposit:
                pay_rows.append((order.id, order.deposit, "deposit", order.method, created))
            handed_on = order.handed_on or order.partial_handover_on
            if handed_on is not None:
                handover_id = len(hand_rows) + 1
                at = stamp(handed_on, 400 + order.minute % 100)
                hand_rows.append((handover_id, order.id, at))
                for line in order.lines:
                    if line.handed:
                        hline_rows.append((handover_id, line.id, line.handed))
                self._event(
                    at, "customer_order", order.id, "handed over", f"{order.number} handed over"
                )
            if order.handed_on is not None and order.total > order.deposit:
                at = stamp(order.handed_on, 400 + order.minute % 100)
                balance = order.total - order.deposit
                pay_rows.append((order.id, balance, "balance", "card", at))
            if order.cancelled_on is not None and order.deposit:
                at = stamp(order.cancelled_on, 601)
                pay_rows.append((order.id, -order.deposit, "refund", order.method, at))
        tables.insert(db, tables.ALLOCATIONS, alloc_rows)
        tables.insert(db, tables.HANDOVERS, hand_rows)
        tables.insert(db, tables.HANDOVER_LINES, hline_rows)
        tables.insert(db, tables.PAYMENTS, pay_rows)
        tables.insert(
            db,
            tables.WRITE_OFFS,
            (
                (p + 1, qty, world.terms[p][0].unit_cost, reason, stamp(day, 300))
                for p, qty, day, reason in world.write_offs
            ),
        )


def _supplier_sku(product: ProductSpec, supplier: int) -> str:
    return next(o.supplier_sku for o in product.offers if o.supplier == supplier)
