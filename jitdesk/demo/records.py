"""The simulated shop in memory: orders, supplier orders, coverage, deliveries, surplus.

Plain records linked by reference; database ids and numbers are filled in only when the
world is written (demo/rows.py).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from jitdesk.demo.catalog import ProductSpec
from jitdesk.domain.promise import OfferTerms
from jitdesk.domain.statuses import CustomerOrderStatus, SupplierOrderStatus

HISTORY_DAYS = 56  # the simulated history: eight weeks up to today
PRICE_CHANGE_AGE = 21  # days ago that some offers changed their cost
SETTLED_AGE = 60  # days after which everything of a long history has been settled


@dataclass(slots=True)
class Cover:
    """Units of a supplier order line meant for one customer line."""

    supplier_line: SupplierLine
    line: OrderLine
    qty: int
    id: int = 0


@dataclass(slots=True)
class Allocation:
    qty: int
    day: date
    receipt: SupplierOrder | None  # whose delivery brought the units; None: from surplus
    cover: Cover | None


@dataclass(slots=True)
class OrderLine:
    order: Order
    line_no: int
    product: int  # index into the catalog
    qty: int
    price: int
    promised: date
    offer: OfferTerms
    allocs: list[Allocation] = field(default_factory=list)
    handed: int = 0
    id: int = 0

    @property
    def allocated(self) -> int:
        return sum(a.qty for a in self.allocs)


@dataclass(slots=True)
class Order:
    day: date
    customer: int
    channel: str
    external_ref: str | None
    lines: list[OrderLine] = field(default_factory=list)
    deposit: int = 0
    method: str = "cash"
    cancelled_on: date | None = None
    ready_on: date | None = None
    notified: bool = False  # told that it is ready
    handed_on: date | None = None
    partial_handover_on: date | None = None
    minute: int = 0  # minutes after 08:00 that it was logged
    id: int = 0
    number: str = ""

    @property
    def total(self) -> int:
        return sum(line.qty * line.price for line in self.lines)

    @property
    def status(self) -> CustomerOrderStatus:
        """The status the order is written with."""
        if self.cancelled_on is not None:
            return CustomerOrderStatus.CANCELLED
        if self.ready_on is None:
            return CustomerOrderStatus.OPEN
        if self.handed_on is not None:
            return CustomerOrderStatus.COMPLETED
        return CustomerOrderStatus.READY


@dataclass(slots=True)
class SupplierLine:
    supplier_order: SupplierOrder
    product: int
    offer: OfferTerms
    unit_cost: int
    expected: date
    qty: int = 0
    received: int = 0
    covers: list[Cover] = field(default_factory=list)
    id: int = 0


@dataclass(slots=True)
class SupplierOrder:
    supplier: int  # index into SUPPLIERS
    created: date
    status: SupplierOrderStatus = SupplierOrderStatus.DRAFT
    expected: date | None = None
    received_on: date | None = None
    lines: dict[int, SupplierLine] = field(default_factory=dict)  # by product
    held_value: int | None = None  # a draft held back: its value is below the minimum
    id: int = 0
    number: str = ""


@dataclass(slots=True)
class World:
    today: date
    rng: random.Random
    catalog: list[ProductSpec]
    offer_ids: dict[tuple[int, int], int]  # (product index, supplier index) -> offer id
    terms: list[list[OfferTerms]]  # per product
    price_change: dict[int, int]  # offer id -> old cost (changed PRICE_CHANGE_AGE days ago)
    orders: list[Order] = field(default_factory=list)
    supplier_orders: list[SupplierOrder] = field(default_factory=list)
    # product -> [day received, units left] of each lot of surplus
    surplus: dict[int, list[list]] = field(default_factory=lambda: defaultdict(list))
    write_offs: list[tuple[int, int, date, str]] = field(default_factory=list)
    over_deliveries: int = 0
    history_days: int = HISTORY_DAYS  # how far back the simulated history reaches
