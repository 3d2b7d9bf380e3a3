"""A small shop with orders in every state the documents print, and PDF text helpers.

Supplier orders, receipts, allocations and handovers are inserted directly (the planning,
receiving and handover services are tested on their own); statuses then follow from the
quantities through services.status, as in the app.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jitdesk.domain.models import (
    CustomerInput,
    OfferInput,
    OrderInput,
    OrderLineInput,
    ProductInput,
    ShopSettings,
    SupplierInput,
)
from jitdesk.services import catalog, customers, orders, settings
from jitdesk.services.shop import Shop
from jitdesk.services.status import refresh_customer_orders

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday


def pdf_text(source: bytes | str | Path) -> str:
    """The PDF's text layer: pdftotext when installed (it handles right-to-left text), else
    pypdf."""
    data = Path(source).read_bytes() if isinstance(source, str | Path) else source
    if shutil.which("pdftotext"):
        run = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
        )
        return run.stdout.decode("utf-8")
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def squash(text: str) -> str:
    """Text with whitespace and bidi marks removed, so line wrapping does not matter, and
    joined Arabic letter forms read as the letters typed (NFKC)."""
    return re.sub(r"\s+", "", _BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text)))


def page_count(data: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


@dataclass
class DocShop:
    shop: Shop
    ids: dict[str, int] = field(default_factory=dict)

    def supplier(self, name: str, **kw) -> int:
        self.ids[name] = catalog.add_supplier(self.shop, SupplierInput(name=name, **kw))
        return self.ids[name]

    def product(
        self, sku: str, name: str, price: int, supplier: str, cost: int, pack: int = 1
    ) -> int:
        pid = catalog.add_product(self.shop, ProductInput(sku=sku, name=name, sale_price=price))
        catalog.set_offer(
            self.shop,
            OfferInput(pid, self.ids[supplier], cost, supplier_sku=f"S-{sku}", pack_size=pack),
        )
        self.ids[sku] = pid
        return pid

    def customer(self, name: str, **kw) -> int:
        self.ids[name] = customers.add_customer(self.shop, CustomerInput(name=name, **kw))
        return self.ids[name]

    def order(self, customer: str, *lines: tuple[str, int], deposit: int = 0, notes: str = ""):
        return orders.create_order(
            self.shop,
            OrderInput(
                customer_id=self.ids[customer],
                lines=[OrderLineInput(self.ids[sku], qty) for sku, qty in lines],
                deposit=deposit,
                notes=notes,
            ),
        )

    def order_lines(self, order_id: int) -> list[dict]:
        rows = self.shop.db.execute(
            "SELECT * FROM customer_order_lines WHERE order_id = ? ORDER BY line_no", [order_id]
        )
        return [dict(r) for r in rows]

    def supplier_order(
        self,
        supplier: str,
        lines: list[dict],
        *,
        status: str = "draft",
        notes: str = "",
        expected: str = "2026-12-02",
    ) -> tuple[int, str]:
        """lines: dicts with product_id, quantity, optional description/sku/cost/pack and
        `covers` (customer line ids, each covered by its quantity)."""
        shop = self.shop
        with shop.transaction() as db:
            number = shop.next_number("P")
            now = shop.now_iso()
            so_id = (
                db["supplier_orders"]
                .insert(
                    {
                        "number": number,
                        "supplier_id": self.ids[supplier],
                        "status": status,
                        "expected_date": expected,
                        "notes": notes,
                        "created_at": now,
                        "updated_at": now,
                        "sent_at": now if status != "draft" else None,
                    }
                )
                .last_pk
            )
            for no, line in enumerate(lines, start=1):
                sl_id = (
                    db["supplier_order_lines"]
                    .insert(
                        {
                            "supplier_order_id": so_id,
                            "line_no": no,
                            "product_id": line["product_id"],
                            "supplier_sku": line.get("sku", f"SKU-{no}"),
                            "description": line.get("description", f"Item {no}"),
                            "unit_cost": line.get("cost", 1000),
                            "pack_size": line.get("pack", 1),
                            "quantity": line["quantity"],
                        }
                    )
                    .last_pk
                )
                for customer_line_id, qty in line.get("covers", []):
                    db["coverage"].insert(
                        {
                            "supplier_line_id": sl_id,
                            "customer_line_id": customer_line_id,
                            "quantity": qty,
                            "created_at": now,
                        }
                    )
        return int(so_id), number

    def make_ready(self, order_id: int, supplier: str) -> str:
        """Order, receive and allocate every line of the order; returns the P number."""
        lines = self.order_lines(order_id)
        so_id, number = self.supplier_order(
            supplier,
            [
                {
                    "product_id": line["product_id"],
                    "quantity": line["quantity"],
                    "covers": [(line["id"], line["quantity"])],
                }
                for line in lines
            ],
            status="sent",
        )
        shop = self.shop
        with shop.transaction() as db:
            now = shop.now_iso()
            receipt_id = (
                db["receipts"]
                .insert(
                    {"supplier_order_id": so_id, "received_on": "2026-11-25", "created_at": now}
                )
                .last_pk
            )
            for sl in db.execute(
                "SELECT sl.id, sl.product_id, sl.quantity, c.id AS cov, c.customer_line_id"
                " FROM supplier_order_lines sl JOIN coverage c ON c.supplier_line_id = sl.id"
                " WHERE sl.supplier_order_id = ?",
                [so_id],
            ).fetchall():
                db["receipt_lines"].insert(
                    {
                        "receipt_id": receipt_id,
                        "supplier_line_id": sl["id"],
                        "product_id": sl["product_id"],
                        "quantity": sl["quantity"],
                    }
                )
                db["allocations"].insert(
                    {
                        "customer_line_id": sl["customer_line_id"],
                        "product_id": sl["product_id"],
                        "quantity": sl["quantity"],
                        "receipt_id": receipt_id,
                        "coverage_id": sl["cov"],
                        "created_at": now,
                    }
                )
            db["supplier_orders"].update(so_id, {"status": "received"})
            refresh_customer_orders(shop, [order_id])
        return number

    def hand_over(self, order_id: int, pay_balance: int = 0) -> None:
        shop = self.shop
        if pay_balance:
            orders.add_payment(shop, order_id, pay_balance, "balance", "card")
        with shop.transaction() as db:
            h_id = (
                db["handovers"]
                .insert({"order_id": order_id, "handed_at": "2026-11-27T15:00:00+00:00"})
                .last_pk
            )
            for line in self.order_lines(order_id):
                db["handover_lines"].insert(
                    {
                        "handover_id": h_id,
                        "customer_line_id": line["id"],
                        "quantity": line["quantity"],
                    }
                )
            refresh_customer_orders(shop, [order_id])


def make_doc_shop(tmp_path: Path, **shop_fields) -> DocShop:
    path = tmp_path / "shop.jitdesk"
    settings.create_shop(path, "Velo Werkstatt Müller", "EUR").close()
    shop = Shop.open(path, clock=lambda: NOW)
    values = {
        "name": "Velo Werkstatt Müller",
        "address": "Hauptstraße 12\n10115 Berlin",
        "phone": "+49 30 1234567",
        "email": "shop@velo.example",
        "opening_hours": "Mon–Fri 10:00–18:30\nSat 10:00–14:00",
        "pickup_hold_days": 14,
        "doc_footer": "Velo Werkstatt Müller · IBAN DE00 1234 5678 9012 3456 78",
        "pickup_note": "Orders not collected by the pickup date go back on sale.",
        "supplier_order_note": "Please confirm this order by email.",
        "confirmation_note": "Thank you for shopping locally.",
    } | shop_fields
    settings.update_settings(shop, ShopSettings(**values))
    world = DocShop(shop)
    world.supplier(
        "Acme Supplies",
        address="Industriestr. 5\n70565 Stuttgart",
        account_number="K-88231",
        contact="Petra Lang",
        email="orders@acme.example",
    )
    world.product("CHAIN-11", "Chain KMC X11, 118 links", 3995, "Acme Supplies", 2100, pack=6)
    world.product("PAD-R", "Brake pad set, resin", 2490, "Acme Supplies", 900)
    world.customer("Ana Müller", phone="+49 170 1234", email="ana@example.com")
    return world


@pytest.fixture
def doc_shop(tmp_path) -> DocShop:
    world = make_doc_shop(tmp_path)
    yield world
    world.shop.close()
