"""Encrypted connections to a real server: sslmode=verify-full works with the server's
authority, and a server that cannot prove who it is is refused in one sentence."""

from __future__ import annotations

import pytest

from jitdesk.store import pg_connect
from jitdesk.store.pg_errors import ServerShopError
from tests.services.smtp_fixtures import _certificates

pytestmark = pytest.mark.spawns


def _address(server, **options):
    query = "&".join(f"{k}={v}" for k, v in options.items())
    return f"postgresql://jitdesk_test@127.0.0.1:{server.tls_port}/postgres?{query}"


@pytest.fixture
def password(pg_tls, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", pg_tls.password)


def test_verify_full_with_the_servers_authority_connects_encrypted(pg_tls, password):
    address = _address(pg_tls, sslmode="verify-full", sslrootcert=pg_tls.ca_file)
    with pg_connect.connect(address) as conn:
        assert conn.pgconn.ssl_in_use


def test_a_server_that_cannot_prove_who_it_is_is_refused(pg_tls, password, tmp_path):
    (tmp_path / "other").mkdir()
    other_ca, _cert, _key = _certificates(tmp_path / "other")
    address = _address(pg_tls, sslmode="verify-full", sslrootcert=other_ca)
    with pytest.raises(ServerShopError, match="could not be verified") as refused:
        pg_connect.connect(address)
    text = str(refused.value)
    assert text.endswith(".") and "\n" not in text
