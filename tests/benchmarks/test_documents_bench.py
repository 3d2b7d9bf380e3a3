"""Document speed against a raw reportlab canvas drawing the same text in the same run.

Run with: python -m pytest tests/benchmarks/test_documents_bench.py --benchmark-only -s
"""

from __future__ import annotations

import io
import time
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from jitdesk.documents import format as fmt
from jitdesk.documents.batch import pickup_notices_pdf
from jitdesk.documents.fonts import REGULAR, register_fonts
from jitdesk.documents.models import (
    CustomerOrderDoc,
    OrderItem,
    Payment,
    ShopInfo,
    SupplierOrderDoc,
    SupplierOrderLine,
)
from jitdesk.documents.supplier_order import supplier_order_pdf

SHOP = ShopInfo(
    "Velo Werkstatt Müller",
    "Hauptstraße 12\n10115 Berlin",
    "+49 30 1234567",
    "shop@velo.example",
    opening_hours="Mon–Fri 10:00–18:30",
    footer="IBAN DE00 1234 5678 9012 3456 78",
)


def _order(lines: int) -> SupplierOrderDoc:
    return SupplierOrderDoc(
        SHOP,
        "P-2026-0017",
        date(2026, 11, 25),
        "Acme Supplies",
        "Industriestr. 5\n70565 Stuttgart",
        account_number="K-88231",
        requested_date=date(2026, 12, 2),
        lines=tuple(
            SupplierOrderLine(
                f"AC-{i:05d}",
                f"Brake pad set, resin, model {i}",
                6 * (i % 4 + 1),
                6,
                1234 + i,
                (f"C-2026-{i:04d}",) if i % 2 else (),
            )
            for i in range(1, lines + 1)
        ),
    )


def _raw_canvas(order: SupplierOrderDoc) -> bytes:
    """The baseline: the same cells with drawString, 50 rows a page, same embedded font."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    xs = (50, 80, 150, 330, 380, 420, 480, 530)
    y = 780
    for no, line in enumerate(order.lines, start=1):
        if y < 60:
            canvas.showPage()
            y = 780
        canvas.setFont(REGULAR, 9)
        cells = (
            str(no),
            line.supplier_sku,
            line.description,
            f"{line.packs} × {line.pack_size}",
            str(line.quantity),
            fmt.money(line.unit_cost),
            fmt.money(line.line_total),
            ", ".join(line.for_customers),
        )
        for x, text in zip(xs, cells, strict=True):
            canvas.drawString(x, y, text)
        y -= 14
    canvas.save()
    return buffer.getvalue()


def _best_of(fn, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("lines, limit", [(200, None), (1000, 3.0)])
def test_supplier_order_vs_raw_canvas(benchmark, lines, limit):
    order = _order(lines)
    _raw_canvas(order)  # warm up font loading for both
    supplier_order_pdf(order)
    baseline = _best_of(lambda: _raw_canvas(order))
    benchmark.pedantic(supplier_order_pdf, args=(order,), rounds=3, iterations=1)
    ratio = benchmark.stats.stats.min / baseline
    print(
        f"\n{lines}-line supplier order: {benchmark.stats.stats.min * 1000:.0f} ms, raw canvas "
        f"{baseline * 1000:.0f} ms, ratio {ratio:.2f}"
    )
    if limit:
        assert ratio <= limit


def test_100_pickup_notices_in_one_batch_under_a_second(benchmark):
    items = (
        OrderItem("Brake pad set, resin compound", 2, 2490),
        OrderItem("Chain KMC X11, 118 links", 1, 3995),
    )
    orders = [
        CustomerOrderDoc(
            SHOP,
            f"C-2026-{i:04d}",
            date(2026, 11, 10),
            f"Customer {i}",
            items=items,
            payments=(Payment(date(2026, 11, 10), "deposit", "cash", 2000),),
            ready_date=date(2026, 11, 25),
            pickup_by=date(2026, 12, 9),
        )
        for i in range(100)
    ]
    pickup_notices_pdf(SHOP, orders[:2])  # warm up
    benchmark.pedantic(pickup_notices_pdf, args=(SHOP, orders), rounds=3, iterations=1)
    print(f"\n100 pickup notices in one PDF: {benchmark.stats.stats.min * 1000:.0f} ms")
    assert benchmark.stats.stats.min < 1.0
