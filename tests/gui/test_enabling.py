"""A disabled control says why in its tooltip; enabled again, it shows its own tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from jitdesk.gui.widgets.enabling import Reason, first_reason, set_enabled


def test_set_enabled_shows_the_reason_and_restores_the_own_tooltip(qtbot):
    button = QPushButton("Email to supplier…")
    qtbot.addWidget(button)
    button.setToolTip("Send the order as a PDF attachment")
    set_enabled(button, Reason.BUSY)
    assert not button.isEnabled()
    assert button.toolTip() == "Please wait until the current step has finished."
    set_enabled(button, None)
    assert button.isEnabled()
    assert button.toolTip() == "Send the order as a PDF attachment"


def test_first_reason_is_the_first_failing_check():
    assert first_reason((True, Reason.NO_ORDER), (False, Reason.BUSY)) == Reason.BUSY
    assert first_reason((False, Reason.NO_ORDER), (False, Reason.BUSY)) == Reason.NO_ORDER
    assert first_reason((True, Reason.NO_ORDER)) is None
