"""Enabling a control together with the sentence that says why it is disabled.

A disabled button that does not say why leaves the user guessing, so every place that disables
one goes through `set_enabled` with a reason from `Reason`; the sentences live here, once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jitdesk.gui.i18n import QT_TR_NOOP, tr

_OWN_TIP = "jitdeskEnabledToolTip"  # the tooltip to show while enabled


class Reason:
    """Why a control is disabled; each is a sentence, translated when it is shown."""

    NO_ORDER = QT_TR_NOOP("Select an order first.")
    FULLY_PAID = QT_TR_NOOP("This order is fully paid: there is nothing left to pay.")
    ORDER_CLOSED = QT_TR_NOOP("This order is completed or cancelled, so it can no longer change.")
    NOT_READY = QT_TR_NOOP("The customer can be told once the order is ready for pickup.")
    NOTHING_TO_REDUCE = QT_TR_NOOP("Select a line that still has items not handed over.")
    NOTHING_IN_SECTION = QT_TR_NOOP("There is nothing in this section to do it for.")
    NO_DOCUMENT = QT_TR_NOOP("Select a document first.")
    FILE_MISSING = QT_TR_NOOP("The file was moved or deleted since it was generated.")
    FOLDER_MISSING = QT_TR_NOOP("The folder the file was written to no longer exists.")
    BUSY = QT_TR_NOOP("Please wait until the current step has finished.")
    NO_DELIVERY_DUE = QT_TR_NOOP("No ready order is due for delivery by the chosen day.")
    OWNER_ONLY = QT_TR_NOOP(
        "Only the owner may do this; the owner can allow it for staff in Settings ▸ People."
    )
    COSTS_HIDDEN = QT_TR_NOOP(
        "Only the owner sees costs and margins; the owner can allow it for staff in "
        "Settings ▸ People."
    )
    NO_PERSON = QT_TR_NOOP("Select a person first.")
    NO_PEOPLE = QT_TR_NOOP("Add the owner first: permissions matter once people sign in.")
    BELOW_MINIMUM = QT_TR_NOOP(
        "This order is below the supplier's minimum: tick \u201cSend anyway\u201d to send it."
    )


def set_enabled(widget: QWidget, reason: str | None) -> None:
    """Enable `widget` when `reason` is None; otherwise disable it and show why in its tooltip.

    `reason` is an untranslated sentence from `Reason`. The tooltip the widget had before the
    first call is what it shows again while enabled, so no stale reason stays behind.
    """
    own = widget.property(_OWN_TIP)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(_OWN_TIP, own)
    widget.setEnabled(reason is None)
    widget.setToolTip(str(own) if reason is None else tr(reason))


def first_reason(*checks: tuple[bool, str]) -> str | None:
    """The reason of the first check that fails (its condition is False), or None when all pass."""
    for ok, reason in checks:
        if not ok:
            return reason
    return None
