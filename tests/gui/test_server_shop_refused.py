"""A PostgreSQL address given to the app (File ▸ Open's path, --shop, a recent shop) is refused
in one sentence until server shops can be opened: no lock file, no folder, no recent entry."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from jitdesk.gui import shop_files


def test_a_server_address_is_refused_in_one_sentence(qapp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    remembered = []
    monkeypatch.setattr(shop_files, "remember_shop", remembered.append)
    assert shop_files.open_shop_file("postgresql://anna@db.example/bikeshop") is None
    assert shown == [
        "\u201cpostgresql://anna@db.example/bikeshop\u201d is a shop on a PostgreSQL server, "
        "which this version of jitdesk cannot open yet; open a shop file instead."
    ]
    assert remembered == [] and list(tmp_path.iterdir()) == []
