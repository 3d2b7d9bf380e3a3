"""Supplier price lists: CSV and XLSX, remembered mapping, diff preview, apply with history."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from jitdesk.domain.errors import ValidationError
from jitdesk.services.importing import ImportRejected, import_file
from jitdesk.services.price_lists import (
    apply_price_list,
    guess_mapping,
    preview_price_list,
    remembered_mapping,
)
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "Test shop").close()
    shop = Shop.open(path, clock=lambda: NOW)
    for kind in ("suppliers", "products", "offers"):
        import_file(shop, kind, DATA / "import" / f"{kind}.csv")
    yield shop
    shop.close()


def alpenrad(shop: Shop) -> int:
    return shop.db.execute("SELECT id FROM suppliers WHERE name LIKE 'Alpenrad%'").fetchone()[0]


def offers(shop: Shop, supplier_id: int) -> dict[str, tuple]:
    rows = shop.db.execute(
        "SELECT p.sku, o.unit_cost, o.pack_size, o.min_qty, o.supplier_sku, o.active FROM offers o"
        " JOIN products p ON p.id = o.product_id WHERE o.supplier_id = ?",
        [supplier_id],
    )
    return {r[0]: tuple(r[1:]) for r in rows}


def csv_list(tmp_path: Path, text: str, name: str = "prices.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_preview_then_apply_keeps_cost_history(shop, tmp_path):
    sid = alpenrad(shop)
    before = offers(shop, sid)
    assert before["TUB-700-28"][0] == 410 and "DBP-B01S" not in before
    path = csv_list(
        tmp_path,
        "Artikelnummer;Bezeichnung;Preis;VPE\n"
        "AR-7028P;Schlauch 700x28, Presta;4,35;10\n"  # cost change
        'AR-B01S;"Bremsbeläge ""B01S""";5,90;2\n'  # supplier SKU we do not know: ignored
        "AR-9999;Something we don't sell;1,00;1\n",
    )
    preview = preview_price_list(shop, sid, path)
    assert preview.mapping == {
        "supplier_sku": "Artikelnummer",
        "unit_cost": "Preis",
        "pack_size": "VPE",
    }
    assert [(c.sku, c.old_cost, c.new_cost) for c in preview.cost_changes] == [
        ("TUB-700-28", 410, 435)
    ]
    assert [g.sku for g in preview.gone] == ["CHN-11S", "HSG-BRK"]  # offered, but not in this list
    assert preview.not_in_catalog == 2
    assert offers(shop, sid) == before  # preview writes nothing

    result = apply_price_list(shop, sid, path)
    assert offers(shop, sid)["TUB-700-28"][0] == 435
    history = shop.db.execute(
        "SELECT c.unit_cost, c.source FROM offer_costs c JOIN offers o ON o.id = c.offer_id"
        " JOIN products p ON p.id = o.product_id WHERE p.sku = 'TUB-700-28' AND o.supplier_id = ?"
        " ORDER BY c.id",
        [sid],
    ).fetchall()
    assert [tuple(h) for h in history] == [(410, "import"), (435, "price list")]
    assert result.changes.products
    assert remembered_mapping(shop, sid) == preview.mapping
    assert offers(shop, sid)["CHN-11S"][4] == 1  # gone offers stay active unless asked


def test_new_offer_by_our_sku_and_gone_deactivated(shop, tmp_path):
    sid = alpenrad(shop)
    path = csv_list(
        tmp_path,
        "Our SKU,Supplier SKU,Cost,MOQ\nDBP-B01S,AR-B01S,5.90,4\nTUB-700-28,AR-7028P,4.10,20\n",
    )
    mapping = {
        "sku": "Our SKU",
        "supplier_sku": "Supplier SKU",
        "unit_cost": "Cost",
        "min_qty": "MOQ",
    }
    preview = preview_price_list(shop, sid, path, mapping)
    assert [(c.sku, c.new_cost, c.min_qty) for c in preview.new_offers] == [("DBP-B01S", 590, 4)]
    assert preview.unchanged == 0 and [c.sku for c in preview.other_changes] == ["TUB-700-28"]
    apply_price_list(shop, sid, path, mapping, deactivate_gone=True)
    now = offers(shop, sid)
    assert now["DBP-B01S"] == (590, 1, 4, "AR-B01S", 1)
    assert now["TUB-700-28"] == (410, 10, 20, "AR-7028P", 1)
    assert now["CHN-11S"][4] == 0 and now["HSG-BRK"][4] == 0
    # Applying the same list again changes nothing.
    again = preview_price_list(shop, sid, path)  # remembered mapping
    assert not (again.new_offers or again.cost_changes or again.other_changes)


def test_xlsx_price_list(shop, tmp_path):
    sid = alpenrad(shop)
    book = Workbook()
    sheet = book.active
    sheet.append(["Alpenrad price list 2027"])
    sheet.append([])
    book.close()
    sheet.delete_rows(1, 2)
    sheet.append(["Item No", "Description", "Net price", "Pack"])
    sheet.append(["AR-7028P", "Inner tube", 4.2, 10])
    sheet.append(["AR-CN11", "Chain 11s", 18, 1])
    path = tmp_path / "prices.xlsx"
    book.save(path)
    preview = preview_price_list(shop, sid, path)
    assert {(c.sku, c.new_cost) for c in preview.cost_changes} == {
        ("TUB-700-28", 420),
        ("CHN-11S", 1800),
    }


def test_xlsx_that_is_really_text_is_one_message(shop, tmp_path):
    sid = alpenrad(shop)
    fake = csv_list(tmp_path, "supplier_sku,cost\nAR-7028P,4.10\n", "prices.xlsx")
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        preview_price_list(shop, sid, fake)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        apply_price_list(shop, sid, broken)


def test_duplicate_skus_refused_whole(shop, tmp_path):
    sid = alpenrad(shop)
    before = offers(shop, sid)
    path = csv_list(
        tmp_path,
        "supplier sku,unit cost\nAR-7028P,4.50\nAR-CN11,19.00\nAR-7028P,4.60\n",
    )
    preview = preview_price_list(shop, sid, path)
    (problem,) = preview.problems
    assert problem.line == 4 and "first on line 2" in problem.message
    with pytest.raises(ImportRejected):
        apply_price_list(shop, sid, path)
    assert offers(shop, sid) == before
    assert remembered_mapping(shop, sid) is None


def test_mapping_must_name_cost_and_a_sku(shop, tmp_path):
    sid = alpenrad(shop)
    path = csv_list(tmp_path, "a,b\nx,1\n")
    assert guess_mapping(["a", "b"]) == {}
    with pytest.raises(ValidationError, match="unit cost"):
        preview_price_list(shop, sid, path)
    with pytest.raises(ValidationError, match="no column"):
        preview_price_list(shop, sid, path, {"supplier_sku": "a", "unit_cost": "Price"})
    bad = csv_list(tmp_path, "supplier sku,unit cost\nAR-7028P,4.1x\n", "bad.csv")
    assert "not an amount" in preview_price_list(shop, sid, bad).problems[0].message
