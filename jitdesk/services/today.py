"""What needs doing now: the Today page's read model, and marking orders as notified.

`today_overview` gathers every section in a handful of set-based queries (store.today), so
it stays fast on a shop with 100,000 orders. Long lists are cut at `ITEM_LIMIT` items; each
section also carries its full count.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

from jitdesk.domain.clock import stored_local_date
from jitdesk.domain.models import ShopSettings
from jitdesk.services.pickup import order_pickup_by, orders_pickup_by, tells_again
from jitdesk.services.shop import Changes, Shop, start_reading
from jitdesk.services.surplus_lots import surplus_totals
from jitdesk.store import today as q
from jitdesk.store.settings import load_settings
from jitdesk.store.today import AffectedRow, ReadyRow, SupplierOrderItem

ITEM_LIMIT = 50


@dataclass(frozen=True, slots=True)
class WaitingSummary:
    orders: int
    units: int
    lines: int


@dataclass(frozen=True, slots=True)
class ReadyItem:
    order_id: int
    number: str
    customer_name: str
    phone: str
    email: str
    ready_on: date | None
    pickup_by: date | None
    balance: int

    def days_over(self, today: date) -> int:
        """Days past the pickup-by date (0 if not past)."""
        return max(0, (today - self.pickup_by).days) if self.pickup_by else 0


@dataclass(frozen=True, slots=True)
class AffectedOrder:
    """A customer order still waiting for units of a late supplier order."""

    order_id: int
    number: str
    customer_name: str
    phone: str
    email: str
    units: int


@dataclass(frozen=True, slots=True)
class LateItem:
    supplier_order_id: int
    number: str
    supplier_name: str
    status: str
    expected_date: date
    days_late: int
    affected: list[AffectedOrder]  # the oldest customer orders first, at most the limit
    affected_count: int  # all of them
    affected_units: int


@dataclass(frozen=True, slots=True)
class SurplusSummary:
    products: int
    units: int
    value: int


@dataclass(frozen=True, slots=True)
class GettingStarted:
    """The first steps of a new shop, each done once what it makes exists."""

    shop_details: bool  # named (not the placeholder) and with the address documents print
    suppliers: bool
    products: bool  # a product with an active offer, typed in or imported
    first_order: bool

    @property
    def done(self) -> bool:
        return self.shop_details and self.suppliers and self.products and self.first_order


@dataclass(frozen=True, slots=True)
class TodayOverview:
    today: date
    waiting: WaitingSummary
    drafts: list[SupplierOrderItem]
    late: list[LateItem]
    expected_today: list[SupplierOrderItem]
    unnotified: list[ReadyItem]
    unnotified_count: int
    uncollected: list[ReadyItem]
    uncollected_count: int
    pickup_hold_days: int
    surplus: SurplusSummary
    started: GettingStarted


def getting_started(shop: Shop, settings: ShopSettings) -> GettingStarted:
    suppliers, products, orders = q.setup_progress(shop.db)
    named = bool(settings.name.strip()) and settings.name != ShopSettings().name
    details = named and bool(settings.address.strip())
    return GettingStarted(details, suppliers, products, orders)


def _ready_item(settings: ShopSettings, today: date, row: ReadyRow) -> ReadyItem:
    return ReadyItem(
        row.id,
        row.number,
        row.customer_name,
        row.customer_phone,
        row.customer_email,
        stored_local_date(row.ready_at),
        order_pickup_by(settings, row.ready_at, row.notified_at, today),
        row.balance,
    )


def _uncollected(shop: Shop, settings: ShopSettings, limit: int) -> tuple[list[ReadyItem], int]:
    """Ready orders past their pickup-by date (oldest first, at most `limit`), and how many
    in all. Only customers who were told can be past it: an order nobody told yet counts
    from today. The date comes from the one pickup-by rule."""
    today = shop.today()
    told = q.told_ready_dates(shop.db)
    dates = orders_pickup_by(
        settings, [(ready_at, told_at) for _id, ready_at, told_at in told], today
    )
    past = [row[0] for row, by in zip(told, dates, strict=True) if by is not None and by < today]
    rows = q.ready_by_ids(shop.db, past[:limit]) if limit > 0 else []
    return [_ready_item(settings, today, r) for r in rows], len(past)


def _late(shop: Shop, today: date, limit: int) -> list[LateItem]:
    """Late supplier orders and the customers they keep waiting, read set-based (one query
    for all late orders, not one per order: fast on a 100,000-order shop)."""
    affected: dict[int, list[AffectedRow]] = {}
    for row in q.late_affected(shop.db, today.isoformat(), limit):
        affected.setdefault(row.so_id, []).append(row)
    items = []
    for late in q.late_orders(shop.db, today.isoformat()):
        rows = affected.get(late.id, [])
        expected = date.fromisoformat(late.expected_date)
        items.append(
            LateItem(
                late.id,
                late.number,
                late.supplier_name,
                late.status,
                expected,
                (today - expected).days,
                [
                    AffectedOrder(r.order_id, r.number, r.name, r.phone, r.email, r.units)
                    for r in rows
                ],
                rows[0].orders if rows else 0,
                rows[0].total_units if rows else 0,
            )
        )
    return items


def today_overview(shop: Shop, limit: int = ITEM_LIMIT) -> TodayOverview:
    """Every section of the Today page, read in one go (nothing is written). With a shop
    file, the slowest section (waiting demand) is read on its own read-only connection while
    this one reads the rest: two threads, as this is a two-core desktop (a third reader thread
    for the late deliveries made the page slower, not faster)."""
    db = shop.db
    today = shop.today()
    settings = load_settings(db)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="today") as pool:
        waiting = start_reading(pool, shop, _waiting)
        late = _late(shop, today, limit)
        unnotified, unnotified_count = q.unnotified_ready(db, limit)
        uncollected, uncollected_count = _uncollected(shop, settings, limit)
        return TodayOverview(
            today=today,
            waiting=waiting(),
            drafts=q.draft_orders(db),
            late=late,
            expected_today=q.expected_on(db, today.isoformat()),
            unnotified=[_ready_item(settings, today, r) for r in unnotified],
            unnotified_count=unnotified_count,
            uncollected=uncollected,
            uncollected_count=uncollected_count,
            pickup_hold_days=settings.pickup_hold_days,
            surplus=SurplusSummary(*surplus_totals(shop)),
            started=getting_started(shop, settings),
        )


def _waiting(shop: Shop) -> WaitingSummary:
    return WaitingSummary(*q.waiting_totals(shop.db))


def unnotified_ready_orders(shop: Shop) -> list[tuple[int, str]]:
    """(id, number) of every ready order whose customer was not told yet, oldest first."""
    return q.unnotified_ready_orders(shop.db)


def record_told(shop: Shop, order_ids: list[int], now: str) -> list[tuple[int, str]]:
    """Inside an action: the customers of these ready orders were told now. The first telling
    starts the hold; one after the pickup-by date has passed is a reminder and starts it
    again, so the date a notice states is the date every page shows afterwards."""
    settings, today = load_settings(shop.db), shop.today()
    again = [
        row.id
        for start in range(0, len(order_ids), 200)
        for row in q.ready_by_ids(shop.db, order_ids[start : start + 200])
        if tells_again(settings, row.ready_at, row.notified_at, today)
    ]
    done = q.mark_notified(shop.db, order_ids, now)
    q.tell_again(shop.db, again, now)
    return done


def mark_notified(shop: Shop, order_ids: list[int]) -> Changes:
    """Record that the customers of these ready orders were told (pickup notice printed or
    sent). Orders that are no longer ready are skipped; one event per order notified."""
    ids = sorted(set(order_ids))
    with shop.transaction():
        now = shop.now_iso()
        done = record_told(shop, ids, now)
        for order_id, number in done:
            shop.event(
                "customer_order", order_id, "notified", f"Customer of {number} notified for pickup"
            )
    return Changes(customer_orders={order_id for order_id, _ in done})
