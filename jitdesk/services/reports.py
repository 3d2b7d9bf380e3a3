"""Reports on JIT's weak spots (issue 7): supplier reliability, price swings, demand spikes,
customer waiting, cash and waste. Read-only: nothing here writes to the shop file.

The margin threshold is a parameter (default `DEFAULT_MARGIN_THRESHOLD_PERCENT`, 10 %), not a
shop setting: no schema change was needed for it.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from jitdesk.domain import reliability as rel
from jitdesk.domain.errors import ValidationError
from jitdesk.domain.i18n import N_, _
from jitdesk.domain.permissions import OwnerAction
from jitdesk.domain.promise import offer_for_promise
from jitdesk.services.order_money import balance_due_on_ready_orders
from jitdesk.services.permissions import may_see_costs
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.shop import Shop, start_reading
from jitdesk.services.surplus import list_surplus
from jitdesk.store import orders as oq
from jitdesk.store import reports as q
from jitdesk.store.settings import load_settings

KINDS = ("suppliers", "price-swings", "demand-spikes", "waiting", "at-risk", "cash")
# Reports made of costs and margins: the owner's, unless staff are allowed to see them.
COSTED_REPORTS = ("price-swings", "cash")
AT_RISK_DAYS = 2
WAITING_WINDOW_DAYS = rel.WAITING_WINDOW_DAYS


# -- supplier reliability --------------------------------------------------------------------


def supplier_reliability(shop: Shop) -> list[rel.SupplierReliability]:
    """One row per supplier that was ever sent an order or has offers, by name."""
    db = shop.db
    today = shop.today()
    facts: dict[int, list[rel.SupplierOrderFacts]] = defaultdict(list)
    for sid, sent, expected, first, ordered, first_qty in q.sent_orders(db):
        facts[sid].append(
            rel.SupplierOrderFacts(
                sid,
                date.fromisoformat(sent),
                date.fromisoformat(expected) if expected else None,
                date.fromisoformat(first) if first else None,
                ordered,
                first_qty,
            )
        )
    now_text = today.isoformat()
    before_text = (today - timedelta(days=rel.PRICE_DRIFT_DAYS)).isoformat()
    costs: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for supplier_id, current, history in q.cost_history(db, (now_text, before_text)).values():
        if not history:
            now = before = current
        else:
            now = rel.cost_at(history, now_text) or 0
            before = rel.cost_at(history, before_text) or 0
        costs[supplier_id][0] += now
        costs[supplier_id][1] += before
    return [
        rel.supplier_reliability(
            s["id"],
            s["name"],
            s["lead_time_days"],
            facts.get(s["id"], []),
            today,
            *costs.get(s["id"], (0, 0)),
        )
        for s in q.suppliers(db)
    ]


# -- price swings ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MarginAlert:
    order_id: int
    number: str
    customer: str
    order_date: str
    promised_date: str | None
    status: str
    quoted: int  # what the customer was quoted (sum of quantity x price)
    cost: int  # what the goods cost now
    deposit: int  # paid so far
    products: str

    @property
    def margin(self) -> int:
        return self.quoted - self.cost

    @property
    def margin_rate(self) -> float | None:
        return rel.margin_rate(self.quoted, self.cost)


def current_product_costs(shop: Shop) -> dict[int, int]:
    """Unit cost of the offer a promise/plan for new units would use, per product."""
    today = shop.today()
    result = {}
    for pid, offers in oq.offer_terms(shop.db).items():
        offer = offer_for_promise(offers, today)
        if offer is not None:
            result[pid] = offer.unit_cost
    return result


def margin_alerts(
    shop: Shop, threshold_percent: float = rel.DEFAULT_MARGIN_THRESHOLD_PERCENT
) -> list[MarginAlert]:
    """Open and ready orders whose margin is below `threshold_percent` or negative, worst
    first. Units on a supplier order cost that line's price (or the actual cost entered at
    receiving); units not ordered yet cost today's offer price. None for a person who may
    not see costs and margins (the Today page and the Reports page read them too)."""
    if not may_see_costs(shop):
        return []
    rows = q.low_margin_orders(shop.db, current_product_costs(shop), threshold_percent / 100)
    ids = {int(x) for r in rows for x in (r["products"] or "").split(",") if x}
    names = q.product_names(shop.db, ids)
    return [
        MarginAlert(
            r["id"],
            r["number"],
            r["name"],
            r["order_date"],
            r["promised_date"],
            r["status"],
            r["revenue"],
            r["cost"],
            r["paid"],
            ", ".join(dict.fromkeys(names[int(x)][0] for x in r["products"].split(",") if x)),
        )
        for r in rows
    ]


# -- demand spikes ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfferInfo:
    supplier: str
    lead_time_days: int
    min_qty: int
    pack_size: int
    min_order_value: int
    unit_cost: int


@dataclass(frozen=True, slots=True)
class DemandSpike:
    product_id: int
    sku: str
    name: str
    this_week: int
    usual_weekly: float
    waiting_now: int
    offers: tuple[OfferInfo, ...] = ()

    @property
    def factor(self) -> float | None:
        return self.this_week / self.usual_weekly if self.usual_weekly else None


def demand_spikes(shop: Shop) -> list[DemandSpike]:
    """Products ordered (last 7 days) more than 3x their usual week (mean of the 8 weeks
    before), with at least 5 units; biggest jump first."""
    today = shop.today()
    week_start = today - timedelta(days=7)
    usual_start = week_start - timedelta(weeks=rel.USUAL_WEEKS)
    flagged = []
    for pid, sku, name, week, usual_total in q.weekly_demand(
        shop.db, today.isoformat(), week_start.isoformat(), usual_start.isoformat()
    ):
        usual = usual_total / rel.USUAL_WEEKS
        if rel.is_spike(week, usual):
            flagged.append((pid, sku, name, week, usual))
    ids = [f[0] for f in flagged]
    waiting = q.waiting_by_product(shop.db, ids)
    offers = q.offers_for(shop.db, ids)
    spikes = [
        DemandSpike(
            pid,
            sku,
            name,
            week,
            usual,
            waiting.get(pid, 0),
            tuple(OfferInfo(*o[:6]) for o in offers.get(pid, [])),
        )
        for pid, sku, name, week, usual in flagged
    ]
    return sorted(spikes, key=lambda s: (-(s.factor or float("inf")), s.sku))


# -- customer waiting ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WaitingRow:
    key: int
    label: str
    orders: int  # orders ready (or completed) so far
    ready_median: float | None
    ready_p90: float | None
    pickup_median: float | None
    pickup_p90: float | None
    on_time: int
    judged: int

    @property
    def on_time_share(self) -> float | None:
        return rel.ratio(self.on_time, self.judged)


class AtRiskOrder(NamedTuple):
    """A NamedTuple: a big shop can have tens of thousands of these."""

    order_id: int
    number: str
    customer: str
    order_date: str
    promised_date: str
    days_left: int
    units_short: int  # not in the shop and not expected by the promised date
    not_ordered: int  # of those, not on any open supplier order


@dataclass
class WaitingReport:
    overall: WaitingRow
    by_supplier: list[WaitingRow] = field(default_factory=list)
    by_product: list[WaitingRow] = field(default_factory=list)
    at_risk: list[AtRiskOrder] = field(default_factory=list)


# One order's waiting facts: (days to ready or None, days to pickup or None, judged, on time).
# "Judged" means it has a promised date that is settled (ready, or already past). A big shop
# has tens of thousands of orders but only a few hundred distinct facts, so each order gets
# the number of its facts (`_Waits`) and every breakdown counts those numbers per group
# (Counter, in C) instead of walking one tuple per order and group.
_OrderWait = tuple[int | None, int | None, bool, bool]


class _Waits(NamedTuple):
    kinds: dict[int, int]  # order id -> index into facts
    facts: list[_OrderWait]


def _order_waits(orders: dict[int, tuple], today: date) -> _Waits:
    day = _day_numbers()
    today_text = today.isoformat()
    known: dict[tuple, int] = {}
    waits = _Waits({}, [])
    for oid, dates in orders.items():
        kind = known.get(dates)
        if kind is None:
            ordered, ready, picked, promised = dates
            start = day(ordered)
            kind = known[dates] = len(waits.facts)
            waits.facts.append(
                (
                    None if ready is None else day(ready) - start,
                    None if picked is None else day(picked) - start,
                    promised is not None and (ready is not None or promised < today_text),
                    promised is not None and ready is not None and ready <= promised,
                )
            )
        waits.kinds[oid] = kind
    return waits


def _waiting_rows(
    pairs: Iterable[tuple[int, int]], waits: _Waits, labels: dict[int, str]
) -> list[WaitingRow]:
    """One row per group from (group id, order id) pairs, each pair counted once."""
    groups: dict[int, list[int]] = defaultdict(list)
    kinds = waits.kinds
    for key, oid in pairs:
        groups[key].append(kinds[oid])
    rows = [
        _waiting_row(key, labels.get(key, ""), Counter(items), waits.facts)
        for key, items in groups.items()
    ]
    return sorted(rows, key=lambda r: r.label.lower())


def _waiting_row(key: int, label: str, counts: Counter[int], facts: list[_OrderWait]) -> WaitingRow:
    """The figures of one group from how many of its orders have each of the facts."""
    ready: list[int] = []
    pickup: list[int] = []
    on_time = judged = 0
    for kind, n in counts.items():
        to_ready, to_pickup, is_judged, is_on_time = facts[kind]
        if to_ready is not None:
            ready += [to_ready] * n
        if to_pickup is not None:
            pickup += [to_pickup] * n
        judged += is_judged * n
        on_time += is_on_time * n
    return WaitingRow(
        key,
        label,
        len(ready),
        rel.median(ready),
        rel.percentile(ready, 90),
        rel.median(pickup),
        rel.percentile(pickup, 90),
        on_time,
        judged,
    )


def _day_numbers() -> Callable[[str], int]:
    """ISO date -> day number, parsing each distinct date once (a big shop has few)."""
    cache: dict[str, int] = {}

    def day(text: str) -> int:
        value = cache.get(text)
        if value is None:
            value = cache[text] = date.fromisoformat(text).toordinal()
        return value

    return day


def customer_waiting(shop: Shop) -> WaitingReport:
    """How long customers wait (`waiting_times`) and the orders at risk now
    (`orders_at_risk`): two questions, about the recent past and about today, that the
    Reports page reads side by side."""
    return replace(waiting_times(shop), at_risk=orders_at_risk(shop))


def waiting_times(shop: Shop) -> WaitingReport:
    """Days from order to ready and to pickup (median, 90th percentile) overall, per supplier
    and per product, and the share ready by the promised date, over the orders placed in the
    last `WAITING_WINDOW_DAYS` days (recent service, and fast on a big shop). No orders at
    risk: see `orders_at_risk`.

    Each order's days are worked out once and shared by the three breakdowns."""
    db = shop.db
    today = shop.today()
    text = today.isoformat()
    since = (today - timedelta(days=WAITING_WINDOW_DAYS)).isoformat()
    waits = _order_waits(q.waiting_orders(db, text, since), today)
    overall = _waiting_row(0, N_("All orders"), Counter(waits.kinds.values()), waits.facts)
    suppliers = {s["id"]: s["name"] for s in q.suppliers(db)}
    product_pairs, supplier_pairs = q.waiting_pairs(db, text, since)
    by_supplier = _waiting_rows(supplier_pairs, waits, suppliers)
    names = q.product_names(db, {key for key, _name in product_pairs})
    by_product = _waiting_rows(
        product_pairs, waits, {pid: f"{sku} {name}" for pid, (sku, name) in names.items()}
    )
    return WaitingReport(overall, by_supplier, by_product)


def orders_at_risk(shop: Shop) -> list[AtRiskOrder]:
    """Every open order at risk now, whatever its age: promised within `AT_RISK_DAYS` (or
    overdue) with units neither in the shop nor expected by the promised date."""
    today = shop.today()
    horizon = (today + timedelta(days=AT_RISK_DAYS)).isoformat()
    return list(map(AtRiskOrder._make, q.orders_at_risk(shop.db, today.isoformat(), horizon)))


def first_orders_at_risk(shop: Shop, limit: int) -> tuple[list[AtRiskOrder], int]:
    """The first `limit` of `orders_at_risk` and how many there are in all (for a screen
    that shows a few hundred of them)."""
    today = shop.today()
    horizon = (today + timedelta(days=AT_RISK_DAYS)).isoformat()
    rows, total = q.first_orders_at_risk(shop.db, today.isoformat(), horizon, limit)
    return list(map(AtRiskOrder._make, rows)), total


# -- cash and waste --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CashReport:
    deposits_held: int
    committed_to_suppliers: int
    balance_due_ready: int
    ready_orders: int
    surplus_value: int
    surplus_ages: tuple[tuple[str, int, int], ...]  # (bucket, units, value)
    write_offs: tuple[tuple[str, int, int], ...]  # (YYYY-MM, units, value)


def cash_and_waste(shop: Shop) -> CashReport:
    """Deposits held, money committed to suppliers, surplus value and write-offs: figures at
    cost, refused to a person who may not see costs."""
    require_permission(shop, OwnerAction.COSTS_AND_MARGINS)
    figures = q.cash_figures(shop.db)
    buckets = {label: [0, 0] for label, _low, _high in rel.AGE_BUCKETS}
    for item in list_surplus(shop):
        entry = buckets[rel.age_bucket(item.age_days)]
        entry[0] += item.quantity
        entry[1] += item.value
    return CashReport(
        figures["deposits"],
        figures["committed"],
        balance_due_on_ready_orders(shop),
        figures["ready_orders"],
        sum(v for _count, v in buckets.values()),
        tuple((label, u, v) for label, (u, v) in buckets.items()),
        tuple(q.write_offs_by_month(shop.db)),
    )


# -- everything, and CSV ---------------------------------------------------------------------


@dataclass
class AllReports:
    day: date
    currency: str
    suppliers: list[rel.SupplierReliability]
    margins: list[MarginAlert]
    spikes: list[DemandSpike]
    waiting: WaitingReport
    cash: CashReport | None  # None for a person who may not see costs
    threshold_percent: float = rel.DEFAULT_MARGIN_THRESHOLD_PERCENT
    # False for a person who may not see costs: the monthly report leaves out cash and margins
    costs: bool = True


def all_reports(
    shop: Shop, threshold_percent: float = rel.DEFAULT_MARGIN_THRESHOLD_PERCENT
) -> AllReports:
    """Every report. With a shop file, the slow ones run side by side on their own read-only
    connections (SQLite releases the GIL while it reads), so the page fills in about the time
    of the slowest report rather than the sum."""
    costs = may_see_costs(shop)
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="report") as pool:
        suppliers = start_reading(pool, shop, supplier_reliability)
        margins = start_reading(pool, shop, margin_alerts, threshold_percent)
        spikes = start_reading(pool, shop, demand_spikes)
        waiting = start_reading(pool, shop, waiting_times)
        at_risk = start_reading(pool, shop, orders_at_risk)
        cash = start_reading(pool, shop, cash_and_waste) if costs else None
        return AllReports(
            shop.today(),
            load_settings(shop.db).currency,
            suppliers(),
            margins(),
            spikes(),
            replace(waiting(), at_risk=at_risk()),
            cash() if cash is not None else None,
            threshold_percent=threshold_percent,
            costs=costs,
        )


def _cents(value: int | None) -> str:
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(int(value)), 100)
    return f"{sign}{whole}.{frac:02d}"


def _num(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}"


def report_table(shop: Shop, kind: str) -> tuple[list[str], list[list[str]]]:
    """The rows the CSV (and scripts) get for one report kind: money as decimal amounts in
    the shop currency, rates in percent, days as numbers."""
    if kind in COSTED_REPORTS:
        require_permission(shop, OwnerAction.COSTS_AND_MARGINS)
    if kind == "suppliers":
        head = [
            "supplier", "quoted_lead_days", "sent_orders", "delivered_orders", "on_time_percent",
            "lead_days_median", "lead_days_p10", "lead_days_p90", "fill_rate_percent",
            "price_drift_percent", "observed_lead_days",
        ]  # fmt: skip
        rows = [
            [
                s.name,
                str(s.quoted_lead_days),
                str(s.sent_orders),
                str(s.delivered_orders),
                _pct(s.on_time_rate),
                _num(s.lead_median),
                _num(s.lead_p10),
                _num(s.lead_p90),
                _pct(s.fill_rate),
                _pct(s.price_drift),
                str(s.observed_lead_days or ""),
            ]  # fmt: skip
            for s in supplier_reliability(shop)
        ]
    elif kind == "price-swings":
        head = [
            "order", "customer", "order_date", "status", "quoted", "cost_now", "margin",
            "margin_percent", "deposit_held", "products",
        ]  # fmt: skip
        rows = [
            [
                a.number,
                a.customer,
                a.order_date,
                a.status,
                _cents(a.quoted),
                _cents(a.cost),
                _cents(a.margin),
                _pct(a.margin_rate),
                _cents(a.deposit),
                a.products,
            ]  # fmt: skip
            for a in margin_alerts(shop)
        ]
    elif kind == "demand-spikes":
        head = [
            "sku", "product", "ordered_this_week", "usual_weekly", "waiting_now", "suppliers",
        ]  # fmt: skip
        rows = [
            [
                s.sku,
                s.name,
                str(s.this_week),
                _num(s.usual_weekly),
                str(s.waiting_now),
                "; ".join(
                    f"{o.supplier} ({o.lead_time_days} days, min {o.min_qty}, pack {o.pack_size})"
                    for o in s.offers
                ),
            ]
            for s in demand_spikes(shop)
        ]
    elif kind == "waiting":
        report = customer_waiting(shop)
        head = [
            "group", "name", "orders_ready", "days_to_ready_median", "days_to_ready_p90",
            "days_to_pickup_median", "days_to_pickup_p90", "ready_by_promise_percent",
        ]  # fmt: skip
        rows = []
        for group, items in (
            ("all", [report.overall]),
            ("supplier", report.by_supplier),
            ("product", report.by_product),
        ):
            rows += [
                [
                    group,
                    r.label,
                    str(r.orders),
                    _num(r.ready_median),
                    _num(r.ready_p90),
                    _num(r.pickup_median),
                    _num(r.pickup_p90),
                    _pct(r.on_time_share),
                ]  # fmt: skip
                for r in items
            ]
        rows += [
            ["at risk", f"{a.number} {a.customer}", "", "", "", "", "", ""] for a in report.at_risk
        ]
    elif kind == "at-risk":
        head = [
            "order", "customer", "order_date", "promised_date", "days_left", "units_short",
            "not_ordered",
        ]  # fmt: skip
        rows = [
            [a.number, a.customer, a.order_date, a.promised_date, str(a.days_left),
             str(a.units_short), str(a.not_ordered)]
            for a in orders_at_risk(shop)
        ]  # fmt: skip
    elif kind == "cash":
        cash = cash_and_waste(shop)
        head = ["figure", "units", "amount"]
        rows = [
            ["deposits held", "", _cents(cash.deposits_held)],
            ["committed to suppliers", "", _cents(cash.committed_to_suppliers)],
            ["balance due on ready orders", str(cash.ready_orders), _cents(cash.balance_due_ready)],
            ["surplus value", "", _cents(cash.surplus_value)],
        ]
        rows += [[f"surplus {label}", str(u), _cents(v)] for label, u, v in cash.surplus_ages]
        rows += [[f"written off {month}", str(u), _cents(v)] for month, u, v in cash.write_offs]
    else:
        raise ValidationError(
            _("Unknown report {kind}; use one of {names}.").format(
                kind=kind, names=", ".join(KINDS)
            ),
            "kind",
        )
    return head, rows


def safe_cell(value: str) -> str:
    """Keep spreadsheets from running a cell as a formula (=, +, -, @, tab, CR first)."""
    if value and value[0] in "=+-@\t\r" and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def report_csv(shop: Shop, kind: str) -> str:
    return _csv_text(*report_table(shop, kind))


def _csv_text(head: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(head)
    writer.writerows([safe_cell(str(c)) for c in row] for row in rows)
    return out.getvalue()


def save_report_csv(shop: Shop, kind: str, path: str | Path) -> int:
    """Write one report as CSV (UTF-8 with BOM, so spreadsheet programs read accents right);
    returns the number of data rows. Written to a temporary file first and then moved, so a
    failed write never leaves half a file under the chosen name."""
    head, rows = report_table(shop, kind)
    text = _csv_text(head, rows)
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8-sig", newline="")
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            _(
                "The report could not be saved to {target}: {strerror}; choose another place."
            ).format(target=target, strerror=exc.strerror),
            "path",
        ) from exc
    return len(rows)
