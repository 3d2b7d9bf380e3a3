"""Planning: waiting customer demand becomes supplier orders (DESIGN §2 "Rules").

Pure Python: `jitdesk.services.planning` gathers the inputs from the shop file, calls `plan`,
and writes the result. The rules, per customer line, oldest customer order first:

1. units on hand that nobody holds (surplus) are allocated first;
2. then units already on the way that no customer line holds (the uncovered part of open
   supplier order lines, drafts and sent alike) are covered;
3. only the rest is ordered new. Supplier choice: the owner's override for the product, else the
   preferred offer, else the cheapest offer that arrives by the line's promised date, else the
   one arriving soonest (and the line is listed as late).

New units for one supplier and product become one line, consolidated into the supplier's existing
*draft* order (sent orders are never touched). A line's quantity is the units needed, raised to
the offer's minimum and rounded up to whole packs; the plan says so, with the surplus that creates.

Idempotent by construction: after a plan is committed no customer line is waiting any more, so
planning again finds nothing to do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter, itemgetter
from typing import NamedTuple

from jitdesk.domain.allocation import take_from_surplus
from jitdesk.domain.calendar import arrival_date
from jitdesk.domain.errors import DomainError
from jitdesk.domain.formats import user_formats
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.packs import round_quantity
from jitdesk.domain.promise import OfferTerms
from jitdesk.domain.statuses import status_word

# --------------------------------------------------------------------------------------------
# Inputs


@dataclass(slots=True)
class DemandLine:
    """A customer line with units nobody has yet: not handed, not allocated, not covered."""

    customer_line_id: int
    order_id: int
    order_number: str
    customer_name: str
    product_id: int
    order_date: date
    promised_date: date | None
    waiting: int


@dataclass(slots=True)
class OnTheWay:
    """The uncovered units of an open supplier order line (still to arrive, nobody's)."""

    supplier_line_id: int
    supplier_order_id: int
    supplier_id: int
    product_id: int
    quantity: int
    status: str  # draft, sent or partially received


@dataclass(frozen=True, slots=True)
class SupplierInfo:
    supplier_id: int
    name: str
    lead_time_days: int
    delivery_weekdays: frozenset[int]
    min_order_value: int = 0


@dataclass(frozen=True, slots=True)
class DraftLine:
    """A line of a supplier's existing draft order."""

    supplier_line_id: int
    product_id: int
    offer_id: int | None
    quantity: int
    covered: int  # total coverage of the line
    unit_cost: int
    pack_size: int
    lead_time_days: int


@dataclass(frozen=True, slots=True)
class DraftOrder:
    supplier_order_id: int
    number: str
    supplier_id: int
    lines: tuple[DraftLine, ...] = ()

    @property
    def value(self) -> int:
        return sum(line.quantity * line.unit_cost for line in self.lines)


@dataclass(slots=True)
class ProductInfo:
    product_id: int
    sku: str
    name: str
    # Added at the counter and not yet completed by the owner: never ordered, only listed.
    to_review: bool = False

    @property
    def label(self) -> str:
        return f"{self.sku} {self.name}"


@dataclass(slots=True)
class PlanInputs:
    """Everything planning reads. `drafts` holds one draft order per supplier (the oldest)."""

    today: date
    demand: list[DemandLine]
    surplus: dict[int, int] = field(default_factory=dict)
    on_the_way: list[OnTheWay] = field(default_factory=list)
    offers: dict[int, list[OfferTerms]] = field(default_factory=dict)
    suppliers: dict[int, SupplierInfo] = field(default_factory=dict)
    drafts: dict[int, DraftOrder] = field(default_factory=dict)
    products: dict[int, ProductInfo] = field(default_factory=dict)
    offer_skus: dict[int, str] = field(default_factory=dict)  # for the commit's line snapshots


# --------------------------------------------------------------------------------------------
# Outputs


@dataclass(slots=True)
class Cover:
    """Units of a planned supplier order line meant for one customer line."""

    customer_line_id: int
    order_id: int
    order_number: str
    customer_name: str
    quantity: int


@dataclass(slots=True)
class SurplusUse:
    customer_line_id: int
    order_id: int
    order_number: str
    customer_name: str
    product_id: int
    quantity: int


@dataclass(slots=True)
class OnTheWayUse:
    supplier_line_id: int
    supplier_order_id: int
    supplier_id: int
    status: str
    customer_line_id: int
    order_id: int
    order_number: str
    customer_name: str
    product_id: int
    quantity: int


@dataclass(frozen=True, slots=True)
class LateLine:
    """A customer line whose promised date cannot be met by any offer."""

    customer_line_id: int
    order_id: int
    order_number: str
    customer_name: str
    product_id: int
    promised_date: date
    expected_date: date
    supplier_id: int


# Why an unplannable line is held back.
NO_OFFER = "no offer"
TO_REVIEW = "to review"


@dataclass(frozen=True, slots=True)
class UnplannableLine:
    """A customer line nothing can be ordered for: its product has no active offer, or it is
    an item to review, which is never ordered (nor given units on the way) until the owner
    completes it."""

    customer_line_id: int
    order_id: int
    order_number: str
    customer_name: str
    product_id: int
    quantity: int
    reason: str = NO_OFFER


class PlannedLine(NamedTuple):
    """One supplier order line of the plan: new, or an existing draft line that grows. (An
    immutable tuple, as `OfferTerms`: a plan has thousands and a frozen dataclass is slow to
    build.)"""

    product_id: int
    product_label: str
    offer: OfferTerms
    supplier_line_id: int | None  # the existing draft line that grows, or None for a new line
    existing_quantity: int
    needed: int  # existing quantity + new units the covers need
    quantity: int  # the line's quantity after rounding
    arrival: date
    covers: tuple[Cover, ...]

    @property
    def new_quantity(self) -> int:
        return self.quantity - self.existing_quantity

    @property
    def min_qty(self) -> int:
        return self.offer.min_qty

    @property
    def pack_size(self) -> int:
        return self.offer.pack_size

    @property
    def packs(self) -> int:
        return self.quantity // self.offer.pack_size

    @property
    def surplus_created(self) -> int:
        return self.quantity - self.needed

    @property
    def line_value(self) -> int:
        return self.quantity * self.offer.unit_cost

    def explanation(self) -> str:
        """Why the quantity is what it is, in one line a person can check."""
        for_order = _("{quantity} for {number} ({customer})")
        parts = [
            for_order.format(quantity=c.quantity, number=c.order_number, customer=c.customer_name)
            for c in self.covers
        ]
        if self.existing_quantity:
            parts.insert(
                0, _("{quantity} already on the draft").format(quantity=self.existing_quantity)
            )
        text = " + ".join(parts)
        text += " = " + _("{quantity} needed").format(quantity=self.needed)
        if self.min_qty > self.needed:
            text += "; " + _("minimum {quantity}").format(quantity=self.min_qty)
        if self.pack_size > 1:
            text += "; " + ngettext(
                "pack of {size} -> {packs} pack = {quantity}",
                "pack of {size} -> {packs} packs = {quantity}",
                self.packs,
            ).format(size=self.pack_size, packs=self.packs, quantity=self.quantity)
        elif self.quantity != self.needed:
            text += f" -> {self.quantity}"
        if self.surplus_created:
            text += "; " + _("{quantity} surplus").format(quantity=self.surplus_created)
        return text


@dataclass(frozen=True, slots=True)
class PlannedOrder:
    supplier: SupplierInfo
    draft_id: int | None  # the existing draft that grows, or None for a new order
    draft_number: str | None
    expected_date: date
    lines: tuple[PlannedLine, ...]
    value: int  # the whole order's value after the plan (untouched draft lines included)

    @property
    def min_order_value(self) -> int:
        return self.supplier.min_order_value

    @property
    def below_minimum(self) -> bool:
        return self.value < self.supplier.min_order_value


@dataclass(slots=True)
class Plan:
    today: date
    orders: list[PlannedOrder] = field(default_factory=list)
    surplus_uses: list[SurplusUse] = field(default_factory=list)
    on_the_way_uses: list[OnTheWayUse] = field(default_factory=list)
    late_lines: list[LateLine] = field(default_factory=list)
    unplannable: list[UnplannableLine] = field(default_factory=list)
    overrides: dict[int, int] = field(default_factory=dict)
    products: Mapping[int, ProductInfo] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        """Nothing to create, order or allocate (unplannable lines may still be listed)."""
        return not (self.orders or self.surplus_uses or self.on_the_way_uses)

    def signature(self) -> tuple[tuple[object, ...], ...]:
        """What committing would write; two plans with the same signature do the same."""
        return (
            tuple(
                (o.supplier.supplier_id, o.draft_id, line.product_id, line.quantity, line.covers)
                for o in self.orders
                for line in o.lines
            ),
            tuple(self.surplus_uses),
            tuple(self.on_the_way_uses),
        )

    def product_label(self, product_id: int) -> str:
        info = self.products.get(product_id)
        return info.label if info else f"product #{product_id}"


# --------------------------------------------------------------------------------------------
# The rules

_ARRIVES_FIRST = {"partially received": 0, "sent": 1, "draft": 2}


@dataclass(slots=True)
class _Group:
    offer: OfferTerms
    arrival: date
    covers: list[Cover]
    units: int = 0


class OfferChooser:
    """Supplier choice for one product (DESIGN §2 "Supplier choice").

    The owner's override, else the preferred offer, else the cheapest offer arriving by the
    promised date, else the one arriving soonest (then the line is late). Offers are sorted
    once per product, since planning asks for thousands of lines; with an override, a
    preferred offer or a single offer the choice is fixed and nothing needs sorting."""

    __slots__ = ("by_cost", "fixed", "fixed_arrival", "soonest", "soonest_arrival")
    by_cost: list[tuple[int, date, int, OfferTerms]]
    fixed: OfferTerms | None
    fixed_arrival: date
    soonest: OfferTerms
    soonest_arrival: date

    def __init__(
        self,
        offers: list[OfferTerms],
        arrival: Callable[[OfferTerms], date],
        override_supplier: int | None = None,
    ) -> None:
        fixed = offers[0] if len(offers) == 1 else None  # the usual case: one supplier sells it
        if fixed is None and override_supplier is not None:
            fixed = next((o for o in offers if o.supplier_id == override_supplier), None)
        if fixed is None:
            fixed = next((o for o in offers if o.preferred), None)
        self.fixed = fixed
        if fixed is not None:
            self.by_cost = []
            self.soonest, self.soonest_arrival = fixed, arrival(fixed)
            self.fixed_arrival = self.soonest_arrival
            return
        self.by_cost = sorted(
            ((o.unit_cost, arrival(o), o.offer_id, o) for o in offers), key=lambda t: t[:3]
        )
        _cost, self.soonest_arrival, _offer_id, self.soonest = min(
            self.by_cost, key=lambda t: (t[1], t[0], t[2])
        )

    def choose(self, promised: date | None) -> tuple[OfferTerms, bool]:
        """The offer new units come from, and whether it misses the promised date."""
        if self.fixed is not None:
            return self.fixed, promised is not None and self.fixed_arrival > promised
        if promised is None:
            return self.by_cost[0][3], False
        for _cost, arrives, _offer_id, offer in self.by_cost:
            if arrives <= promised:
                return offer, False
        return self.soonest, self.soonest_arrival > promised


def choose_offer(
    offers: list[OfferTerms],
    promised: date | None,
    today: date,
    override_supplier: int | None = None,
) -> tuple[OfferTerms, bool]:
    """The offer for one customer line's new units, and whether it is late."""
    return OfferChooser(offers, _Arrivals(today), override_supplier).choose(promised)


class _Arrivals:
    """Arrival dates if ordered today, computed once per lead time and weekday set."""

    def __init__(self, today: date) -> None:
        self.today = today
        self._cache: dict[tuple[int, frozenset[int]], date] = {}

    def __call__(self, offer: OfferTerms) -> date:
        return self.of(offer.lead_time_days, offer.delivery_weekdays)

    def of(self, lead_time_days: int, weekdays: frozenset[int]) -> date:
        key = (lead_time_days, weekdays)
        value = self._cache.get(key)
        if value is None:
            value = self._cache[key] = arrival_date(self.today, lead_time_days, weekdays)
        return value


def check_overrides(inputs: PlanInputs, overrides: Mapping[int, int]) -> None:
    """An override must name a supplier with an active offer for the product."""
    for product_id, supplier_id in overrides.items():
        if not any(o.supplier_id == supplier_id for o in inputs.offers.get(product_id, ())):
            info = inputs.products.get(product_id)
            what = info.sku if info else f"product #{product_id}"
            supplier = inputs.suppliers.get(supplier_id)
            who = supplier.name if supplier else f"supplier #{supplier_id}"
            raise DomainError(
                _("{who} has no active offer for {what}; choose a supplier that sells it.").format(
                    who=who, what=what
                )
            )


# Oldest customer order first; within an order, its lines in order.
_DEMAND_ORDER = attrgetter("order_date", "order_id", "customer_line_id")


def plan(inputs: PlanInputs, overrides: Mapping[int, int] | None = None) -> Plan:
    """The plan for `inputs`; see the module docstring for the rules."""
    overrides = dict(overrides or {})
    check_overrides(inputs, overrides)
    today = inputs.today
    result = Plan(today=today, overrides=overrides, products=inputs.products)
    on_the_way = _on_the_way_by_product(inputs.on_the_way)
    arrivals = _Arrivals(today)
    choosers: dict[int, OfferChooser] = {}  # per product, made when first needed
    groups: dict[tuple[int, int], _Group] = {}  # new units per (supplier, product)
    demand = sorted((d for d in inputs.demand if d.waiting > 0), key=_DEMAND_ORDER)
    held = {pid for pid, info in inputs.products.items() if info.to_review}
    from_surplus = _take_surplus(
        [d for d in demand if d.product_id not in held] if held else demand,
        inputs.surplus,
        result.surplus_uses,
    )
    for line in demand:
        pid = line.product_id
        rest = line.waiting - from_surplus.get(line.customer_line_id, 0)
        if held and pid in held:
            result.unplannable.append(_unplannable(line, rest, TO_REVIEW))
            continue
        if rest and on_the_way:
            rest = _use_on_the_way(line, rest, on_the_way.get(pid), result.on_the_way_uses)
        if not rest:
            continue
        chooser = choosers.get(pid)
        if chooser is None and (offers := inputs.offers.get(pid)):
            chooser = choosers[pid] = OfferChooser(offers, arrivals, overrides.get(pid))
        if chooser is None:
            result.unplannable.append(_unplannable(line, rest, NO_OFFER))
            continue
        offer, late = chooser.choose(line.promised_date)
        key = (offer.supplier_id, pid)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(offer, arrivals(offer), [])
        group.covers.append(
            Cover(line.customer_line_id, line.order_id, line.order_number, line.customer_name, rest)
        )
        group.units += rest
        if late:
            result.late_lines.append(
                LateLine(
                    line.customer_line_id,
                    line.order_id,
                    line.order_number,
                    line.customer_name,
                    pid,
                    line.promised_date,  # type: ignore[arg-type]  # late implies a date
                    group.arrival,
                    offer.supplier_id,
                )
            )
    result.orders = _planned_orders(inputs, groups, arrivals)
    return result


def _take_surplus(
    demand: list[DemandLine], surplus: Mapping[int, int], uses: list[SurplusUse]
) -> dict[int, int]:
    """Surplus first, oldest line first (the allocation rule); returns units per line."""
    if not any(q > 0 for q in surplus.values()):
        return {}
    lines = {d.customer_line_id: d for d in demand if surplus.get(d.product_id, 0) > 0}
    takes, _left = take_from_surplus(
        ((d.customer_line_id, d.product_id, d.waiting) for d in lines.values()), surplus
    )
    for line_id, product_id, quantity in takes:
        line = lines[line_id]
        uses.append(
            SurplusUse(
                line_id, line.order_id, line.order_number, line.customer_name, product_id, quantity
            )
        )
    return {line_id: quantity for line_id, _pid, quantity in takes}


def _unplannable(line: DemandLine, quantity: int, reason: str) -> UnplannableLine:
    return UnplannableLine(
        line.customer_line_id,
        line.order_id,
        line.order_number,
        line.customer_name,
        line.product_id,
        quantity,
        reason,
    )


@dataclass(slots=True)
class _StillOnTheWay:
    """Units of one supplier line that planning has not yet given to a customer line."""

    item: OnTheWay
    remaining: int


def _on_the_way_by_product(items: Iterable[OnTheWay]) -> dict[int, list[_StillOnTheWay]]:
    """What is left on the way, per product; units arriving sooner are used first."""
    by_product: dict[int, list[_StillOnTheWay]] = defaultdict(list)
    ordered = sorted(
        (i for i in items if i.quantity > 0),
        key=lambda i: (_ARRIVES_FIRST.get(i.status, 3), i.supplier_order_id, i.supplier_line_id),
    )
    for item in ordered:
        by_product[item.product_id].append(_StillOnTheWay(item, item.quantity))
    return by_product


def _use_on_the_way(
    line: DemandLine, rest: int, entries: list[_StillOnTheWay] | None, uses: list[OnTheWayUse]
) -> int:
    if not entries:
        return rest
    for entry in entries:
        if not rest:
            break
        item, remaining = entry.item, entry.remaining
        if not remaining:
            continue
        take = min(remaining, rest)
        entry.remaining = remaining - take
        rest -= take
        uses.append(
            OnTheWayUse(
                item.supplier_line_id,
                item.supplier_order_id,
                item.supplier_id,
                item.status,
                line.customer_line_id,
                line.order_id,
                line.order_number,
                line.customer_name,
                line.product_id,
                take,
            )
        )
    return rest


def _planned_orders(
    inputs: PlanInputs, groups: dict[tuple[int, int], _Group], arrivals: _Arrivals
) -> list[PlannedOrder]:
    by_supplier: dict[int, list[tuple[int, _Group]]] = defaultdict(list)
    for (supplier_id, pid), group in groups.items():
        by_supplier[supplier_id].append((pid, group))
    orders = []
    for supplier_id in sorted(by_supplier, key=lambda s: _supplier_sort_key(inputs, s)):
        supplier = inputs.suppliers.get(supplier_id) or SupplierInfo(
            supplier_id, f"supplier #{supplier_id}", 0, frozenset()
        )
        draft = inputs.drafts.get(supplier_id)
        draft_lines: dict[int, DraftLine] = {}
        if draft:
            for dl in draft.lines:
                draft_lines.setdefault(dl.product_id, dl)
        lines = []
        changed_ids = set()
        for pid, group in sorted(by_supplier[supplier_id], key=itemgetter(0)):  # by product
            existing = draft_lines.get(pid)
            existing_qty = existing.quantity if existing else 0
            needed = existing_qty + group.units
            offer = group.offer
            info = inputs.products.get(pid)
            lines.append(
                PlannedLine(
                    product_id=pid,
                    product_label=info.label if info else f"product #{pid}",
                    offer=offer,
                    supplier_line_id=existing.supplier_line_id if existing else None,
                    existing_quantity=existing_qty,
                    needed=needed,
                    quantity=round_quantity(needed, offer.pack_size, offer.min_qty),
                    arrival=group.arrival,
                    covers=tuple(group.covers),
                )
            )
            if existing:
                changed_ids.add(existing.supplier_line_id)
        value = sum(line.line_value for line in lines)
        dates = [line.arrival for line in lines]
        if draft:
            for dl in draft.lines:
                if dl.supplier_line_id not in changed_ids:
                    value += dl.quantity * dl.unit_cost
                    dates.append(arrivals.of(dl.lead_time_days, supplier.delivery_weekdays))
        orders.append(
            PlannedOrder(
                supplier=supplier,
                draft_id=draft.supplier_order_id if draft else None,
                draft_number=draft.number if draft else None,
                expected_date=max(dates),
                lines=tuple(lines),
                value=value,
            )
        )
    return orders


def _supplier_sort_key(inputs: PlanInputs, supplier_id: int) -> tuple[str, int]:
    supplier = inputs.suppliers.get(supplier_id)
    return ((supplier.name.casefold() if supplier else ""), supplier_id)


# --------------------------------------------------------------------------------------------
# Reading a plan


def render_plan(plan: Plan, currency: str = "", *, costs: bool = True) -> str:
    """The plan as plain text: one block per supplier order, then uses and warnings; without
    `costs` (for a person who may not see costs) no order value or supplier minimum."""
    out: list[str] = []
    if plan.is_empty and not plan.unplannable and not plan.late_lines:
        return _("Nothing to plan: every customer line is in the shop or on order.")
    for order in plan.orders:
        target = (
            _("add to draft {number}").format(number=order.draft_number)
            if order.draft_id
            else _("new draft order")
        )
        day = user_formats().short_day(order.expected_date)
        if costs:
            head = _("{supplier} ({target}), expected {date}, value {value}").format(
                supplier=order.supplier.name,
                target=target,
                date=day,
                value=user_formats().money(order.value, currency),
            )
        else:
            head = _("{supplier} ({target}), expected {date}").format(
                supplier=order.supplier.name, target=target, date=day
            )
        out.append(head)
        if order.below_minimum and costs:
            out.append(
                "  ! "
                + _(
                    "below the supplier minimum of {minimum} (hold the draft or send anyway)"
                ).format(minimum=user_formats().money(order.min_order_value, currency))
            )
        elif order.below_minimum:
            out.append("  ! " + _("below the supplier minimum (hold the draft or send anyway)"))
        out.extend(_render_lines(order.lines))
        out.append("")
    if plan.surplus_uses:
        out.append(_("From surplus on hand:"))
        for use in plan.surplus_uses:
            out.append(
                "  "
                + _("{quantity} x {product} for {number} ({customer})").format(
                    quantity=use.quantity,
                    product=plan.product_label(use.product_id),
                    number=use.order_number,
                    customer=use.customer_name,
                )
            )
        out.append("")
    if plan.on_the_way_uses:
        out.append(_("From units already on order:"))
        for otw in plan.on_the_way_uses:
            out.append(
                "  "
                + _(
                    "{quantity} x {product} for {number} ({customer}), on supplier order line "
                    "#{line} ({status})"
                ).format(
                    quantity=otw.quantity,
                    product=plan.product_label(otw.product_id),
                    number=otw.order_number,
                    customer=otw.customer_name,
                    line=otw.supplier_line_id,
                    status=status_word(otw.status),
                )
            )
        out.append("")
    if plan.late_lines:
        out.append(_("Cannot meet the promised date:"))
        for late in plan.late_lines:
            out.append(
                "  "
                + _(
                    "{number} ({customer}) {product}: promised {promised}, expected {expected}"
                ).format(
                    number=late.order_number,
                    customer=late.customer_name,
                    product=plan.product_label(late.product_id),
                    promised=user_formats().short_day(late.promised_date),
                    expected=user_formats().short_day(late.expected_date),
                )
            )
        out.append("")
    for reason, title in (
        (TO_REVIEW, _("To review (needs a supplier and cost before it can be ordered):")),
        (NO_OFFER, _("Cannot be ordered (no active supplier offer):")),
    ):
        items = [item for item in plan.unplannable if item.reason == reason]
        if not items:
            continue
        out.append(title)
        for item in items:
            out.append(
                "  "
                + _("{quantity} x {product} for {number} ({customer})").format(
                    quantity=item.quantity,
                    product=plan.product_label(item.product_id),
                    number=item.order_number,
                    customer=item.customer_name,
                )
            )
        out.append("")
    return "\n".join(out).rstrip()


def _render_lines(planned: Iterable[PlannedLine]) -> list[str]:
    lines = list(planned)
    header = (
        _("product"),
        _("have"),
        _("add"),
        _("need"),
        _("min"),
        _("pack"),
        _("packs"),
        _("qty"),
        _("surplus"),
    )
    rows = [header]
    for line in lines:
        rows.append(
            (
                line.product_label[:40],
                str(line.existing_quantity),
                str(line.new_quantity),
                str(line.needed),
                str(line.min_qty),
                str(line.pack_size),
                str(line.packs),
                str(line.quantity),
                str(line.surplus_created),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    out = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        out.append("  " + "  ".join(cells))
        if n:
            out.append("      why: " + lines[n - 1].explanation())
    return out
