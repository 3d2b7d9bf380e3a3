"""A shop file moved onto a real PostgreSQL server and backed up from it again comes back row
for row; a move keeps nothing when it cannot finish, and never touches a database in use."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, time

import pytest

from tests.pg_server import import_psycopg

psycopg = import_psycopg()

from jitdesk.domain.clock import fixed_clock  # noqa: E402
from jitdesk.domain.errors import ShopFileError  # noqa: E402
from jitdesk.services import server_move  # noqa: E402
from jitdesk.services.check import check_shop  # noqa: E402
from jitdesk.services.shop import Shop  # noqa: E402
from jitdesk.store import pg_schema, pg_transfer  # noqa: E402
from jitdesk.store.pg_errors import ServerShopError  # noqa: E402
from tests.demo.demo_shops import TODAY, write_demo  # noqa: E402
from tests.environment import REPO  # noqa: E402

pytestmark = pytest.mark.spawns

TOTALS = ("stock_totals", "supplier_order_units", "receipt_units", "offer_receipt_costs")
ODD_TEXT = 'O\'Brien "Ölkanne"\n\ttab \\N back\\slash \u20b9 \U0001f6b2 \u0416\r\nend'
LOGO = bytes(range(256)) + b"\x00\\x00"
BIG = 2**63 - 1


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The 400-order demo shop, with values that are easy to get wrong added to it."""
    path, _summary = write_demo(tmp_path_factory.mktemp("transfer"))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE shop SET logo = ?, doc_footer = ?", (LOGO, ODD_TEXT))
        conn.execute(
            "INSERT INTO customers (name, notes, created_at) VALUES (?, ?, '2026-11-01')",
            (ODD_TEXT, ""),
        )
        conn.execute("INSERT INTO counters (kind, year, last) VALUES ('X', 2026, ?)", (BIG,))
        # a product merged into one with a higher id: the reference points forward
        first, last = conn.execute("SELECT min(id), max(id) FROM products").fetchone()
        conn.execute("UPDATE products SET merged_into = ? WHERE id = ?", (last, first))
    conn.close()
    return path


@pytest.fixture
def shop_file(demo_file, tmp_path):
    copy = tmp_path / "shop.jitdesk"
    shutil.copy(demo_file, copy)
    return copy


@pytest.fixture
def address(pg, pg_db):
    return pg.url(pg_db)


@pytest.fixture
def server(address):
    with psycopg.connect(address, autocommit=True) as conn:
        yield conn


def file_rows(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            t.name: conn.execute(
                f"SELECT * FROM {t.name} ORDER BY {', '.join(t.columns)}"
            ).fetchall()
            for t in pg_transfer.shop_tables()
        }
    finally:
        conn.close()


def server_rows(conn, table: str) -> list[tuple]:
    columns = next(t.columns for t in pg_transfer.shop_tables() if t.name == table)
    return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()


def file_table(path, table: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def is_empty(conn) -> bool:
    return not pg_schema.has_tables(conn)


def test_a_shop_moved_to_the_server_and_backed_up_comes_back_row_for_row(
    shop_file, address, server, tmp_path
):
    moved = server_move.move_to_server(shop_file, address)
    counts = dict(moved.counts)
    assert counts["customer_orders"] == 400 and moved.rows > 1000
    assert pg_transfer.server_row_counts(server) == counts
    assert server.execute("SELECT logo, doc_footer FROM shop").fetchone() == (LOGO, ODD_TEXT)
    assert server.execute("SELECT last FROM counters WHERE kind = 'X'").fetchone() == (BIG,)

    dest = tmp_path / "back.jitdesk"
    backed_up = server_move.backup_server(address, dest)
    assert dict(backed_up.counts) == counts
    assert file_rows(dest) == file_rows(shop_file)
    assert (
        not list(tmp_path.glob(".*jitdesk-tmp*")) and not (tmp_path / "back.jitdesk-wal").exists()
    )

    shop = Shop.open(dest, clock=lambda: datetime.combine(TODAY, time(12)).astimezone())
    try:
        assert check_shop(shop) == []
    finally:
        shop.close()


def test_running_totals_are_copied_once_and_kept_again_after_the_move(shop_file, address, server):
    server_move.move_to_server(shop_file, address)
    for table in TOTALS:
        assert server_rows(server, table) == file_table(shop_file, table), table
    product, written_off = server.execute(
        "SELECT product_id, written_off FROM stock_totals ORDER BY product_id LIMIT 1"
    ).fetchone()
    server.execute(
        "INSERT INTO write_offs (product_id, quantity, reason, written_at) VALUES (%s, 3, 'x', 'n')",
        (product,),
    )
    after = server.execute(
        "SELECT written_off FROM stock_totals WHERE product_id = %s", (product,)
    ).fetchone()
    assert after == (written_off + 3,)


def test_new_rows_on_the_server_get_ids_after_the_copied_ones(shop_file, address, server):
    server_move.move_to_server(shop_file, address)
    highest = max(row[0] for row in file_table(shop_file, "customers"))
    added = server.execute(
        "INSERT INTO customers (name, created_at) VALUES ('New', 'n') RETURNING id"
    ).fetchone()
    assert added == (highest + 1,)


def test_a_database_with_tables_is_refused_and_left_as_it_was(shop_file, address, server):
    server.execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")
    server.execute("INSERT INTO invoices VALUES (7)")
    with pytest.raises(ServerShopError, match="already holds tables; .* empty database"):
        server_move.move_to_server(shop_file, address)
    tables = server.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    assert tables.fetchall() == [("invoices",)]
    assert server.execute("SELECT * FROM invoices").fetchall() == [(7,)]


def test_a_database_that_is_already_a_shop_is_refused_untouched(shop_file, address, server):
    server_move.move_to_server(shop_file, address)
    server.execute("DELETE FROM events")
    before = pg_transfer.server_row_counts(server)
    with pytest.raises(ServerShopError, match="already holds a shop"):
        server_move.move_to_server(shop_file, address)
    assert pg_transfer.server_row_counts(server) == before


def test_a_value_the_server_refuses_mid_copy_leaves_the_database_empty(shop_file, address, server):
    conn = sqlite3.connect(shop_file)
    with conn:  # write_offs is among the last tables copied: most rows are in by then
        conn.execute(
            "UPDATE write_offs SET reason = ? WHERE id = (SELECT max(id) FROM write_offs)",
            ("broken\x00",),
        )
    conn.close()
    assert [t.name for t in pg_transfer.shop_tables()].index("write_offs") > 20
    with pytest.raises(
        ServerShopError, match="table write_offs holds a value the server refuses"
    ) as refused:
        server_move.move_to_server(shop_file, address)
    assert "\n" not in str(refused.value) and "nothing was kept" in str(refused.value)
    assert is_empty(server)


def test_a_row_the_server_refuses_at_the_end_of_a_table_leaves_the_database_empty(
    shop_file, address, server
):
    """A reference to a row that is not there (the file was written with its keys off) is
    refused by the server's foreign key check after most tables are in."""
    conn = sqlite3.connect(shop_file)
    with conn:
        conn.execute(
            "UPDATE payments SET order_id = 999999 WHERE id = (SELECT min(id) FROM payments)"
        )
    conn.close()
    with pytest.raises(ServerShopError, match="table payments .*nothing was kept"):
        server_move.move_to_server(shop_file, address)
    assert is_empty(server)


def test_counts_that_differ_are_refused_and_nothing_is_kept(
    shop_file, address, server, monkeypatch
):
    real = pg_transfer.server_row_counts

    def one_short(conn):
        counts = real(conn)
        counts["customers"] -= 1
        return counts

    monkeypatch.setattr(pg_transfer, "server_row_counts", one_short)
    with pytest.raises(ServerShopError, match=r"customers \(\d+/\d+\).*nothing was kept"):
        server_move.move_to_server(shop_file, address)
    assert is_empty(server)


def test_a_file_that_is_not_a_shop_is_refused_before_the_server_is_touched(
    tmp_path, address, server
):
    not_a_shop = tmp_path / "notes.jitdesk"
    not_a_shop.write_text("hello")
    with pytest.raises(ShopFileError, match="not a jitdesk shop file"):
        server_move.move_to_server(not_a_shop, address)
    assert is_empty(server)


def test_a_shop_file_of_a_newer_jitdesk_is_refused(shop_file, address, server):
    conn = sqlite3.connect(shop_file)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('jitdesk', 'm999_future', '2030-01-01')"
        )
    conn.close()
    with pytest.raises(ShopFileError, match="newer jitdesk"):
        server_move.move_to_server(shop_file, address)
    assert is_empty(server)


def test_the_file_may_be_written_by_the_app_while_it_is_moved(shop_file, address, server):
    """The copy reads one state of the file: a write that lands after the move began is not
    half in it (the counts on both sides are those of that one state)."""
    writer = Shop.open(shop_file)
    try:
        before = pg_transfer.file_row_counts(writer.db.conn)
        real = pg_transfer._move

        def write_meanwhile(file, conn, where, counts, progress):
            writer.db.conn.execute(
                "INSERT INTO customers (name, created_at) VALUES ('Late', '2026-11-25')"
            )
            return real(file, conn, where, counts, progress)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pg_transfer, "_move", write_meanwhile)
            moved = server_move.move_to_server(shop_file, address)
    finally:
        writer.close()
    assert dict(moved.counts) == before
    assert server.execute("SELECT count(*) FROM customers WHERE name = 'Late'").fetchone() == (0,)


def test_a_backup_never_replaces_an_existing_file(shop_file, address, tmp_path):
    server_move.move_to_server(shop_file, address)
    dest = tmp_path / "kept.jitdesk"
    dest.write_bytes(b"precious")
    with pytest.raises(ShopFileError, match="kept.jitdesk already exists; choose another name"):
        server_move.backup_server(address, dest)
    assert dest.read_bytes() == b"precious"


def test_a_backup_into_a_folder_gets_a_readable_name(shop_file, address, pg_db, tmp_path):
    server_move.move_to_server(shop_file, address)
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 25, 10, 0)
    result = server_move.backup_server(address, folder, now=fixed_clock(now)())
    written = list(folder.iterdir())
    assert [str(p) for p in written] == [result.target]
    assert written[0].name.startswith(pg_db) and written[0].suffix == ".jitdesk"


def test_an_empty_database_has_no_shop_to_back_up(address, tmp_path):
    with pytest.raises(ServerShopError, match="is empty: it is not a shop yet"):
        server_move.backup_server(address, tmp_path / "b.jitdesk")
    assert not (tmp_path / "b.jitdesk").exists()


def test_moved_dates_are_unchanged(shop_file, address, server):
    """Dates and times are text in both engines: the server keeps them as written."""
    server_move.move_to_server(shop_file, address)
    promised = server.execute("SELECT min(promised_date) FROM customer_orders").fetchone()[0]
    assert isinstance(promised, str) and date.fromisoformat(promised)


def test_two_moves_into_one_database_at_once_copy_the_shop_once(shop_file, address, server):
    """The second waits for the first and then finds the database no longer empty."""
    from concurrent.futures import ThreadPoolExecutor

    def move():
        try:
            return server_move.move_to_server(shop_file, address)
        except ServerShopError as exc:
            return str(exc)

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(lambda _n: move(), range(2)))
    refused = [o for o in outcomes if isinstance(o, str)]
    moved = [o for o in outcomes if not isinstance(o, str)]
    assert len(moved) == 1 and len(refused) == 1 and "already holds a shop" in refused[0]
    assert pg_transfer.server_row_counts(server) == dict(moved[0].counts)


def test_progress_is_reported_up_to_every_row(shop_file, address, tmp_path):
    seen = []
    moved = server_move.move_to_server(
        shop_file, address, lambda done, total, what: seen.append((done, total, what))
    )
    assert seen[0][0] == 0 and seen[-1][:2] == (moved.rows, moved.rows)
    assert [done for done, _t, _w in seen] == sorted(done for done, _t, _w in seen)
    seen.clear()
    server_move.backup_server(
        address,
        tmp_path / "b.jitdesk",
        progress=lambda done, total, what: seen.append((done, total, what)),
    )
    assert seen[-1][:2] == (moved.rows, moved.rows)


KILLED_MID_COPY = """
import pathlib, sys, time
from jitdesk.services import server_move

marker = pathlib.Path(sys.argv[3])

def progress(done, total, what):
    if 0 < done < total:  # rows are on their way into the server: stop here, to be killed
        marker.write_text("copying")
        time.sleep(600)

server_move.move_to_server(sys.argv[1], sys.argv[2], progress)
"""


def test_a_move_killed_mid_copy_leaves_the_database_empty(shop_file, address, server, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time as clock
    from pathlib import Path

    marker = tmp_path / "copying"
    root = Path(__file__).resolve().parents[3]
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_COPY, str(shop_file), address, str(marker)],
        env=dict(os.environ, PYTHONPATH=str(root)),
        stderr=subprocess.PIPE,
    )
    try:
        deadline = clock.monotonic() + 60
        while not marker.exists() and child.poll() is None and clock.monotonic() < deadline:
            clock.sleep(0.05)
        assert marker.exists(), child.stderr.read() if child.stderr else ""
        copying = server.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
        ).fetchone()
        assert copying == (1,)  # the copy's transaction is open on the server
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    deadline = clock.monotonic() + 30
    while clock.monotonic() < deadline and server.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        " AND pid <> pg_backend_pid()"
    ).fetchone() != (0,):
        clock.sleep(0.05)
    assert is_empty(server)
    assert pg_schema.stored_version(server) is None


@pytest.mark.parametrize("problem", ["password", "not empty"])
def test_a_file_of_an_older_jitdesk_is_left_as_it_was_when_the_server_refuses(
    problem, tmp_path, pg, pg_db, address, server
):
    """Opening a file of an older jitdesk upgrades it; the server is asked first, so a move
    it refuses leaves the file byte for byte as it was, still usable by that older jitdesk."""
    old = tmp_path / "old.jitdesk"
    shutil.copyfile(REPO / "tests" / "data" / "schema" / "v6.jitdesk", old)
    before = old.read_bytes()
    if problem == "password":
        target = pg.url(pg_db, password="not it")
        words = "refused the password"
    else:
        server.execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")
        target, words = address, "already holds tables"
    with pytest.raises(ServerShopError, match=words):
        server_move.move_to_server(old, target)
    assert old.read_bytes() == before
