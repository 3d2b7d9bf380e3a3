"""Files built to hurt an importer are refused in one sentence, fast and in little memory,
with the shop unchanged: a 2 MB workbook unpacking to 600 MB of XML, workbooks declaring XML
entities (a local file, a billion laughs), a CSV header of 100,000 columns."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from jitdesk.domain.models import SupplierInput
from jitdesk.services import catalog, settings
from tests.environment import ENV, REPO, one_line_error
from tests.hostile_files import (
    SHEET,
    csv_wide_header,
    workbook_members,
    xlsx_bomb,
    xlsx_with_entities,
)

pytestmark = pytest.mark.spawns
MAX_SECONDS = 2.0
MAX_MIB = 200
SUPPLIER = "Alpenrad"

# Runs one command in a fresh process and reports how long the command itself took and the
# process's peak memory: resource.getrusage's ru_maxrss (KiB on Linux, bytes on macOS). On
# Linux a child forked from a big pytest process starts with the parent's high-water mark in
# ru_maxrss, so there the peak of this program alone (VmHWM, reset by exec) is used.
MEASURE = """
import resource, sys, time
from jitdesk.cli import main
started = time.monotonic()
code = main(sys.argv[1:])
seconds = time.monotonic() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
mib = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
try:
    with open("/proc/self/status") as status:
        hwm = [line.split()[1] for line in status if line.startswith("VmHWM:")]
    mib = int(hwm[0]) / 1024 if hwm else mib
except OSError:
    pass
print(f"MEASURED {code} {seconds:.3f} {mib:.1f}", file=sys.stderr)
"""


def measured(*args: object) -> tuple[subprocess.CompletedProcess, float, float]:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *map(str, args)],
        cwd=REPO,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].startswith("MEASURED "), result.stderr[-3000:]
    _, code, seconds, mib = lines[-1].split()
    result.stderr = "\n".join(lines[:-1]) + "\n"
    result.returncode = int(code)
    return result, float(seconds), float(mib)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def shop_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "velo.jitdesk"
    shop = settings.create_shop(path, "Velo", "EUR")
    catalog.add_supplier(shop, SupplierInput(name=SUPPLIER, lead_time_days=3))
    shop.close()
    return path


def refused_quickly(shop_path: Path, *args: object) -> tuple[str, float, float]:
    before = digest(shop_path)
    result, seconds, mib = measured(*args, "--shop", shop_path)
    sentence = one_line_error(result) if "\n  " not in result.stderr.strip() else None
    if sentence is None:  # an import refusal: its sentence, then the line at fault
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        sentence = result.stderr.strip().splitlines()[-1].strip()
    print(f"\n{args[:2]}: refused in {seconds:.2f} s, peak {mib:.0f} MiB: {sentence}")
    assert seconds < MAX_SECONDS
    assert mib < MAX_MIB
    assert digest(shop_path) == before
    return sentence, seconds, mib


def test_a_zip_bomb_price_list_is_refused_before_it_is_unpacked(shop_path, tmp_path):
    bomb = xlsx_bomb(tmp_path / "prices.xlsx", xml_mib=600)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    sentence, _, _ = refused_quickly(
        shop_path, "import", "price-list", bomb, "--supplier", SUPPLIER
    )
    assert sentence.startswith("prices.xlsx unpacks to 600 MB, more than the 64 MB")


@pytest.mark.parametrize("kind", ["xxe", "laughs"])
def test_a_workbook_declaring_xml_entities_is_refused(shop_path, tmp_path, kind):
    book = xlsx_with_entities(tmp_path / "prices.xlsx", kind)
    sentence, _, _ = refused_quickly(
        shop_path, "import", "price-list", book, "--supplier", SUPPLIER
    )
    assert sentence.startswith("prices.xlsx declares XML entities")


@pytest.mark.parametrize("kind", ["customers", "shopify", "price-list"])
def test_a_header_of_100000_columns_is_refused_at_once(shop_path, tmp_path, kind):
    wide = csv_wide_header(tmp_path / "wide.csv", columns=100_000)
    extra = ("--supplier", SUPPLIER) if kind == "price-list" else ()
    sentence, _, _ = refused_quickly(shop_path, "import", kind, wide, *extra)
    assert "100000 columns; jitdesk reads files of up to 500 columns" in sentence


def test_a_field_longer_than_the_limit_is_one_row_problem(shop_path, tmp_path):
    long = tmp_path / "customers.csv"
    long.write_text("name,notes\nAnn," + "x" * 50_000 + "\n", encoding="utf-8")
    sentence, _, _ = refused_quickly(shop_path, "import", "customers", long)
    assert "longer than 20,000 characters" in sentence


def test_a_sheet_that_lies_about_its_size_is_read_as_it_is(shop_path, tmp_path):
    members = workbook_members([["Supplier SKU", "Unit cost"], ["X-1", 1]])
    members[SHEET] = members[SHEET].replace(b'ref="A1:B2"', b'ref="A1:XFD1048576"')
    book = tmp_path / "prices.xlsx"
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    result, seconds, mib = measured(
        "import", "price-list", book, "--supplier", SUPPLIER, "--shop", shop_path
    )
    assert seconds < MAX_SECONDS and mib < MAX_MIB
    assert result.returncode == 0, result.stderr
    assert "1 row for a product the shop does not sell" in result.stdout
