"""Whatever someone typed prints literally: markup is never interpreted, no file is read,
any script prints, and nothing makes the layout fail (DESIGN §3, §10)."""

from __future__ import annotations

import builtins
import re
from datetime import date

import pytest
import reportlab.lib.utils
from reportlab.platypus import Paragraph, SimpleDocTemplate

from jitdesk.documents.generate import generate_document, render_document
from jitdesk.documents.layout import STYLES
from jitdesk.documents.models import ShopInfo, SupplierOrderDoc, SupplierOrderLine
from jitdesk.documents.supplier_order import supplier_order_pdf
from jitdesk.documents.text import REPLACEMENT
from jitdesk.domain.models import ProductInput
from jitdesk.services import catalog

from .conftest import make_doc_shop, pdf_text, squash

# 10,000-character words without spaces, one per field: each uses letters that appear nowhere
# else, so it can be found again even when table cells side by side interleave in the text.
LONG_WORD = "ЖЩЮЯ" * 2500
LONG_DESC = "ДЛФЦ" * 2500
LONG_NOTE = "ΣΨΞΔ" * 2500
LONG_ADDR = "ԱԲԳԴ" * 2500
LITERALS = [
    "<b>",
    "</para>",
    "&amp;",
    '<img src="/etc/hostname"/>',
    '<font color="[[x]]">',
    "Ελληνικά",
    "Привет",
    "Łódź",
    "₹",
    "€",
    "Ação",
]
RTL = ["שלום עולם", "مرحبا"]
HOSTILE = " ".join(LITERALS) + " " + " ".join(RTL) + " 🚲"


@pytest.fixture
def opened_files(monkeypatch):
    """Every path opened while the test runs (builtins.open and reportlab's reader)."""
    seen: list[str] = []
    real_open = builtins.open
    real_reader = reportlab.lib.utils.open_for_read

    def spy_open(file, *args, **kwargs):
        seen.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_reader(name, *args, **kwargs):
        seen.append(str(name))
        return real_reader(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(reportlab.lib.utils, "open_for_read", spy_reader)
    return seen


def test_the_file_spy_would_notice_an_interpreted_img_tag(tmp_path, opened_files):
    """Guard for the tests below: unescaped markup really makes reportlab open the file."""
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not an image")
    doc = SimpleDocTemplate(str(tmp_path / "x.pdf"))
    with pytest.raises(Exception):  # noqa: B017 - reportlab fails on the non-image
        doc.build([Paragraph(f'<img src="{secret}"/>', STYLES["body"])])
    assert str(secret) in opened_files


def _hostile_shop(tmp_path):
    w = make_doc_shop(
        tmp_path,
        name=f"Shop {HOSTILE}",
        address=f"Street {HOSTILE}\n{LITERALS[3]}",
        opening_hours=f"Hours {HOSTILE}",
        doc_footer=f"Footer {LITERALS[0]} {LITERALS[3]}",
        pickup_note=f"Pickup note {HOSTILE} {LONG_WORD}",
        supplier_order_note=f"Standard {HOSTILE}",
        confirmation_note=f"Confirm {HOSTILE}\n{LONG_WORD}",
    )
    w.supplier(f"Supplier {LITERALS[3]} {LITERALS[1]}", address=f"Addr {HOSTILE}\n{LONG_ADDR}")
    name = f"Supplier {LITERALS[3]} {LITERALS[1]}"
    w.ids["hostile supplier"] = w.ids[name]
    pid = catalog.add_product(
        w.shop, ProductInput(sku="ODD-1", name=f"Product {HOSTILE}", sale_price=100)
    )
    w.ids["ODD-1"] = pid
    from jitdesk.domain.models import OfferInput

    catalog.set_offer(w.shop, OfferInput(pid, w.ids[name], 50))
    w.customer(f"Client {HOSTILE} {'Q' * 50}", phone=LITERALS[0])
    return w, name


def _assert_literal(text: str, *, long_word: bool = True) -> None:
    flat = squash(text)
    for literal in LITERALS + RTL:
        assert squash(literal) in flat, literal
    assert REPLACEMENT in text  # the bicycle emoji is not in the font: a visible mark instead
    if long_word:
        assert long_words(text) >= 1


def long_words(text: str, word: str = LONG_WORD) -> int:
    """How many complete copies of `word` the text holds, in order, across line and page
    breaks (its letters are used nowhere else)."""
    letters = re.sub(f"[^{''.join(set(word))}]", "", text)
    copies, rest = divmod(len(letters), len(word))
    assert rest == 0 and letters == word * copies
    return copies


def test_every_kind_prints_hostile_text_literally_and_reads_no_file(tmp_path, opened_files):
    w, supplier = _hostile_shop(tmp_path)
    customer = f"Client {HOSTILE} {'Q' * 50}"
    created = w.order(customer, ("ODD-1", 2), deposit=50)
    line = w.order_lines(created.order_id)[0]
    _, p_number = w.supplier_order(
        supplier,
        [
            {
                "product_id": w.ids["ODD-1"],
                "quantity": 2,
                "description": f"Line {HOSTILE} {LONG_DESC}",
                "sku": LONG_WORD,
                "covers": [(line["id"], 2)],
            }
        ],
        notes=f"Notes {HOSTILE}\n{LONG_NOTE}",
    )
    texts = {"supplier-order": pdf_text(render_document(w.shop, "supplier-order", p_number)[0])}
    texts["confirmation"] = pdf_text(render_document(w.shop, "confirmation", created.number)[0])
    w.make_ready(created.order_id, supplier)
    texts["pickup-notice"] = pdf_text(render_document(w.shop, "pickup-notice", created.number)[0])
    w.hand_over(created.order_id, pay_balance=150)
    texts["handover-receipt"] = pdf_text(
        render_document(w.shop, "handover-receipt", created.number)[0]
    )
    for kind, text in texts.items():
        # names are at most 200 characters; the 10,000-character word comes in notes and texts
        _assert_literal(text, long_word=kind != "handover-receipt")
        assert "Shop<b>" in squash(text), kind  # the shop header, literally
    for word in (LONG_DESC, LONG_NOTE, LONG_ADDR):
        assert long_words(texts["supplier-order"], word) == 1
    assert not [p for p in opened_files if "hostname" in p]
    w.shop.close()


def test_hostile_names_make_safe_file_names(tmp_path):
    w, _ = _hostile_shop(tmp_path)
    w.customer('A/B\\C:D*E?F"G<H>I|J..')
    created = w.order('A/B\\C:D*E?F"G<H>I|J..', ("ODD-1", 1))
    result = generate_document(w.shop, "confirmation", created.number)
    assert result.path.name == f"{created.number} confirmation A B C D E F G H I J.pdf"
    assert result.path.parent == (tmp_path / "documents").resolve()
    w.shop.close()


def test_long_words_in_every_column_never_raise_layout_errors():
    shop = ShopInfo(LONG_WORD, LONG_WORD, opening_hours=LONG_WORD, footer=LONG_WORD)
    lines = (SupplierOrderLine(LONG_WORD, LONG_DESC, 1, 1, 100, (LONG_WORD,)),)
    order = SupplierOrderDoc(
        shop, "P-1", date(2026, 1, 1), LONG_NOTE, account_number=LONG_ADDR, lines=lines
    )
    text = pdf_text(supplier_order_pdf(order))
    # side-by-side cells interleave in the text layer, so count letters: every one printed
    # (the page header shortens the shop's own name and address; they are not counted)
    for word, copies in ((LONG_NOTE, 1), (LONG_ADDR, 1), (LONG_DESC, 1)):
        letters = re.sub(f"[^{''.join(set(word))}]", "", text)
        assert len(letters) == copies * len(word)
