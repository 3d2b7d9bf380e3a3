"""Web-shop exports as the exporters write them: the WooCommerce Customer/Order/Coupon Export
default layout, numbering in the order customers placed their orders, refunds, leaving problem
orders out, and files in a layout jitdesk does not know, read through a column mapping."""

# ruff: noqa: F811  (the shop fixture is imported from the file-import tests)
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from jitdesk.domain.errors import ValidationError
from jitdesk.services.importing import ImportRejected
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_import import (
    check_import_warning,
    import_webshop,
    map_sku,
    preview_webshop_import,
    suggested_mapping,
)
from tests.services.test_webshop_import import WEB, count, lines, orders, shop  # noqa: F401

COC = WEB / "woocommerce_customer_order_export.csv"


def warning(shop: Shop, order_id: int) -> str:
    row = shop.db.execute("SELECT import_warning FROM customer_orders WHERE id = ?", [order_id])
    return row.fetchone()[0]


def test_customer_order_coupon_export_default_layout(shop):
    result = import_webshop(shop, "woocommerce", COC)
    created = orders(shop)
    # The file lists the newest first; numbers follow the order the customers placed them in.
    assert [(o["external_ref"], o["number"]) for o in created] == [
        ("2001", "C-2026-0001"),
        ("2002", "C-2026-0002"),
        ("2004", "C-2026-0003"),
    ]
    assert [(s.ref, s.reason) for s in result.preview.skipped] == [("2003", "it was refunded")]
    lucja, juergen, eleni = created
    # One of the two tubes was refunded: only the one still wanted is ordered.
    assert lines(shop, lucja["id"]) == [("CHN-11S", 1, 3499), ("TUB-700-28", 1, 890)]
    assert lucja["paid"] == 5279 - 890
    assert lucja["notes"] == 'Leave at the "back" door'
    assert warning(shop, lucja["id"]) == ""  # the refund is tied to the tube
    assert juergen["name"] == "Jürgen Müller" and juergen["paid"] == 0  # on hold
    assert lines(shop, juergen["id"]) == [("TUB-700-28", 2, 890)]
    # A refund the web shop did not tie to an item: imported, flagged for the owner.
    assert eleni["name"] == "Ελένη Οικονόμου" and eleni["paid"] == 1400
    assert lines(shop, eleni["id"]) == [("DBP-B01S", 2, 1200)]
    assert "which items are still wanted" in warning(shop, eleni["id"])
    assert "1 order to check" in result.preview.summary()
    assert "check order 2004" in result.summary()
    # A spreadsheet's ' before a phone number is not part of it.
    phone = shop.db.execute("SELECT phone FROM customers WHERE name = 'Łucja Wiśniewska'")
    assert phone.fetchone()[0] == "+48 600 555 123"

    check_import_warning(shop, eleni["id"])
    assert warning(shop, eleni["id"]) == ""
    kinds = shop.db.execute(
        "SELECT action FROM events WHERE entity = 'customer_order' AND entity_id = ?", [eleni["id"]]
    )
    assert "import_checked" in {r[0] for r in kinds}

    before = count(shop, "customer_orders"), count(shop, "customers"), count(shop, "events")
    again = import_webshop(shop, "woocommerce", COC)
    assert again.order_ids == [] and sorted(again.preview.already_imported) == [
        "2001",
        "2002",
        "2004",
    ]
    assert (count(shop, "customer_orders"), count(shop, "customers"), count(shop, "events")) == (
        before
    )


def _orders_reversed(path: Path) -> str:
    """The export with its orders in the opposite order (rows of one order kept together)."""
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    header, body = records[0], records[1:]
    groups: dict[str, list[list[str]]] = {}
    for record in body:
        groups.setdefault(record[0], []).append(record)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for group in reversed(list(groups.values())):
        writer.writerows(group)
    return out.getvalue()


def test_shopify_newest_first_is_numbered_in_the_order_placed(shop, tmp_path):
    path = tmp_path / "orders_export_1.csv"
    path.write_text(_orders_reversed(WEB / "shopify_orders.csv"), encoding="utf-8")
    import_webshop(shop, "shopify", path)
    created = orders(shop)
    assert [(o["external_ref"], o["number"]) for o in created] == [
        ("#1001", "C-2026-0001"),
        ("#1002", "C-2026-0002"),
        ("#1005", "C-2026-0003"),
    ]


def test_leave_out_problem_orders_then_import_them_once_fixed(shop, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(COC.read_text(encoding="utf-8").replace("DBP-B01S", "WEB-PADS"), "utf-8")
    preview = preview_webshop_import(shop, "woocommerce", path)
    assert not preview.can_import and preview.can_leave_out
    assert [o.ref for o in preview.orders] == ["2001", "2002"]
    assert list(preview.left_out) == ["2004"]
    assert "WEB-PADS" in preview.left_out["2004"].reason
    # The default stays all or nothing.
    with pytest.raises(ImportRejected):
        import_webshop(shop, "woocommerce", path)
    assert count(shop, "customer_orders") == 0

    result = import_webshop(shop, "woocommerce", path, leave_out_problems=True)
    assert [o["external_ref"] for o in orders(shop)] == ["2001", "2002"]
    assert [left.ref for left in result.left_out] == ["2004"]
    assert "left out order 2004" in result.summary()

    map_sku(shop, "woocommerce", "WEB-PADS", "DBP-B01S")
    later = import_webshop(shop, "woocommerce", path)
    assert [o["external_ref"] for o in orders(shop)] == ["2001", "2002", "2004"]
    assert sorted(later.preview.already_imported) == ["2001", "2002"]
    assert later.left_out == []


def test_a_damaged_file_cannot_be_imported_in_part(shop, tmp_path):
    text = COC.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "cut.csv"
    path.write_text("".join(text[:-1]) + text[-1][:40], "utf-8")
    preview = preview_webshop_import(shop, "woocommerce", path)
    assert preview.file_problems and not preview.can_leave_out
    with pytest.raises(ImportRejected):
        import_webshop(shop, "woocommerce", path, leave_out_problems=True)
    assert count(shop, "customer_orders") == 0


OWN_LAYOUT = (
    "Bestellnummer;Datum;Artikelnummer;Artikel;Menge;Einzelpreis;Kunde;E-Mail;Telefon\n"
    "W-17;2026-11-19;CHN-11S;Kette 11-fach;1;34,99;Anna Gruber;anna@example.at;+43 664 5550101\n"
    "W-18;2026-11-20;TUB-700-28;Schlauch 28;3;8,90;Max Huber;max@example.at;\n"
    "W-18;2026-11-20;HSG-BRK;Bremshülle;2;2,50;Max Huber;max@example.at;\n"
)
MAPPING = {
    "ref": "Bestellnummer",
    "date": "Datum",
    "sku": "Artikelnummer",
    "item": "Artikel",
    "quantity": "Menge",
    "unit_price": "Einzelpreis",
    "name": "Kunde",
    "email": "E-Mail",
    "phone": "Telefon",
}


def test_unknown_layout_is_mapped_once_and_remembered(shop, tmp_path):
    path = tmp_path / "bestellungen.csv"
    path.write_text(OWN_LAYOUT, "utf-8")
    preview = preview_webshop_import(shop, "woocommerce", path)
    assert preview.needs_mapping and not preview.orders
    assert "Map columns" in preview.problems[0].message
    assert preview.header[0] == "Bestellnummer"

    with pytest.raises(ValidationError, match="quantity"):
        import_webshop(shop, "woocommerce", path, mapping={**MAPPING, "quantity": ""})
    with pytest.raises(ValidationError, match="chosen for two things"):
        import_webshop(shop, "woocommerce", path, mapping={**MAPPING, "item": "Artikelnummer"})
    assert count(shop, "customer_orders") == 0

    result = import_webshop(shop, "woocommerce", path, mapping=MAPPING)
    created = orders(shop)
    assert [o["external_ref"] for o in created] == ["W-17", "W-18"]
    assert lines(shop, created[1]["id"]) == [("TUB-700-28", 3, 890), ("HSG-BRK", 2, 250)]
    assert created[0]["name"] == "Anna Gruber" and created[0]["paid"] == 0
    assert result.preview.mapping == MAPPING

    # The next export with the same columns is read through the remembered mapping.
    again = preview_webshop_import(shop, "woocommerce", path)
    assert not again.problems and again.mapping == MAPPING
    assert sorted(again.already_imported) == ["W-17", "W-18"]
    assert import_webshop(shop, "woocommerce", path).order_ids == []
    # Another web shop does not share it.
    assert preview_webshop_import(shop, "shopify", path).needs_mapping


def test_mapping_starts_from_a_guess_by_column_names(shop, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Order number,Item SKU,Qty,Unit price,E-mail\nA1,CHN-11S,1,34.99,a@b.at\n")
    preview = preview_webshop_import(shop, "shopify", path)
    assert preview.needs_mapping
    assert "order number, SKU, item name, quantity, unit price" in preview.problems[0].message
    assert suggested_mapping(preview) == {
        "ref": "Order number",
        "sku": "Item SKU",
        "unit_price": "Unit price",
        "email": "E-mail",
    }


def test_spreadsheet_quirks_are_read_as_the_exporter_meant(shop, tmp_path):
    """A BOM, semicolons, a repeated column name, empty trailing columns and a quoted line
    break: the same three orders as the plain export."""
    records = list(csv.reader(io.StringIO(COC.read_text(encoding="utf-8"), newline="")))
    header, body = records[0], records[1:]
    header = [*header, "status", "", ""]  # a second "status" column, then two empty ones
    body = [[*r, "ignored", "", ""] for r in body]
    body[0][header.index("customer_note")] = "Bitte\nanrufen"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([header, *body])
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    result = import_webshop(shop, "woocommerce", path)
    assert [o["external_ref"] for o in orders(shop)] == ["2001", "2002", "2004"]
    assert orders(shop)[2]["notes"] == "Bitte\nanrufen"
    assert not result.preview.problems
