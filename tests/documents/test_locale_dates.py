"""Dates and money on every kind of document as a de_AT, fr_FR and en_IE reader writes them,
read back from the PDF with pdftotext (the shop's clock says Wednesday 25 November 2026)."""

from __future__ import annotations

import shutil

import pytest

from jitdesk.documents.generate import render_batch, render_document
from jitdesk.documents.labels import order_labels_pdf
from jitdesk.documents.monthly_report import monthly_report_pdf
from jitdesk.domain.models import CustomerInput
from jitdesk.services import changes, customers
from jitdesk.services.documents import shop_info
from jitdesk.services.reports import all_reports
from jitdesk.services.settings import get_settings
from jitdesk.services.surplus import write_off
from tests.documents.conftest import make_doc_shop
from tests.documents.test_languages import _text

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")

# the promised date (lead time), the pickup-by date (ready 25 Nov + 14 days hold), the day of
# a payment as a table writes it, and the 1,264.85 left to pay (3 × 39.95 + 50 × 24.90 - 100)
READERS = {
    "de_AT": ("3. Dezember 2026", "9. Dezember 2026", "25.11.2026", "€ 1.264,85"),
    "fr_FR": ("3 décembre 2026", "9 décembre 2026", "25 nov. 2026", "1 264,85 €"),
    "en_IE": ("3 December 2026", "9 December 2026", "25 Nov 2026", "€1,264.85"),
}


@pytest.fixture
def world(tmp_path):
    world = make_doc_shop(tmp_path, locale="de_AT", tax_rate_bp=2000, pickup_note="")
    yield world
    world.shop.close()


def _order_for(world, language: str):
    name = f"Reader {language}"
    world.ids[name] = customers.add_customer(world.shop, CustomerInput(name, language=language))
    return world.order(name, ("CHAIN-11", 3), ("PAD-R", 50), deposit=10000)


@pytest.mark.parametrize("language", READERS)
def test_customer_papers_write_dates_and_money_the_readers_way(world, language):
    promised, pickup_by, paid_on, balance = READERS[language]
    created = _order_for(world, language)
    confirmation = _text(render_document(world.shop, "confirmation", created.number)[0])
    assert promised in confirmation and balance in confirmation
    world.make_ready(created.order_id, "Acme Supplies")
    notice = _text(render_document(world.shop, "pickup-notice", created.number)[0])
    assert pickup_by in notice and balance in notice
    world.hand_over(created.order_id, pay_balance=126485)
    receipt = _text(render_document(world.shop, "handover-receipt", created.number)[0])
    assert paid_on in receipt


def test_the_batch_of_ready_pickup_notices_gives_each_customer_their_own_language(world):
    for language in READERS:
        created = _order_for(world, language)
        world.make_ready(created.order_id, "Acme Supplies")
    pdf, numbers, _name = render_batch(world.shop, "ready-pickups")
    text = _text(pdf)
    assert len(numbers) == 3
    for _promised, pickup_by, _paid_on, balance in READERS.values():
        assert pickup_by in text and balance in text


@pytest.mark.parametrize(
    ("locale", "title", "written_off"),
    [
        ("de_AT", "Monatsbericht", "Abgeschrieben im November 2026"),
        ("fr_FR", "Rapport mensuel", "Sorti du stock en novembre 2026"),
        ("en_IE", "Monthly report", "Written off in November 2026"),
    ],
)
def test_the_monthly_report_names_the_month_the_shops_way(tmp_path, locale, title, written_off):
    world = make_doc_shop(tmp_path, locale=locale)
    try:
        created = world.order("Ana Müller", ("CHAIN-11", 1), deposit=1000)
        world.make_ready(created.order_id, "Acme Supplies")
        gone = world.order("Ana Müller", ("PAD-R", 2))
        world.make_ready(gone.order_id, "Acme Supplies")
        changes.apply_cancel_order(world.shop, gone.order_id)  # its pads become surplus
        write_off(world.shop, world.ids["PAD-R"], 1, "damaged")
        data = all_reports(world.shop)
        text = _text(monthly_report_pdf(shop_info(get_settings(world.shop)), data))
    finally:
        world.shop.close()
    assert title in text and written_off in text
    # the 29.95 still owed on the one ready order (39.95 less a 10.00 deposit)
    assert {"de_AT": "€ 29,95", "fr_FR": "29,95 €", "en_IE": "€29.95"}[locale] in text


def test_labels_print_in_any_locale(world):
    created = _order_for(world, "fr_FR")
    world.make_ready(created.order_id, "Acme Supplies")
    text = _text(order_labels_pdf(world.shop, [created.order_id]))
    assert created.number in text and "Reader fr_FR" in text
