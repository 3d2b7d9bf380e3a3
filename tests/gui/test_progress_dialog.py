"""Long work in the app shows a progress dialog whose Stop button ends it."""

from __future__ import annotations

import io

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from jitdesk.cli import terminal_progress
from jitdesk.domain.progress import Cancelled, no_progress
from jitdesk.gui.background import run_with_progress


def test_the_dialog_follows_the_work_and_returns_its_result(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, int]] = []

    def work(progress):
        for done in range(5):
            progress(done, 4, "Checking rows")
            dialog = parent.findChild(QProgressDialog)
            seen.append((dialog.value(), dialog.maximum()))
            assert dialog.labelText() == f"Checking rows: {done} of 4"
        return "done"

    assert run_with_progress(parent, "Importing", work) == "done"
    assert seen[-1] == (4, 4)


def test_stop_ends_the_work_at_its_next_report(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    reached: list[int] = []

    def work(progress):
        for done in range(100):
            progress(done, 100, "Laying out pages")
            reached.append(done)
            if done == 10:
                parent.findChild(QProgressDialog).cancel()  # the person presses Stop
        return "finished"

    with pytest.raises(Cancelled):
        run_with_progress(parent, "Pickup notices", work)
    assert reached[-1] == 10


def test_the_command_line_shows_progress_only_on_a_terminal():
    assert terminal_progress(io.StringIO()) is no_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    report = terminal_progress(out)
    report(50, 100, "Reading orders")
    report(100, 100, "Reading orders")
    assert "Reading orders: 50/100" in out.getvalue()
    assert out.getvalue().endswith("100/100\x1b[K\n")
