"""The planning rules, without a database: examples a shop owner would check by hand, and
hypothesis properties over random shops (DESIGN §2 "Rules", §8)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jitdesk.domain.errors import DomainError
from jitdesk.domain.packs import round_quantity
from jitdesk.domain.planning import (
    DemandLine,
    DraftLine,
    DraftOrder,
    OnTheWay,
    Plan,
    PlanInputs,
    ProductInfo,
    SupplierInfo,
    plan,
    render_plan,
)
from jitdesk.domain.promise import OfferTerms

TODAY = date(2026, 11, 25)  # a Wednesday
EVERY_DAY = frozenset(range(7))


def offer(offer_id, product, supplier, cost, *, pack=1, min_qty=1, lead=2, preferred=False):
    return OfferTerms(offer_id, product, supplier, cost, pack, min_qty, lead, EVERY_DAY, preferred)


def demand(line_id, product, qty, *, order_id=None, number=None, name="Ana", day=0, promised=None):
    order_id = order_id or line_id
    return DemandLine(
        line_id,
        order_id,
        number or f"C-2026-{order_id:04d}",
        name,
        product,
        TODAY - timedelta(days=30 - day),
        promised,
        qty,
    )


SUPPLIERS = {
    1: SupplierInfo(1, "Acme", 2, EVERY_DAY, 10_000),
    2: SupplierInfo(2, "Fast", 1, EVERY_DAY, 0),
}
PRODUCTS = {1: ProductInfo(1, "CH-1", "Chain"), 2: ProductInfo(2, "TY-1", "Tyre")}


def inputs(demand_lines, offers, **kwargs) -> PlanInputs:
    by_product = defaultdict(list)
    for o in offers:
        by_product[o.product_id].append(o)
    return PlanInputs(
        today=TODAY,
        demand=list(demand_lines),
        offers=dict(by_product),
        suppliers=kwargs.pop("suppliers", SUPPLIERS),
        products=kwargs.pop("products", PRODUCTS),
        **kwargs,
    )


# --------------------------------------------------------------------------------------------
# Examples


def test_consolidates_customers_and_explains_rounding():
    result = plan(
        inputs(
            [
                demand(1, 1, 3, name="Ana", number="C-2026-0001", day=1),
                demand(2, 1, 4, name="Jörg", number="C-2026-0007", day=2),
            ],
            [offer(10, 1, 1, 1200, pack=6, min_qty=10)],
        )
    )
    (order,) = result.orders
    (line,) = order.lines
    assert (line.needed, line.quantity, line.packs, line.surplus_created) == (7, 12, 2, 5)
    assert line.explanation() == (
        "3 for C-2026-0001 (Ana) + 4 for C-2026-0007 (Jörg) = 7 needed; minimum 10;"
        " pack of 6 -> 2 packs = 12; 5 surplus"
    )
    assert [(c.order_number, c.quantity) for c in line.covers] == [
        ("C-2026-0001", 3),
        ("C-2026-0007", 4),
    ]
    assert order.value == 12 * 1200
    assert not order.below_minimum  # 144.00 is above Acme's minimum of 100.00


def test_minimum_order_value_flag():
    small = plan(inputs([demand(1, 1, 1)], [offer(10, 1, 1, 500)]))
    assert small.orders[0].value == 500
    assert small.orders[0].below_minimum
    big = plan(inputs([demand(1, 1, 20)], [offer(10, 1, 1, 500)]))
    assert big.orders[0].value == 10_000
    assert not big.orders[0].below_minimum


def test_surplus_then_on_the_way_then_new_oldest_first():
    result = plan(
        inputs(
            [demand(2, 1, 5, day=2), demand(1, 1, 5, day=1), demand(3, 1, 5, day=3)],
            [offer(10, 1, 1, 100)],
            surplus={1: 4},
            on_the_way=[
                OnTheWay(70, 7, 1, 1, 3, "draft"),
                OnTheWay(80, 8, 1, 1, 4, "sent"),
            ],
        )
    )
    assert [(u.customer_line_id, u.quantity) for u in result.surplus_uses] == [(1, 4)]
    # sent units arrive sooner, so they are used before draft units
    assert [
        (u.customer_line_id, u.supplier_line_id, u.quantity) for u in result.on_the_way_uses
    ] == [
        (1, 80, 1),
        (2, 80, 3),
        (2, 70, 2),
        (3, 70, 1),
    ]
    (line,) = result.orders[0].lines
    assert [(c.customer_line_id, c.quantity) for c in line.covers] == [(3, 4)]
    assert line.needed == 4


def test_supplier_choice_preferred_then_cheapest_in_time_then_soonest():
    slow_cheap = OfferTerms(10, 1, 1, 100, 1, 1, 10, EVERY_DAY)
    fast_dear = OfferTerms(20, 1, 2, 300, 1, 1, 1, EVERY_DAY)
    relaxed = demand(1, 1, 1, promised=TODAY + timedelta(days=20))
    urgent = demand(2, 1, 1, promised=TODAY + timedelta(days=3), day=2)
    hopeless = demand(3, 1, 1, promised=TODAY, day=3)
    result = plan(inputs([relaxed, urgent, hopeless], [slow_cheap, fast_dear]))
    chosen = {
        c.customer_line_id: ln.offer.supplier_id
        for o in result.orders
        for ln in o.lines
        for c in ln.covers
    }
    assert chosen == {1: 1, 2: 2, 3: 2}
    assert [(late.customer_line_id, late.expected_date) for late in result.late_lines] == [
        (3, TODAY + timedelta(days=1))
    ]
    preferred = plan(inputs([urgent], [slow_cheap._replace(preferred=True), fast_dear]))
    assert preferred.orders[0].supplier.supplier_id == 1
    assert [late.customer_line_id for late in preferred.late_lines] == [2]
    overridden = plan(inputs([relaxed], [slow_cheap, fast_dear]), {1: 2})
    assert overridden.orders[0].supplier.supplier_id == 2


def test_override_to_a_supplier_without_offer_is_refused():
    with pytest.raises(DomainError, match="Fast has no active offer for CH-1"):
        plan(inputs([demand(1, 1, 1)], [offer(10, 1, 1, 100)]), {1: 2})


def test_grows_the_existing_draft_line_and_keeps_other_lines_in_the_value():
    draft = DraftOrder(
        5,
        "P-2026-0005",
        1,
        (
            DraftLine(50, 1, 10, 6, 6, 1200, 6, 2),
            DraftLine(51, 2, 11, 2, 2, 800, 1, 2),
        ),
    )
    result = plan(inputs([demand(1, 1, 3)], [offer(10, 1, 1, 1200, pack=6)], drafts={1: draft}))
    (order,) = result.orders
    assert (order.draft_id, order.draft_number) == (5, "P-2026-0005")
    (line,) = order.lines
    assert (line.supplier_line_id, line.existing_quantity, line.quantity, line.new_quantity) == (
        50,
        6,
        12,
        6,
    )
    assert line.explanation().startswith("6 already on the draft + 3 for C-2026-0001 (Ana) = 9")
    assert order.value == 12 * 1200 + 2 * 800


def test_product_without_offer_is_unplannable_and_rendered():
    result = plan(inputs([demand(1, 2, 4)], []))
    assert result.orders == []
    assert [(u.customer_line_id, u.quantity) for u in result.unplannable] == [(1, 4)]
    assert "Cannot be ordered (no active supplier offer)" in render_plan(result)
    assert "4 x TY-1 Tyre for C-2026-0001 (Ana)" in render_plan(result)


def test_render_shows_supplier_flags_and_reasons():
    result = plan(inputs([demand(1, 1, 1)], [offer(10, 1, 1, 500, pack=6)]))
    text = render_plan(result, "EUR")
    assert "Acme (new draft order), expected 27 Nov 2026, value €30.00" in text
    assert "below the supplier minimum of €100.00" in text
    assert "1 for C-2026-0001 (Ana) = 1 needed; pack of 6 -> 1 pack = 6; 5 surplus" in text


@pytest.mark.parametrize(
    ("needed", "min_qty", "pack", "expected"),
    [(7, 10, 6, 12), (7, 1, 1, 7), (12, 1, 6, 12), (13, 1, 6, 18), (1, 5, 1, 5), (0, 1, 4, 0)],
)
def test_round_quantity(needed, min_qty, pack, expected):
    assert round_quantity(needed, pack, min_qty) == expected


@given(st.integers(-5, 500), st.integers(1, 50), st.integers(0, 120))
def test_rounding_orders_whole_packs_at_least_the_minimum_and_less_than_a_pack_extra(
    needed, pack, min_qty
):
    quantity = round_quantity(needed, pack, min_qty)
    if needed <= 0:
        assert quantity == 0
        return
    assert quantity % pack == 0
    assert quantity >= needed and quantity >= min_qty
    assert quantity - max(needed, min_qty) < pack


# --------------------------------------------------------------------------------------------
# Properties

weekday_sets = st.frozensets(st.integers(0, 6), min_size=1)


@st.composite
def shops(draw) -> tuple[PlanInputs, dict[int, int]]:
    n_products = draw(st.integers(1, 4))
    n_suppliers = draw(st.integers(1, 3))
    suppliers = {
        s: SupplierInfo(
            s, f"S{s}", draw(st.integers(0, 10)), draw(weekday_sets), draw(st.integers(0, 20_000))
        )
        for s in range(1, n_suppliers + 1)
    }
    offers: dict[int, list[OfferTerms]] = {}
    offer_id = 0
    for p in range(1, n_products + 1):
        sellers = draw(st.lists(st.sampled_from(sorted(suppliers)), unique=True, max_size=3))
        preferred = draw(st.sampled_from([None, *sellers]))
        for s in sellers:
            offer_id += 1
            offers.setdefault(p, []).append(
                OfferTerms(
                    offer_id,
                    p,
                    s,
                    draw(st.integers(0, 5_000)),
                    draw(st.integers(1, 12)),
                    draw(st.integers(1, 20)),
                    draw(st.integers(0, 14)),
                    suppliers[s].delivery_weekdays,
                    s == preferred,
                )
            )
    demand_lines = []
    for line_id in range(1, draw(st.integers(0, 12)) + 1):
        order_id = draw(st.integers(1, 6))
        promised = draw(st.none() | st.integers(-3, 20).map(lambda d: TODAY + timedelta(days=d)))
        demand_lines.append(
            DemandLine(
                line_id,
                order_id,
                f"C-2026-{order_id:04d}",
                f"Customer {order_id}",
                draw(st.integers(1, n_products)),
                TODAY - timedelta(days=draw(st.integers(0, 10))),
                promised,
                draw(st.integers(1, 30)),
            )
        )
    surplus = {p: draw(st.integers(0, 15)) for p in range(1, n_products + 1)}
    drafts: dict[int, DraftOrder] = {}
    on_the_way: list[OnTheWay] = []
    line_id = 1000
    for s in suppliers:
        if not draw(st.booleans()):
            continue
        lines = []
        for p in draw(st.lists(st.integers(1, n_products), unique=True, max_size=3)):
            line_id += 1
            qty = draw(st.integers(1, 20))
            covered = draw(st.integers(0, qty))
            lines.append(DraftLine(line_id, p, None, qty, covered, draw(st.integers(0, 900)), 1, 3))
            if qty > covered:
                on_the_way.append(OnTheWay(line_id, 100 + s, s, p, qty - covered, "draft"))
        drafts[s] = DraftOrder(100 + s, f"P-2026-{100 + s:04d}", s, tuple(lines))
    for _ in range(draw(st.integers(0, 3))):
        line_id += 1
        on_the_way.append(
            OnTheWay(
                line_id,
                200 + line_id,
                draw(st.sampled_from(sorted(suppliers))),
                draw(st.integers(1, n_products)),
                draw(st.integers(1, 10)),
                draw(st.sampled_from(["sent", "partially received"])),
            )
        )
    overrides = {}
    for p, product_offers in offers.items():
        if draw(st.integers(0, 3)) == 0:
            overrides[p] = draw(st.sampled_from(product_offers)).supplier_id
    inputs_ = PlanInputs(TODAY, demand_lines, surplus, on_the_way, offers, suppliers, drafts, {})
    return inputs_, overrides


def served_per_line(result: Plan) -> Counter:
    served: Counter = Counter()
    for use in result.surplus_uses:
        served[use.customer_line_id] += use.quantity
    for otw in result.on_the_way_uses:
        served[otw.customer_line_id] += otw.quantity
    for order in result.orders:
        for line in order.lines:
            for cover in line.covers:
                served[cover.customer_line_id] += cover.quantity
    return served


@settings(max_examples=300, deadline=None)
@given(shops())
def test_every_waiting_unit_is_served_once_or_reported(shop):
    inputs_, overrides = shop
    result = plan(inputs_, overrides)
    served = served_per_line(result)
    unplannable = Counter()
    for item in result.unplannable:
        unplannable[item.customer_line_id] += item.quantity
    for line in inputs_.demand:
        assert served[line.customer_line_id] + unplannable[line.customer_line_id] == line.waiting
        if unplannable[line.customer_line_id]:
            assert line.product_id not in inputs_.offers
    used = Counter()
    for use in result.surplus_uses:
        assert use.quantity > 0
        used[use.product_id] += use.quantity
    assert all(used[p] <= inputs_.surplus.get(p, 0) for p in used)
    otw_used = Counter()
    for otw in result.on_the_way_uses:
        assert otw.quantity > 0
        otw_used[otw.supplier_line_id] += otw.quantity
    available = {o.supplier_line_id: o.quantity for o in inputs_.on_the_way}
    assert all(otw_used[sl] <= available[sl] for sl in otw_used)


@settings(max_examples=300, deadline=None)
@given(shops())
def test_rounding_is_explicit_and_never_negative(shop):
    inputs_, overrides = shop
    result = plan(inputs_, overrides)
    suppliers_seen = set()
    for order in result.orders:
        assert order.supplier.supplier_id not in suppliers_seen  # one order per supplier
        suppliers_seen.add(order.supplier.supplier_id)
        draft = inputs_.drafts.get(order.supplier.supplier_id)
        assert order.draft_id == (draft.supplier_order_id if draft else None)
        assert len({line.product_id for line in order.lines}) == len(order.lines)
        assert order.below_minimum == (order.value < order.supplier.min_order_value)
        for line in order.lines:
            assert line.covers and all(c.quantity > 0 for c in line.covers)
            assert line.needed == line.existing_quantity + sum(c.quantity for c in line.covers)
            assert line.quantity % line.pack_size == 0
            assert line.quantity >= line.min_qty
            assert line.quantity >= line.needed
            assert line.quantity - line.pack_size < max(line.needed, line.min_qty)  # no extra pack
            assert line.surplus_created == line.quantity - line.needed >= 0
            assert line.new_quantity > 0
            assert f"= {line.needed} needed" in line.explanation()


@settings(max_examples=300, deadline=None)
@given(shops())
def test_supplier_choice_and_use_order(shop):
    inputs_, overrides = shop
    result = plan(inputs_, overrides)
    by_id = {d.customer_line_id: d for d in inputs_.demand}
    for order in result.orders:
        for line in order.lines:
            offers = inputs_.offers[line.product_id]
            for cover in line.covers:
                promised = by_id[cover.customer_line_id].promised_date
                if line.product_id in overrides:
                    assert line.offer.supplier_id == overrides[line.product_id]
                elif any(o.preferred for o in offers):
                    assert line.offer.preferred
                else:
                    in_time = [
                        o for o in offers if promised is None or o.arrival(TODAY) <= promised
                    ]
                    if in_time:
                        assert line.offer.unit_cost == min(o.unit_cost for o in in_time)
                        assert promised is None or line.arrival <= promised
                    else:
                        assert line.arrival == min(o.arrival(TODAY) for o in offers)
                is_late = promised is not None and line.arrival > promised
                listed = [
                    late
                    for late in result.late_lines
                    if late.customer_line_id == cover.customer_line_id
                ]
                assert bool(listed) == is_late
    # new units are ordered only once surplus and units on the way for the product are used up
    new_products = {ln.product_id for o in result.orders for ln in o.lines}
    for p in new_products:
        used = sum(u.quantity for u in result.surplus_uses if u.product_id == p)
        assert used == inputs_.surplus.get(p, 0)
        otw = sum(u.quantity for u in result.on_the_way_uses if u.product_id == p)
        assert otw == sum(o.quantity for o in inputs_.on_the_way if o.product_id == p)
    # oldest customer order first: surplus serves a prefix of the product's lines
    for p, on_hand in inputs_.surplus.items():
        lines = sorted(
            (d for d in inputs_.demand if d.product_id == p),
            key=lambda d: (d.order_date, d.order_id, d.customer_line_id),
        )
        got = Counter()
        for use in result.surplus_uses:
            if use.product_id == p:
                got[use.customer_line_id] += use.quantity
        seen_short = False
        for d in lines:
            if seen_short:
                assert got[d.customer_line_id] == 0
            if got[d.customer_line_id] < d.waiting:
                seen_short = True
        assert sum(got.values()) <= on_hand


def apply_plan(inputs_: PlanInputs, result: Plan) -> PlanInputs:
    """What the shop looks like after committing `result` (the service's writes, in memory)."""
    served = served_per_line(result)
    demand_lines = [
        replace(d, waiting=d.waiting - served[d.customer_line_id]) for d in inputs_.demand
    ]
    surplus = dict(inputs_.surplus)
    for use in result.surplus_uses:
        surplus[use.product_id] -= use.quantity
    remaining = {o.supplier_line_id: o for o in inputs_.on_the_way}
    for use in result.on_the_way_uses:
        item = remaining[use.supplier_line_id]
        remaining[use.supplier_line_id] = replace(item, quantity=item.quantity - use.quantity)
    drafts = dict(inputs_.drafts)
    next_id = 10_000
    for order in result.orders:
        sid = order.supplier.supplier_id
        draft = drafts.get(sid)
        if draft is None:
            next_id += 1
            draft = DraftOrder(next_id, f"P-{next_id}", sid, ())
        lines = {dl.supplier_line_id: dl for dl in draft.lines}
        for line in order.lines:
            if line.supplier_line_id is None:
                next_id += 1
                line_id = next_id
            else:
                line_id = line.supplier_line_id
                assert remaining.get(line_id) is None or remaining[line_id].quantity == 0
            lines[line_id] = DraftLine(
                line_id,
                line.product_id,
                line.offer.offer_id,
                line.quantity,
                line.needed,
                line.offer.unit_cost,
                line.pack_size,
                line.offer.lead_time_days,
            )
            remaining[line_id] = OnTheWay(
                line_id,
                draft.supplier_order_id,
                sid,
                line.product_id,
                line.surplus_created,
                "draft",
            )
        drafts[sid] = replace(draft, lines=tuple(lines.values()))
    return replace(
        inputs_,
        demand=demand_lines,
        surplus=surplus,
        on_the_way=list(remaining.values()),
        drafts=drafts,
    )


@settings(max_examples=300, deadline=None)
@given(shops())
def test_planning_twice_creates_nothing(shop):
    inputs_, overrides = shop
    first = plan(inputs_, overrides)
    second = plan(apply_plan(inputs_, first), overrides)
    assert second.is_empty
    assert second.orders == [] and second.late_lines == []
    assert second.unplannable == first.unplannable
