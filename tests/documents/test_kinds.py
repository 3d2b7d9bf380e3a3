"""Each document kind, generated from a real shop, says what a supplier or customer needs."""

from __future__ import annotations

import pytest

from jitdesk.documents.generate import generate_batch, generate_document, render_document
from jitdesk.domain.errors import DomainError, NotFoundError
from jitdesk.services.documents import list_document_log

from .conftest import page_count, pdf_text, squash


def _ready_order(w, deposit=2000):
    created = w.order("Ana Müller", ("PAD-R", 2), ("CHAIN-11", 1), deposit=deposit)
    w.make_ready(created.order_id, "Acme Supplies")
    return created


def test_supplier_order_lists_lines_supplier_and_total(doc_shop):
    w = doc_shop
    created = w.order("Ana Müller", ("CHAIN-11", 4))
    line = w.order_lines(created.order_id)[0]
    _, number = w.supplier_order(
        "Acme Supplies",
        [
            {
                "product_id": w.ids["CHAIN-11"],
                "quantity": 12,
                "pack": 6,
                "cost": 2100,
                "sku": "KMC-X11-118",
                "description": "Chain KMC X11, 118 links",
                "covers": [(line["id"], 4)],
            },
            {"product_id": w.ids["PAD-R"], "quantity": 3, "cost": 900, "sku": "BP-R"},
        ],
        notes="Deliver to the back door.",
    )
    pdf, name = render_document(w.shop, "supplier-order", number)
    text = pdf_text(pdf)
    assert name == f"{number} Acme Supplies.pdf"
    for expected in (
        "Supplier order",
        number,
        "Acme Supplies",
        "Industriestr. 5",
        "K-88231",
        "2 December 2026",
        "KMC-X11-118",
        "2 × 6",
        "€21.00",
        "€252.00",
        "€27.00",
        "€279.00",  # total
        created.number,  # the "for order" column
        "Deliver to the back door.",
        "Please confirm this order by email.",
        "Page 1 of 1",
        "Velo Werkstatt Müller",
    ):
        assert squash(expected) in squash(text), expected


def test_pickup_notice_has_code_text_balance_and_pickup_by(doc_shop):
    w = doc_shop
    created = _ready_order(w)
    pdf, name = render_document(w.shop, "pickup-notice", created.number)
    text = pdf_text(pdf)
    assert name == f"{created.number} pickup Ana Müller.pdf"
    # ready on Wed 25 Nov + 14 days = Wed 9 Dec (the shop is closed on Sundays only);
    # total 2 × 24.90 + 39.95 = 89.75, deposit 20.00 -> 69.75 due
    for expected in (
        "Your order is ready",
        created.number,
        "Ana Müller",
        "Brake pad set, resin",
        "Chain KMC X11, 118 links",
        "€89.75",
        "Paid so far",
        "€20.00",
        "Balance due at pickup",
        "€69.75",
        "Pickup by",
        "9 December 2026",
        "Mon–Fri 10:00–18:30",
        "Hauptstraße 12",
        "Orders not collected by the pickup date go back on sale.",
    ):
        assert squash(expected) in squash(text), expected


def test_pickup_by_skips_a_closed_day(tmp_path):
    from .conftest import make_doc_shop

    w = make_doc_shop(tmp_path, pickup_hold_days=11, closed_weekdays=frozenset({6}))
    created = _ready_order(w)  # ready Wed 25 Nov + 11 = Sun 6 Dec -> Mon 7 Dec
    text = pdf_text(render_document(w.shop, "pickup-notice", created.number)[0])
    assert "7 December 2026" in text
    w.shop.close()


def test_pickup_notice_is_refused_for_an_order_that_is_not_ready(doc_shop):
    created = doc_shop.order("Ana Müller", ("PAD-R", 1))
    with pytest.raises(DomainError, match="only printed for a ready order"):
        render_document(doc_shop.shop, "pickup-notice", created.number)
    with pytest.raises(NotFoundError):
        render_document(doc_shop.shop, "confirmation", "C-2026-9999")


def test_confirmation_has_items_prices_deposit_balance_and_promised_date(doc_shop):
    w = doc_shop
    created = w.order("Ana Müller", ("PAD-R", 2), ("CHAIN-11", 1), deposit=3000)
    pdf, name = render_document(w.shop, "confirmation", created.number)
    text = pdf_text(pdf)
    assert name == f"{created.number} confirmation Ana Müller.pdf"
    promised = f"{created.promised_date.day} {created.promised_date:%B %Y}"
    for expected in (
        "Order confirmation",
        created.number,
        "Brake pad set, resin",
        "€24.90",
        "€49.80",
        "€89.75",
        "Deposit paid",
        "€30.00",
        "€59.75",
        promised,
        "Thank you for shopping locally.",
    ):
        assert squash(expected) in squash(text), expected


def test_handover_receipt_shows_what_was_handed_and_paid(doc_shop):
    w = doc_shop
    created = _ready_order(w)
    with pytest.raises(DomainError, match="has been handed over yet"):
        render_document(w.shop, "handover-receipt", created.number)
    w.hand_over(created.order_id, pay_balance=6975)
    text = pdf_text(render_document(w.shop, "handover-receipt", created.number)[0])
    for expected in (
        "Handover receipt",
        "27 November 2026",
        "Brake pad set, resin",
        "Deposit",
        "Balance",
        "Card",
        "€69.75",
        "€89.75",
        "€0.00",
    ):
        assert squash(expected) in squash(text), expected


def test_generated_files_get_readable_names_in_the_documents_folder_and_are_logged(doc_shop):
    w = doc_shop
    created = _ready_order(w)
    result = generate_document(w.shop, "pickup-notice", created.number)
    folder = w.shop.path.resolve().parent / "documents"
    assert result.path == folder / f"{created.number} pickup Ana Müller.pdf"
    assert result.path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == [result.path.name]  # no temp files left
    log = list_document_log(w.shop)
    assert [(e.kind, e.number, e.path) for e in log] == [
        ("pickup-notice", created.number, result.path)
    ]
    assert log[0].generated_at.startswith("2026-11-25T10:00")


def test_batches_hold_every_ready_notice_and_every_draft_supplier_order(doc_shop, tmp_path):
    w = doc_shop
    first = _ready_order(w)
    second = _ready_order(w, deposit=0)
    w.order("Ana Müller", ("PAD-R", 1))  # open: not in the batch
    result = generate_batch(w.shop, "ready-pickups")
    pdf = result.path.read_bytes()
    assert result.path.name == "Pickup notices 2026-11-25.pdf"
    assert page_count(pdf) == 2
    text = pdf_text(pdf)
    assert text.count("Your order is ready") == 2
    assert text.count("Page 1 of 1") == 2  # each notice counts its own pages
    assert first.number in text and second.number in text
    assert {e.number for e in list_document_log(w.shop)} == {first.number, second.number}

    # the P orders made by make_ready are received; only drafts go into the "to send" batch
    _, draft1 = w.supplier_order("Acme Supplies", [{"product_id": w.ids["PAD-R"], "quantity": 5}])
    _, draft2 = w.supplier_order("Acme Supplies", [{"product_id": w.ids["PAD-R"], "quantity": 7}])
    out = tmp_path / "out" / "to send.pdf"
    result = generate_batch(w.shop, "unsent-supplier-orders", out)
    assert result.path == out.resolve()
    assert result.numbers == (draft1, draft2)
    assert page_count(out.read_bytes()) == 2


def test_an_empty_batch_says_there_is_nothing_to_print(doc_shop):
    with pytest.raises(DomainError, match="No order is ready"):
        generate_batch(doc_shop.shop, "ready-pickups")
