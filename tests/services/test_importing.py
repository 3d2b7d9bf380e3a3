"""CSV import: every kind, idempotence, all-or-nothing, and every kind of bad row."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from pathlib import Path

import pytest

from jitdesk.services.importing import ImportRejected, import_file
from jitdesk.services.settings import create_shop
from jitdesk.services.shop import Shop

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
TABLES = (
    "suppliers",
    "products",
    "offers",
    "offer_costs",
    "customers",
    "customer_orders",
    "customer_order_lines",
    "payments",
    "events",
)
KIND_ORDER = ("suppliers", "products", "offers", "customers", "orders")


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.jitdesk"
    create_shop(path, "Test shop").close()
    shop = Shop.open(path, clock=lambda: NOW)
    yield shop
    shop.close()


@pytest.fixture
def catalog_shop(shop):
    """Suppliers, products and offers from the sample files."""
    for kind in ("suppliers", "products", "offers"):
        import_file(shop, kind, DATA / f"{kind}.csv")
    return shop


def counts(shop: Shop) -> dict[str, int]:
    return {t: shop.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def write(tmp_path: Path, text: str | bytes, name: str = "in.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def rejected(shop, kind, path) -> list[str]:
    before = counts(shop)
    with pytest.raises(ImportRejected) as info:
        import_file(shop, kind, path)
    assert counts(shop) == before, "a refused import must write nothing"
    message = str(info.value)
    assert "\n" not in message and message.endswith(".")
    return [str(e) for e in info.value.errors]


# --- each kind imported ------------------------------------------------------------------------


def test_every_sample_file_imports_and_the_values_arrive(shop):
    results = {kind: import_file(shop, kind, DATA / f"{kind}.csv") for kind in KIND_ORDER}
    assert {k: r.created for k, r in results.items()} == {
        "suppliers": 2,
        "products": 4,
        "offers": 5,
        "customers": 4,
        "orders": 3,
    }
    db = shop.db
    lodz = db.execute("SELECT * FROM suppliers WHERE name LIKE 'Łódzka%'").fetchone()
    assert (lodz["lead_time_days"], lodz["delivery_weekdays"], lodz["min_order_value"]) == (
        9,
        "2,4",
        0,
    )
    housing = db.execute("SELECT * FROM products WHERE sku = 'HSG-BRK'").fetchone()
    assert (housing["sale_price"], housing["unit"]) == (240, "m")  # "2,40" -> 240 cents
    preferred = db.execute(
        "SELECT s.name FROM offers o JOIN suppliers s ON s.id = o.supplier_id"
        " JOIN products p ON p.id = o.product_id WHERE p.sku = 'TUB-700-28' AND o.preferred = 1"
    ).fetchall()
    assert [r[0] for r in preferred] == ["Alpenrad Distribution GmbH"]
    assert db.execute("SELECT name FROM customers WHERE email = 'eleni@example.org'").fetchone()[
        0
    ] == ("Ελένη Οικονόμου")
    assert "orders" in results["orders"].summary()


def test_orders_become_customer_orders_with_lines_deposit_and_customer(catalog_shop):
    shop = catalog_shop
    import_file(shop, "customers", DATA / "customers.csv")
    result = import_file(shop, "orders", DATA / "orders.csv")
    assert (result.created, result.lines, result.new_customers) == (3, 5, 1)  # only Çağrı is new
    order = shop.db.execute(
        "SELECT * FROM customer_orders WHERE channel = 'import' AND external_ref = 'WEB-1001'"
    ).fetchone()
    assert order["order_date"] == "2026-11-20"
    assert order["status"] == "open" and order["number"].startswith("C-2026-")
    lines = shop.db.execute(
        "SELECT p.sku, l.quantity, l.unit_price FROM customer_order_lines l"
        " JOIN products p ON p.id = l.product_id WHERE l.order_id = ? ORDER BY l.line_no",
        [order["id"]],
    ).fetchall()
    assert [tuple(r) for r in lines] == [("TUB-700-28", 2, 890), ("CHN-11S", 1, 3200)]
    deposit = shop.db.execute(
        "SELECT amount, kind FROM payments WHERE order_id = ?", [order["id"]]
    ).fetchall()
    assert [tuple(r) for r in deposit] == [(500, "deposit")]
    juergen = shop.db.execute(
        "SELECT COUNT(*) FROM customers WHERE email = 'juergen.mueller@example.com'"
    ).fetchone()[0]
    assert juergen == 1, "the existing customer is reused, not duplicated"


def test_bom_semicolons_and_header_case_are_accepted(shop, tmp_path):
    text = "\ufeffSKU;Product Name;NAME;Sale_Price\nA-1;ignored;Bell;4,50\n"
    result = import_file(shop, "products", write(tmp_path, text.encode("utf-8")))
    assert result.created == 1
    assert result.ignored_columns == ("product_name",)
    row = shop.db.execute("SELECT name, sale_price FROM products WHERE sku = 'A-1'").fetchone()
    assert tuple(row) == ("Bell", 450)


def test_a_bom_file_from_a_spreadsheet_imports(shop, tmp_path):
    raw = codecs.BOM_UTF8 + "name,email\r\nZoé Lefèvre,zoe@example.com\r\n".encode()
    assert import_file(shop, "customers", write(tmp_path, raw)).created == 1
    assert shop.db.execute("SELECT name FROM customers").fetchone()[0] == "Zoé Lefèvre"


# --- idempotence ---------------------------------------------------------------------------------


def test_importing_every_file_twice_creates_nothing_new(shop):
    for kind in KIND_ORDER:
        import_file(shop, kind, DATA / f"{kind}.csv")
    before = counts(shop)
    again = [import_file(shop, kind, DATA / f"{kind}.csv") for kind in KIND_ORDER]
    assert counts(shop) == before
    assert all(r.created == 0 and r.updated == 0 for r in again)
    assert again[-1].skipped == 3


def test_a_changed_row_updates_only_that_record(catalog_shop, tmp_path):
    shop = catalog_shop
    text = (DATA / "products.csv").read_text(encoding="utf-8").replace("34.99", "36.50")
    result = import_file(shop, "products", write(tmp_path, text))
    assert (result.created, result.updated, result.skipped) == (0, 1, 3)
    price = shop.db.execute("SELECT sale_price FROM products WHERE sku = 'CHN-11S'").fetchone()[0]
    assert price == 3650


def test_a_cost_change_is_kept_in_the_offer_history(catalog_shop, tmp_path):
    shop = catalog_shop
    text = (DATA / "offers.csv").read_text(encoding="utf-8").replace("17.20", "18.00")
    assert import_file(shop, "offers", write(tmp_path, text)).updated == 1
    costs = shop.db.execute(
        "SELECT c.unit_cost FROM offer_costs c JOIN offers o ON o.id = c.offer_id"
        " WHERE o.supplier_sku = 'AR-CN11' ORDER BY c.id"
    ).fetchall()
    assert [r[0] for r in costs] == [1720, 1800]


# --- bad input: every kind of refused row --------------------------------------------------------

ORDER_HEADER = "order_ref,order_date,customer_name,sku,quantity,unit_price,deposit\n"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("R1,2026-11-20,Ann,NOPE-1,1,,", "There is no product with SKU NOPE-1"),
        ("R1,2026-11-20,Ann,CHN-11S,-2,,", "negative"),
        ("R1,2026-11-20,Ann,CHN-11S,two,,", "“two” is not a whole number"),
        ("R1,2026-11-20,Ann,CHN-11S,1.5,,", "“1.5” is not a whole number"),
        ("R1,2026-11-20,Ann,CHN-11S,0,,", "at least 1"),
        ('R1,2026-11-20,Ann,CHN-11S,1,"12,3x",', "“12,3x” is not an amount of money"),
        ("R1,2026-11-20,Ann,CHN-11S,1,,-5", "deposit must not be negative"),
        ("R1,20.11.2026,Ann,CHN-11S,1,,", "is not a date"),
        ("R1,2027-01-01,Ann,CHN-11S,1,,", "in the future"),
        ("R1,2026-11-20,,CHN-11S,1,,", "customer_name is empty"),
        ("R1,2026-11-20,Ann,CHN-11S,1,12,50,", "put values that contain a comma in double quotes"),
        ("R1,2026-11-20,Ann,CHN-11S,1,10.00,99", "deposit of order R1 is more than its total"),
    ],
)
def test_a_bad_order_row_is_reported_with_its_line_number(catalog_shop, tmp_path, row, expected):
    good = "R0,2026-11-20,Bo,TUB-700-28,1,,\n"
    errors = rejected(catalog_shop, "orders", write(tmp_path, ORDER_HEADER + good + row + "\n"))
    assert len(errors) == 1
    assert errors[0].startswith("line 3: ")
    assert expected in errors[0]


def test_a_product_without_offer_cannot_be_ordered(shop, tmp_path):
    import_file(shop, "products", DATA / "products.csv")
    errors = rejected(shop, "orders", write(tmp_path, ORDER_HEADER + "R1,,Ann,CHN-11S,1,,\n"))
    assert errors == [
        "line 2: Product CHN-11S has no supplier offer; import an offer for it first."
    ]


def test_missing_columns_give_one_message_for_the_file(catalog_shop, tmp_path):
    errors = rejected(catalog_shop, "orders", write(tmp_path, "order_ref,sku\nR1,CHN-11S\n"))
    assert len(errors) == 1
    assert errors[0].startswith("line 1: The file has no column customer_name, quantity")


def test_undecodable_bytes_are_reported_on_their_line(catalog_shop, tmp_path):
    raw = (ORDER_HEADER + "R1,,Ann,CHN-11S,1,,\n").encode() + b"R2,,Jos\xe9,CHN-11S,1,,\n"
    errors = rejected(catalog_shop, "orders", write(tmp_path, raw))
    assert len(errors) == 1
    assert errors[0].startswith("line 3: Byte 8 is not UTF-8 text")


def test_an_empty_file_is_refused(shop, tmp_path):
    errors = rejected(shop, "customers", write(tmp_path, "\n\n"))
    assert errors == ["line 1: The file is empty; the first line must name the columns."]


def test_every_refused_row_is_listed_not_just_the_first(catalog_shop, tmp_path):
    text = (
        ORDER_HEADER
        + "R1,,Ann,NOPE,1,,\n"
        + "R2,,Bo,CHN-11S,x,,\n"
        + "R3,,Cy,CHN-11S,1,,\n"  # fine
        + "R4,,Di,CHN-11S,1,1.2.3,\n"
    )
    errors = rejected(catalog_shop, "orders", write(tmp_path, text))
    assert [e.split(":")[0] for e in errors] == ["line 2", "line 3", "line 5"]


def test_duplicate_keys_within_a_file_are_refused(shop, tmp_path):
    text = "sku,name\nA-1,Bell\nA-2,Lock\nA-1,Bell again\n"
    errors = rejected(shop, "products", write(tmp_path, text))
    assert errors == ["line 4: SKU A-1 appears again (first on line 2)."]


def test_the_same_sku_twice_in_one_order_is_refused(catalog_shop, tmp_path):
    text = ORDER_HEADER + "R1,,Ann,CHN-11S,1,,\nR1,,,CHN-11S,2,,\n"
    errors = rejected(catalog_shop, "orders", write(tmp_path, text))
    assert errors[0].startswith("line 3: SKU CHN-11S appears again in order R1 (first on line 2)")


def test_order_columns_must_agree_across_the_rows_of_one_order(catalog_shop, tmp_path):
    text = ORDER_HEADER + "R1,2026-11-20,Ann,CHN-11S,1,,5\nR1,2026-11-21,,TUB-700-28,1,,\n"
    errors = rejected(catalog_shop, "orders", write(tmp_path, text))
    assert errors == ["line 3: The order_date differs from the first row of order R1 (line 2)."]
    text = ORDER_HEADER + "R1,2026-11-20,Ann,CHN-11S,1,,5\nR1,,,TUB-700-28,1,,7\n"
    errors = rejected(catalog_shop, "orders", write(tmp_path, text))
    assert "belongs on its first row" in errors[0]


def test_offers_need_known_products_and_suppliers_and_one_preferred(catalog_shop, tmp_path):
    header = "sku,supplier,unit_cost,preferred\n"
    text = (
        header
        + "NOPE,Alpenrad Distribution GmbH,1.00,\n"
        + "CHN-11S,Nobody Ltd,1.00,\n"
        + "DBP-B01S,Alpenrad Distribution GmbH,2.00,yes\n"
        + "DBP-B01S,Łódzka Hurtownia Rowerowa,2.00,yes\n"
        + "HSG-BRK,Alpenrad Distribution GmbH,2.00,maybe\n"
    )
    errors = rejected(catalog_shop, "offers", write(tmp_path, text))
    assert "There is no product with SKU NOPE" in errors[0]
    assert "There is no supplier named Nobody Ltd" in errors[1]
    assert errors[2].startswith("line 5: SKU DBP-B01S is already marked preferred")
    assert errors[3].startswith("line 6: The preferred “maybe” must be yes or no")


def test_bad_values_in_catalog_files_are_refused(shop, tmp_path):
    errors = rejected(
        shop,
        "products",
        write(tmp_path, "sku,name,sale_price,barcode\nA,Bell,€4,\nB,Lock,4,12AB\n"),
    )
    assert "not an amount of money" in errors[0] and errors[0].startswith("line 2")
    assert "barcode" in errors[1] and errors[1].startswith("line 3")
    errors = rejected(
        shop,
        "suppliers",
        write(tmp_path, "name,lead_time_days,delivery_weekdays\nA,soon,\nB,3,Funday\n"),
    )
    assert [e[:6] for e in errors] == ["line 2", "line 3"]
    errors = rejected(shop, "customers", write(tmp_path, "name,email\nAnn,not-an-email\n"))
    assert "is not an email address" in errors[0]


def test_a_late_bad_row_keeps_earlier_good_orders_out(catalog_shop, tmp_path):
    """All or nothing: 50 good orders followed by one bad row write nothing at all."""
    rows = [f"G{i},2026-11-20,Customer {i},CHN-11S,1,," for i in range(50)]
    rows.append("BAD,2026-11-20,Zed,CHN-11S,1,abc,")
    errors = rejected(catalog_shop, "orders", write(tmp_path, ORDER_HEADER + "\n".join(rows)))
    assert errors == [
        "line 52: The unit_price “abc” is not an amount of money; write it like 12.50."
    ]


def test_an_unknown_kind_or_missing_file_is_a_plain_error(shop, tmp_path):
    from jitdesk.domain.errors import JitdeskError

    with pytest.raises(JitdeskError, match="cannot import"):
        import_file(shop, "shopify-x", tmp_path / "x.csv")
    with pytest.raises(JitdeskError, match="cannot be read"):
        import_file(shop, "products", tmp_path / "missing.csv")


def test_a_few_thousand_order_rows_import_quickly(catalog_shop, tmp_path):
    import time

    skus = ["TUB-700-28", "CHN-11S", "DBP-B01S", "HSG-BRK"]
    rows = [
        f"Q{i},2026-11-{1 + i % 24:02d},Customer {i % 300},{sku},{1 + i % 3},,"
        for i in range(1500)
        for sku in skus[i % 3 : i % 3 + 2]
    ]
    path = write(tmp_path, ORDER_HEADER + "\n".join(rows) + "\n")
    start = time.perf_counter()
    result = import_file(catalog_shop, "orders", path)
    elapsed = time.perf_counter() - start
    assert (result.created, result.lines) == (1500, 3000)
    assert elapsed < 10, f"3,000 order rows took {elapsed:.1f} s"


def test_a_customer_list_without_a_language_column_keeps_each_customers_language(shop, tmp_path):
    first = "name,email,phone,language\nZoé Lefèvre,zoe@example.fr,,fr\n"
    import_file(shop, "customers", write(tmp_path, first))
    result = import_file(
        shop,
        "customers",
        write(tmp_path, "name,email,phone\nZoé Lefèvre,zoe@example.fr,+33 1 23\n"),
    )
    assert result.updated == 1
    row = shop.db.execute("SELECT phone, language FROM customers").fetchone()
    assert tuple(row) == ("+33 1 23", "fr")
