"""The daily backup runs on a worker; its result reaches the window only while it exists."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QMainWindow

from jitdesk.gui.actions import backup_actions
from jitdesk.services import backup


def test_a_backup_finishing_after_its_window_closed_is_not_delivered(qtbot, monkeypatch, tmp_path):
    release, started = threading.Event(), threading.Event()

    def slow_backup(_shop: Path) -> Path:
        started.set()
        release.wait(10)
        return tmp_path / "shop-daily.jitdesk"

    monkeypatch.setattr(backup, "daily_backup", slow_backup)
    window = QMainWindow()
    job = backup_actions.start_daily_backup(window, tmp_path / "shop.jitdesk")
    assert started.wait(10)
    shiboken6.delete(window)  # the window is closed while the backup still runs
    release.set()
    qtbot.waitUntil(lambda: job not in backup_actions._running, timeout=10_000)
    QApplication.processEvents()  # a result delivered to the deleted window would raise here


def test_the_backup_result_is_shown_in_the_status_bar(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(backup, "daily_backup", lambda _shop: tmp_path / "shop-daily.jitdesk")
    window = QMainWindow()
    qtbot.addWidget(window)
    backup_actions.start_daily_backup(window, tmp_path / "shop.jitdesk")
    qtbot.waitUntil(
        lambda: "shop-daily.jitdesk" in window.statusBar().currentMessage(), timeout=10_000
    )
