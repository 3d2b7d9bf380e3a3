"""Items to review (added at the counter, not yet completed by the owner) are never ordered:
hypothesis over random shops where some products are to review."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from jitdesk.domain.planning import TO_REVIEW, PlanInputs, ProductInfo, plan, render_plan

from .test_planning import demand, inputs, offer, shops


@st.composite
def shops_with_items_to_review(draw) -> tuple[PlanInputs, dict[int, int], set[int]]:
    inputs_, overrides = draw(shops())
    product_ids = sorted({d.product_id for d in inputs_.demand} | set(inputs_.offers))
    held = set(draw(st.lists(st.sampled_from(product_ids), unique=True))) if product_ids else set()
    products = {p: ProductInfo(p, f"P-{p}", f"Item {p}", p in held) for p in product_ids}
    return replace(inputs_, products=products), overrides, held


@settings(max_examples=300, deadline=None)
@given(shops_with_items_to_review())
def test_an_item_to_review_never_reaches_a_supplier_order(shop):
    inputs_, overrides, held = shop
    result = plan(inputs_, overrides)
    ordered = {line.product_id for order in result.orders for line in order.lines}
    assert not ordered & held
    assert not {u.product_id for u in result.on_the_way_uses} & held
    assert not {u.product_id for u in result.surplus_uses} & held
    waiting: Counter = Counter()
    for line in inputs_.demand:
        if line.product_id in held:
            waiting[line.customer_line_id] += line.waiting
    listed = Counter()
    for item in result.unplannable:
        if item.reason == TO_REVIEW:
            assert item.product_id in held
            listed[item.customer_line_id] += item.quantity
    assert listed == +waiting  # every waiting unit of an item to review is listed apart


def test_an_item_to_review_with_an_offer_is_listed_apart_and_rendered():
    products = {1: ProductInfo(1, "N-2026-0001", "Saddle, brown", True)}
    result = plan(inputs([demand(1, 1, 2)], [offer(1, 1, 1, 5200)], products=products))
    assert result.orders == []
    (held,) = result.unplannable
    assert (held.quantity, held.reason) == (2, TO_REVIEW)
    text = render_plan(result)
    assert "To review (needs a supplier and cost before it can be ordered):" in text
    assert "2 x N-2026-0001 Saddle, brown for C-2026-0001 (Ana)" in text
    assert "no active supplier offer" not in text
