"""Opening a shop on a real PostgreSQL server: the password comes from libpq's own places, and
every way in which a server or a database is wrong is one sentence, with nothing changed."""

from __future__ import annotations

import pytest

from tests.pg_server import import_psycopg

psycopg = import_psycopg()

from jitdesk.domain import i18n  # noqa: E402
from jitdesk.store import pg_connect, pg_schema, schema  # noqa: E402
from jitdesk.store.pg_errors import ServerShopError  # noqa: E402
from tests.store.pg.conftest import admin  # noqa: E402

pytestmark = pytest.mark.spawns


def _one_sentence(error: BaseException) -> str:
    text = str(error)
    assert text.endswith(".") and "\n" not in text and "Traceback" not in text
    return text


def test_the_password_comes_from_the_password_file(pg, pg_db):
    location = pg_connect.parse_location(pg.url(pg_db))
    assert location.password is None
    with pg_connect.connect(location) as conn:
        assert conn.info.server_version >= pg_connect.MINIMUM_SERVER
        assert conn.info.dbname == pg_db


def test_the_password_comes_from_the_environment(pg, pg_db, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", pg.password)
    with pg_connect.connect(pg.url(pg_db)) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_a_password_typed_into_the_address_is_used_and_never_shown(
    pg, pg_db, monkeypatch, tmp_path
):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    location = pg_connect.parse_location(pg.url(pg_db, password=pg.password))
    assert pg.password not in location.display
    with pg_connect.connect(location) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("jitdesk_test",)


def test_a_wrong_password_is_one_sentence(pg, pg_db, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "not the password")
    monkeypatch.delenv("PGPASSFILE")
    with pytest.raises(ServerShopError) as refused:
        pg_connect.connect(pg.url(pg_db))
    text = _one_sentence(refused.value)
    assert "refused the password" in text and "not the password" not in text


def test_no_password_anywhere_is_one_sentence(pg, pg_db, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(ServerShopError, match="none was found"):
        pg_connect.connect(pg.url(pg_db))


def test_a_database_that_does_not_exist_is_named_and_not_created(pg, pg_password):
    with pytest.raises(ServerShopError, match="has no database") as refused:
        pg_connect.open_shop(pg.url("no_such_shop"), create=True)
    assert "no_such_shop" in _one_sentence(refused.value)
    with admin(pg) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = 'no_such_shop'")
        assert found.fetchone() is None


@pytest.mark.parametrize(
    "address",
    ["postgresql://shop@127.0.0.1:1/shop", "socket"],
    ids=["closed-port", "no-server-on-socket"],
)
def test_an_unreachable_server_is_one_sentence(address, pg_password, tmp_path):
    if address == "socket":
        address = f"postgresql://shop@/shop?host={tmp_path}"
    with pytest.raises(ServerShopError, match="cannot be reached") as refused:
        pg_connect.connect(address)
    _one_sentence(refused.value)


def test_a_server_older_than_the_minimum_is_refused(pg, pg_db):
    with pg_connect.connect(pg.url(pg_db)) as conn:
        running = conn.info.server_version
        with pytest.raises(ServerShopError, match="needs PostgreSQL 13 or newer") as refused:
            pg_connect.check_server_version(conn, "db.example", minimum=running + 1)
    assert pg_connect.server_version_text(running) in str(refused.value)
    assert pg_connect.server_version_text(120011) == "12.11"
    assert pg_connect.server_version_text(90624) == "9.6.24"


def _tables(pg, dbname):
    with psycopg.connect(pg.url(dbname)) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        return sorted(r[0] for r in rows)


def test_an_empty_database_becomes_a_shop_only_when_asked(pg, pg_db):
    with pytest.raises(ServerShopError, match="not a shop yet"):
        pg_connect.open_shop(pg.url(pg_db))
    assert _tables(pg, pg_db) == []
    with pg_connect.open_shop(pg.url(pg_db), create=True) as conn:
        assert pg_schema.stored_version(conn) == schema.SCHEMA_VERSION
    with pg_connect.open_shop(pg.url(pg_db)) as conn:
        assert pg_schema.stored_version(conn) == schema.SCHEMA_VERSION


def test_a_database_that_is_not_a_shop_is_refused_untouched(pg, pg_db):
    with psycopg.connect(pg.url(pg_db), autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")
    with pytest.raises(ServerShopError, match="not a jitdesk shop") as refused:
        pg_connect.open_shop(pg.url(pg_db), create=True)
    _one_sentence(refused.value)
    assert _tables(pg, pg_db) == ["invoices"]


def test_a_shop_of_a_newer_jitdesk_is_refused_when_opened(pg, pg_db):
    pg_connect.open_shop(pg.url(pg_db), create=True).close()
    with psycopg.connect(pg.url(pg_db), autocommit=True) as conn:
        conn.execute("UPDATE jitdesk_schema SET version = version + 5")
    with pytest.raises(ServerShopError, match="newer jitdesk"):
        pg_connect.open_shop(pg.url(pg_db))


def test_the_sentences_are_translated(pg, pg_db, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", "wrong")
    monkeypatch.delenv("PGPASSFILE")
    i18n.set_language("de")
    with pytest.raises(ServerShopError) as refused:
        pg_connect.connect(pg.url(pg_db))
    assert "Passwort" in str(refused.value)
