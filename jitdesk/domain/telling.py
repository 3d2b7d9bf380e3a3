"""Telling a customer that an order is ready: the ways a customer can prefer, the outcomes of a
phone call, and which of them count as told.

A customer's preference may be empty: then the shop's default way applies, so a shop that
changes its default changes it for everyone who did not choose.
"""

from __future__ import annotations

from enum import StrEnum

from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import N_, _

MAX_CALL_NOTE = 500


class TellChannel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    PRINT = "print"


DEFAULT_CHANNEL = TellChannel.PRINT


class CallOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    WRONG_NUMBER = "wrong_number"


# What the timeline says about a call, per outcome ({phone} is the number dialled).
CALL_TEXTS = {
    CallOutcome.REACHED: N_("Called {phone}: spoke to the customer"),
    CallOutcome.NO_ANSWER: N_("Called {phone}: no answer"),
    CallOutcome.LEFT_MESSAGE: N_("Called {phone}: left a message"),
    CallOutcome.WRONG_NUMBER: N_("Called {phone}: wrong number"),
}

# Words a customer list may use for each way (column notify_by), compared without case.
_CHANNEL_WORDS = {
    TellChannel.EMAIL: ("email", "e-mail", "mail"),
    TellChannel.PHONE: ("phone", "call", "telephone", "tel"),
    TellChannel.PRINT: ("print", "printed", "paper", "notice", "post"),
}


def call_tells(outcome: CallOutcome) -> bool:
    """Only a call that reached the customer tells them; a message on a machine or a call
    nobody answered leaves them still to be told."""
    return outcome is CallOutcome.REACHED


def channel_for(preferred: str, shop_default: str) -> TellChannel:
    """The way to tell a customer: their own choice, else the shop's default. A value this
    jitdesk does not know (written by a newer one) falls back to a printed notice."""
    for value in (preferred, shop_default):
        if value:
            try:
                return TellChannel(value)
            except ValueError:
                break
    return DEFAULT_CHANNEL


def check_channel(value: str, *, allow_empty: bool = True, field: str = "tell_channel") -> str:
    """A stored way to tell ('' = the shop's choice where allowed), from a stored value or a
    word of a customer list; anything else is refused with what to write."""
    text = (value or "").strip().casefold()
    if not text and allow_empty:
        return ""
    for channel, words in _CHANNEL_WORDS.items():
        if text in words:
            return channel.value
    raise ValidationError(
        _("{value} is not a way to tell a customer; write email, phone or print.").format(
            value=quoted(value or "")
        ),
        field,
    )


def check_call_note(note: str) -> str:
    text = (note or "").strip()
    if len(text) > MAX_CALL_NOTE:
        raise ValidationError(
            _("A call note has at most {n} characters; shorten it.").format(n=MAX_CALL_NOTE),
            "note",
        )
    return text


def call_text(outcome: str, phone: str) -> str:
    """The timeline's sentence about one call, in the user's language."""
    try:
        template = CALL_TEXTS[CallOutcome(outcome)]
    except ValueError:
        return _("Called {phone}").format(phone=phone or "—")
    return _(template).format(phone=phone or "—")
