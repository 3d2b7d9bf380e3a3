"""The allocation and release rules, without a database."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jitdesk.domain.allocation import (
    AllocationHold,
    CoverageClaim,
    CoverageHold,
    CustomerNeed,
    ReceivedLine,
    allocate_receipt,
    lots_left,
    over_delivery,
    plan_release,
    shrink_draft_line,
    surplus_since,
    surplus_since_newest,
)
from jitdesk.domain.packs import round_quantity

# --- example-based -------------------------------------------------------------------------


def need(line_id, product=1, day="2026-11-01", need=1, covered=0):
    return CustomerNeed(line_id, product, (day, line_id, 1), need, covered)


def test_coverage_goes_first_oldest_order_first():
    received = [ReceivedLine(10, 1, ordered=5, received_before=0, quantity=3)]
    claims = [CoverageClaim(100, 10, 1, 2), CoverageClaim(101, 10, 2, 3)]
    needs = [
        need(1, day="2026-11-05", need=2, covered=2),
        need(2, day="2026-11-01", need=3, covered=3),
        need(3, day="2026-10-01", need=4, covered=0),  # older but only waiting
    ]
    result = allocate_receipt(received, claims, needs)
    got = [(a.customer_line_id, a.coverage_id, a.quantity) for a in result.allocations]
    assert got == [(2, 101, 3)]
    assert result.surplus == 0


def test_leftover_goes_to_waiting_lines_oldest_first_then_surplus():
    received = [ReceivedLine(10, 1, ordered=10, received_before=0, quantity=10)]
    claims = [CoverageClaim(100, 10, 1, 2)]
    needs = [
        need(1, day="2026-11-05", need=2, covered=2),
        need(2, day="2026-11-03", need=3, covered=0),
        need(3, day="2026-11-01", need=4, covered=1),  # 3 waiting, 1 covered elsewhere
        need(4, product=2, need=9),  # another product: untouched
    ]
    result = allocate_receipt(received, claims, needs)
    got = [(a.customer_line_id, a.coverage_id, a.quantity) for a in result.allocations]
    assert got == [(1, 100, 2), (3, None, 3), (2, None, 3)]
    assert result.lines[0].surplus == 2
    assert result.warnings == ()


def test_claim_of_a_line_that_needs_nothing_gets_nothing():
    received = [ReceivedLine(10, 1, ordered=4, received_before=0, quantity=4)]
    claims = [CoverageClaim(100, 10, 1, 4)]  # line 1 was cancelled: no need passed
    result = allocate_receipt(received, claims, [])
    assert result.allocations == []
    assert result.surplus == 4


def test_over_delivery_warns_and_counts_only_new_excess():
    assert over_delivery(10, 0, 12) == 2
    assert over_delivery(10, 8, 4) == 2
    assert over_delivery(10, 12, 3) == 3
    assert over_delivery(10, 0, 10) == 0
    received = [ReceivedLine(10, 1, 5, 0, 7, label="Line 1 (CH-1)")]
    result = allocate_receipt(received, [CoverageClaim(1, 10, 1, 5)], [need(1, need=5, covered=5)])
    assert result.lines[0].over_delivered == 2
    assert result.lines[0].surplus == 2
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("Line 1 (CH-1): 7 received but only 5 ordered")
    assert "2 units of this line went to surplus" in result.warnings[0]


def test_two_lines_of_one_product_serve_their_own_coverage_before_waiting_lines():
    received = [
        ReceivedLine(10, 1, 3, 0, 3),
        ReceivedLine(11, 1, 2, 0, 2),
    ]
    claims = [CoverageClaim(100, 11, 2, 2)]
    needs = [need(1, day="2026-10-01", need=5), need(2, day="2026-11-01", need=2, covered=2)]
    result = allocate_receipt(received, claims, needs)
    got = sorted((a.supplier_line_id, a.customer_line_id, a.quantity) for a in result.allocations)
    assert got == [(10, 1, 3), (11, 2, 2)]


def test_release_order_waiting_then_drafts_then_sent_then_on_hand():
    coverages = [
        CoverageHold(1, 10, draft=False, outstanding=2),
        CoverageHold(2, 11, draft=True, outstanding=3),
    ]
    allocations = [AllocationHold(7, 2, None), AllocationHold(6, 4, 1)]
    release = plan_release(9, 1, coverages, allocations, on_hand=6)
    assert release.from_waiting == 1
    assert [(h.coverage_id, q) for h, q in release.coverage] == [(2, 3), (1, 2)]
    assert [(h.allocation_id, q) for h, q in release.allocations] == [(7, 2), (6, 1)]
    assert (release.from_drafts, release.from_sent, release.to_surplus) == (3, 2, 3)
    assert release.unreleased == 0


def test_release_never_touches_handed_units():
    # 5 allocated, 3 of them handed: only 2 can go back to surplus.
    release = plan_release(4, 0, [], [AllocationHold(1, 5, None)], on_hand=2)
    assert release.to_surplus == 2
    assert release.unreleased == 2


def test_rounding_and_draft_shrinking():
    assert round_quantity(0, 6) == 0
    assert round_quantity(1, 6) == 6
    assert round_quantity(7, 6) == 12
    assert round_quantity(3, 10, min_qty=20) == 20
    assert shrink_draft_line(5, 12, 5, 6, 1).new_quantity == 6
    assert shrink_draft_line(5, 12, 0, 6, 1).removed
    assert shrink_draft_line(5, 12, 8, 6, 1) is None  # still needs 12
    assert shrink_draft_line(5, 4, 3, 6, 1) is None  # never grows an owner's smaller line


def test_surplus_age_counts_later_use_against_oldest_delivery():
    batches = [("2026-10-01", 5, 3), ("2026-11-01", 4, 4), ("2026-11-20", 6, 2)]
    assert surplus_since(batches, 0) == "2026-10-01"
    assert surplus_since(batches, 2) == "2026-11-20"
    assert surplus_since(batches, 6) is None
    assert surplus_since([], 0) is None


@given(
    st.lists(
        st.tuples(st.integers(0, 9), st.integers(0, 9)).map(lambda t: (t[0] + t[1], t[0])),
        min_size=1,
        max_size=8,
    ),
    st.data(),
)
def test_surplus_age_from_the_newest_receipts_is_the_age_over_all_of_them(lots, data):
    """Receipts (received, allocated from it) oldest first, of which `used` units were taken
    from surplus later: read back from the newest only until they hold what is on hand, the
    date is the one over every receipt."""
    batches = [
        (f"2026-01-{day + 1:02d}", received, alloc) for day, (received, alloc) in enumerate(lots)
    ]
    left = lots_left(batches)
    used = data.draw(st.integers(0, left))
    on_hand = left - used
    if on_hand == 0:
        return
    start = max(i for i in range(len(batches)) if lots_left(batches[i:]) >= on_hand)
    newest = batches[data.draw(st.integers(0, start)) :]
    assert surplus_since_newest(newest, on_hand) == surplus_since(batches, used)


# --- properties ----------------------------------------------------------------------------

PRODUCTS = st.integers(1, 3)


@st.composite
def deliveries(draw):
    n_lines = draw(st.integers(1, 4))
    received = []
    for i in range(n_lines):
        ordered = draw(st.integers(1, 20))
        before = draw(st.integers(0, 25))
        qty = draw(st.integers(0, 30))
        received.append(ReceivedLine(100 + i, draw(PRODUCTS), ordered, before, qty, f"L{i}"))
    n_customers = draw(st.integers(0, 8))
    needs = []
    for line_id in range(1, n_customers + 1):
        n = draw(st.integers(0, 10))
        covered = draw(st.integers(0, n))
        day = draw(st.sampled_from(["2026-10-01", "2026-11-01", "2026-11-20"]))
        needs.append(CustomerNeed(line_id, draw(PRODUCTS), (day, line_id, 1), n, covered))
    claims = []
    for i, r in enumerate(received):
        same = [n for n in needs if n.product_id == r.product_id and n.covered > 0]
        for n in draw(st.lists(st.sampled_from(same), unique=True, max_size=3)) if same else []:
            claims.append(
                CoverageClaim(
                    1000 * i + n.customer_line_id,
                    r.supplier_line_id,
                    n.customer_line_id,
                    draw(st.integers(1, n.covered)),
                )
            )
    # a claim for a customer line that no longer needs anything
    if draw(st.booleans()):
        claims.append(CoverageClaim(9999, received[0].supplier_line_id, 999, 5))
    return received, claims, needs


@settings(max_examples=300)
@given(deliveries())
def test_every_received_unit_is_allocated_or_surplus_never_more(case):
    received, claims, needs = case
    result = allocate_receipt(received, claims, needs)
    for r, line in zip(received, result.lines, strict=True):
        assert line.surplus >= 0
        assert all(a.quantity > 0 for a in line.allocations)
        assert line.allocated + line.surplus == r.quantity


@settings(max_examples=300)
@given(deliveries())
def test_no_line_gets_more_than_it_needs_nor_a_claim_more_than_outstanding(case):
    received, claims, needs = case
    result = allocate_receipt(received, claims, needs)
    by_line: dict[int, int] = {}
    by_claim: dict[int, int] = {}
    for a in result.allocations:
        by_line[a.customer_line_id] = by_line.get(a.customer_line_id, 0) + a.quantity
        if a.coverage_id is not None:
            by_claim[a.coverage_id] = by_claim.get(a.coverage_id, 0) + a.quantity
    needs_by_id = {n.customer_line_id: n for n in needs}
    for line_id, qty in by_line.items():
        assert qty <= needs_by_id[line_id].need
    outstanding = {c.coverage_id: c.outstanding for c in claims}
    for cid, qty in by_claim.items():
        assert qty <= outstanding[cid]
    # products never mix
    product_of_line = {r.supplier_line_id: r.product_id for r in received}
    for a in result.allocations:
        assert needs_by_id[a.customer_line_id].product_id == product_of_line[a.supplier_line_id]


@settings(max_examples=300)
@given(deliveries())
def test_coverage_is_served_first_and_oldest_first(case):
    received, claims, needs = case
    result = allocate_receipt(received, claims, needs)
    needs_by_id = {n.customer_line_id: n for n in needs}
    for r, line in zip(received, result.lines, strict=True):
        served = {}
        for a in line.allocations:
            if a.coverage_id is not None:
                served[a.coverage_id] = served.get(a.coverage_id, 0) + a.quantity
        own = [
            c
            for c in claims
            if c.supplier_line_id == r.supplier_line_id and c.customer_line_id in needs_by_id
        ]
        unmet = [c for c in own if served.get(c.coverage_id, 0) < c.outstanding]
        # A claim is left short only when its customer line got all it needed, or nothing is
        # left over for it (no surplus), or an older claim used the units.
        for c in unmet:
            line_total = sum(
                a.quantity for a in result.allocations if a.customer_line_id == c.customer_line_id
            )
            if line_total < needs_by_id[c.customer_line_id].need:
                assert line.surplus == 0
                assert all(a.coverage_id is not None for a in line.allocations)
                newer_served = [
                    o
                    for o in own
                    if o.coverage_id in served
                    and needs_by_id[o.customer_line_id].order_key
                    > needs_by_id[c.customer_line_id].order_key
                ]
                assert not newer_served
        # units that went to waiting lines went oldest first: no older waiting line left over
        waiting_served = [a.customer_line_id for a in line.allocations if a.coverage_id is None]
        if waiting_served:
            keys = [needs_by_id[lid].order_key for lid in waiting_served]
            assert keys == sorted(keys)


@settings(max_examples=300)
@given(deliveries())
def test_over_delivery_always_warns(case):
    received, claims, needs = case
    result = allocate_receipt(received, claims, needs)
    expected = sum(
        1 for r in received if r.received_before + r.quantity > max(r.ordered, r.received_before)
    )
    assert len(result.warnings) == expected
    for r, line in zip(received, result.lines, strict=True):
        assert line.over_delivered == over_delivery(r.ordered, r.received_before, r.quantity)


@settings(max_examples=300)
@given(
    reduce_by=st.integers(0, 40),
    waiting=st.integers(0, 10),
    covers=st.lists(st.tuples(st.booleans(), st.integers(0, 8)), max_size=4),
    allocs=st.lists(st.integers(1, 6), max_size=4),
    handed=st.integers(0, 10),
)
def test_release_never_releases_more_than_held(reduce_by, waiting, covers, allocs, handed):
    coverages = [CoverageHold(i, 10 + i, d, q, (i,)) for i, (d, q) in enumerate(covers)]
    holds = [AllocationHold(i, q, None) for i, q in enumerate(allocs)]
    on_hand = max(0, sum(allocs) - handed)
    release = plan_release(reduce_by, waiting, coverages, holds, on_hand)
    total = release.from_waiting + release.from_drafts + release.from_sent + release.to_surplus
    assert total + release.unreleased == reduce_by
    assert release.from_waiting <= waiting
    assert release.to_surplus <= on_hand
    for hold, q in release.coverage:
        assert 0 < q <= hold.outstanding
    # each stage is used only once the earlier ones are exhausted
    if release.from_drafts or release.from_sent or release.to_surplus:
        assert release.from_waiting == waiting
    if release.from_sent or release.to_surplus:
        assert release.from_drafts == sum(q for d, q in covers if d)
    if release.to_surplus:
        assert release.from_sent == sum(q for d, q in covers if not d)
