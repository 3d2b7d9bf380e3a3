"""Where a desk finds the server's password: libpq's password file and environment first, then
this computer's keyring; a password typed at the desk and remembered goes to the keyring where
there is one, else to the password file. None of them is the shop or the app's settings."""

from __future__ import annotations

import pytest

from tests.memory_keyring import memory_keyring  # noqa: F401 (a fixture)
from tests.pg_server import SUPERUSER, import_psycopg

import_psycopg()

from jitdesk.services import server_login, settings  # noqa: E402
from jitdesk.services.shop import Shop  # noqa: E402
from jitdesk.store.pg_errors import PasswordNeeded  # noqa: E402

pytestmark = pytest.mark.spawns


@pytest.fixture
def address(pg, pg_db, tmp_path, monkeypatch) -> str:
    """A shop on the server, and a desk whose libpq has no password for it."""
    url = pg.url(pg_db)
    settings.create_shop(url, "Velo Ltd", "EUR").close()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    return url


def _kept_for(ring, pg, dbname: str) -> str | None:
    return ring.items.get(("jitdesk-server", f"{SUPERUSER}@{pg.socket_dir}/{dbname}"))


def test_without_any_source_the_server_asks_and_nothing_is_written(
    address,
    memory_keyring,  # noqa: F811
):
    with pytest.raises(PasswordNeeded) as asked:
        Shop.open(address)
    assert not asked.value.refused
    assert memory_keyring.items == {}


def test_the_keyrings_password_opens_the_shop_and_stays_out_of_its_address(
    address,
    memory_keyring,  # noqa: F811
    pg,
    pg_db,
):
    server_login.remember_password(address, pg.password)
    assert _kept_for(memory_keyring, pg, pg_db) == pg.password
    shop = Shop.open(address)
    try:
        assert pg.password not in shop.address
        assert shop.db.execute("SELECT name FROM shop").fetchone()[0] == "Velo Ltd"
        # a connection made again later (after a drop, for a worker) finds it too
        other = shop.reopened()
        other.close()
    finally:
        shop.close()


def test_a_wrong_password_in_the_keyring_is_refused_and_the_desk_asks_again(
    address,
    memory_keyring,  # noqa: F811
    pg_db,
):
    server_login.remember_password(address, "not it")
    with pytest.raises(PasswordNeeded) as asked:
        Shop.open(address)
    assert asked.value.refused
    login = server_login.password_wanted(address, asked.value)
    assert login is not None and login.refused and login.keyring and login.dbname == pg_db


def test_a_typed_password_is_not_replaced_by_the_keyrings(
    address,
    memory_keyring,  # noqa: F811
    pg,
):
    server_login.remember_password(address, pg.password)
    with pytest.raises(PasswordNeeded) as asked:
        Shop.open(server_login.with_password(address, "typed wrong"))
    assert asked.value.refused


def test_without_a_keyring_a_remembered_password_goes_to_libpqs_file(
    address, tmp_path, monkeypatch, pg
):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    with pytest.raises(PasswordNeeded) as asked:
        Shop.open(address)
    login = server_login.password_wanted(address, asked.value)
    assert login is not None and not login.keyring
    server_login.remember_password(address, pg.password)
    passfile = tmp_path / "no-pgpass"
    assert passfile.stat().st_mode & 0o777 == 0o600
    Shop.open(address).close()
