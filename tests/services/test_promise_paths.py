"""One promised date, whichever way an order comes in: the order dialog's service, the CSV
order import, the Shopify import and the WooCommerce import, for the same products ordered on
the same day, with and without a supplier that is reliably slower than it quotes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jitdesk.domain.clock import fixed_clock
from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.services import orders, promises
from jitdesk.services.importing import import_file
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_import import import_webshop

DATA = Path(__file__).resolve().parents[1] / "data"
DAY = date(2026, 11, 20)  # a Friday; the sample exports hold orders of this day
SKUS = ("TUB-700-28", "CHN-11S")  # both promised from Alpenrad: 3 days, delivers Tue and Thu


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "Test shop").close()
    shop = Shop.open(path, clock=fixed_clock(DAY))
    for kind in ("suppliers", "products", "offers", "customers"):
        import_file(shop, kind, DATA / "import" / f"{kind}.csv")
    yield shop
    shop.close()


def product_ids(shop: Shop) -> dict[str, int]:
    return {r[0]: r[1] for r in shop.db.execute("SELECT sku, id FROM products")}


def slow_alpenrad(shop: Shop, lead_days: int, deliveries: int = 5) -> None:
    """Past supplier orders of Alpenrad, each first delivered `lead_days` after sending."""
    (supplier_id,) = shop.db.execute(
        "SELECT id FROM suppliers WHERE name LIKE 'Alpenrad%'"
    ).fetchone()
    for i in range(deliveries):
        sent = date(2026, 9, 1 + i)
        so_id = (
            shop.db["supplier_orders"]
            .insert(
                {
                    "number": f"P-2025-{i + 1:04d}",
                    "supplier_id": supplier_id,
                    "status": "received",
                    "created_at": sent.isoformat(),
                    "updated_at": sent.isoformat(),
                    "sent_at": f"{sent.isoformat()}T09:00:00+00:00",
                }
            )
            .last_pk
        )
        received = date.fromordinal(sent.toordinal() + lead_days).isoformat()
        shop.db["receipts"].insert(
            {"supplier_order_id": so_id, "received_on": received, "created_at": received}
        )


def woocommerce_export_of_the_day(tmp_path: Path) -> Path:
    """The sample WooCommerce export with its order 812 (tube and chain) placed on DAY."""
    text = (DATA / "webshop" / "woocommerce_orders.csv").read_text(encoding="utf-8")
    path = tmp_path / "woo.csv"
    path.write_text(text.replace('"2026-11-19 17:20"', '"2026-11-20 17:20"'), encoding="utf-8")
    return path


def csv_orders_of_the_day(tmp_path: Path) -> Path:
    """The sample CSV order file's order WEB-1001 (tube and chain, placed on DAY)."""
    rows = (DATA / "import" / "orders.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "orders.csv"
    path.write_text("\n".join(r for r in rows if not r.startswith("WEB-100") or "WEB-1001" in r))
    return path


def promised_lines(shop: Shop, channel: str, ref: str | None = None) -> dict[str, str]:
    """SKU -> promised date of the lines of the order that came in through `channel`."""
    sql = (
        "SELECT p.sku, l.promised_date FROM customer_order_lines l"
        " JOIN customer_orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id"
        " WHERE o.channel = ? AND o.order_date = ?"
    )
    params = [channel, DAY.isoformat()]
    if ref is not None:
        sql += " AND o.external_ref = ?"
        params.append(ref)
    return {sku: promised for sku, promised in shop.db.execute(sql, params) if sku in SKUS}


def every_path(shop: Shop, tmp_path: Path) -> dict[str, dict[str, str]]:
    ids = product_ids(shop)
    quoted = promises.quote_promised_dates(shop, [ids[s] for s in SKUS], DAY)
    (customer_id,) = shop.db.execute("SELECT id FROM customers ORDER BY id").fetchone()
    orders.create_order(shop, OrderInput(customer_id, [OrderLineInput(ids[s], 1) for s in SKUS]))
    import_file(shop, "orders", csv_orders_of_the_day(tmp_path))
    import_webshop(shop, "shopify", DATA / "webshop" / "shopify_orders.csv")
    import_webshop(shop, "woocommerce", woocommerce_export_of_the_day(tmp_path))
    return {
        "order dialog quote": {s: quoted[ids[s]].isoformat() for s in SKUS},
        "counter order": promised_lines(shop, "counter"),
        "CSV import": promised_lines(shop, "import", "WEB-1001"),
        "Shopify": promised_lines(shop, "shopify", "#1001"),
        "WooCommerce": promised_lines(shop, "woocommerce", "812"),
    }


def test_every_path_promises_the_offer_terms_without_a_delivery_history(shop, tmp_path):
    # Fri 20 + 3 days = Mon 23 -> Alpenrad's next delivery day Tue 24, + 1 day buffer.
    expected = {s: "2026-11-25" for s in SKUS}
    assert every_path(shop, tmp_path) == {
        path: expected
        for path in ("order dialog quote", "counter order", "CSV import", "Shopify", "WooCommerce")
    }


def test_every_path_promises_what_a_slow_supplier_really_takes(shop, tmp_path):
    slow_alpenrad(shop, lead_days=10)  # quotes 3 days, took 10 five times
    # Fri 20 + 10 days = Mon 30 -> Tue 1 Dec, + 1 day buffer.
    expected = {s: "2026-12-02" for s in SKUS}
    assert every_path(shop, tmp_path) == {
        path: expected
        for path in ("order dialog quote", "counter order", "CSV import", "Shopify", "WooCommerce")
    }
    orders_promised = {
        r[0]
        for r in shop.db.execute(
            "SELECT promised_date FROM customer_orders"
            " WHERE channel = 'counter' OR external_ref IN ('WEB-1001', '#1001', '812')"
        )
    }
    assert orders_promised == {"2026-12-02"}  # the latest line of each order
