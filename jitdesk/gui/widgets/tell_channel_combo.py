"""How a customer wants to hear that an order is ready: the picker of the customer editors and
Settings, and the words the lists use for each way and each call outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from jitdesk.domain.telling import CallOutcome, TellChannel
from jitdesk.gui.i18n import QT_TR_NOOP, tr

CHANNEL_TITLES = {
    TellChannel.EMAIL: QT_TR_NOOP("E-mail"),
    TellChannel.PHONE: QT_TR_NOOP("Phone call"),
    TellChannel.PRINT: QT_TR_NOOP("Printed notice"),
}
# "Tell by …" in the lists of customers still to be told.
TELL_BY = {
    TellChannel.EMAIL: QT_TR_NOOP("Tell by e-mail"),
    TellChannel.PHONE: QT_TR_NOOP("Tell by phone"),
    TellChannel.PRINT: QT_TR_NOOP("Tell with a printed notice"),
}
OUTCOME_TITLES = {
    CallOutcome.REACHED: QT_TR_NOOP("Reached the customer"),
    CallOutcome.NO_ANSWER: QT_TR_NOOP("No answer"),
    CallOutcome.LEFT_MESSAGE: QT_TR_NOOP("Left a message"),
    CallOutcome.WRONG_NUMBER: QT_TR_NOOP("Wrong number"),
}
# The latest call, as a list says it after the way to tell.
LAST_CALL = {
    CallOutcome.REACHED: QT_TR_NOOP("reached"),
    CallOutcome.NO_ANSWER: QT_TR_NOOP("called, no answer"),
    CallOutcome.LEFT_MESSAGE: QT_TR_NOOP("called, left a message"),
    CallOutcome.WRONG_NUMBER: QT_TR_NOOP("called, wrong number"),
}


def channel_title(channel: TellChannel) -> str:
    return tr(CHANNEL_TITLES[channel])


def tell_by_text(channel: TellChannel, last_call: str | None = None) -> str:
    """ "Tell by phone", with the latest call's outcome when there was one."""
    text = tr(TELL_BY[channel])
    if last_call in set(CallOutcome):
        text += " (" + tr(LAST_CALL[CallOutcome(last_call)]) + ")"
    return text


class TellChannelCombo(QComboBox):
    """The ways to tell; with `shop_default`, first "As the shop chose (…)", stored as empty
    so the customer follows the shop's choice."""

    def __init__(
        self, shop_default: TellChannel | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("How to tell the customer"))
        if shop_default is not None:
            self.addItem("", "")
            self.set_shop_default(shop_default)
        for channel in TellChannel:
            self.addItem(channel_title(channel), channel.value)

    def set_shop_default(self, shop_default: TellChannel) -> None:
        """Name the shop's choice again (Settings may have changed it)."""
        index = self.findData("")
        if index >= 0:
            self.setItemText(
                index,
                tr("As the shop chose ({channel})").format(channel=channel_title(shop_default)),
            )

    def channel(self) -> str:
        return str(self.currentData() or "")

    def set_channel(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value or "")))
