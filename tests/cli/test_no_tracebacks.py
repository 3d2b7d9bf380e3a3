"""What used to end in a traceback ends in one sentence on stderr, exit 1, shop unchanged:
exporting onto a folder or onto a full disk, and a shop file that lacks a table."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.environment import fill_disk, one_line_error, run_jitdesk, small_disk

pytestmark = pytest.mark.spawns


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sentences") / "demo.jitdesk"
    assert run_jitdesk("demo", path, "--orders", "30").returncode == 0
    return path


@pytest.fixture
def shop_path(demo, tmp_path) -> Path:
    path = tmp_path / "velo.jitdesk"
    shutil.copyfile(demo, path)
    return path


def test_export_onto_a_folder(shop_path, tmp_path):
    before = digest(shop_path)
    sentence = one_line_error(run_jitdesk("export", "orders", tmp_path, "--shop", shop_path))
    assert sentence == (
        f"{tmp_path} is a folder; give the name of the file to write, such as "
        f"{tmp_path / 'export.csv'}."
    )
    assert digest(shop_path) == before


def test_export_onto_a_full_disk(shop_path, tmp_path):
    with small_disk(tmp_path / "disk", size="1m") as disk:
        fill_disk(disk)  # the file can be created, not written
        result = run_jitdesk("export", "orders", disk / "orders.csv", "--shop", shop_path)
        assert one_line_error(result) == (
            "The disk is full, so orders.csv was not written; free some space or choose "
            "another place."
        )
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]  # no half file


@pytest.mark.parametrize(
    "command",
    [
        ("plan",),
        ("export", "orders", "OUT"),
        ("report", "waiting"),
        ("pdf", "confirmation", "C-2026-0001", "-o", "OUT"),
        ("check",),
    ],
)
@pytest.mark.parametrize("table", ["supplier_orders", "events"])
def test_a_shop_that_lacks_a_table(shop_path, tmp_path, command, table):
    conn = sqlite3.connect(str(shop_path))
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    before = digest(shop_path)
    out = tmp_path / "out.file"
    args = [str(out) if a == "OUT" else a for a in command]
    sentence = one_line_error(run_jitdesk(*args, "--shop", shop_path))
    assert sentence == (
        f"velo.jitdesk is not a complete jitdesk shop: the table {table} is missing; "
        "restore it from a backup."
    )
    assert digest(shop_path) == before
    assert not out.exists()
