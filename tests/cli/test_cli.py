"""The command line as a user runs it: `python -m jitdesk ...` in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jitdesk import __version__

pytestmark = pytest.mark.spawns

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "import"


def jitdesk(*args: str | Path, home: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if home is not None:
        env["XDG_DATA_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "jitdesk", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("jitdesk: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "s.jitdesk"
    result = jitdesk("demo", path)
    assert result.returncode == 0, result.stderr
    assert "customer orders" in result.stdout and "ready" in result.stdout
    return path


def test_version_and_help():
    version = jitdesk("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"jitdesk {__version__}"
    help_ = jitdesk("--help")
    assert help_.returncode == 0
    for command in ("demo", "check", "import"):
        assert command in help_.stdout
    import_help = jitdesk("import", "--help")
    assert import_help.returncode == 0 and "suppliers" in import_help.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("import", "shopping-list", "x.csv"),
        ("demo",),
        ("demo", "x", "--orders", "many"),
        ("--nope",),
    ],
)
def test_usage_errors_exit_2(args):
    result = jitdesk(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_demo_then_check_exits_0_and_the_file_is_in_wal_mode(demo_file):
    result = jitdesk("check", "--shop", demo_file)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "consistent" in result.stdout
    conn = sqlite3.connect(demo_file)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_the_shop_may_be_named_before_the_command_as_the_help_shows_it(demo_file, tmp_path):
    result = jitdesk("--shop", demo_file, "check")
    assert result.returncode == 0 and "consistent" in result.stdout, result.stderr
    # given twice, the one nearer the command's own options wins
    missing = tmp_path / "missing.jitdesk"
    line = assert_one_line_error(jitdesk("--shop", demo_file, "check", "--shop", missing))
    assert str(missing) in line


def test_demo_refuses_to_overwrite(demo_file):
    before = demo_file.read_bytes()
    line = assert_one_line_error(jitdesk("demo", demo_file))
    assert "already exists" in line
    assert demo_file.read_bytes() == before


def test_check_on_a_broken_file_exits_1_and_names_the_order(demo_file, tmp_path):
    broken = tmp_path / "broken.jitdesk"
    broken.write_bytes(demo_file.read_bytes())
    conn = sqlite3.connect(broken)
    number = conn.execute(
        "SELECT number FROM customer_orders WHERE status = 'ready' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    conn.execute("UPDATE customer_orders SET status = 'open' WHERE number = ?", [number])
    conn.commit()
    conn.close()
    result = jitdesk("check", "--shop", broken)
    assert result.returncode == 1
    assert f"Order {number} is open but everything is in." in result.stdout


def test_check_on_something_that_is_not_a_shop_file(tmp_path):
    junk = tmp_path / "notes.jitdesk"
    junk.write_text("shopping list\n")
    line = assert_one_line_error(jitdesk("check", "--shop", junk))
    assert "not a jitdesk shop file" in line
    assert junk.read_text() == "shopping list\n"


def test_import_reports_every_bad_row_and_writes_nothing(demo_file, tmp_path):
    shop = tmp_path / "imp.jitdesk"
    shop.write_bytes(demo_file.read_bytes())
    conn = sqlite3.connect(shop)
    sku = conn.execute("SELECT sku FROM products ORDER BY id LIMIT 1").fetchone()[0].encode()
    before = conn.execute("SELECT COUNT(*) FROM customer_orders").fetchone()[0]
    conn.close()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(
        b"order_ref,customer_name,sku,quantity,unit_price\n"
        b"A1,Ann,NOPE,1,\n"
        b"A2,Bo," + sku + b",-2,\n"
        b"A3,Cy," + sku + b',1,"12,3x"\n'
        b"A4,Jos\xe9," + sku + b",1,\n"
        b"A5,Di," + sku + b",1,\n"
    )
    result = jitdesk("import", "orders", bad, "--shop", shop)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("jitdesk: bad.csv was not imported because 4 rows have problems")
    assert lines[1:] == [
        "  line 2: There is no product with SKU NOPE; import products first.",
        "  line 3: The quantity “-2” is negative; enter a count such as 3.",
        "  line 4: The unit_price “12,3x” is not an amount of money; write it like 12.50.",
        "  line 5: Byte 7 is not UTF-8 text; save the file as UTF-8 (in a spreadsheet: CSV UTF-8).",
    ]
    after = sqlite3.connect(shop).execute("SELECT COUNT(*) FROM customer_orders").fetchone()[0]
    assert after == before


def test_import_every_kind_into_a_new_shop_twice(tmp_path):
    from jitdesk.services.settings import create_shop

    shop = tmp_path / "new.jitdesk"
    create_shop(shop, "CLI shop").close()
    for kind in ("suppliers", "products", "offers", "customers", "orders"):
        result = jitdesk("import", kind, DATA / f"{kind}.csv", "--shop", shop)
        assert result.returncode == 0, result.stderr
        assert " created" in result.stdout
    again = jitdesk("import", "orders", DATA / "orders.csv", "--shop", shop)
    assert again.returncode == 0
    assert "0 orders created" in again.stdout and "3 already imported" in again.stdout
    assert jitdesk("check", "--shop", shop).returncode == 0


def test_the_default_shop_file_is_used_without_shop(tmp_path):
    line = assert_one_line_error(jitdesk("check", home=tmp_path))
    assert "There is no shop file at" in line
