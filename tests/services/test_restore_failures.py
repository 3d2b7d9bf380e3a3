"""A restore that cannot finish (full disk, backups folder not writable) ends in one sentence,
exit 1, with the shop unchanged and no truncated copy left anywhere."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from jitdesk.domain.models import CustomerInput
from jitdesk.services import backup, customers, settings
from tests.environment import (
    fill_disk,
    one_line_error,
    read_only_folder,
    run_jitdesk,
    small_disk,
    unprivileged_prefix,
)

pytestmark = pytest.mark.spawns
SQLITE_COMPANIONS = ("-wal", "-shm")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_shop(path: Path, n_customers: int = 3, name_length: int = 10) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shop = settings.create_shop(path, "Velo", "EUR")
    for i in range(n_customers):
        customers.add_customer(shop, CustomerInput(name=f"C{i} " + "x" * name_length))
    shop.close()
    return path


def files_under(folder: Path) -> set[str]:
    """Every file below `folder` except SQLite's own -wal/-shm of the shop."""
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(SQLITE_COMPANIONS)
    }


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("restore-base")
    make_shop(folder / "base-shop.jitdesk", n_customers=3000, name_length=150)
    return backup.make_backup(folder / "base-shop.jitdesk", folder / "base.jitdesk")


def assert_refused_untouched(shop_path: Path, before: str, files: set[str], result) -> str:
    sentence = one_line_error(result)
    assert sentence.startswith("velo.jitdesk was not restored") or "nothing was changed" in (
        sentence
    ), sentence
    assert digest(shop_path) == before
    assert files_under(shop_path.parent) == files
    return sentence


def test_restore_on_a_full_disk(tmp_path, base):
    with small_disk(tmp_path / "disk") as disk:
        shop_path = make_shop(disk / "velo.jitdesk")
        fill_disk(disk)
        before, files = digest(shop_path), files_under(disk)
        sentence = assert_refused_untouched(
            shop_path, before, files, run_jitdesk("restore", base, "--shop", shop_path)
        )
        assert sentence == (
            "velo.jitdesk was not restored, because the copy of it as it is now could not be "
            "kept (the disk is full); the shop is unchanged."
        )


def test_restore_of_a_damaged_shop_on_a_full_disk_leaves_no_truncated_copy(tmp_path, base):
    with small_disk(tmp_path / "disk") as disk:
        shop_path = make_shop(disk / "velo.jitdesk")
        data = bytearray(shop_path.read_bytes())
        data[100:6000] = b"\xff" * 5900
        shop_path.write_bytes(bytes(data))
        fill_disk(disk)
        before, files = digest(shop_path), files_under(disk)
        sentence = assert_refused_untouched(
            shop_path, before, files, run_jitdesk("restore", base, "--shop", shop_path)
        )
        assert "(the disk is full)" in sentence
        assert not any(name.endswith(".damaged") for name in files_under(disk))


def test_restore_when_the_restored_file_does_not_fit(tmp_path, base):
    with small_disk(tmp_path / "disk") as disk:
        shop_path = make_shop(disk / "velo.jitdesk")
        # room for the copy of the small shop, not for the big backup being restored
        fill_disk(disk, leave=shop_path.stat().st_size * 3)
        before = digest(shop_path)
        result = run_jitdesk("restore", base, "--shop", shop_path)
        sentence = one_line_error(result)
        assert sentence == (
            "velo.jitdesk cannot be replaced: No space left on device; nothing was changed."
        )
        assert digest(shop_path) == before
        kept = backup.list_backups(shop_path)  # the copy made first is a complete backup
        assert [b.reason for b in kept] == ["before-restore"]
        assert not [p for p in disk.rglob("*") if p.name.startswith(".")]


def test_restore_with_a_backups_folder_that_cannot_be_written(tmp_path, base):
    prefix = unprivileged_prefix()
    shop_path = make_shop(tmp_path / "shop" / "velo.jitdesk")
    folder = backup.backups_folder(shop_path)
    folder.mkdir()
    before, files = digest(shop_path), files_under(shop_path.parent)
    with read_only_folder(folder):
        result = run_jitdesk("restore", base, "--shop", shop_path, prefix=prefix)
    sentence = assert_refused_untouched(shop_path, before, files, result)
    assert sentence == (
        "velo.jitdesk was not restored, because the copy of it as it is now could not be kept "
        f"(the backups folder {folder} cannot be written); the shop is unchanged."
    )
    assert os.listdir(folder) == []
