"""`jitdesk move-to-server` and `jitdesk backup --shop postgresql://…` as a person runs them."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import assert_one_line_error, jitdesk
from tests.demo.demo_shops import write_demo
from tests.pg_server import import_psycopg

psycopg = import_psycopg()

pytestmark = pytest.mark.spawns


@pytest.fixture(scope="module")
def small_shop(tmp_path_factory):
    path, _summary = write_demo(tmp_path_factory.mktemp("cli-transfer"), orders=60)
    return path


def test_move_then_back_up_then_check(small_shop, pg, pg_db, tmp_path):
    address = pg.url(pg_db)
    moved = jitdesk("move-to-server", small_shop, address)
    assert moved.returncode == 0, moved.stderr
    lines = moved.stdout.splitlines()
    assert lines[-1].startswith("demo.jitdesk was copied to postgresql://")
    assert "each table with as many rows in the copy as in the shop" in lines[-1]
    counts = dict(line.split() for line in lines[:-1])
    assert counts["customer_orders"] == "60" and len(counts) > 30

    backup = tmp_path / "from-server.jitdesk"
    backed_up = jitdesk("backup", backup, "--shop", address)
    assert backed_up.returncode == 0, backed_up.stderr
    assert dict(line.split() for line in backed_up.stdout.splitlines()[:-1]) == counts
    assert str(backup) in backed_up.stdout.splitlines()[-1]

    checked = jitdesk("check", "--shop", backup)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == "The shop file is consistent."
    on_server = jitdesk("check", "--shop", address)
    assert on_server.returncode == 0, on_server.stdout + on_server.stderr
    assert on_server.stdout.strip() == "The shop on the server is consistent."

    again = jitdesk("move-to-server", small_shop, address)
    assert "already holds a shop" in assert_one_line_error(again)
    kept = jitdesk("backup", backup, "--shop", address)
    assert "from-server.jitdesk already exists" in assert_one_line_error(kept)


def test_a_database_with_other_tables_is_refused_with_one_sentence(small_shop, pg, pg_db):
    with psycopg.connect(pg.url(pg_db), autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id BIGINT)")
    refused = jitdesk("move-to-server", small_shop, pg.url(pg_db))
    assert "already holds tables" in assert_one_line_error(refused)


def test_addresses_and_files_that_cannot_be_used_exit_1(small_shop, pg, pg_db, tmp_path):
    no_database = jitdesk("move-to-server", small_shop, pg.url("no_such_shop"))
    assert "has no database" in assert_one_line_error(no_database)
    not_an_address = jitdesk("move-to-server", small_shop, "http://db/shop")
    assert "is not a PostgreSQL shop address" in assert_one_line_error(not_an_address)
    no_file = jitdesk("move-to-server", tmp_path / "missing.jitdesk", pg.url(pg_db))
    assert "There is no shop file" in assert_one_line_error(no_file)
    wrong = jitdesk("backup", tmp_path / "b.jitdesk", "--shop", pg.url(pg_db, password="wrong"))
    assert "refused the password" in assert_one_line_error(wrong)


def test_move_to_server_without_an_address_is_a_usage_error(small_shop):
    result = jitdesk("move-to-server", small_shop)
    assert result.returncode == 2 and "usage:" in result.stderr
