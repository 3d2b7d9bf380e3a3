"""`jitdesk demo FILE`: a believable shop with history, in every state the JIT loop knows.

The shop's last eight weeks are simulated in Python, then written with executemany in one
transaction (sqlite-utils `insert_all` is ~12x slower; DESIGN §10), so 100,000 orders take
seconds. The simulation follows the rules of DESIGN §2, so `jitdesk check` finds nothing:

* each supplier is sent an order every few days for the demand logged since the last one;
  surplus on hand is used first, the rest is rounded up to pack size and minimum quantity;
* orders whose expected date has passed were received (or are late, or partly received);
  received units go to covered customer lines oldest first, the rest becomes surplus;
* demand logged since the last supplier order sits in a draft (or waits, for suppliers
  without a draft), today's orders wait; customer orders whose lines are all in are ready,
  most of them were collected and paid; a few orders were cancelled (their units on sent
  orders arrive as surplus, deposits refunded); a little old surplus was written off.
"""

from __future__ import annotations

import functools
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from pathlib import Path

from jitdesk.domain.calendar import arrival_date, promised_date
from jitdesk.domain.clock import Clock, local_date, system_clock
from jitdesk.domain.demo_data import (
    SUPPLIERS,
    CustomerSpec,
    ProductSpec,
    demo_catalog,
    demo_customer,
    demo_settings,
)
from jitdesk.domain.errors import ShopFileError, ValidationError
from jitdesk.domain.money import format_money
from jitdesk.domain.promise import OfferTerms, offer_for_promise
from jitdesk.services.settings import create_shop
from jitdesk.store import bulk

HISTORY_DAYS = 56
MAX_DEMO_ORDERS = 1_000_000


# --- the simulated world -------------------------------------------------------------------


@dataclass(slots=True)
class _Cov:
    so_line: _SOLine
    line: _Line
    qty: int
    id: int = 0


@dataclass(slots=True)
class _Alloc:
    qty: int
    day: date
    receipt: _SO | None  # the supplier order whose receipt brought the units; None = surplus
    cov: _Cov | None


@dataclass(slots=True)
class _Line:
    order: _Order
    line_no: int
    product: int  # index into the catalog
    qty: int
    price: int
    promised: date
    offer: OfferTerms
    allocs: list[_Alloc] = field(default_factory=list)
    handed: int = 0
    id: int = 0

    @property
    def allocated(self) -> int:
        return sum(a.qty for a in self.allocs)


@dataclass(slots=True)
class _Order:
    day: date
    customer: int
    channel: str
    external_ref: str | None
    lines: list[_Line] = field(default_factory=list)
    deposit: int = 0
    method: str = "cash"
    cancelled_on: date | None = None
    ready_on: date | None = None
    handed_on: date | None = None
    partial_handover_on: date | None = None
    minute: int = 0
    id: int = 0
    number: str = ""

    @property
    def total(self) -> int:
        return sum(line.qty * line.price for line in self.lines)


@dataclass(slots=True)
class _SOLine:
    so: _SO
    product: int
    offer: OfferTerms
    unit_cost: int
    expected: date
    qty: int = 0
    received: int = 0
    covs: list[_Cov] = field(default_factory=list)
    id: int = 0


@dataclass(slots=True)
class _SO:
    supplier: int
    created: date
    status: str = "draft"
    expected: date | None = None
    received_on: date | None = None
    lines: dict[int, _SOLine] = field(default_factory=dict)
    notes: str = ""
    id: int = 0
    number: str = ""


@dataclass(slots=True)
class _World:
    today: date
    rng: random.Random
    catalog: list[ProductSpec]
    offer_ids: dict[tuple[int, int], int]  # (product index, supplier index) -> offer id
    terms: list[list[OfferTerms]]  # per product
    price_change: dict[int, int]  # offer id -> old cost (changed PRICE_CHANGE_AGE days ago)
    orders: list[_Order] = field(default_factory=list)
    sos: list[_SO] = field(default_factory=list)
    surplus: dict[int, list[list]] = field(default_factory=lambda: defaultdict(list))
    write_offs: list[tuple[int, int, date, str]] = field(default_factory=list)
    over_deliveries: int = 0


PRICE_CHANGE_AGE = 21


def _round_up(qty: int, pack: int, min_qty: int) -> int:
    qty = max(qty, min_qty)
    return -(-qty // pack) * pack


# --- generation ------------------------------------------------------------------------------


def _build_world(today: date, n_orders: int, n_customers: int, rng: random.Random) -> _World:
    catalog = demo_catalog(rng, 300)
    offer_ids: dict[tuple[int, int], int] = {}
    terms: list[list[OfferTerms]] = []
    price_change: dict[int, int] = {}
    for p, product in enumerate(catalog):
        product_terms = []
        for spec in product.offers:
            offer_id = len(offer_ids) + 1
            offer_ids[(p, spec.supplier)] = offer_id
            supplier = SUPPLIERS[spec.supplier]
            lead = supplier.lead_time_days if spec.lead_time_days is None else spec.lead_time_days
            product_terms.append(
                OfferTerms(
                    offer_id,
                    p,
                    spec.supplier,
                    spec.unit_cost,
                    spec.pack_size,
                    spec.min_qty,
                    lead,
                    frozenset(supplier.delivery_weekdays),
                    spec.preferred,
                )
            )
            if rng.random() < 0.15:
                price_change[offer_id] = round(spec.unit_cost / rng.uniform(1.04, 1.12))
        terms.append(product_terms)
    world = _World(today, rng, catalog, offer_ids, terms, price_change)
    _make_orders(world, n_orders, n_customers)
    return world


def _make_orders(world: _World, n_orders: int, n_customers: int) -> None:
    rng, today = world.rng, world.today
    days = [today - timedelta(days=d) for d in range(HISTORY_DAYS)]
    open_days = [d for d in days if d.weekday() != 6]
    weights = [1.0 + 0.4 * (d.weekday() == 5) for d in open_days]  # Saturdays are busy
    cum_products = []
    running = 0.0
    for product in world.catalog:
        running += product.popularity
        cum_products.append(running)
    product_range = range(len(world.catalog))
    promise_cache: dict[tuple[int, date], tuple[OfferTerms, date]] = {}
    order_days = rng.choices(open_days, weights=weights, k=n_orders)
    order_days.sort()
    web_ref = 10_000
    for day in order_days:
        channel = rng.choices(("counter", "phone", "web"), (60, 25, 15))[0]
        ref = None
        if channel == "web":
            web_ref += rng.randint(1, 3)
            ref = f"#{web_ref}"
        order = _Order(day, rng.randrange(n_customers), channel, ref, minute=rng.randint(0, 539))
        picks = rng.choices(
            product_range, cum_weights=cum_products, k=rng.choice((1, 1, 1, 2, 2, 3, 4))
        )
        for p in dict.fromkeys(picks):
            cached = promise_cache.get((p, day))
            if cached is None:
                offer = offer_for_promise(world.terms[p], day)
                arrival = arrival_date(day, offer.lead_time_days, offer.delivery_weekdays)
                cached = promise_cache[(p, day)] = (offer, promised_date(arrival, 1, (6,)))
            offer, promise = cached
            bulk_item = offer.pack_size >= 10
            qty = rng.choice((1, 2, 2, 4, 5)) if bulk_item else rng.choice((1, 1, 1, 1, 2))
            price = world.catalog[p].sale_price
            if rng.random() < 0.1:
                price = price * rng.choice((90, 95)) // 100
            order.lines.append(_Line(order, len(order.lines) + 1, p, qty, price, promise, offer))
        if rng.random() < 0.55:
            order.deposit = min(order.total, round(order.total * 0.3 / 100) * 100)
            order.method = rng.choice(("cash", "card", "card", "bank transfer"))
        age = (today - day).days
        if age >= 1 and rng.random() < 0.05:
            order.cancelled_on = day + timedelta(days=rng.randint(0, min(age, 10)))
        world.orders.append(order)


def _cycles(world: _World) -> list[tuple[date, int, bool]]:
    """(day, supplier, is_draft) of every supplier order, in date order."""
    start = world.today - timedelta(days=HISTORY_DAYS)
    result = []
    for s, spec in enumerate(SUPPLIERS):
        day = start + timedelta(days=s % spec.order_every_days)
        last = None
        while day <= world.today - timedelta(days=1):
            result.append((day, s, False))
            last = day
            day += timedelta(days=spec.order_every_days)
        if s != 3 and last is not None:  # Nordisk's small orders wait for its weekly order
            result.append((world.today, s, True))
    result.sort(key=lambda c: (c[0], c[2], c[1]))
    return result


def _simulate(world: _World) -> None:
    by_supplier: dict[int, list[_Line]] = defaultdict(list)
    for order in world.orders:
        for line in order.lines:
            by_supplier[line.offer.supplier_id].append(line)
    position: dict[int, int] = defaultdict(int)  # next unplanned line per supplier
    for day, s, is_draft in _cycles(world):
        lines = by_supplier[s]
        start = position[s]
        end = start
        limit = day - timedelta(days=1) if is_draft else day
        while end < len(lines) and lines[end].order.day <= limit:
            end += 1
        position[s] = end
        so = _SO(s, day)
        for line in lines[start:end]:
            _plan_line(world, so, line, day, is_draft)
        so.lines = {p: sl for p, sl in so.lines.items() if sl.covs or sl.qty}
        if not so.lines:
            continue
        for sl in so.lines.values():
            need = sl.qty + sum(c.qty for c in sl.covs)
            sl.qty = _round_up(need, sl.offer.pack_size, sl.offer.min_qty)
        so.expected = max(sl.expected for sl in so.lines.values())
        world.sos.append(so)
        if is_draft:
            _note_minimum(so)
            continue
        so.status = "sent"
        if so.expected < world.today:
            fate = _fate(world, so)
            if fate != "late":
                _receive(world, so, partial=fate == "partial")


def _fate(world: _World, so: _SO) -> str:
    """What happened to a sent order whose expected date has passed: late, partial, received.

    Orders that fell due in the last week are late for two suppliers and partly received for
    three others, so every demo shop shows those states however few orders it has."""
    recent = (world.today - so.expected).days <= 6
    if recent and so.supplier in (0, 3):
        return "late"
    if recent and so.supplier in (1, 4, 6):
        return "partial"
    roll = world.rng.random()
    if roll < 0.04 and (world.today - so.expected).days < 10:
        return "late"
    if roll < 0.1:
        return "partial"
    return "received"


def _plan_line(world: _World, so: _SO, line: _Line, day: date, is_draft: bool) -> None:
    """Put one customer line on the supplier order being made on `day` (surplus first)."""
    order = line.order
    if order.cancelled_on is not None and (is_draft or order.cancelled_on <= day):
        return
    sl = so.lines.get(line.product)
    if sl is None:
        offer = line.offer
        cost = offer.unit_cost
        if offer.offer_id in world.price_change and (world.today - day).days > PRICE_CHANGE_AGE:
            cost = world.price_change[offer.offer_id]
        expected = arrival_date(day, offer.lead_time_days, offer.delivery_weekdays)
        sl = so.lines[line.product] = _SOLine(so, line.product, offer, cost, expected)
    if order.cancelled_on is not None:
        sl.qty += line.qty  # ordered, then the customer cancelled: they arrive as surplus
        return
    need = line.qty - _take_surplus(world, line, day)
    if need > 0:
        cov = _Cov(sl, line, need)
        sl.covs.append(cov)


def _take_surplus(world: _World, line: _Line, day: date) -> int:
    taken = 0
    for entry in world.surplus.get(line.product, ()):
        if entry[0] <= day and entry[1] > 0:
            qty = min(entry[1], line.qty - taken)
            entry[1] -= qty
            taken += qty
            line.allocs.append(_Alloc(qty, day, None, None))
            if taken == line.qty:
                break
    return taken


def _note_minimum(so: _SO) -> None:
    supplier = SUPPLIERS[so.supplier]
    value = sum(sl.qty * sl.unit_cost for sl in so.lines.values())
    if value < supplier.min_order_value:
        so.notes = (
            f"Held: {format_money(value, 'EUR')} is below the minimum order value of "
            f"{format_money(supplier.min_order_value, 'EUR')}."
        )


def _receive(world: _World, so: _SO, *, partial: bool) -> None:
    rng = world.rng
    day = min(so.expected, world.today - timedelta(days=1))
    so.received_on = day
    lines = list(so.lines.values())
    amounts = {id(sl): sl.qty for sl in lines}
    if partial:
        if len(lines) > 1:
            missing = rng.sample(lines, max(1, len(lines) // 2))
            for sl in missing:
                amounts[id(sl)] = 0
        elif lines[0].qty >= 2:
            amounts[id(lines[0])] = lines[0].qty // 2
        else:
            partial = False
    elif rng.random() < 0.1:
        extra = rng.choice(lines)
        amounts[id(extra)] += extra.offer.pack_size
        world.over_deliveries += 1
    so.status = "partially received" if partial else "received"
    for sl in lines:
        sl.received = amounts[id(sl)]
        left = sl.received
        for cov in sl.covs:
            if left <= 0:
                break
            qty = min(cov.qty, left)
            cov.line.allocs.append(_Alloc(qty, day, so, cov))
            left -= qty
        if left > 0:
            world.surplus[sl.product].append([day, left])


def _settle_orders(world: _World) -> None:
    """Ready, collected and partly handed-over orders, from what arrived when."""
    rng, today = world.rng, world.today
    for order in world.orders:
        if order.cancelled_on is not None:
            continue
        complete = [line for line in order.lines if line.allocated >= line.qty]
        if len(complete) == len(order.lines):
            order.ready_on = max(a.day for line in order.lines for a in line.allocs)
            waited = (today - order.ready_on).days
            chance = 0.95 if waited >= 14 else 0.8 if waited >= 5 else 0.5 if waited >= 2 else 0.15
            if waited >= 1 and rng.random() < chance:
                order.handed_on = order.ready_on + timedelta(
                    days=rng.randint(0, min(waited - 1, 9))
                )
                for line in order.lines:
                    line.handed = line.qty
        elif complete and rng.random() < 0.1:
            day = max(a.day for line in complete for a in line.allocs)
            if day < today:
                order.partial_handover_on = day + timedelta(days=1)
                for line in complete:
                    line.handed = line.qty


def _write_off_old_surplus(world: _World) -> None:
    cutoff = world.today - timedelta(days=21)
    reasons = ("Damaged in storage", "Used in the workshop", "Stock count correction")
    for product, entries in sorted(world.surplus.items()):
        old = [e for e in entries if e[0] <= cutoff and e[1] > 0]
        if old and world.rng.random() < 0.12:
            qty = max(1, old[0][1] // 2)
            old[0][1] -= qty
            when = old[0][0] + timedelta(days=world.rng.randint(7, 14))
            world.write_offs.append((product, qty, when, world.rng.choice(reasons)))


# --- rows ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _stamp(day: date, minute: int) -> str:
    """UTC ISO timestamp within the shop's opening hours (from 08:00 + minute)."""
    moment = datetime(day.year, day.month, day.day, 8, 0) + timedelta(minutes=minute)
    return moment.isoformat(timespec="seconds") + "+00:00"


class _Writer:
    """Turns the simulated world into rows and writes them table by table."""

    def __init__(self, shop, world: _World, customers: list[CustomerSpec]) -> None:
        self.shop, self.db, self.world, self.customers = shop, shop.db, world, customers
        self.events: list[tuple] = []

    def write_all(self) -> None:
        self._catalog()
        self._customers()
        self._orders()
        self._supplier_orders()
        self._handovers_and_payments()
        bulk.insert_rows(
            self.db,
            "events",
            ("at", "actor", "entity", "entity_id", "action", "summary", "details"),
            self.events,
        )
        broken = bulk.foreign_key_violations(self.db)
        if broken:  # a bug in the generator, never the user's fault
            raise RuntimeError(f"The demo generator wrote dangling references: {broken[:5]}")

    def _event(self, at: str, entity: str, entity_id: int, action: str, summary: str) -> None:
        self.events.append((at, "demo", entity, entity_id, action, summary, "{}"))

    def _catalog(self) -> None:
        db, world = self.db, self.world
        start = world.today - timedelta(days=120)
        created = _stamp(start, 0)
        bulk.insert_rows(
            db,
            "suppliers",
            (
                "id", "name", "contact", "email", "phone", "address", "account_number",
                "lead_time_days", "delivery_weekdays", "min_order_value", "notes",
            ),
            (
                (
                    s + 1, spec.name, spec.contact, spec.email, spec.phone, spec.address,
                    spec.account_number, spec.lead_time_days,
                    ",".join(map(str, spec.delivery_weekdays)), spec.min_order_value,
                    f"We order every {spec.order_every_days} days.",
                )
                for s, spec in enumerate(SUPPLIERS)
            ),
        )  # fmt: skip
        bulk.insert_rows(
            db,
            "products",
            ("id", "sku", "name", "unit", "sale_price", "barcode"),
            (
                (p + 1, spec.sku, spec.name, spec.unit, spec.sale_price, spec.barcode)
                for p, spec in enumerate(world.catalog)
            ),
        )
        offers, costs = [], []
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
                    changed = _stamp(world.today - timedelta(days=PRICE_CHANGE_AGE), 30)
                    costs.append((offer_id, o.unit_cost, changed, "price list"))
                else:
                    costs.append((offer_id, o.unit_cost, created, "price list"))
        bulk.insert_rows(
            db,
            "offers",
            (
                "id", "product_id", "supplier_id", "supplier_sku", "unit_cost", "pack_size",
                "min_qty", "lead_time_days", "preferred",
            ),
            offers,
        )  # fmt: skip
        bulk.insert_rows(
            db, "offer_costs", ("offer_id", "unit_cost", "changed_at", "source"), costs
        )
        self._event(created, "shop", 1, "demo", "Demo catalog: 8 suppliers, 300 products")

    def _customers(self) -> None:
        created = _stamp(self.world.today - timedelta(days=HISTORY_DAYS + 30), 0)
        bulk.insert_rows(
            self.db,
            "customers",
            ("id", "name", "phone", "email", "notes", "created_at"),
            (
                (i + 1, c.name, c.phone, c.email, c.notes, created)
                for i, c in enumerate(self.customers)
            ),
        )

    def _orders(self) -> None:
        world = self.world
        per_year: Counter = Counter()
        line_id = 0
        order_rows, line_rows = [], []
        for index, order in enumerate(world.orders, start=1):
            order.id = index
            per_year[order.day.year] += 1
            order.number = f"C-{order.day.year}-{per_year[order.day.year]:04d}"
            for line in order.lines:
                line_id += 1
                line.id = line_id
                cancelled = order.cancelled_on is not None
                line_rows.append(
                    (
                        line_id, order.id, line.line_no, line.product + 1,
                        world.catalog[line.product].name, 0 if cancelled else line.qty,
                        line.qty, line.price, line.promised.isoformat(),
                    )
                )  # fmt: skip
            order_rows.append(self._order_row(order))
        for year, last in per_year.items():
            bulk.set_counter(self.db, "C", year, last)
        bulk.insert_rows(
            self.db,
            "customer_orders",
            (
                "id", "number", "customer_id", "order_date", "promised_date", "status",
                "channel", "external_ref", "notes", "created_at", "updated_at", "ready_at",
                "notified_at", "completed_at", "cancelled_at",
            ),
            order_rows,
        )  # fmt: skip
        bulk.insert_rows(
            self.db,
            "customer_order_lines",
            (
                "id", "order_id", "line_no", "product_id", "description", "quantity",
                "original_quantity", "unit_price", "promised_date",
            ),
            line_rows,
        )  # fmt: skip

    def _order_row(self, order: _Order) -> tuple:
        created = _stamp(order.day, order.minute)
        status, ready_at, notified_at, completed_at, cancelled_at = "open", None, None, None, None
        updated = created
        if order.cancelled_on is not None:
            status = "cancelled"
            cancelled_at = updated = _stamp(order.cancelled_on, 600)
            self._event(
                cancelled_at,
                "customer_order",
                order.id,
                "cancelled",
                f"Order {order.number} cancelled",
            )
        elif order.ready_on is not None:
            status = "ready"
            ready_at = updated = _stamp(order.ready_on, 560)
            if self.world.rng.random() < 0.8:
                notified_at = updated = _stamp(order.ready_on, 570)
            if order.handed_on is not None:
                status = "completed"
                completed_at = updated = _stamp(order.handed_on, 580)
        promised = max(line.promised for line in order.lines).isoformat()
        self._event(created, "customer_order", order.id, "created", f"Order {order.number} logged")
        return (
            order.id, order.number, order.customer + 1, order.day.isoformat(), promised, status,
            order.channel, order.external_ref, "", created, updated, ready_at, notified_at,
            completed_at, cancelled_at,
        )  # fmt: skip

    def _supplier_orders(self) -> None:
        world, db = self.world, self.db
        world.sos.sort(key=lambda so: (so.created, so.supplier))
        per_year: Counter = Counter()
        so_rows, line_rows, cov_rows, receipt_rows, rline_rows = [], [], [], [], []
        line_id = cov_id = 0
        for index, so in enumerate(world.sos, start=1):
            so.id = index
            per_year[so.created.year] += 1
            so.number = f"P-{so.created.year}-{per_year[so.created.year]:04d}"
            created = _stamp(so.created, 480 + so.supplier)
            sent_at = None if so.status == "draft" else _stamp(so.created, 500 + so.supplier)
            so_rows.append(
                (
                    so.id, so.number, so.supplier + 1, so.status, so.expected.isoformat(),
                    so.notes, created, sent_at or created, sent_at,
                )
            )  # fmt: skip
            self._event(
                created, "supplier_order", so.id, "created", f"Supplier order {so.number} created"
            )
            if sent_at:
                self._event(sent_at, "supplier_order", so.id, "sent", f"{so.number} sent")
            for line_no, sl in enumerate(so.lines.values(), start=1):
                line_id += 1
                sl.id = line_id
                product = world.catalog[sl.product]
                line_rows.append(
                    (
                        line_id, so.id, line_no, sl.product + 1, sl.offer.offer_id,
                        product.offers[_offer_index(product, sl.offer.supplier_id)].supplier_sku,
                        product.name, sl.unit_cost, sl.offer.pack_size, sl.qty,
                        sl.expected.isoformat(),
                    )
                )  # fmt: skip
                for cov in sl.covs:
                    cov_id += 1
                    cov.id = cov_id
                    cov_rows.append((cov_id, line_id, cov.line.id, cov.qty, created))
                if so.received_on is not None and sl.received:
                    rline_rows.append((so.id, line_id, sl.product + 1, sl.received, sl.unit_cost))
            if so.received_on is not None:
                at = _stamp(so.received_on, 120 + so.supplier)
                receipt_rows.append((so.id, so.id, so.received_on.isoformat(), at))
                self._event(
                    at, "supplier_order", so.id, "received", f"Delivery for {so.number} recorded"
                )
        for year, last in per_year.items():
            bulk.set_counter(db, "P", year, last)
        bulk.insert_rows(
            db,
            "supplier_orders",
            (
                "id", "number", "supplier_id", "status", "expected_date", "notes",
                "created_at", "updated_at", "sent_at",
            ),
            so_rows,
        )  # fmt: skip
        bulk.insert_rows(
            db,
            "supplier_order_lines",
            (
                "id", "supplier_order_id", "line_no", "product_id", "offer_id", "supplier_sku",
                "description", "unit_cost", "pack_size", "quantity", "expected_date",
            ),
            line_rows,
        )  # fmt: skip
        bulk.insert_rows(
            db,
            "coverage",
            ("id", "supplier_line_id", "customer_line_id", "quantity", "created_at"),
            cov_rows,
        )
        # One receipt per delivered supplier order: its id is the supplier order's id.
        bulk.insert_rows(
            db, "receipts", ("id", "supplier_order_id", "received_on", "created_at"), receipt_rows
        )
        bulk.insert_rows(
            db,
            "receipt_lines",
            ("receipt_id", "supplier_line_id", "product_id", "quantity", "unit_cost"),
            rline_rows,
        )

    def _handovers_and_payments(self) -> None:
        world, db = self.world, self.db
        alloc_rows, hand_rows, hline_rows, pay_rows = [], [], [], []
        for order in world.orders:
            for line in order.lines:
                for a in line.allocs:
                    alloc_rows.append(
                        (
                            line.id, line.product + 1, a.qty,
                            a.receipt.id if a.receipt else None,
                            a.cov.id if a.cov else None, _stamp(a.day, 130),
                        )
                    )  # fmt: skip
            created = _stamp(order.day, order.minute)
            if order.deposit:
                pay_rows.append((order.id, order.deposit, "deposit", order.method, created))
            handed_on = order.handed_on or order.partial_handover_on
            if handed_on is not None:
                handover_id = len(hand_rows) + 1
                at = _stamp(handed_on, 400 + order.minute % 100)
                hand_rows.append((handover_id, order.id, at))
                for line in order.lines:
                    if line.handed:
                        hline_rows.append((handover_id, line.id, line.handed))
                self._event(
                    at, "customer_order", order.id, "handed over", f"{order.number} handed over"
                )
            if order.handed_on is not None and order.total > order.deposit:
                at = _stamp(order.handed_on, 400 + order.minute % 100)
                pay_rows.append((order.id, order.total - order.deposit, "balance", "card", at))
            if order.cancelled_on is not None and order.deposit:
                at = _stamp(order.cancelled_on, 601)
                pay_rows.append((order.id, -order.deposit, "refund", order.method, at))
        bulk.insert_rows(
            db,
            "allocations",
            (
                "customer_line_id",
                "product_id",
                "quantity",
                "receipt_id",
                "coverage_id",
                "created_at",
            ),
            alloc_rows,
        )
        bulk.insert_rows(db, "handovers", ("id", "order_id", "handed_at"), hand_rows)
        bulk.insert_rows(
            db, "handover_lines", ("handover_id", "customer_line_id", "quantity"), hline_rows
        )
        bulk.insert_rows(
            db, "payments", ("order_id", "amount", "kind", "method", "paid_at"), pay_rows
        )
        bulk.insert_rows(
            db,
            "write_offs",
            ("product_id", "quantity", "unit_cost", "reason", "written_at"),
            (
                (p + 1, qty, world.terms[p][0].unit_cost, reason, _stamp(day, 300))
                for p, qty, day, reason in world.write_offs
            ),
        )


def _offer_index(product: ProductSpec, supplier: int) -> int:
    return next(i for i, o in enumerate(product.offers) if o.supplier == supplier)


# --- the use case ----------------------------------------------------------------------------


@dataclass(slots=True)
class DemoSummary:
    path: Path
    products: int
    suppliers: int
    customers: int
    orders: Counter
    supplier_orders: Counter
    late_supplier_orders: int
    surplus_units: int
    written_off: int

    def __str__(self) -> str:
        c, s = self.orders, self.supplier_orders
        return "\n".join(
            [
                f"Demo shop written to {self.path}.",
                f"  {self.suppliers} suppliers, {self.products} products, {self.customers} customers.",
                f"  {sum(c.values())} customer orders: {c['waiting']} waiting, {c['on order']} on order,"
                f" {c['partly received']} partly received, {c['ready']} ready,"
                f" {c['completed']} completed, {c['cancelled']} cancelled.",
                f"  {sum(s.values())} supplier orders: {s['draft']} draft, {s['sent']} sent"
                f" ({self.late_supplier_orders} late), {s['partially received']} partially received,"
                f" {s['received']} received.",
                f"  {self.surplus_units} unit(s) of surplus on hand, {self.written_off} written off.",
            ]
        )


def write_demo_shop(
    file: str | Path, orders: int = 400, seed: int = 1, *, clock: Clock = system_clock
) -> DemoSummary:
    """Write a new demo shop file; refuses to overwrite an existing file."""
    path = Path(file)
    if path.exists():
        raise ShopFileError(
            f"{path.name} already exists; choose a new file name for the demo shop."
        )
    if not 1 <= orders <= MAX_DEMO_ORDERS:
        raise ValidationError(
            f"The number of demo orders must be between 1 and {MAX_DEMO_ORDERS}.", "orders"
        )
    rng = random.Random(seed)
    today = local_date(clock)
    n_customers = max(30, orders // 3)
    customers = [demo_customer(rng, i) for i in range(1, n_customers + 1)]
    world = _build_world(today, orders, n_customers, rng)
    _simulate(world)
    _settle_orders(world)
    _write_off_old_surplus(world)
    settings = demo_settings()
    shop = create_shop(
        path, clock=clock, **{f.name: getattr(settings, f.name) for f in fields(settings)}
    )
    try:
        with bulk.deferred_foreign_keys(shop.db), shop.transaction():
            _Writer(shop, world, customers).write_all()
        bulk.checkpoint(shop.db)
    except BaseException:
        shop.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    shop.close()
    return _summary(path, world, customers)


def _summary(path: Path, world: _World, customers: list) -> DemoSummary:
    open_statuses = ("draft", "sent", "partially received")
    covered_lines = set()
    for so in world.sos:
        if so.status in open_statuses:
            for sl in so.lines.values():
                for cov in sl.covs:
                    fulfilled = sum(a.qty for a in cov.line.allocs if a.cov is cov)
                    if fulfilled < cov.qty:
                        covered_lines.add(id(cov.line))
    states = Counter(_order_state(order, covered_lines) for order in world.orders)
    late = sum(1 for so in world.sos if so.status == "sent" and so.expected < world.today)
    return DemoSummary(
        path=path,
        products=len(world.catalog),
        suppliers=len(SUPPLIERS),
        customers=len(customers),
        orders=states,
        supplier_orders=Counter(so.status for so in world.sos),
        late_supplier_orders=late,
        surplus_units=sum(e[1] for entries in world.surplus.values() for e in entries),
        written_off=sum(w[1] for w in world.write_offs),
    )


def _order_state(order: _Order, covered_lines: set[int]) -> str:
    if order.cancelled_on is not None:
        return "cancelled"
    if order.handed_on is not None:
        return "completed"
    if order.ready_on is not None:
        return "ready"
    if any(line.allocs for line in order.lines):
        return "partly received"
    if any(id(line) in covered_lines for line in order.lines):
        return "on order"
    return "waiting"
