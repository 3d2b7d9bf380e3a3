"""The confirmation says what is true of the order: taken, or ready; never "ordered" early."""

from __future__ import annotations

from datetime import date

from jitdesk.demo.settings import demo_settings
from jitdesk.documents.confirmation import confirmation_pdf
from jitdesk.services.documents import CustomerOrderDoc, OrderItem, ShopInfo
from tests.documents.conftest import pdf_text

SHOP = ShopInfo("Radhaus Graz", language="en_GB")
ITEMS = (OrderItem("Chain", 1, 1000),)


def _text(**extra) -> str:
    doc = CustomerOrderDoc(
        SHOP, "C-2026-0007", date(2026, 12, 1), "Ann Apple", items=ITEMS, **extra
    )
    return " ".join(pdf_text(confirmation_pdf(doc)).split())


def test_an_open_order_is_taken_not_claimed_as_ordered():
    text = _text(promised_date=date(2026, 12, 10))
    assert "We have taken your order C-2026-0007 for the items below." in text
    assert "We have ordered" not in text
    assert "We will let you know as soon as everything has arrived." in text


def test_a_ready_order_says_it_is_ready_and_promises_no_further_news():
    text = _text(ready_date=date(2026, 12, 3))
    assert "Your order C-2026-0007 with the items below is ready for pickup." in text
    assert "as soon as everything has arrived" not in text


def test_the_demo_shops_note_does_not_thank_the_customer_a_second_time():
    note = demo_settings().confirmation_note
    text = _text(standard_note=note)
    assert text.lower().count("thank you") == 1  # the heading's
