"""Shop addresses on a PostgreSQL server, read without a server: what is accepted, what is
refused in one sentence, and that a password is never part of what is shown or kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg_server import import_psycopg

import_psycopg()

from jitdesk.cli import main  # noqa: E402
from jitdesk.services.shop import Shop  # noqa: E402
from jitdesk.store import pg_connect, pg_errors, shop_location  # noqa: E402
from jitdesk.store.pg_errors import ServerShopError  # noqa: E402


def test_a_full_address_is_read_into_its_parts():
    where = pg_connect.parse_location(
        "postgresql://anna:s%3Acret@db.example:5433/bike%20shop?sslmode=verify-full"
    )
    assert (where.host, where.port, where.dbname, where.user) == (
        "db.example",
        5433,
        "bike shop",
        "anna",
    )
    assert where.password == "s:cret"
    assert where.display == "postgresql://anna@db.example:5433/bike shop?sslmode=verify-full"
    info = where.conninfo()
    assert "sslmode=verify-full" in info and "connect_timeout=" in info


def test_postgres_scheme_default_port_and_socket_folders():
    plain = pg_connect.parse_location("postgres://anna@db.example/shop")
    assert (plain.port, plain.password, plain.server) == (5432, None, "db.example:5432")
    encoded = pg_connect.parse_location("postgresql://anna@%2Fvar%2Frun%2Fpg/shop")
    query = pg_connect.parse_location("postgresql://anna@/shop?host=/var/run/pg")
    assert encoded.host == query.host == encoded.server == "/var/run/pg"
    assert query.display == "postgresql://anna@:5432/shop?host=/var/run/pg"


def test_what_names_a_server_shop():
    assert shop_location.is_server_location("postgresql://a@b/c")
    assert shop_location.is_server_location("POSTGRES://a@b/c")
    assert shop_location.is_server_location(Path("postgresql://a@b/c"))
    assert shop_location.server_address(Path("postgresql://a@b/c")) == "postgresql://a@b/c"
    assert not shop_location.is_server_location("/home/anna/shop.jitdesk")
    assert not shop_location.is_server_location("C:\\shops\\shop.jitdesk")
    assert not shop_location.is_server_location("postgresql-shop.jitdesk")


# Port 1 on this machine: nothing listens there, so the connection is refused at once.
UNREACHABLE = "postgresql://anna@127.0.0.1:1/shop"
UNREACHABLE_SENTENCE = (
    "The server \u201c127.0.0.1:1\u201d cannot be reached; check the address and port and "
    "that the server is running."
)


@pytest.mark.parametrize("reading", [False, True])
def test_an_unreachable_server_is_one_sentence_and_nothing_is_created(
    reading, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ServerShopError) as refused:
        if reading:
            Shop.open_for_reading(UNREACHABLE)
        else:
            Shop.open(UNREACHABLE, create=True)
    assert str(refused.value) == UNREACHABLE_SENTENCE
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_says_an_unreachable_server_in_one_sentence(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--shop", UNREACHABLE]) == 1
    err = capsys.readouterr().err
    assert UNREACHABLE_SENTENCE in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("mysql://anna@db/shop", "not a PostgreSQL shop address"),
        ("postgresql://anna@db.example:5432", "names no shop database"),
        ("postgresql://anna@db.example:5432/", "names no shop database"),
        ("postgresql://anna@db.example:99999/shop", "not a number from 1 to 65535"),
        ("postgresql://anna@db.example:port/shop", "not a number from 1 to 65535"),
        ("postgresql://anna@db.example/shop?sslmode=maybe", "is not a TLS setting"),
        ("postgresql://anna@db.example/shop?password=x", "is not supported"),
        ("postgresql://anna@a:5432,b:5432/shop", "one server only"),
        ("postgresql://anna@db/shop?connect_timeout=soon", "not a number of seconds"),
    ],
)
def test_a_wrong_address_is_one_sentence(address, words):
    with pytest.raises(ServerShopError, match=words) as refused:
        pg_connect.parse_location(address)
    text = str(refused.value)
    assert text.endswith(".") and "\n" not in text


@pytest.mark.parametrize(
    ("libpq", "words"),
    [
        ('FATAL:  password authentication failed for user "anna"', "refused the password"),
        ("fe_sendauth: no password supplied", "none was found"),
        ('FATAL:  role "anna" does not exist', "has no user"),
        ('FATAL:  database "shop" does not exist', "has no database"),
        ("connection refused\n\tIs the server running on that host", "cannot be reached"),
        ('could not translate host name "nohost" to address', "cannot be reached"),
        ("timeout expired", "cannot be reached"),
        ("SSL error: certificate verify failed", "could not be verified (SSL error"),
        (
            'connection to server at "db", port 5432 failed: FATAL:  no pg_hba.conf entry for '
            'host "10.0.0.9". Ask your administrator.',
            'refused the connection (no pg_hba.conf entry for host "10.0.0.9"); check',
        ),
    ],
)
def test_libpq_messages_become_sentences(libpq, words):
    problem = pg_errors.connect_problem(libpq, server="db:5432", user="anna", dbname="shop")
    assert words in str(problem)
    assert "\n" not in str(problem)
