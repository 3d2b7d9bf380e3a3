"""Diagnoses tell the truth: a read-only folder and a full disk are named as such, and
"damaged" is said only when SQLite finds the file itself corrupt."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.models import CustomerInput
from jitdesk.services import customers, settings
from jitdesk.services.shop import Shop
from jitdesk.store.errors import says_damaged
from tests.environment import (
    fill_disk,
    one_line_error,
    read_only_folder,
    run_jitdesk,
    small_disk,
    unprivileged_prefix,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
READ_ONLY = (
    "jitdesk cannot write next to the shop file velo.jitdesk (folder read-only), so it can only "
    "be read there; copy it to a folder you may write to to change it."
)
FULL = "The disk holding the shop file velo.jitdesk is full; free some space and try again."


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_shop(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shop = settings.create_shop(path, "Velo", "EUR")
    for name in ("Ann", "Bob"):
        customers.add_customer(shop, CustomerInput(name=name))
    shop.close()
    return path


@pytest.mark.spawns
def test_a_shop_in_a_read_only_folder_is_read_but_not_written(tmp_path):
    prefix = unprivileged_prefix()
    shop_path = make_shop(tmp_path / "shop" / "velo.jitdesk")
    before = digest(shop_path)
    out = tmp_path / "orders.csv"
    with read_only_folder(shop_path.parent):
        check = run_jitdesk("check", "--shop", shop_path, prefix=prefix)
        report = run_jitdesk("report", "waiting", "--shop", shop_path, prefix=prefix)
        export = run_jitdesk("export", "customers", out, "--shop", shop_path, prefix=prefix)
        plan = run_jitdesk("plan", "--shop", shop_path, prefix=prefix)
        refused = [
            run_jitdesk(
                "import", "customers", DATA / "customers.csv", "--shop", shop_path, prefix=prefix
            ),
            run_jitdesk("plan", "--commit", "--shop", shop_path, prefix=prefix),
        ]
        listed = sorted(p.name for p in shop_path.parent.iterdir())
    assert check.returncode == 0, check.stderr
    assert "consistent" in check.stdout
    assert report.returncode == 0, report.stderr
    assert export.returncode == 0, export.stderr
    assert "Ann" in out.read_text(encoding="utf-8-sig")
    assert plan.returncode == 0, plan.stderr
    for result in refused:
        assert one_line_error(result) == READ_ONLY
    assert digest(shop_path) == before
    assert listed == ["velo.jitdesk", "velo.jitdesk-lock"]


@pytest.mark.spawns
def test_a_full_disk_is_named_not_called_damaged(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        shop_path = make_shop(disk / "velo.jitdesk")
        fill_disk(disk)
        before = digest(shop_path)
        for args in (
            ("check",),
            ("report", "waiting"),
            ("import", "customers", DATA / "customers.csv"),
            ("plan", "--commit"),
        ):
            assert one_line_error(run_jitdesk(*args, "--shop", shop_path)) == FULL
        assert digest(shop_path) == before
        with pytest.raises(ShopFileError, match="is full"):
            Shop.open(shop_path)


def test_damaged_only_when_sqlite_says_the_file_is_corrupt():
    def error(code: str, text: str) -> sqlite3.DatabaseError:
        exc = sqlite3.DatabaseError(text)
        exc.sqlite_errorname = code
        return exc

    assert says_damaged(error("SQLITE_CORRUPT", "database disk image is malformed"))
    assert says_damaged(error("SQLITE_NOTADB", "file is not a database"))
    assert not says_damaged(error("SQLITE_IOERR_SHMSIZE", "disk I/O error"))
    assert not says_damaged(error("SQLITE_CANTOPEN", "unable to open database file"))
    assert not says_damaged(error("SQLITE_READONLY_DIRECTORY", "readonly database"))


@pytest.mark.spawns
def test_an_empty_file_is_called_empty(tmp_path):
    path = tmp_path / "velo.jitdesk"
    path.touch()
    with pytest.raises(ShopFileError) as refused:
        Shop.open(path)
    assert str(refused.value).startswith("velo.jitdesk is empty (0 bytes)")
    assert path.stat().st_size == 0
    result = run_jitdesk("check", "--shop", path)
    assert one_line_error(result).startswith("velo.jitdesk is empty (0 bytes)")
