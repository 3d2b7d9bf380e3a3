"""Items not in the catalogue, added at the counter: created to review with the order, held by
planning until the owner completes or merges them (fixed clock: Wed 2026-11-25)."""

from __future__ import annotations

from datetime import date

import pytest

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.models import NewItemInput, OrderInput, OrderLineInput, ReviewInput
from jitdesk.domain.planning import TO_REVIEW
from jitdesk.services import orders, planning, review
from jitdesk.store.events import events_for

from .planning_helpers import World, make_world


@pytest.fixture
def w(tmp_path) -> World:
    world = make_world(tmp_path)
    yield world
    world.shop.close()


def new_item_order(w: World, item: NewItemInput, quantity: int = 1, *more: tuple[str, int]):
    lines = [OrderLineInput(0, quantity, new_item=item)]
    lines += [OrderLineInput(w.ids[p], q) for p, q in more]
    return orders.create_order(w.shop, OrderInput(customer_id=w.ids["ana"], lines=lines))


def count(w: World, table: str) -> int:
    return w.shop.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def supplier_lines_of(w: World, product_id: int) -> int:
    return w.shop.db.execute(
        "SELECT COUNT(*) FROM supplier_order_lines WHERE product_id = ?", [product_id]
    ).fetchone()[0]


def line_of(w: World, order_id: int) -> dict:
    return dict(
        w.shop.db.execute(
            "SELECT * FROM customer_order_lines WHERE order_id = ? ORDER BY line_no", [order_id]
        ).fetchone()
    )


def test_a_new_item_without_supplier_is_to_review_and_its_promise_is_to_be_confirmed(w):
    offers = count(w, "offers")
    created = new_item_order(w, NewItemInput("Brooks saddle, brown", sale_price=8900), 1)

    (item,) = review.items_to_review(w.shop)
    assert (item.name, item.sale_price, item.supplier_id, item.open_lines) == (
        "Brooks saddle, brown",
        8900,
        None,
        1,
    )
    assert item.sku == "N-2026-0001"
    assert created.promised_date is None  # to be confirmed
    line = line_of(w, created.order_id)
    assert (line["product_id"], line["unit_price"], line["promised_date"]) == (item.id, 8900, None)
    assert count(w, "offers") == offers  # no supplier: no offer


def test_a_new_item_with_supplier_and_cost_gets_an_offer_and_the_suppliers_promise(w):
    created = new_item_order(
        w,
        NewItemInput(
            "Brooks saddle, brown",
            sale_price=8900,
            supplier_id=w.ids["acme"],
            supplier_sku="B17-BR",
            unit_cost=5200,
        ),
    )
    (item,) = review.items_to_review(w.shop)
    assert (item.supplier_name, item.supplier_sku, item.unit_cost) == ("Acme", "B17-BR", 5200)
    # Acme: 3 days' lead time, delivers Tue/Thu; 25 Nov + 3 = Sat 28 -> Tue 1, +1 buffer.
    assert created.promised_date == date(2026, 12, 2)


def test_a_new_item_with_a_supplier_but_no_cost_is_promised_on_the_suppliers_terms(w):
    created = new_item_order(
        w, NewItemInput("Bell, gold", sale_price=1500, supplier_id=w.ids["acme"], supplier_sku="G")
    )
    (item,) = review.items_to_review(w.shop)
    assert (item.supplier_name, item.supplier_sku, item.unit_cost) == ("Acme", "G", None)
    assert created.promised_date == date(2026, 12, 2)
    assert review.items_to_review(w.shop)[0].id not in {
        r[0] for r in w.shop.db.execute("SELECT product_id FROM offers")
    }  # no cost: no offer yet


def test_an_order_with_a_to_be_confirmed_line_has_no_promised_date(w):
    created = new_item_order(w, NewItemInput("Saddle"), 1, ("chain", 1))
    assert created.promised_date is None
    header = orders.order_detail(w.shop, created.order_id).header
    assert header.promised_date is None


@pytest.mark.parametrize(
    ("item", "field", "words"),
    [
        (NewItemInput("   "), "description", "description is missing"),
        (NewItemInput("Saddle", sale_price=-1), "sale_price", "zero or more"),
        (NewItemInput("Saddle", sale_price=10**13), "sale_price", "too large"),
        (NewItemInput("Saddle", supplier_id=1, unit_cost=-5), "unit_cost", "zero or more"),
        (NewItemInput("Saddle", supplier_id=1, unit_cost=10**15), "unit_cost", "too large"),
        (NewItemInput("Saddle", unit_cost=500), "unit_cost", "choose the supplier"),
        (NewItemInput("Saddle", supplier_sku="X1"), "supplier_sku", "choose the supplier"),
    ],
)
def test_bad_new_items_are_refused_in_one_sentence_and_nothing_is_saved(w, item, field, words):
    before = {t: count(w, t) for t in ("products", "offers", "customer_orders", "events")}
    with pytest.raises(ValidationError) as refused:
        new_item_order(w, item)
    assert refused.value.field == field
    assert words in str(refused.value)
    assert str(refused.value).endswith(".")
    assert {t: count(w, t) for t in before} == before


def test_an_order_refused_later_leaves_no_new_item_behind(w):
    before = count(w, "products")
    with pytest.raises(ValidationError):
        orders.create_order(
            w.shop,
            OrderInput(
                customer_id=w.ids["ana"],
                lines=[OrderLineInput(0, 1, new_item=NewItemInput("Saddle", sale_price=100))],
                deposit=5000,  # more than the total: refused after the item was written
            ),
        )
    assert count(w, "products") == before
    assert review.items_to_review(w.shop) == []


def test_planning_lists_items_to_review_apart_and_never_orders_them(w):
    created = new_item_order(
        w,
        NewItemInput("Saddle", sale_price=8900, supplier_id=w.ids["acme"], unit_cost=5200),
        2,
        ("chain", 1),
    )
    (item,) = review.items_to_review(w.shop)
    plan = planning.make_plan(w.shop)
    (held,) = plan.unplannable
    assert (held.product_id, held.quantity, held.reason) == (item.id, 2, TO_REVIEW)
    assert "To review (needs a supplier and cost" in planning.render_plan(plan)

    planning.commit_plan(w.shop, plan)
    assert supplier_lines_of(w, item.id) == 0
    assert w.waiting(created.order_id) == 2  # the chain is on order, the saddle waits


def test_completing_the_review_lets_planning_order_it_and_confirms_the_promise(w):
    created = new_item_order(w, NewItemInput("Saddle", sale_price=8900))
    (item,) = review.items_to_review(w.shop)

    with pytest.raises(ValidationError, match="Choose the supplier"):
        review.complete_review(w.shop, item.id, ReviewInput("Saddle", None, 5200, 8900))
    with pytest.raises(ValidationError, match="cost"):
        review.complete_review(w.shop, item.id, ReviewInput("Saddle", w.ids["acme"], None, 8900))

    changes = review.complete_review(
        w.shop,
        item.id,
        ReviewInput("Brooks B17 saddle", w.ids["acme"], 5200, 9500, supplier_sku="B17"),
    )
    assert created.order_id in changes.customer_orders
    assert review.items_to_review(w.shop) == []
    header = orders.order_detail(w.shop, created.order_id).header
    assert header.promised_date == "2026-12-02"
    assert line_of(w, created.order_id)["unit_price"] == 8900  # the customer's quoted price stays

    planning.commit_plan(w.shop, planning.make_plan(w.shop))
    assert supplier_lines_of(w, item.id) == 1
    assert [e["action"] for e in events_for(w.shop.db, "product", item.id)][-1] == "reviewed"


def test_merging_keeps_every_order_line_and_its_history(w):
    first = new_item_order(w, NewItemInput("chain 8 speed", sale_price=2400), 2)
    second = orders.create_order(
        w.shop,
        OrderInput(
            customer_id=w.ids["jorg"],
            lines=[OrderLineInput(0, 1, new_item=NewItemInput("Chain 8sp", sale_price=2500))],
        ),
    )
    one, two = review.items_to_review(w.shop)
    review.merge_item(w.shop, two.id, one.id)  # two to-review items: the same thing
    (kept,) = review.items_to_review(w.shop)
    assert (kept.id, kept.open_lines, kept.waiting_units) == (one.id, 2, 3)

    review.merge_item(w.shop, one.id, w.ids["chain"])  # and it is the chain we sell
    assert review.items_to_review(w.shop) == []
    for created, quantity, price in ((first, 2, 2400), (second, 1, 2500)):
        line = line_of(w, created.order_id)
        assert (line["product_id"], line["quantity"], line["unit_price"]) == (
            w.ids["chain"],
            quantity,
            price,
        )
        assert orders.order_detail(w.shop, created.order_id).header.promised_date == "2026-12-02"
        actions = [e["action"] for e in events_for(w.shop.db, "customer_order", created.order_id)]
        assert actions[0] == "created" and "item merged" in actions
    merged = [e["summary"] for e in events_for(w.shop.db, "product", w.ids["chain"])]
    assert any("merged into" in s for s in merged)
    assert events_for(w.shop.db, "product", one.id)  # the merged item's history is still there

    planning.commit_plan(w.shop, planning.make_plan(w.shop))
    assert w.waiting(first.order_id) == 0 and w.waiting(second.order_id) == 0


def test_merge_refuses_itself_and_products_that_are_not_to_review(w):
    new_item_order(w, NewItemInput("Saddle"))
    (item,) = review.items_to_review(w.shop)
    with pytest.raises(ValidationError, match="another product"):
        review.merge_item(w.shop, item.id, item.id)
    with pytest.raises(DomainError, match="not waiting for a review"):
        review.merge_item(w.shop, w.ids["chain"], item.id)
    assert review.count_items_to_review(w.shop) == 1


def test_the_confirmation_says_the_date_is_to_be_confirmed_until_there_is_a_supplier(w):
    from jitdesk.documents.generate import render_document
    from tests.documents.conftest import pdf_text

    created = new_item_order(w, NewItemInput("Brooks saddle, brown", sale_price=8900))
    text = " ".join(pdf_text(render_document(w.shop, "confirmation", created.number)[0]).split())
    assert "Ready by to be confirmed" in text
    assert "We will confirm the date as soon as our supplier has confirmed it." in text
