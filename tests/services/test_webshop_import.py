"""Web-shop order import: Shopify and WooCommerce exports in their own layouts."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jitdesk.domain.errors import NotFoundError
from jitdesk.services.check import check_shop
from jitdesk.services.importing import ImportRejected, import_file
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_import import (
    import_webshop,
    map_sku,
    preview_webshop_import,
)

DATA = Path(__file__).resolve().parents[1] / "data"
WEB = DATA / "webshop"
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "Test shop").close()
    shop = Shop.open(path, clock=lambda: NOW)
    for kind in ("suppliers", "products", "offers", "customers"):
        import_file(shop, kind, DATA / "import" / f"{kind}.csv")
    yield shop
    shop.close()


def orders(shop: Shop) -> list[dict]:
    rows = shop.db.execute(
        "SELECT o.id, o.number, o.channel, o.external_ref, o.notes, o.order_date, o.status,"
        " c.name, c.email, (SELECT COALESCE(SUM(amount), 0) FROM payments p"
        " WHERE p.order_id = o.id) AS paid FROM customer_orders o"
        " JOIN customers c ON c.id = o.customer_id ORDER BY o.id"
    )
    return [dict(r) for r in rows]


def lines(shop: Shop, order_id: int) -> list[tuple]:
    return [
        tuple(r)
        for r in shop.db.execute(
            "SELECT p.sku, l.quantity, l.unit_price FROM customer_order_lines l"
            " JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.line_no",
            [order_id],
        )
    ]


def count(shop: Shop, table: str) -> int:
    return shop.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_shopify_export_imported_twice_then_a_later_export(shop):
    customers_before = count(shop, "customers")
    result = import_webshop(shop, "shopify", WEB / "shopify_orders.csv")
    created = orders(shop)
    assert [o["external_ref"] for o in created] == ["#1001", "#1002", "#1005"]
    assert {s.ref: s.reason for s in result.preview.skipped} == {
        "#1003": "it was refunded",
        "#1004": "it was cancelled in the web shop",
    }
    first = created[0]
    # Matched by e-mail despite different case; paid in full online -> a deposit.
    assert first["name"] == "Jürgen Müller"
    assert first["paid"] == 4980
    assert first["notes"] == "Bitte anrufen,\nwenn es da ist"
    assert first["order_date"] == "2026-11-20"
    assert lines(shop, first["id"]) == [("TUB-700-28", 2, 890), ("CHN-11S", 1, 3200)]
    second = created[1]
    assert second["name"] == "Zoë Lefèvre-Ødegård"
    assert second["paid"] == 0  # pending payment
    assert lines(shop, second["id"]) == [("DBP-B01S", 2, 1250), ("HSG-BRK", 2, 250)]
    assert created[2]["name"] == "Иван Смирнов"  # no e-mail: matched by name + phone
    assert count(shop, "customers") == customers_before + 1  # only Zoë is new
    assert result.changes.customer_orders == {o["id"] for o in created}

    again = import_webshop(shop, "shopify", WEB / "shopify_orders.csv")
    assert again.order_ids == []
    assert sorted(again.preview.already_imported) == ["#1001", "#1002", "#1005"]
    assert len(orders(shop)) == 3

    later = import_webshop(shop, "shopify", WEB / "shopify_orders_later.csv")
    assert [o["external_ref"] for o in orders(shop)][3:] == ["#1006"]
    assert later.preview.already_imported == ["#1002"]
    assert count(shop, "customers") == customers_before + 1  # Zoë matched now
    assert check_shop(shop) == []


def test_woocommerce_export_imported_twice(shop):
    result = import_webshop(shop, "woocommerce", WEB / "woocommerce_orders.csv")
    created = orders(shop)
    assert [o["external_ref"] for o in created] == ["812", "813", "816"]
    assert {s.ref for s in result.preview.skipped} == {"814", "815"}
    lucja = created[0]
    assert lucja["name"] == "Łucja Wiśniewska-Kowalczyk"
    assert lucja["notes"] == 'Leave at the "back" door, please'
    assert lines(shop, lucja["id"]) == [("CHN-11S", 1, 3499), ("TUB-700-28", 2, 890)]
    assert lucja["paid"] == 3499 + 1780  # processing: paid, capped at the lines' total
    assert created[1]["name"] == "Jürgen Müller"  # existing customer, e-mail in capitals
    assert created[1]["paid"] == 0  # on hold: not paid yet
    assert created[2]["name"] == lucja["name"]
    ids_before = count(shop, "customer_orders"), count(shop, "customers"), count(shop, "events")
    again = import_webshop(shop, "woocommerce", WEB / "woocommerce_orders.csv")
    assert again.order_ids == []
    assert (count(shop, "customer_orders"), count(shop, "customers"), count(shop, "events")) == (
        ids_before
    )
    # The same order numbers from the other web shop are different orders.
    assert {o["channel"] for o in orders(shop)} == {"woocommerce"}


def test_preview_writes_nothing_and_shows_what_would_be_created(shop):
    events_before = count(shop, "events")
    preview = preview_webshop_import(shop, "shopify", WEB / "shopify_orders.csv")
    assert [o.ref for o in preview.orders] == ["#1001", "#1002", "#1005"]
    assert preview.line_count == 5
    assert preview.new_customers == 1
    assert preview.can_import
    assert "3 new orders (5 lines, 1 new customer)" in preview.summary()
    assert count(shop, "customer_orders") == 0
    assert count(shop, "events") == events_before


def test_unknown_sku_reported_by_line_then_mapped_once(shop, tmp_path):
    text = (WEB / "shopify_orders.csv").read_text(encoding="utf-8")
    path = tmp_path / "orders_export.csv"
    path.write_text(text.replace("DBP-B01S", "SHOP-PADS-7"), encoding="utf-8")
    preview = preview_webshop_import(shop, "shopify", path)
    assert not preview.can_import
    assert [u.key for u in preview.unknown_skus] == ["SHOP-PADS-7"]
    (problem,) = preview.problems
    assert problem.line == 5 and "SHOP-PADS-7" in problem.message
    with pytest.raises(ImportRejected) as info:
        import_webshop(shop, "shopify", path)
    assert "line 5" in str(info.value)
    assert count(shop, "customer_orders") == 0  # nothing partly imported

    with pytest.raises(NotFoundError):
        map_sku(shop, "shopify", "SHOP-PADS-7", "NO-SUCH")
    map_sku(shop, "shopify", "SHOP-PADS-7", "DBP-B01S")
    result = import_webshop(shop, "shopify", path)
    assert len(result.order_ids) == 3
    assert lines(shop, result.order_ids[1])[0] == ("DBP-B01S", 2, 1250)
    # The mapping is per web shop: WooCommerce does not know it.
    woo = (WEB / "woocommerce_orders.csv").read_text(encoding="utf-8")
    woo_path = tmp_path / "woo.csv"
    woo_path.write_text(woo.replace('"DBP-B01S"', '"SHOP-PADS-7"'), encoding="utf-8")
    assert [u.key for u in preview_webshop_import(shop, "woocommerce", woo_path).unknown_skus] == [
        "SHOP-PADS-7"
    ]


@pytest.mark.parametrize(
    ("name", "kind", "marker", "keep"),
    [
        ("shopify_orders.csv", "shopify", "#1002", 40),  # cut in the middle of a row
        ("shopify_orders.csv", "shopify", "Bitte anrufen", 5),  # inside a quoted value
        ("woocommerce_orders.csv", "woocommerce", "816", 30),
    ],
)
def test_truncated_export_refused_whole(shop, tmp_path, name, kind, marker, keep):
    text = (WEB / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_text(text[: text.index(marker) + keep], encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_webshop(shop, kind, path)
    assert "nothing was changed" in str(info.value)
    assert any("export it again" in e.message for e in info.value.errors)
    assert count(shop, "customer_orders") == 0


def test_wrong_layout_or_not_csv_is_one_message(shop, tmp_path):
    with pytest.raises(ImportRejected) as info:
        import_webshop(shop, "shopify", WEB / "woocommerce_orders.csv")
    (error,) = info.value.errors
    assert "not a Shopify order export" in error.message
    binary = tmp_path / "export.csv"
    binary.write_bytes(b"Name,Email\n\xff\xfe\x00garbage")
    with pytest.raises(ImportRejected) as info:
        import_webshop(shop, "shopify", binary)
    assert info.value.errors[0].line == 2
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportRejected):
        import_webshop(shop, "woocommerce", empty)
    assert count(shop, "customer_orders") == 0


def test_other_currency_and_product_without_offer_refused(shop, tmp_path):
    text = (WEB / "shopify_orders.csv").read_text(encoding="utf-8")
    path = tmp_path / "usd.csv"
    path.write_text(text.replace(",EUR,", ",USD,", 1), encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        import_webshop(shop, "shopify", path)
    assert "USD" in info.value.errors[0].message
    shop.db.execute("UPDATE offers SET active = 0")
    with pytest.raises(ImportRejected) as info:
        import_webshop(shop, "shopify", WEB / "shopify_orders.csv")
    assert "no active supplier offer" in info.value.errors[0].message
    assert count(shop, "customer_orders") == 0


def test_copy_of_export_in_other_folder_still_idempotent(shop, tmp_path):
    import_webshop(shop, "woocommerce", WEB / "woocommerce_orders.csv")
    copy = tmp_path / "renamed export.csv"
    shutil.copy(WEB / "woocommerce_orders.csv", copy)
    assert import_webshop(shop, "woocommerce", copy).order_ids == []
