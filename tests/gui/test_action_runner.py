"""Every write action runs through one runner: busy cursor, a known error as one sentence, a bug
in the bug dialog with the log's location, and what changed reaching the other pages."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.domain.models import CustomerInput
from jitdesk.gui import action_runner, feedback
from jitdesk.gui.action_runner import Outcome, finish_action, run_action
from jitdesk.gui.main_window import MainWindow
from jitdesk.services import customers
from jitdesk.services.shop import Changes


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes shown, as (title, text), and the cursor while each was up."""
    shown: list[tuple[str, str, object]] = []

    def warning(_parent, title, text, *_a, **_k):
        shown.append((title, text, QGuiApplication.overrideCursor()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def fail(error: Exception):
    def action():
        raise error

    return action


def test_a_known_error_is_one_sentence_in_a_message_box_and_nothing_is_announced(
    qtbot, parent, boxes
):
    heard = []
    outcome = run_action(
        parent,
        fail(DomainError("Order C-2026-0001 is completed; it cannot change.")),
        changed=heard.append,
        title="Cancel order",
    )
    assert not outcome and isinstance(outcome.error, DomainError)
    assert [(t, text) for t, text, _ in boxes] == [
        ("Cancel order", "Order C-2026-0001 is completed; it cannot change.")
    ]
    assert heard == []


def test_the_busy_cursor_shows_during_the_action_and_is_gone_before_the_message(
    qtbot, parent, boxes
):
    during = []

    def action():
        during.append(QGuiApplication.overrideCursor().shape())
        raise ValidationError("The quantity must be at least 1.", "quantity")

    run_action(parent, action)
    assert during == [Qt.CursorShape.WaitCursor]
    assert boxes[0][2] is None  # no wait cursor over the message box
    assert QGuiApplication.overrideCursor() is None


def test_a_full_disk_reads_as_a_sentence_not_as_a_bug(qtbot, parent, boxes):
    run_action(parent, fail(OSError(errno.ENOSPC, "No space left on device")))
    assert [text for _, text, _ in boxes] == ["The disk is full; free some space and try again."]


def test_a_dialog_can_keep_a_known_error_at_its_field(qtbot, parent, boxes):
    at_field = []
    outcome = run_action(
        parent,
        fail(ValidationError("Write the amount like 12.50.", "amount")),
        on_error=at_field.append,
    )
    assert not outcome
    assert [str(e) for e in at_field] == ["Write the amount like 12.50."]
    assert boxes == []


def test_a_bug_opens_the_bug_dialog_with_the_log_location(qtbot, parent, monkeypatch, boxes):
    monkeypatch.setattr(action_runner, "show_bug", feedback.show_bug)  # the real dialog
    dialogs = []

    def exec_(box):
        dialogs.append((box.text(), box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    outcome = run_action(parent, fail(ZeroDivisionError("division by zero")))
    assert not outcome and isinstance(outcome.error, ZeroDivisionError)
    assert boxes == []  # not worded as if the person could fix it
    [(text, informative, details)] = dialogs
    assert text.startswith("Something went wrong inside jitdesk.")
    assert str(feedback.log_path()) in informative
    assert "ZeroDivisionError: division by zero" in details
    assert QGuiApplication.overrideCursor() is None


def test_success_reaches_the_other_pages_after_the_initiator_showed_it(
    qtbot, gui_shop, monkeypatch, boxes
):
    window = MainWindow(gui_shop.shop)
    qtbot.addWidget(window)
    window.go_to("customers")
    initiator = window.pages["customers"]
    window.go_to("orders")
    other = window.pages["orders"]
    order: list[str] = []
    heard: list[Changes] = []

    def refresh(changes=None):
        order.append("other page refreshed")
        heard.append(changes)

    monkeypatch.setattr(other, "refresh", refresh)
    customer_id = gui_shop.customers["Zoë Ångström"]
    outcome = run_action(
        initiator,
        lambda: customers.update_customer(
            gui_shop.shop, customer_id, CustomerInput("Zoë Ångström-Berg", "", "zoe@example.se")
        ),
        changed=initiator.changed,
        on_success=lambda _changes: order.append("initiator showed it"),
    )
    assert outcome.ok and boxes == []
    assert order == ["initiator showed it", "other page refreshed"]
    assert heard[0].customers == {customer_id}


def test_a_result_from_a_worker_is_reported_and_announced_the_same_way(qtbot, parent, boxes):
    heard = []
    finish_action(parent, Outcome(Changes(customer_orders={7})), changed=heard.append)
    finish_action(
        parent, Outcome(error=DomainError("The mail server refused.")), changed=heard.append
    )
    assert [c.customer_orders for c in heard] == [{7}]
    assert [text for _, text, _ in boxes] == ["The mail server refused."]
