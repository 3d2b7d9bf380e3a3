"""Documents in their recipient's language, with money and dates as CLDR writes them there:
real PDFs of every kind, read back with pdftotext, for de_AT, fr_FR and en_IE readers."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import date

import pytest

from jitdesk.documents.generate import render_document
from jitdesk.documents.monthly_report import monthly_report_pdf
from jitdesk.documents.supplier_order import supplier_order_pdf
from jitdesk.domain.models import CustomerInput, SupplierInput
from jitdesk.services import catalog, customers
from jitdesk.services.documents import (
    OrderItem,
    ShopInfo,
    SupplierOrderDoc,
    SupplierOrderLine,
    shop_info,
)
from jitdesk.services.settings import get_settings
from tests.documents.conftest import make_doc_shop, pdf_text

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")

NBSP, NNBSP = "\u00a0", "\u202f"


def _text(pdf: bytes) -> str:
    """pdftotext output with the no-break spaces CLDR puts into amounts read as spaces (the
    PDF's text layer does the same), so expected amounts are written as CLDR gives them."""
    return _spaces(pdf_text(pdf))


def _spaces(text: str) -> str:
    return text.replace(NBSP, " ").replace(NNBSP, " ")


# (language, money of 1,071.00, a date, words that must be there, English that must not)
READERS = {
    "de_AT": ("€ 1.071,00", "4. Dezember 2026", ["Bestellung", "Lieferant"], ["Order"]),
    "fr_FR": (
        f"1{NNBSP}071,00 €",
        "4 décembre 2026",
        ["Bon de commande", "FOURNISSEUR"],
        ["Order"],
    ),
    "en_IE": ("€1,071.00", "4 December 2026", ["Supplier order", "SUPPLIER"], []),
}


def _supplier_order(language: str) -> SupplierOrderDoc:
    shop = ShopInfo("Radhaus Graz", "Annenstraße 1\n8020 Graz\nÖsterreich", language="de_AT")
    lines = (SupplierOrderLine("KMC-11", "Kette 11-fach", 30, 6, 3570),)
    return SupplierOrderDoc(
        shop,
        "P-2026-0017",
        date(2026, 12, 1),
        "Fietsgroothandel BV",
        requested_date=date(2026, 12, 4),
        lines=lines,
        language=language,
    )


@pytest.mark.parametrize("language", READERS)
def test_supplier_order_in_the_suppliers_language(language):
    money, day, words, english = READERS[language]
    text = _text(supplier_order_pdf(_supplier_order(language)))
    assert _spaces(money) in text  # 30 × 35.70 = 1,071.00
    assert day in text
    for word in words:
        assert word in text
    for word in english:
        assert word not in text


def test_a_language_without_a_catalog_reads_english_with_local_numbers():
    text = _text(supplier_order_pdf(_supplier_order("nl_NL")))
    assert "Supplier order" in text and "€ 1.071,00" in text and "4 December 2026" in text


@pytest.fixture
def austrian_shop(tmp_path):
    world = make_doc_shop(
        tmp_path, locale="de_AT", tax_rate_bp=2000, vat_id="ATU12345678", pickup_note=""
    )
    yield world
    world.shop.close()


def _customer_documents(world, language: str) -> dict[str, str]:
    name = f"Kundin {language}"
    world.ids[name] = customers.add_customer(world.shop, CustomerInput(name, language=language))
    created = world.order(name, ("CHAIN-11", 2), ("PAD-R", 1), deposit=3000)
    texts = {"confirmation": _text(render_document(world.shop, "confirmation", created.number)[0])}
    world.make_ready(created.order_id, "Acme Supplies")
    texts["pickup-notice"] = _text(render_document(world.shop, "pickup-notice", created.number)[0])
    world.hand_over(created.order_id, pay_balance=3995 * 2 + 2490 - 3000)
    texts["handover-receipt"] = _text(
        render_document(world.shop, "handover-receipt", created.number)[0]
    )
    return texts


def test_customer_documents_follow_the_customers_language_and_show_vat(austrian_shop):
    # 2 × 39.95 + 24.90 = 104.80 gross at 20 %: VAT 104.80 × 20/120 = 17.4666… -> 17.47
    german = _customer_documents(austrian_shop, "de_AT")
    for kind, text in german.items():
        assert "€ 104,80" in text, kind
        assert "UID-Nummer: ATU12345678" in text, kind
        assert "€ 17,47" in text and "€ 87,33" in text, kind  # VAT and net
        assert "Seite 1 von 1" in text, kind
        assert "Order" not in text and "Page" not in text, kind
    assert "Auftragsbestätigung" in german["confirmation"]
    assert "Abholbereit" in german["pickup-notice"] and "Abholung bis" in german["pickup-notice"]
    assert "Übergabebeleg" in german["handover-receipt"]

    french = _customer_documents(austrian_shop, "fr_FR")
    for kind, text in french.items():
        assert "104,80 €" in text and "17,47 €" in text, kind
        assert "N° de TVA : ATU12345678" in text, kind
        assert "Page 1 sur 1" in text, kind
    assert "Votre commande est prête" in french["pickup-notice"]
    assert "Confirmation de commande" in french["confirmation"]

    irish = _customer_documents(austrian_shop, "en_IE")
    for kind, text in irish.items():
        assert "€104.80" in text and "€17.47" in text and "VAT number: ATU12345678" in text, kind


def test_a_customer_without_a_language_gets_the_shops(austrian_shop):
    text = _customer_documents(austrian_shop, "")["confirmation"]
    assert "Auftragsbestätigung" in text and "€ 104,80" in text


def test_the_monthly_report_is_in_the_shops_language(austrian_shop):
    from jitdesk.services.reports import all_reports

    settings = get_settings(austrian_shop.shop)
    data = all_reports(austrian_shop.shop)
    text = _text(monthly_report_pdf(shop_info(settings), data))
    assert "Monatsbericht" in text and "Zuverlässigkeit der Lieferanten" in text
    assert "Monthly report" not in text


def test_right_to_left_names_print_in_reading_order():
    """Hebrew and Arabic names read back whole; Arabic letters are joined (drawn in their
    contextual forms, which NFKC maps back to the letters typed)."""
    shop = ShopInfo("Radhaus Graz", language="en_GB")
    items = (OrderItem("Kette", 1, 1000),)
    from jitdesk.documents.confirmation import confirmation_pdf
    from jitdesk.services.documents import CustomerOrderDoc

    for name, joined in (("שלום כהן", False), ("سارة أحمد", True)):
        doc = CustomerOrderDoc(shop, "C-2026-0001", date(2026, 12, 1), name, items=items)
        text = pdf_text(confirmation_pdf(doc))
        # pdftotext applies the bidi algorithm: a name drawn in visual order reads back logically
        assert name in unicodedata.normalize("NFKC", text)
        assert any("\ufe70" <= ch <= "\ufefc" for ch in text) == joined


def test_recipients_language_is_imported_and_refused_when_unknown(austrian_shop, tmp_path):
    from jitdesk.domain.errors import DomainError
    from jitdesk.services.importing import import_file

    good = tmp_path / "customers.csv"
    good.write_text("name,email,language\nMarie Dubois,marie@example.fr,fr-fr\n", encoding="utf-8")
    import_file(austrian_shop.shop, "customers", good)
    found = customers.find_customers(austrian_shop.shop, "Marie")
    assert [c.language for c in found] == ["fr_FR"]
    bad = tmp_path / "suppliers.csv"
    bad.write_text("name,language\nFietsgroothandel BV,dutch-ish\n", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        import_file(austrian_shop.shop, "suppliers", bad)
    assert "not a language jitdesk knows" in str(refused.value.errors[0])
    catalog.add_supplier(austrian_shop.shop, SupplierInput("Cykelgrossisten AB", language="en_SE"))


def test_a_products_tax_rate_is_imported_and_printed_per_rate(austrian_shop, tmp_path):
    """Books at 10 % next to parts at the shop's 20 %: two rates on the confirmation."""
    from jitdesk.services.importing import import_file

    products = tmp_path / "products.csv"
    products.write_text("sku,name,sale_price,tax_rate\nBOOK-1,Radkarte Steiermark,12.90,10 %\n")
    import_file(austrian_shop.shop, "products", products)
    book = austrian_shop.shop.db.execute("SELECT id FROM products WHERE sku = 'BOOK-1'").fetchone()
    from jitdesk.domain.models import OfferInput

    catalog.set_offer(
        austrian_shop.shop, OfferInput(book[0], austrian_shop.ids["Acme Supplies"], 800)
    )
    austrian_shop.ids["BOOK-1"] = book[0]
    created = austrian_shop.order("Ana Müller", ("PAD-R", 1), ("BOOK-1", 1))
    text = _text(render_document(austrian_shop.shop, "confirmation", created.number)[0])
    # 24.90 at 20 %: VAT 4.15, net 20.75; 12.90 at 10 %: VAT 1.17 (1.1727…), net 11.73
    assert "20 %" in text and "10 %" in text
    assert "€ 4,15" in text and "€ 20,75" in text and "€ 1,17" in text and "€ 11,73" in text
    assert "€ 37,80" in text  # 24.90 + 12.90
