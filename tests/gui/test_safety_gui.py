"""Two windows on one shop, backups from the File menu, the log and the error dialog."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jitdesk.gui import app as gui_app
from jitdesk.gui import error_handling, shop_files, shop_lock
from jitdesk.gui.main_window import MainWindow
from jitdesk.services import backup

REPO = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from jitdesk.gui import shop_lock
shop_lock.acquire(sys.argv[1])
print("LOCKED", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def shop_path(gui_shop):
    gui_shop.shop.close()
    return Path(gui_shop.shop.path)


def test_second_process_is_told_the_shop_is_open_elsewhere(shop_path, monkeypatch):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(shop_path)],
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        assert shop_files.open_shop_file(shop_path) is None
        assert shown == [
            f"This shop is open in another jitdesk window (on {socket.gethostname()}, "
            f"process {holder.pid}); switch to that window, or close it first."
        ]
    finally:
        holder.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        holder.wait()
    assert backup.lock_file_path(shop_path).exists()
    shop = shop_files.open_shop_file(shop_path)  # the stale lock is recovered
    assert shop is not None
    assert shop_lock.is_held(shop_path)
    shop.close()
    assert not shop_lock.is_held(shop_path)
    assert not backup.lock_file_path(shop_path).exists()


def test_window_backs_up_daily_on_open_and_from_the_menu(qtbot, shop_path, monkeypatch, tmp_path):
    shop = shop_files.open_shop_file(shop_path)
    window = MainWindow(shop)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: any(b.reason == "daily" for b in backup.list_backups(shop_path)))
    dest = tmp_path / "by-hand.jitdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "backed up to" in window.statusBar().currentMessage(), timeout=10000)
    assert dest.exists()
    # restore: the customers added after the backup go away, the window shows the restored shop
    from jitdesk.domain.models import CustomerInput
    from jitdesk.services import customers

    customers.add_customer(window.shop, CustomerInput(name="After the backup"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(dest), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = window.shop
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert window.shop is not before
    assert (
        window.shop.db.execute(
            "SELECT count(*) FROM customers WHERE name = 'After the backup'"
        ).fetchone()[0]
        == 0
    )
    assert any(b.reason == "before-restore" for b in backup.list_backups(shop_path))
    assert shop_lock.is_held(shop_path)
    window.close()
    assert not shop_lock.is_held(shop_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_is_owner_only_and_rotates_privately(tmp_path):
    path = tmp_path / "logs" / "jitdesk.log"
    handler = error_handling.make_log_handler(path)
    handler.maxBytes = 200
    logger = logging.getLogger("jitdesk.test-private-log")
    logger.addHandler(handler)
    try:
        for i in range(20):
            logger.error("line %d %s", i, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = list(path.parent.iterdir())
    assert len(files) >= 2  # rotated
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)


def test_environment_error_gets_a_plain_message(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    exc = sqlite3.OperationalError("database or disk is full")
    gui_app.handle_exception(type(exc), exc, None)
    assert len(shown) == 1 and "full" in shown[0] and "free some space" in shown[0]


def test_bug_dialog_names_the_log_even_without_stderr(qapp, monkeypatch, caplog):
    texts = []
    monkeypatch.setattr(sys, "stderr", None)  # the frozen windowed app
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.informativeText()))
    try:
        raise KeyError("boom")
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="jitdesk"):
            gui_app.handle_exception(type(exc), exc, exc.__traceback__)
    assert texts and str(gui_app.log_path()) in texts[0]
    assert "KeyError" in caplog.text


def test_qt_warnings_go_to_the_log(qapp, caplog):
    from PySide6.QtCore import qWarning

    error_handling.install_qt_message_handler()
    with caplog.at_level(logging.WARNING, logger="jitdesk"):
        qWarning("a Qt warning for the log")
    assert "a Qt warning for the log" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_settings_file_and_window_lock_are_owner_only(shop_path):
    from PySide6.QtCore import QSettings

    QSettings().setValue("probe", 1)
    QSettings().sync()
    os.chmod(QSettings().fileName(), 0o644)
    gui_app.private_settings()
    assert stat.S_IMODE(os.stat(QSettings().fileName()).st_mode) == 0o600
    shop = shop_lock.open_locked(shop_path)
    try:
        lock = backup.lock_file_path(shop_path)
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    finally:
        shop.close()
