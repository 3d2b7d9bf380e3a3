"""CSV exports: Excel-friendly encoding and quoting, round trip, no formula injection."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.models import CustomerInput
from jitdesk.services.customers import add_customer
from jitdesk.services.exports import Number, export, safe_cell, write_csv
from jitdesk.services.importing import import_file
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_import import import_webshop

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "Test shop").close()
    shop = Shop.open(path, clock=lambda: NOW)
    for kind in ("suppliers", "products", "offers", "customers"):
        import_file(shop, kind, DATA / "import" / f"{kind}.csv")
    import_webshop(shop, "shopify", DATA / "webshop" / "shopify_orders.csv")
    yield shop
    shop.close()


def read_back(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the names right
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_customer_orders_round_trip(shop, tmp_path):
    out = tmp_path / "orders.csv"
    result = export(shop, "orders", out)
    assert result.rows == 3
    header, *rows = read_back(out)
    assert header[:3] == ["number", "order_date", "promised_date"]
    by_ref = {r[header.index("external_ref")]: dict(zip(header, r, strict=True)) for r in rows}
    first = by_ref["#1001"]
    assert first["customer_name"] == "Jürgen Müller"
    assert first["total"] == "49.80" and first["paid"] == "49.80" and first["balance"] == "0.00"
    assert first["notes"] == "Bitte anrufen,\nwenn es da ist"  # quoted newline and comma survive
    assert first["customer_phone"] == "'+49 171 5550123"  # starts with +: neutralised
    assert by_ref["#1002"]["customer_name"] == "Zoë Lefèvre-Ødegård"
    assert by_ref["#1002"]["balance"] == "30.00"
    assert b"\r\n" in out.read_bytes()


def test_every_kind_exports(shop, tmp_path):
    for kind in ("supplier-orders", "customers", "surplus"):
        out = tmp_path / f"{kind}.csv"
        result = export(shop, kind, out, quote_all=True)
        header, *rows = read_back(out)
        assert len(rows) == result.rows
        assert out.read_text(encoding="utf-8-sig").startswith('"')  # QUOTE_ALL
    names = [r[0] for r in read_back(tmp_path / "customers.csv")[1:]]
    assert "Ελένη Οικονόμου" in names and "Иван Смирнов" in names


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Anna = Bob", "Anna = Bob"),
        ("O'Brien, Siobhán", "O'Brien, Siobhán"),
    ],
)
def test_formula_injection_neutralised(shop, tmp_path, typed, written):
    add_customer(shop, CustomerInput(typed, notes=typed))
    out = tmp_path / "customers.csv"
    export(shop, "customers", out)
    rows = read_back(out)
    found = [r for r in rows if r[3] == written]  # notes are kept exactly as typed
    assert found
    assert found[0][0] == safe_cell(typed.strip())  # names are trimmed, then neutralised
    assert not found[0][0].startswith(("=", "+", "-", "@"))


def test_numbers_written_by_jitdesk_stay_numbers(tmp_path):
    assert safe_cell(Number(-5)) == "-5"
    assert safe_cell(-5) == "-5"
    assert safe_cell("-5") == "'-5"  # text typed by a person
    out = tmp_path / "n.csv"
    write_csv([(Number(-1250), "=1")], ["balance", "note"], out)
    assert read_back(out)[1] == ["-1250", "'=1"]


def test_unknown_kind_and_unwritable_folder(shop, tmp_path):
    with pytest.raises(ValidationError):
        export(shop, "invoices", tmp_path / "x.csv")
    with pytest.raises(ValidationError, match="cannot write"):
        export(shop, "orders", tmp_path / "missing" / "x.csv")
    assert list(tmp_path.glob("**/.jitdesk-*")) == []
