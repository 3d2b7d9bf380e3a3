"""The words the GUI uses for each way of telling a customer and for the latest call, in one
place for the lists, the order panel and the pickers."""

from __future__ import annotations

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
    return _with_call(tr(TELL_BY[channel]), last_call)


def channel_with_call(channel: TellChannel, last_call: str | None = None) -> str:
    """ "Phone call", with the latest call's outcome when there was one (a narrow column)."""
    return _with_call(channel_title(channel), last_call)


def _with_call(text: str, last_call: str | None) -> str:
    if last_call in set(CallOutcome):
        text += " (" + tr(LAST_CALL[CallOutcome(last_call)]) + ")"
    return text
