"""Delivery notes, read back with pdftotext: the address, the delivery date, what is left to
pay at the door and the received-by line, in the customer's language; a whole run in one PDF."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from jitdesk.documents.delivery_note import delivery_note_pdf, delivery_run_pdf
from jitdesk.services.delivery_notes import DeliveryNoteDoc
from jitdesk.services.documents import CustomerOrderDoc, OrderItem, Payment, ShopInfo
from tests.documents.conftest import pdf_text

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")

SHOP = ShopInfo("Radhaus Graz", "Annenstraße 1\n8020 Graz", language="en_GB", vat_id="ATU12345678")


def note(language: str, number: str = "C-2026-0042", name: str = "Zoë Ångström") -> DeliveryNoteDoc:
    order = CustomerOrderDoc(
        shop=SHOP,
        number=number,
        order_date=date(2026, 11, 25),
        customer_name=name,
        customer_phone="+43 660 1234567",
        items=(
            OrderItem("Chain <b>11-speed</b>", 2, 2500, "CH-1", tax_rate_bp=2000),
            OrderItem("Bell", 1, 900, "BE-1", tax_rate_bp=2000),
        ),
        payments=(Payment(date(2026, 11, 25), "deposit", "cash", 1000),),
        language=language,
    )
    return DeliveryNoteDoc(order, "Hauptstraße 5\n1010 Wien", date(2026, 12, 4))


def flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).replace("\u00a0", " ").replace("\u202f", " ").split())


def test_an_english_delivery_note():
    text = flat(delivery_note_pdf(note("en_GB")))
    for expected in (
        "Delivery note",
        "DELIVER TO",
        "Zoë Ångström",
        "Hauptstraße 5",
        "1010 Wien",
        "4 December 2026",
        "Chain <b>11-speed</b>",  # user text prints as typed
        "€59.00",
        "Balance due on delivery",
        "€49.00",
        "VAT number: ATU12345678",
        "Received by",
        "Signature",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_a_german_delivery_note_for_a_german_speaking_customer():
    text = flat(delivery_note_pdf(note("de_AT")))
    for expected in (
        "Lieferschein",
        "LIEFERADRESSE",
        "4. Dezember 2026",
        "€ 49,00",
        "Unterschrift",
    ):
        assert expected in text, expected
    for english in ("Delivery note", "Signature", "Balance due on delivery"):
        assert english not in text


def test_a_run_prints_one_note_per_order_each_with_its_pages():
    pdf = delivery_run_pdf(SHOP, [note("en_GB"), note("de_AT", "C-2026-0043", "Анна Иванова")])
    text = flat(pdf)
    assert text.count("Page 1 of 1") == 1 and text.count("Seite 1 von 1") == 1
    assert "C-2026-0042" in text and "C-2026-0043" in text and "Анна Иванова" in text
