"""Where received units go, and what a reduction releases (DESIGN §2, "Receiving").

Pure functions, no database: the services read the numbers, call these, and write the result.

Receiving: units of a supplier order line go first to the customer lines that line covers
(oldest customer order first); what is left goes to other customer lines of the same product
that are still waiting (oldest first); the rest is surplus. Units beyond what was ordered are
an over-delivery and give a warning.

Taking from surplus: waiting lines get units nobody holds, in the order the caller gives
(oldest first); planning and an order logged at the counter both take them this way.

Releasing (a customer line reduced or cancelled): units nobody has ordered yet go first, then
coverage on draft supplier orders, then coverage on sent ones, then units already in the shop.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.packs import round_quantity

OrderKey = tuple[str, int, int]  # (order_date, order_id, line_no): smaller is older


@dataclass(frozen=True, slots=True)
class ReceivedLine:
    """One supplier order line of a delivery."""

    supplier_line_id: int
    product_id: int
    ordered: int
    received_before: int
    quantity: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class CoverageClaim:
    """Units of a supplier order line still expected for a customer line."""

    coverage_id: int
    supplier_line_id: int
    customer_line_id: int
    outstanding: int


@dataclass(frozen=True, slots=True)
class CustomerNeed:
    """A customer line of an active order that still needs units.

    need = ordered - handed - allocated (units still to come into the shop for it);
    covered = the part of it expected on open supplier orders; the rest is waiting.
    """

    customer_line_id: int
    product_id: int
    order_key: OrderKey
    need: int
    covered: int

    @property
    def waiting(self) -> int:
        return max(0, self.need - self.covered)


@dataclass(frozen=True, slots=True)
class Allocation:
    supplier_line_id: int
    customer_line_id: int
    coverage_id: int | None
    quantity: int


@dataclass(frozen=True, slots=True)
class LineSplit:
    """Where every received unit of one supplier line went."""

    supplier_line_id: int
    product_id: int
    received: int
    allocations: tuple[Allocation, ...]
    surplus: int
    over_delivered: int

    @property
    def allocated(self) -> int:
        return sum(a.quantity for a in self.allocations)


@dataclass(frozen=True, slots=True)
class AllocationResult:
    lines: tuple[LineSplit, ...]
    warnings: tuple[str, ...] = ()

    @property
    def allocations(self) -> list[Allocation]:
        return [a for line in self.lines for a in line.allocations]

    @property
    def surplus(self) -> int:
        return sum(line.surplus for line in self.lines)


def over_delivery(ordered: int, received_before: int, quantity: int) -> int:
    """Units of this delivery beyond what was ordered (earlier excess already counted)."""
    return max(0, received_before + quantity - ordered) - max(0, received_before - ordered)


def allocate_receipt(
    received: Sequence[ReceivedLine],
    claims: Iterable[CoverageClaim],
    needs: Iterable[CustomerNeed],
) -> AllocationResult:
    """Split a delivery into allocations and surplus.

    `claims` are the outstanding coverages of the delivered supplier lines; `needs` are the
    active customer lines of the delivered products that still need units. A claim whose
    customer line has no need (cancelled, already complete) gets nothing.
    """
    need_by_line = {n.customer_line_id: n for n in needs}
    remaining_need = {lid: max(0, n.need) for lid, n in need_by_line.items()}
    remaining_cover = {lid: max(0, n.covered) for lid, n in need_by_line.items()}
    claims_by_line: dict[int, list[CoverageClaim]] = {}
    for claim in claims:
        claims_by_line.setdefault(claim.supplier_line_id, []).append(claim)

    left = {r.supplier_line_id: max(0, r.quantity) for r in received}
    taken: dict[int, list[Allocation]] = {r.supplier_line_id: [] for r in received}

    # Pass 1: each line's own coverage, oldest customer order first.
    for r in received:
        own = [c for c in claims_by_line.get(r.supplier_line_id, []) if c.outstanding > 0]
        own.sort(key=lambda c: _key(need_by_line, c.customer_line_id))
        for claim in own:
            qty = min(
                left[r.supplier_line_id],
                claim.outstanding,
                remaining_need.get(claim.customer_line_id, 0),
            )
            if qty <= 0:
                continue
            left[r.supplier_line_id] -= qty
            remaining_need[claim.customer_line_id] -= qty
            remaining_cover[claim.customer_line_id] = max(
                0, remaining_cover[claim.customer_line_id] - qty
            )
            taken[r.supplier_line_id].append(
                Allocation(r.supplier_line_id, claim.customer_line_id, claim.coverage_id, qty)
            )

    # Pass 2: other waiting lines of the same product, oldest first.
    by_product: dict[int, list[CustomerNeed]] = {}
    for n in sorted(need_by_line.values(), key=lambda n: n.order_key):
        by_product.setdefault(n.product_id, []).append(n)
    for r in received:
        for n in by_product.get(r.product_id, []):
            if left[r.supplier_line_id] <= 0:
                break
            lid = n.customer_line_id
            waiting = remaining_need[lid] - remaining_cover[lid]
            qty = min(left[r.supplier_line_id], waiting)
            if qty <= 0:
                continue
            left[r.supplier_line_id] -= qty
            remaining_need[lid] -= qty
            taken[r.supplier_line_id].append(Allocation(r.supplier_line_id, lid, None, qty))

    lines, warnings = [], []
    for r in received:
        over = over_delivery(r.ordered, r.received_before, max(0, r.quantity))
        split = LineSplit(
            r.supplier_line_id,
            r.product_id,
            max(0, r.quantity),
            tuple(taken[r.supplier_line_id]),
            left[r.supplier_line_id],
            over,
        )
        lines.append(split)
        if over:
            warnings.append(_over_delivery_warning(r, over, split.surplus))
    return AllocationResult(tuple(lines), tuple(warnings))


def _key(needs: Mapping[int, CustomerNeed], line_id: int) -> tuple[int, tuple[object, ...]]:
    need = needs.get(line_id)
    return (0, need.order_key) if need else (1, (line_id,))


def _over_delivery_warning(r: ReceivedLine, over: int, surplus: int) -> str:
    label = r.label or _("Line {line}").format(line=r.supplier_line_id)
    values = {
        "label": label,
        "total": r.received_before + r.quantity,
        "ordered": r.ordered,
        "over": over,
        "surplus": surplus,
    }
    if surplus:
        return ngettext(
            "{label}: {total} received but only {ordered} ordered, so {over} more came than "
            "ordered; {surplus} unit of this line went to surplus.",
            "{label}: {total} received but only {ordered} ordered, so {over} more came than "
            "ordered; {surplus} units of this line went to surplus.",
            surplus,
        ).format(**values)
    return _(
        "{label}: {total} received but only {ordered} ordered, so {over} more came than "
        "ordered; they went to customers who were waiting."
    ).format(**values)


# --- taking units from surplus -------------------------------------------------------------

# (customer line id, product id, units): what a line waits for, or what it takes.
SurplusWant = tuple[int, int, int]
SurplusTake = tuple[int, int, int]


def take_from_surplus(
    wants: Iterable[SurplusWant], on_hand: Mapping[int, int]
) -> tuple[list[SurplusTake], dict[int, int]]:
    """Give surplus to waiting lines, in the order of `wants` (callers pass the oldest first).

    Each line takes what it waits for, or what is left of its product's surplus if that is
    less; a line waiting for nothing, or a product without surplus, takes nothing. Returns
    the takes (in the order of `wants`, none of 0 units) and what is left per product.
    Plain tuples, because planning passes thousands of lines.
    """
    left = {pid: qty for pid, qty in on_hand.items() if qty > 0}
    takes: list[SurplusTake] = []
    for line_id, product_id, wanted in wants:
        available = left.get(product_id, 0)
        take = min(available, wanted)
        if take > 0:
            left[product_id] = available - take
            takes.append((line_id, product_id, take))
    return takes, left


# --- releasing units when a customer line is reduced or cancelled -------------------------


@dataclass(frozen=True, slots=True)
class CoverageHold:
    """Outstanding coverage of the reduced customer line on one open supplier order line."""

    coverage_id: int
    supplier_line_id: int
    draft: bool
    outstanding: int
    order_key: tuple[
        int, ...
    ] = ()  # release order within drafts / within sent orders: smallest first


@dataclass(frozen=True, slots=True)
class AllocationHold:
    """An allocation row of the line; rows are released newest first."""

    allocation_id: int
    quantity: int
    coverage_id: int | None


@dataclass(frozen=True, slots=True)
class Release:
    from_waiting: int
    coverage: tuple[tuple[CoverageHold, int], ...] = ()
    allocations: tuple[tuple[AllocationHold, int], ...] = ()
    unreleased: int = 0

    @property
    def from_drafts(self) -> int:
        return sum(q for hold, q in self.coverage if hold.draft)

    @property
    def from_sent(self) -> int:
        return sum(q for hold, q in self.coverage if not hold.draft)

    @property
    def to_surplus(self) -> int:
        return sum(q for _hold, q in self.allocations)


def plan_release(
    reduce_by: int,
    waiting: int,
    coverages: Sequence[CoverageHold],
    allocations: Sequence[AllocationHold],
    on_hand: int,
) -> Release:
    """What lowering a customer line by `reduce_by` units frees, in the order of the rules.

    `on_hand` is allocated minus handed: only those units can go back to surplus; rows in
    `allocations` are taken in the order given (the caller passes newest first).
    """
    left = max(0, reduce_by)
    from_waiting = min(left, max(0, waiting))
    left -= from_waiting
    cover: list[tuple[CoverageHold, int]] = []
    for cover_hold in sorted(coverages, key=lambda h: (not h.draft, h.order_key)):
        qty = min(left, max(0, cover_hold.outstanding))
        if qty > 0:
            cover.append((cover_hold, qty))
            left -= qty
    allocs: list[tuple[AllocationHold, int]] = []
    hand_left = min(left, max(0, on_hand))
    for alloc_hold in allocations:
        qty = min(hand_left, alloc_hold.quantity)
        if qty > 0:
            allocs.append((alloc_hold, qty))
            hand_left -= qty
            left -= qty
    return Release(from_waiting, tuple(cover), tuple(allocs), left)


@dataclass(frozen=True, slots=True)
class DraftLineChange:
    supplier_line_id: int
    old_quantity: int
    new_quantity: int
    removed: bool = field(default=False)


def shrink_draft_line(
    supplier_line_id: int, old_quantity: int, covered_after: int, pack_size: int, min_qty: int
) -> DraftLineChange | None:
    """A draft line after its coverage shrank: down to the rounded need, removed at zero.

    Never grows the line (the owner may have ordered less than the rounding would).
    """
    if covered_after <= 0:
        return DraftLineChange(supplier_line_id, old_quantity, 0, removed=True)
    new = min(old_quantity, round_quantity(covered_after, pack_size, min_qty))
    if new == old_quantity:
        return None
    return DraftLineChange(supplier_line_id, old_quantity, new)


# --- surplus age ---------------------------------------------------------------------------


def surplus_since(batches: Sequence[tuple[str, int, int]], used_from_surplus: int) -> str | None:
    """Date of the oldest receipt that still has surplus units, or None without surplus.

    `batches` are (received_on, units received, units allocated straight from that receipt),
    oldest first. Units later taken from surplus or written off are counted against the
    oldest batches first, as a shop takes the oldest stock off the shelf first.
    """
    used = max(0, used_from_surplus)
    for received_on, received, allocated in batches:
        left = max(0, received - allocated)
        taken = min(used, left)
        used -= taken
        if left - taken > 0:
            return received_on
    return None


def lots_left(batches: Iterable[tuple[str, int, int]]) -> int:
    """Units of these receipts not allocated straight from them (received - allocated)."""
    return sum(max(0, received - allocated) for _on, received, allocated in batches)


def surplus_since_newest(batches: Sequence[tuple[str, int, int]], on_hand: int) -> str | None:
    """`surplus_since` from the newest receipts only: `batches` (oldest first) are the newest
    receipts of a product whose units left (`lots_left`) reach the `on_hand` surplus.

    Units taken from surplus or written off come off the oldest receipts first, so the units
    still on hand are the newest ones: of these receipts, all but `on_hand` units were taken,
    and the answer is the one over the product's whole history (a consistent shop file: no
    receipt gave more than it brought), without reading years of used-up receipts."""
    return surplus_since(batches, lots_left(batches) - on_hand)
