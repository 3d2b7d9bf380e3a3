"""The shop schema on a real PostgreSQL server equals a shop file's, and its version guards it."""

from __future__ import annotations

import dataclasses

import pytest

from tests.pg_server import import_psycopg

psycopg = import_psycopg()

from jitdesk.store import connection, pg_schema, schema  # noqa: E402
from jitdesk.store.pg_errors import ServerShopError  # noqa: E402
from tests.store.pg.catalogs import pg_shape, sqlite_shape  # noqa: E402

pytestmark = pytest.mark.spawns


@pytest.fixture
def server_db(pg, pg_db):
    with psycopg.connect(pg.url(pg_db), autocommit=True) as conn:
        yield conn


@pytest.fixture(scope="module")
def file_shape(tmp_path_factory):
    db = connection.open_database(tmp_path_factory.mktemp("file") / "shop.jitdesk", create=True)
    try:
        return sqlite_shape(db.conn)
    finally:
        db.conn.close()


def test_a_migrated_server_database_has_the_shop_files_schema(server_db, file_shape):
    assert pg_schema.migrate(server_db) == len(schema.known_migration_names())
    server = pg_shape(server_db)
    for part in ("columns", "keys", "foreign_keys", "indexes", "triggers"):
        assert getattr(server, part) == getattr(file_shape, part), part
    assert len(server.columns) > 30 and len(server.indexes) > 40 and server.triggers
    assert pg_schema.stored_version(server_db) == schema.SCHEMA_VERSION


def test_migrating_again_changes_nothing(server_db):
    pg_schema.migrate(server_db)
    server_db.execute("INSERT INTO customers (name, created_at) VALUES ('Ana', '2026-01-01')")
    before = pg_shape(server_db)
    assert pg_schema.migrate(server_db) == schema.SCHEMA_VERSION
    assert pg_shape(server_db) == before
    assert server_db.execute("SELECT name FROM customers").fetchall() == [("Ana",)]


def test_a_database_of_a_newer_jitdesk_is_refused_untouched(server_db):
    pg_schema.migrate(server_db)
    newer = schema.SCHEMA_VERSION + 1
    server_db.execute("UPDATE jitdesk_schema SET version = %s", (newer,))
    before = pg_shape(server_db)
    with pytest.raises(ServerShopError, match="newer jitdesk") as refused:
        pg_schema.migrate(server_db)
    assert str(newer) in str(refused.value)
    assert pg_shape(server_db) == before
    assert pg_schema.stored_version(server_db) == newer


def test_a_database_with_other_tables_is_not_made_a_shop(server_db):
    server_db.execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")
    with pytest.raises(ServerShopError, match="not a jitdesk shop"):
        pg_schema.migrate(server_db)
    assert pg_schema.stored_version(server_db) is None
    assert [
        t
        for (t,) in server_db.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    ] == ["invoices"]


def test_a_failed_step_leaves_the_database_at_the_version_before(server_db, monkeypatch):
    plan = list(pg_schema.server_migrations())
    broken = dataclasses.replace(plan[1], statements=(*plan[1].statements, "SELECT 1/0"))
    monkeypatch.setattr(pg_schema, "server_migrations", lambda: (plan[0], broken, *plan[2:]))
    with pytest.raises(psycopg.errors.DivisionByZero):
        pg_schema.migrate(server_db)
    assert pg_schema.stored_version(server_db) == 1
    assert server_db.execute("SELECT to_regclass('smtp_settings')").fetchone() == (None,)


def test_the_triggers_keep_stock_totals_and_search_keys_on_the_server(server_db):
    pg_schema.migrate(server_db)
    run = server_db.execute
    run("INSERT INTO suppliers (name) VALUES ('Acme')")
    run("INSERT INTO products (sku, name) VALUES ('B-1', 'Bell')")
    run(
        "INSERT INTO supplier_orders (number, supplier_id, created_at, updated_at)"
        " VALUES ('P-2026-0001', 1, 'now', 'now')"
    )
    run(
        "INSERT INTO supplier_order_lines (supplier_order_id, line_no, product_id, unit_cost,"
        " quantity) VALUES (1, 1, 1, 100, 5)"
    )
    run("INSERT INTO receipts (supplier_order_id, received_on, created_at) VALUES (1, 'd', 'n')")
    for quantity in (3, 2):
        run(
            "INSERT INTO receipt_lines (receipt_id, supplier_line_id, product_id, quantity)"
            " VALUES (1, 1, 1, %s)",
            (quantity,),
        )
    run("INSERT INTO write_offs (product_id, quantity, reason, written_at) VALUES (1, 1, 'x', 'n')")
    run("DELETE FROM receipt_lines WHERE quantity = 2")
    totals = run("SELECT receipt_lines, received, allocated, written_off FROM stock_totals")
    assert totals.fetchall() == [(1, 3, 0, 1)]
    run("INSERT INTO customers (name, created_at, name_key) VALUES ('Ana', 'n', 'ana')")
    run("UPDATE customers SET name = 'Anna'")
    assert run("SELECT name_key FROM customers").fetchall() == [(None,)]
