"""What surplus there is, what it is worth and how long it has lain: read from the per-product
stock totals and from the newest receipts only, so the cost follows the surplus, not the years
of receipts behind it. Kept apart from the actions on surplus (services.surplus), which need
the planning rules: the Today page reads these totals as the app starts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from jitdesk.domain.allocation import lots_left, surplus_since, surplus_since_newest
from jitdesk.services.shop import Shop
from jitdesk.store import surplus as q
from jitdesk.store.engine import Handle


@dataclass(frozen=True, slots=True)
class SurplusItem:
    product_id: int
    sku: str
    name: str
    unit: str
    quantity: int
    unit_cost: int  # of the last delivery
    since: date | None  # the oldest delivery that still has surplus units
    age_days: int

    @property
    def value(self) -> int:
        return self.quantity * self.unit_cost


def list_surplus(shop: Shop) -> list[SurplusItem]:
    """Every product with surplus, its value at the last unit cost and how long it has lain."""
    db = shop.db
    rows = q.surplus_rows(db)
    on_hand = {r["product_id"]: r["quantity"] for r in rows}
    today = shop.today()
    found = _newest_receipts(db, today, on_hand, lambda pid, lots: lots_left(lots) >= on_hand[pid])
    unsettled = {pid for pid, lots in found.items() if lots_left(lots.batches) < on_hand[pid]}
    used = q.used_from_surplus(db, unsettled)
    items = []
    for r in rows:
        pid = r["product_id"]
        lots = found[pid]
        if pid in unsettled:  # not a consistent file: the rule over every receipt as it is
            since_text = surplus_since(lots.batches, used.get(pid, 0))
        else:
            since_text = surplus_since_newest(lots.batches, on_hand[pid])
        since = date.fromisoformat(since_text) if since_text else None
        items.append(
            SurplusItem(
                pid,
                r["sku"],
                r["name"],
                r["unit"],
                r["quantity"],
                _unit_cost(db, pid, lots.last_cost),
                since,
                (today - since).days if since else 0,
            )
        )
    return items


def surplus_totals(shop: Shop) -> tuple[int, int, int]:
    """(products, units, value at the last delivery's unit cost) of surplus on hand."""
    rows = q.surplus_rows(shop.db)
    ids = {r["product_id"]: r["quantity"] for r in rows}
    found = _newest_receipts(shop.db, shop.today(), ids, lambda _pid, lots: bool(lots))
    units = sum(r["quantity"] for r in rows)
    value = sum(r["quantity"] * (found[r["product_id"]].last_cost or 0) for r in rows)
    return len(rows), units, value


# Receipts are read back from today over these many days, then over all time, until each
# product has what it needs: most products in surplus were delivered in the last weeks.
_LOOK_BACK_DAYS = (31, 366)


@dataclass(frozen=True, slots=True)
class _NewestReceipts:
    batches: list[tuple[str, int, int]]  # (received_on, received, allocated), oldest first
    last_cost: int | None  # unit cost of the product's last delivery


def _newest_receipts(
    db: Handle,
    today: date,
    product_ids: Iterable[int],
    enough: Callable[[int, list[tuple[str, int, int]]], bool],
) -> dict[int, _NewestReceipts]:
    """Per product, its newest receipts: those of the last days, back as far as it takes for
    `enough(product, batches)` to hold (all of them if it never does). Whole days only: the
    receipts kept are always all those since some day, the newest ones of the history."""
    found: dict[int, _NewestReceipts] = {}
    wanted = set(product_ids)
    for days in (*_LOOK_BACK_DAYS, None):
        if not wanted:
            break
        since = None if days is None else (today - timedelta(days=days)).isoformat()
        lots: dict[int, dict[int, list]] = {}
        newest: dict[int, tuple[tuple[str, int], int | None]] = {}
        for on, receipt_id, line_id, pid, quantity, cost, allocated in q.receipt_lines_since(
            db, wanted, since
        ):
            lots.setdefault(pid, {}).setdefault(receipt_id, [on, 0, allocated])[1] += quantity
            if pid not in newest or (on, line_id) > newest[pid][0]:
                newest[pid] = ((on, line_id), cost)
        for pid in list(wanted):
            batches = _batches(lots.get(pid, {}))
            if since is None or enough(pid, batches):
                last = newest.get(pid)
                found[pid] = _NewestReceipts(batches, last[1] if last else None)
                wanted.discard(pid)
    return found


def _batches(lots: dict[int, list]) -> list[tuple[str, int, int]]:
    """(received_on, received, allocated) per receipt, oldest first (by date, then receipt)."""
    ordered = sorted(lots.items(), key=lambda item: (item[1][0], item[0]))
    return [(on, received, allocated) for _id, (on, received, allocated) in ordered]


def _unit_cost(db: Handle, product_id: int, last_delivery: int | None) -> int:
    """What the last delivery cost per unit, else what `store.surplus.last_unit_cost` says."""
    return last_delivery if last_delivery is not None else q.last_unit_cost(db, product_id)
