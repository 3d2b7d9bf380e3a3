"""Figures on JIT's weak spots, computed from plain rows (no SQL, no Qt): supplier reliability,
margins after price swings, demand spikes, customer waiting times.

Definitions (the reports page and the CSV use exactly these):

* Lead time of a supplier order: days from the day it was sent to its first delivery.
* On time: the first delivery came on or before the order's expected date. A sent order with
  nothing received and its expected date already past counts as late (it is late now).
* Fill rate: units received on the first delivery / units ordered, over all delivered orders.
* Price drift: today's cost of the supplier's offers against their cost 90 days ago (or the
  first cost known when the offer is younger), as one basket (sum of unit costs).
* Observed lead time: used for promises only when the supplier is reliably slower than quoted:
  at least `MIN_ORDERS_FOR_OBSERVED` delivered orders and a median above the quoted lead time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from jitdesk.domain.i18n import N_, ngettext

MIN_ORDERS_FOR_OBSERVED = 5
DEFAULT_MARGIN_THRESHOLD_PERCENT = 10
SPIKE_FACTOR = 3
SPIKE_MIN_UNITS = 5
USUAL_WEEKS = 8
PRICE_DRIFT_DAYS = 90
WAITING_WINDOW_DAYS = 30  # customer waiting counts the orders placed in the last 30 days


def percentile(values: Sequence[float], pct: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    rank = (len(ordered) - 1) * pct / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 50)


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


# -- supplier reliability --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SupplierOrderFacts:
    """One sent supplier order as reliability needs it."""

    supplier_id: int
    sent_on: date
    expected_on: date | None
    first_received_on: date | None
    ordered: int
    first_received: int


@dataclass(frozen=True, slots=True)
class SupplierReliability:
    supplier_id: int
    name: str
    quoted_lead_days: int
    sent_orders: int
    delivered_orders: int
    on_time: int
    judged: int  # delivered orders + overdue orders with nothing received
    lead_median: float | None
    lead_p10: float | None
    lead_p90: float | None
    ordered_units: int
    first_delivery_units: int
    cost_now: int
    cost_before: int

    @property
    def on_time_rate(self) -> float | None:
        return ratio(self.on_time, self.judged)

    @property
    def fill_rate(self) -> float | None:
        return ratio(self.first_delivery_units, self.ordered_units)

    @property
    def price_drift(self) -> float | None:
        """+0.08 means 8 % dearer than 90 days ago."""
        if not self.cost_before:
            return None
        return self.cost_now / self.cost_before - 1

    @property
    def observed_lead_days(self) -> int | None:
        """The lead time promises should use instead of the quoted one, if any."""
        return observed_lead_days(self.quoted_lead_days, self.delivered_orders, self.lead_median)


def observed_lead_days(quoted: int, delivered_orders: int, lead_median: float | None) -> int | None:
    if delivered_orders < MIN_ORDERS_FOR_OBSERVED or lead_median is None:
        return None
    days = math.ceil(lead_median)
    return days if days > quoted else None


def supplier_reliability(
    supplier_id: int,
    name: str,
    quoted_lead_days: int,
    orders: Iterable[SupplierOrderFacts],
    today: date,
    cost_now: int = 0,
    cost_before: int = 0,
) -> SupplierReliability:
    leads: list[int] = []
    sent = delivered = on_time = judged = ordered = first_units = 0
    for o in orders:
        sent += 1
        if o.first_received_on is None:
            if o.expected_on is not None and o.expected_on < today:
                judged += 1  # overdue, nothing came yet: late
            continue
        delivered += 1
        judged += 1
        leads.append((o.first_received_on - o.sent_on).days)
        if o.expected_on is None or o.first_received_on <= o.expected_on:
            on_time += 1
        ordered += o.ordered
        first_units += min(o.first_received, o.ordered)
    return SupplierReliability(
        supplier_id,
        name,
        quoted_lead_days,
        sent,
        delivered,
        on_time,
        judged,
        median(leads),
        percentile(leads, 10),
        percentile(leads, 90),
        ordered,
        first_units,
        cost_now,
        cost_before,
    )


def cost_at(history: Sequence[tuple[str, int]], day: str) -> int | None:
    """The cost in force on `day` (ISO) from (ISO date-time, cost) sorted by time; before the
    first change, the first cost known."""
    if not history:
        return None
    value = history[0][1]
    for at, cost in history:
        if at[:10] > day:
            break
        value = cost
    return value


def explanation(supplier: str, observed: int, quoted: int) -> str:
    return ngettext(
        "{supplier} usually delivers in {observed} day, not the {quoted} quoted; the promised "
        "date uses what they really take.",
        "{supplier} usually delivers in {observed} days, not the {quoted} quoted; the promised "
        "date uses what they really take.",
        observed,
    ).format(supplier=supplier, observed=observed, quoted=quoted)


# -- margins ---------------------------------------------------------------------------------


def margin_rate(revenue: int, cost: int) -> float | None:
    """(revenue - cost) / revenue; None for a free order."""
    return ratio(revenue - cost, revenue)


def margin_below(revenue: int, cost: int, threshold_percent: float) -> bool:
    rate = margin_rate(revenue, cost)
    if rate is None:
        return cost > 0
    return rate < threshold_percent / 100


# -- demand spikes ---------------------------------------------------------------------------


def is_spike(this_week: int, usual_weekly: float) -> bool:
    """More than SPIKE_FACTOR times the usual week, and at least SPIKE_MIN_UNITS units."""
    return this_week >= SPIKE_MIN_UNITS and this_week > SPIKE_FACTOR * usual_weekly


# -- ageing ----------------------------------------------------------------------------------

AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    (N_("0-30 days"), 0, 30),
    (N_("31-90 days"), 31, 90),
    (N_("91-180 days"), 91, 180),
    (N_("over 180 days"), 181, None),
)


def age_bucket(days: int) -> str:
    for label, low, high in AGE_BUCKETS:
        if days >= low and (high is None or days <= high):
            return label
    return AGE_BUCKETS[0][0]
