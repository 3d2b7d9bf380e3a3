"""Small edges: long non-Latin names as file names, control characters in names, a pdf
from a read-only shop, owner-only files, unencrypted mail said out loud."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys

import pytest

from jitdesk.documents import generate
from jitdesk.domain.models import CustomerInput
from jitdesk.services import customers, documents, settings
from jitdesk.services import email as mail
from jitdesk.services.shop import Shop
from jitdesk.services.webshop_import import import_webshop
from tests.environment import read_only_folder, run_jitdesk, unprivileged_prefix
from tests.services.jit_fixtures import build_world, clock, new_shop, place_order

POSIX = sys.platform != "win32"


@pytest.mark.parametrize("name", ["张伟" * 50, "🚲" * 100, "Ünïcödé " * 20 + "é" * 200])
def test_document_names_fit_255_bytes_cut_between_characters(tmp_path, name):
    file_name = documents.document_file_name(documents.CONFIRMATION, "C-2026-0042", name)
    assert len(file_name.encode("utf-8")) <= 255
    assert file_name.startswith("C-2026-0042 confirmation ") and file_name.endswith(".pdf")
    stem = file_name.removesuffix(".pdf").removeprefix("C-2026-0042 confirmation ")
    assert stem and name.startswith(stem)  # whole characters, in order, none broken
    (tmp_path / file_name).write_bytes(b"%PDF")  # the file system takes it


def test_control_characters_are_removed_from_names(tmp_path):
    shop = new_shop(tmp_path / "velo.jitdesk")
    customer = customers.add_customer(shop, CustomerInput(name="Ann\x1b[2J\x07 \u202eBerg\n"))
    name = shop.db.execute("SELECT name FROM customers WHERE id = ?", [customer]).fetchone()[0]
    assert name == "Ann [2J Berg"
    shop.close()


def test_control_characters_are_removed_from_web_shop_names(tmp_path):
    shop = new_shop(tmp_path / "velo.jitdesk")
    build_world(shop)
    export = tmp_path / "orders.csv"
    export.write_text(
        "Name,Email,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
        "Billing Name,Financial Status,Total\n"
        '#1001,eve@example.com,2026-11-20 10:00:00 +0100,1,"Chain\x1b[31m",25.00,CH-1,'
        '"Eve\x1b]0;pwned\x07 Evil",paid,25.00\n',
        encoding="utf-8",
    )
    import_webshop(shop, "shopify", export)
    names = [r[0] for r in shop.db.execute("SELECT name FROM customers WHERE email != ''")]
    shop.close()
    assert names == ["Eve ]0;pwned Evil"]


@pytest.mark.spawns
def test_plan_output_escapes_control_characters_already_in_the_shop(tmp_path):
    path = tmp_path / "velo.jitdesk"
    shop = new_shop(path)
    world = build_world(shop, n_customers=1)
    place_order(world, 0, [("CH-1", 2)])
    shop.close()
    conn = sqlite3.connect(str(path))
    conn.execute("UPDATE customers SET name = 'Ana\x1b[2J\x1b]0;x\x07'")
    conn.commit()
    conn.close()
    result = run_jitdesk("plan", "--shop", path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Ana\\x1b[2J\\x1b]0;x\\x07" in result.stdout


@pytest.mark.spawns
@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_a_pdf_from_a_read_only_shop_says_it_was_not_logged(tmp_path):
    prefix = unprivileged_prefix()
    path = tmp_path / "shop" / "velo.jitdesk"
    path.parent.mkdir()
    shop = new_shop(path)
    world = build_world(shop, n_customers=1)
    placed = place_order(world, 0, [("CH-1", 1)])
    shop.close()
    out = tmp_path / "confirmation.pdf"
    with read_only_folder(path.parent):
        result = run_jitdesk(
            "pdf", "confirmation", placed.number, "-o", out, "--shop", path, prefix=prefix
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert result.stderr.strip() == (
        "jitdesk: confirmation.pdf was written, but it is not in the shop's list of documents, "
        "because the shop file cannot be written."
    )
    conn = sqlite3.connect(str(path))
    assert conn.execute("SELECT count(*) FROM documents_log").fetchone()[0] == 0
    conn.close()


@pytest.mark.skipif(not POSIX, reason="POSIX file modes")
def test_files_jitdesk_opens_are_made_owner_only(tmp_path):
    path = tmp_path / "velo.jitdesk"
    settings.create_shop(path, "Velo", "EUR").close()
    os.chmod(path, 0o644)  # as a copy by other means may be
    shop = Shop.open(path, clock=clock)
    customers.add_customer(shop, CustomerInput(name="Ann"))
    modes = {
        p.name: stat.S_IMODE(p.stat().st_mode)
        for p in tmp_path.iterdir()
        if p.name.startswith("velo.jitdesk")
    }
    world_doc = documents.documents_folder(shop)
    shop.close()
    assert modes == {
        "velo.jitdesk": 0o600,
        "velo.jitdesk-wal": 0o600,
        "velo.jitdesk-shm": 0o600,
        "velo.jitdesk-lock": 0o600,
    }
    generate._write(b"%PDF", world_doc / "x.pdf")
    assert stat.S_IMODE(world_doc.stat().st_mode) == 0o700


def test_unencrypted_mail_settings_say_the_password_travels_in_clear(tmp_path):
    shop = new_shop(tmp_path / "velo.jitdesk")
    values = dict(host="smtp.example.com", port=25, username="shop", from_address="s@x.example")
    changes = mail.save_smtp_settings(shop, mail.SmtpSettings(security="none", **values))
    assert changes.warnings == [
        "With security None, your password and every message travel unencrypted to "
        "smtp.example.com, readable by anyone on the way; choose STARTTLS or TLS if the server "
        "offers it."
    ]
    values["port"] = 465
    assert mail.save_smtp_settings(shop, mail.SmtpSettings(security="tls", **values)).warnings == []
    shop.close()
