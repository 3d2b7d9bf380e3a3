"""The shop's cross-process lock: shared by every opener, exclusive for a restore."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jitdesk.domain.errors import ShopFileError
from jitdesk.domain.models import CustomerInput
from jitdesk.services import backup, customers, settings
from jitdesk.services.shop import Shop
from jitdesk.store import file_lock

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes"),
    pytest.mark.spawns,
]
REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(REPO))

HOLD_OPEN = """
import sys, time
from jitdesk.services.shop import Shop
shop = Shop.open(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
shop.close()
"""

HOLD_EXCLUSIVE = """
import sys, time
from jitdesk.store import file_lock
with file_lock.hold_exclusive(sys.argv[1]):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def shop_path(tmp_path) -> Path:
    path = tmp_path / "velo.jitdesk"
    shop = settings.create_shop(path, "Velo", "EUR")
    customers.add_customer(shop, CustomerInput(name="Ann"))
    shop.close()
    return path


def start(script: str, *args: object) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=REPO,
        env=ENV,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() in ("open", "held")
    return child


def test_restore_is_refused_while_another_process_has_the_shop_open(shop_path, tmp_path):
    saved = backup.make_backup(shop_path, tmp_path / "saved.jitdesk")
    shop = Shop.open(shop_path)
    customers.add_customer(shop, CustomerInput(name="Bob"))
    shop.close()
    before = shop_path.read_bytes()
    child = start(HOLD_OPEN, shop_path)
    try:
        with pytest.raises(ShopFileError) as refused:
            backup.restore(saved, shop_path)
        assert str(refused.value) == (
            "The shop velo.jitdesk is open in another jitdesk window or command; "
            "close it and try again."
        )
        assert shop_path.read_bytes() == before
        assert backup.list_backups(shop_path) == []  # refused before anything was written
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    assert backup.restore(saved, shop_path).previous_saved_as is not None


def test_restore_is_refused_while_this_process_still_has_the_shop_open(shop_path, tmp_path):
    saved = backup.make_backup(shop_path, tmp_path / "saved.jitdesk")
    shop = Shop.open(shop_path)
    with pytest.raises(ShopFileError, match="close it and try again"):
        backup.restore(saved, shop_path)
    shop.close()
    backup.restore(saved, shop_path)  # its connection closed: the lock is free


def test_an_opener_waits_for_a_restore_then_opens_the_restored_file(shop_path):
    child = start(HOLD_EXCLUSIVE, shop_path, 0.6)
    started = time.monotonic()
    shop = Shop.open(shop_path)
    waited = time.monotonic() - started
    shop.close()
    child.wait(timeout=30)
    assert waited >= 0.3


def test_an_opener_gives_up_with_a_sentence_when_a_restore_takes_too_long(shop_path):
    child = start(HOLD_EXCLUSIVE, shop_path, 5)
    try:
        with pytest.raises(ShopFileError, match="is being restored from a backup"):
            file_lock.hold_shared(shop_path, wait_s=0.2)
    finally:
        child.kill()
        child.wait()


def test_the_lock_file_is_owner_only_and_freed_by_closing(shop_path):
    lock = file_lock.lock_path(shop_path)
    assert lock.name == "velo.jitdesk-lock"
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    shop = Shop.open(shop_path)
    with pytest.raises(ShopFileError):
        file_lock.hold_exclusive(shop_path).release()
    shop.close()
    file_lock.hold_exclusive(shop_path).release()


def test_opening_a_missing_shop_leaves_no_lock_file(tmp_path):
    with pytest.raises(ShopFileError, match="There is no shop file"):
        Shop.open(tmp_path / "typo.jitdesk")
    assert list(tmp_path.iterdir()) == []


def test_opening_a_text_file_by_mistake_leaves_no_lock_file(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("milk, eggs\n")
    with pytest.raises(ShopFileError, match="not a jitdesk shop file"):
        Shop.open(notes)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_the_lock_file_of_a_shop_that_is_gone_is_removed_unless_held(tmp_path):
    shop_path = tmp_path / "velo.jitdesk"
    settings.create_shop(shop_path, "Velo", "EUR").close()
    gone = tmp_path / "old.jitdesk-lock"
    gone.write_bytes(b"")
    held_path = tmp_path / "new.jitdesk"  # being created by another process right now
    child = start(HOLD_EXCLUSIVE, held_path, 5)
    try:
        Shop.open(shop_path).close()  # opening a shop sweeps its folder
        names = sorted(p.name for p in tmp_path.iterdir())
    finally:
        child.kill()
        child.wait()
    assert names == ["new.jitdesk-lock", "velo.jitdesk", "velo.jitdesk-lock"]
