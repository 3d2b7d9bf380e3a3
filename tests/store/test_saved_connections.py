"""Server shops saved by name in libpq's connection service file, read and written without a
server: an address by name opens what the section says, saving keeps the rest of the file and
never a password, and every way a saved connection can be wrong is one sentence."""

from __future__ import annotations

import pytest

from tests.pg_server import import_psycopg

import_psycopg()

from jitdesk.services import saved_connections  # noqa: E402
from jitdesk.store import pg_connect  # noqa: E402
from jitdesk.store.pg_errors import ServerShopError  # noqa: E402

SECTION = """# the shop's server
[bikeshop]
host=db.example
port=5433
dbname=bike
user=anna
sslmode=verify-full
"""


@pytest.fixture
def service_file(tmp_path, monkeypatch):
    path = tmp_path / "pg_service.conf"
    path.write_text(SECTION)
    monkeypatch.setenv("PGSERVICEFILE", str(path))
    return path


def test_an_address_by_name_opens_what_the_saved_connection_says(service_file):
    where = pg_connect.parse_location("postgresql:///?service=bikeshop")
    assert (where.host, where.port, where.dbname, where.user) == (
        "db.example",
        5433,
        "bike",
        "anna",
    )
    assert dict(where.options) == {"sslmode": "verify-full"}
    assert where.server == "db.example:5433"
    assert where.display == "postgresql:///?service=bikeshop"
    typed = pg_connect.parse_location(where.with_password("p:w"))
    assert typed.password == "p:w" and typed.display == where.display


def test_saving_keeps_the_other_connections_and_never_the_password(service_file):
    address = saved_connections.save_connection(
        "counter", "postgresql://bob:secret@db2.example:5432/velo?sslmode=require"
    )
    assert address == "postgresql:///?service=counter"
    text = service_file.read_text()
    assert text.startswith(SECTION) and "secret" not in text
    assert saved_connections.saved_addresses() == [
        "postgresql:///?service=bikeshop",
        "postgresql:///?service=counter",
    ]
    where = pg_connect.parse_location(address)
    assert (where.host, where.dbname, where.user) == ("db2.example", "velo", "bob")
    # saved again under the same name: replaced, not doubled
    saved_connections.save_connection("counter", "postgresql://bob@db3.example/velo")
    assert service_file.read_text().count("[counter]") == 1
    assert pg_connect.parse_location(address).host == "db3.example"


@pytest.mark.parametrize(
    ("address", "file_text", "words"),
    [
        ("postgresql:///?service=nope", SECTION, "no saved connection named “nope”"),
        ("postgresql://db.example/?service=bikeshop", SECTION, "names a saved connection and"),
        ("postgresql:///?service=bikeshop", SECTION + "gssencmode=disable\n", "“gssencmode”"),
        ("postgresql:///?service=bikeshop", SECTION.replace("dbname=bike\n", ""), "no shop data"),
        ("postgresql:///?service=bikeshop", SECTION.replace("5433", "x"), "port of the saved"),
        ("postgresql:///?service=bikeshop", SECTION + "[broken\n", "cannot be read"),
    ],
)
def test_a_wrong_saved_connection_is_one_sentence(service_file, address, file_text, words):
    service_file.write_text(file_text)
    with pytest.raises(ServerShopError) as refused:
        pg_connect.parse_location(address)
    text = str(refused.value)
    assert words in text and text.endswith(".") and "\n" not in text


def test_a_name_that_cannot_be_a_section_is_refused_and_nothing_is_written(service_file):
    with pytest.raises(ServerShopError, match="cannot name a saved connection"):
        saved_connections.save_connection("my shop]", "postgresql://bob@db2.example/velo")
    assert service_file.read_text() == SECTION
