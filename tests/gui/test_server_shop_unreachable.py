"""A server shop the app cannot reach (File \u25b8 Open's path, --shop, a recent shop) is
refused in one sentence: no lock file, no folder, no recent entry."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from jitdesk.gui import shop_files
from tests.pg_server import import_psycopg

import_psycopg()


def test_an_unreachable_server_shop_is_one_sentence(qapp, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    remembered = []
    monkeypatch.setattr(shop_files, "remember_shop", remembered.append)
    # Port 1 on this machine: nothing listens there, so the connection is refused at once.
    assert shop_files.open_shop_file("postgresql://anna@127.0.0.1:1/bikeshop") is None
    assert shown == [
        "The server \u201c127.0.0.1:1\u201d cannot be reached; check the address and port and "
        "that the server is running."
    ]
    assert remembered == [] and list(tmp_path.iterdir()) == []
