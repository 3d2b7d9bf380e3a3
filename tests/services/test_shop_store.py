"""The one store object behind a Shop: chosen when the shop is opened, read-only copies for
worker threads, and plain messages for errors the environment caused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.models import CustomerInput
from jitdesk.services import customers, settings
from jitdesk.services.catalog_views import count_customers
from jitdesk.services.shop import Shop, read_separately, shop_file_problem
from jitdesk.store.catalog_views import ListFilter
from jitdesk.store.engine import SQLITE, ShopStore


class RecordingEngine:
    """An engine a test injects: opens through SQLite and remembers what it was asked."""

    def __init__(self) -> None:
        self.opened: list[tuple[Path, bool]] = []

    def open(self, path: Path, *, create: bool = False) -> ShopStore:
        self.opened.append((path, create))
        return SQLITE.open(path, create=create)

    def known_problem(self, exc, path=None):
        return SQLITE.known_problem(exc, path)


@pytest.fixture
def shop_path(tmp_path) -> Path:
    path = tmp_path / "velo.jitdesk"
    settings.create_shop(path, "Velo", "EUR").close()
    return path


def test_the_shop_is_opened_by_the_engine_it_is_given(shop_path):
    engine = RecordingEngine()
    shop = Shop.open(shop_path, engine=engine)
    customers.add_customer(shop, CustomerInput(name="Ana"))
    shop.close()
    assert engine.opened == [(shop_path, False)]
    again = Shop.open(shop_path)
    assert count_customers(again, ListFilter()) == 1
    again.close()


def test_a_worker_reads_the_shop_on_its_own_read_only_connection(shop_path):
    shop = Shop.open(shop_path)
    customers.add_customer(shop, CustomerInput(name="Ana"))

    def read(reader: Shop) -> int:
        assert reader.store is not shop.store and reader.path == shop.path
        with pytest.raises(ShopFileError, match="cannot be written"):
            customers.add_customer(reader, CustomerInput(name="Not saved"))
        return count_customers(reader, ListFilter())

    assert read_separately(shop, read) == 1
    assert count_customers(shop, ListFilter()) == 1
    shop.close()


def test_storage_errors_the_environment_caused_get_a_plain_message_and_bugs_do_not():
    full = sqlite3.OperationalError("database or disk is full")
    assert isinstance(shop_file_problem(full), ShopFileError)
    assert "disk holding the shop file is full" in str(shop_file_problem(full))
    assert shop_file_problem(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert shop_file_problem(ValueError("not storage at all")) is None


def test_a_shop_file_has_no_other_desks_to_hear(shop_path):
    shop = Shop.open(shop_path)
    assert shop.listen_for_changes(lambda: None) is None
    shop.close()


class ListeningStore:
    """A store of a shop several desks open: it hears their changes."""

    def __init__(self, store: ShopStore) -> None:
        self.inner = store
        self.told: list = []
        self.stopped = 0

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def listen_for_changes(self, on_change):
        self.told.append(on_change)
        return self

    def stop(self) -> None:
        self.stopped += 1


def test_a_shop_others_can_open_hears_their_changes_until_it_is_closed(shop_path):
    store = ListeningStore(SQLITE.open(shop_path))
    shop = Shop(store)
    heard = []
    listening = shop.listen_for_changes(lambda: heard.append("change"))
    assert listening is store and len(store.told) == 1
    store.told[0]()  # as the store's thread would
    assert heard == ["change"]
    shop.close()
    assert store.stopped == 1


def test_another_desks_change_means_anything_may_have_changed():
    from jitdesk.services.shop import Changes

    ours = Changes(customer_orders={1})
    assert not ours.everything
    assert ours.merge(Changes.from_other_desk()).everything
    assert ours.customer_orders == {1}
