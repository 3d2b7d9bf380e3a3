"""The command line names its person with --as NAME (PIN from $JITDESK_PIN): staff are refused
owner-only commands in one sentence, the owner is not, and a shop without people needs no one."""

from __future__ import annotations

import pytest

from jitdesk.cli import main as cli_main
from jitdesk.domain.permissions import Role
from jitdesk.services import backup, people
from tests.services.jit_fixtures import NOW, build_world, new_shop


@pytest.fixture
def shop_path(tmp_path):
    path = tmp_path / "velo.jitdesk"
    shop = new_shop(path)
    build_world(shop, n_customers=1)
    people.add_person(shop, "Olga", "1111")
    people.add_person(shop, "Sam", "2222", Role.STAFF)
    shop.close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main(list(argv), clock=lambda: NOW)
    out, err = capsys.readouterr()
    return code, out, err


def test_staff_are_refused_the_margins_report_and_the_owner_gets_it(shop_path, capsys, monkeypatch):
    monkeypatch.setenv("JITDESK_PIN", "2222")
    code, out, err = run(capsys, "report", "price-swings", "--shop", str(shop_path), "--as", "Sam")
    assert code == 1 and out == ""
    assert err.startswith("jitdesk: Only the owner may see costs and margins; Sam is staff.")
    assert "Traceback" not in err
    monkeypatch.setenv("JITDESK_PIN", "1111")
    code, out, _ = run(capsys, "report", "price-swings", "--shop", str(shop_path), "--as", "Olga")
    assert code == 0 and out.startswith("order,customer")


def test_nobody_named_is_refused_owner_only_commands_on_a_shop_with_people(shop_path, capsys):
    code, _, err = run(capsys, "report", "cash", "--shop", str(shop_path))
    assert code == 1 and "sign in as the owner first" in err
    code, out, _ = run(capsys, "report", "waiting", "--shop", str(shop_path))
    assert code == 0


def test_a_wrong_or_missing_pin_is_one_sentence(shop_path, capsys, monkeypatch):
    monkeypatch.setenv("JITDESK_PIN", "0000")
    code, _, err = run(capsys, "report", "cash", "--shop", str(shop_path), "--as", "Olga")
    assert (code, err) == (1, "jitdesk: Wrong PIN for Olga; 4 tries left before a minute's lock.\n")
    monkeypatch.delenv("JITDESK_PIN")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "report", "cash", "--shop", str(shop_path), "--as", "Olga")
    assert code == 1 and "JITDESK_PIN" in err


def test_staff_cannot_restore_from_the_command_line(shop_path, tmp_path, capsys, monkeypatch):
    saved = backup.make_backup(shop_path)
    monkeypatch.setenv("JITDESK_PIN", "2222")
    code, _, err = run(capsys, "restore", str(saved), "--shop", str(shop_path), "--as", "Sam")
    assert code == 1 and "Only the owner may restore a backup" in err
    monkeypatch.setenv("JITDESK_PIN", "1111")
    code, out, _ = run(capsys, "restore", str(saved), "--shop", str(shop_path), "--as", "Olga")
    assert code == 0 and "was restored from" in out


@pytest.fixture
def owner_alone(tmp_path):
    path = tmp_path / "solo.jitdesk"
    shop = new_shop(path)
    build_world(shop, n_customers=1)
    people.add_person(shop, "Olga", "1111")
    shop.close()
    return path


def test_a_shop_with_one_person_needs_no_as_for_owner_only_commands(owner_alone, capsys):
    code, out, err = run(capsys, "report", "cash", "--shop", str(owner_alone))
    assert (code, err) == (0, "")
    assert out.startswith("figure,")


def test_with_two_people_a_command_without_as_is_refused_the_owner_only(shop_path, capsys):
    code, out, err = run(capsys, "report", "price-swings", "--shop", str(shop_path))
    assert (code, out) == (1, "")
    assert err == (
        "jitdesk: Only the owner may see costs and margins; sign in as the owner first.\n"
    )
