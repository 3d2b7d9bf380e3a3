"""Disk full, read-only file, file moved away: a plain ShopFileError, nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.models import CustomerInput
from jitdesk.services import customers, settings
from jitdesk.services.shop import Shop
from jitdesk.store.engine import SqliteStore
from jitdesk.store.errors import shop_file_problem


@pytest.fixture
def shop_path(tmp_path) -> Path:
    path = tmp_path / "velo.jitdesk"
    settings.create_shop(path, "Velo", "EUR").close()
    return path


def n_customers(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        conn.close()


def test_disk_full_is_a_plain_message_and_nothing_is_written(shop_path):
    shop = Shop.open(shop_path)
    pages = shop.db.execute("PRAGMA page_count").fetchone()[0]
    shop.db.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: a full disk
    with pytest.raises(ShopFileError, match="disk holding the shop file is full"):
        for i in range(5000):
            customers.add_customer(shop, CustomerInput(name=f"Customer {i} " + "x" * 150))
    assert not shop.db.conn.in_transaction
    written = shop.db["customers"].count
    shop.close()
    assert n_customers(shop_path) == written  # the refused action left no partial row


def test_read_only_file_is_a_plain_message(shop_path):
    conn = sqlite3.connect(
        shop_path.absolute().as_uri() + "?mode=ro", uri=True, isolation_level=None
    )
    shop = Shop(SqliteStore(Database(conn), shop_path))
    with pytest.raises(ShopFileError, match="cannot be written"):
        customers.add_customer(shop, CustomerInput(name="Ann"))
    shop.close()
    assert n_customers(shop_path) == 0


def test_shop_file_deleted_while_open_is_refused_instead_of_lost(shop_path):
    shop = Shop.open(shop_path)
    customers.add_customer(shop, CustomerInput(name="Before"))
    shop_path.rename(shop_path.with_name("moved.jitdesk"))
    with pytest.raises(ShopFileError, match="moved, replaced or deleted"):
        customers.add_customer(shop, CustomerInput(name="After"))
    shop.close()


def test_only_environment_errors_are_translated():
    full = sqlite3.OperationalError("database or disk is full")
    assert "full" in str(shop_file_problem(full))
    assert "read-only" in str(
        shop_file_problem(sqlite3.OperationalError("attempt to write a readonly database"))
    )
    assert shop_file_problem(sqlite3.IntegrityError("UNIQUE constraint failed: x.y")) is None
    assert shop_file_problem(ValueError("x")) is None
