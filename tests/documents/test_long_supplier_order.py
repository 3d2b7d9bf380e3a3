"""Long supplier orders continue across pages with the header row repeated."""

from __future__ import annotations

import re
from datetime import date

from jitdesk.documents.models import ShopInfo, SupplierOrderDoc, SupplierOrderLine
from jitdesk.documents.supplier_order import supplier_order_pdf

from .conftest import page_count, pdf_text


def test_a_2000_line_order_builds_with_repeated_header_and_page_x_of_y():
    lines = tuple(
        SupplierOrderLine(
            f"SKU-{i:05d}",
            f"Part number {i}"
            + (" with a description long enough to wrap onto a second line" if i % 7 == 0 else ""),
            quantity=6 * (i % 5 + 1),
            pack_size=6,
            unit_cost=100 + i,
            for_customers=(f"C-2026-{i:04d}",) if i % 3 == 0 else (),
        )
        for i in range(1, 2001)
    )
    order = SupplierOrderDoc(
        ShopInfo("Velo"), "P-2026-0001", date(2026, 11, 25), "Acme", lines=lines
    )
    pdf = supplier_order_pdf(order)
    pages = page_count(pdf)
    assert pages > 30
    text = pdf_text(pdf)
    per_page = text.split("\f")[:pages]
    for number, page in enumerate(per_page, start=1):
        assert f"Page {number} of {pages}" in page
        assert "Supplier SKU" in page  # header row repeated on every page
    assert "SKU-00001" in per_page[0] and "SKU-02000" in per_page[-1]
    assert all(f"SKU-{i:05d}" in text for i in range(1, 2001))
    total = sum(line.line_total for line in lines)
    assert f"€{total // 100:,}.{total % 100:02d}" in per_page[-1]
    assert len(re.findall(r"Page \d+ of", text)) == pages


def test_a_line_for_many_customers_names_the_first_and_counts_the_rest():
    many = tuple(f"C-2026-{i:04d}" for i in range(1, 201))
    lines = (
        SupplierOrderLine(
            "SPK-1", "Spoke 288 mm", quantity=200, pack_size=1, unit_cost=50, for_customers=many
        ),
        SupplierOrderLine(
            "BEL-1",
            "Bell",
            quantity=2,
            pack_size=1,
            unit_cost=300,
            for_customers=("C-2026-0300", "C-2026-0301"),
        ),
    )
    order = SupplierOrderDoc(
        ShopInfo("Velo"), "P-2026-0002", date(2026, 11, 25), "Acme", lines=lines
    )
    pdf = supplier_order_pdf(order)
    assert page_count(pdf) == 1  # 200 references would otherwise run over several pages
    text = " ".join(pdf_text(pdf).split())
    assert "C-2026-0001, C-2026-0002 and 198 more" in text
    assert "C-2026-0300, C-2026-0301" in text
    assert "C-2026-0003" not in text


def test_order_numbers_and_skus_are_never_split_over_two_lines():
    """Every order number and SKU comes out of the PDF's text whole on one line, with five-digit
    order numbers and long SKUs in the narrow columns."""
    many = tuple(f"C-2026-{96100 + i}" for i in range(200))
    skus = ("SHM-BR-B01S-RES-X", "TUB-1023", "CAS-HG50-11-34T", "4006381333931")
    lines = tuple(
        SupplierOrderLine(
            sku,
            "Inner tube 26x1.9-2.125 Schrader with a long description to wrap",
            quantity=20,
            pack_size=5,
            unit_cost=253,
            for_customers=many[index * 50 : index * 50 + 3 + index],
        )
        for index, sku in enumerate(skus)
    )
    order = SupplierOrderDoc(
        ShopInfo("Velo"), "P-2026-0003", date(2026, 11, 25), "Acme", lines=lines
    )
    text = pdf_text(supplier_order_pdf(order))
    words = set(text.split())
    for sku in skus:
        assert sku in words
    shown = [word.rstrip(",") for word in words if word.startswith("C-2026")]
    assert shown and all(number in many for number in shown)
    assert "and 2 more" in text  # 200 orders in all; the lines name the first two each
