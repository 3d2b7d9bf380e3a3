"""`jitdesk import shopify|woocommerce|price-list` and `jitdesk export` as a user runs them."""

from __future__ import annotations

import csv

from jitdesk.services.settings import create_shop
from tests.cli.test_cli import DATA, ROOT, jitdesk

WEB = ROOT / "tests" / "data" / "webshop"


def make_shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "CLI shop").close()
    for kind in ("suppliers", "products", "offers"):
        assert jitdesk("import", kind, DATA / f"{kind}.csv", "--shop", path).returncode == 0
    return path


def test_import_webshop_twice_then_export(tmp_path):
    shop = make_shop(tmp_path)
    first = jitdesk("import", "shopify", WEB / "shopify_orders.csv", "--shop", shop)
    assert first.returncode == 0, first.stderr
    assert "3 new orders" in first.stdout and "skipped order #1003" in first.stdout
    again = jitdesk("import", "shopify", WEB / "shopify_orders.csv", "--shop", shop)
    assert "0 new orders" in again.stdout and "3 already imported" in again.stdout
    woo = jitdesk("import", "woocommerce", WEB / "woocommerce_orders.csv", "--shop", shop)
    assert "3 new orders" in woo.stdout
    out = tmp_path / "orders.csv"
    result = jitdesk("export", "orders", out, "--shop", shop)
    assert result.returncode == 0 and "Exported 6 customer orders" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 7


def test_refused_export_lists_lines(tmp_path):
    shop = make_shop(tmp_path)
    bad = tmp_path / "orders_export.csv"
    bad.write_text(
        (WEB / "shopify_orders.csv").read_text(encoding="utf-8").replace("CHN-11S", "NOPE-1"),
        encoding="utf-8",
    )
    result = jitdesk("import", "shopify", bad, "--shop", shop)
    assert result.returncode == 1
    assert "nothing was changed" in result.stderr and "line 4:" in result.stderr
    mapped = jitdesk("map-sku", "shopify", "NOPE-1", "CHN-11S", "--shop", shop)
    assert mapped.returncode == 0, mapped.stderr
    assert "3 new orders" in jitdesk("import", "shopify", bad, "--shop", shop).stdout


def test_leave_out_problems_imports_the_good_orders(tmp_path):
    shop = make_shop(tmp_path)
    bad = tmp_path / "orders.csv"
    coc = WEB / "woocommerce_customer_order_export.csv"
    bad.write_text(coc.read_text(encoding="utf-8").replace("CHN-11S", "NOPE-1"), "utf-8")
    refused = jitdesk("import", "woocommerce", bad, "--shop", shop)
    assert refused.returncode == 1 and "nothing was changed" in refused.stderr
    result = jitdesk("import", "woocommerce", bad, "--leave-out-problems", "--shop", shop)
    assert result.returncode == 0, result.stderr
    assert "2 new orders" in result.stdout and "left out order 2001" in result.stdout


def test_price_list_needs_supplier(tmp_path):
    shop = make_shop(tmp_path)
    prices = tmp_path / "prices.csv"
    prices.write_text("supplier sku,unit cost\nAR-7028P,4.30\n", encoding="utf-8")
    result = jitdesk("import", "price-list", prices, "--shop", shop)
    assert result.returncode == 1 and "--supplier" in result.stderr
    result = jitdesk(
        "import", "price-list", prices, "--supplier", "alpenrad distribution gmbh", "--shop", shop
    )
    assert result.returncode == 0, result.stderr
    assert "1 cost change," in result.stdout
