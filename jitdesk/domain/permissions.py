"""Who may do what: the owner everything, staff all but the owner-only actions the owner has
not allowed them, and five wrong PINs lock a person out for a minute.

A shop with none or one person has nobody to ask: everything is allowed there, as on a one-desk
shop (services/permissions.py decides when someone must sign in).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from jitdesk.domain.i18n import _


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"


class OwnerAction(StrEnum):
    """Actions only the owner may do unless the owner allows them for staff."""

    PRICES = "prices"  # sale prices and supplier costs
    SUPPLIER_TERMS = "supplier_terms"
    SETTINGS = "settings"
    EMAIL_ACCOUNTS = "email_accounts"
    WRITE_OFF = "write_off"
    RESTORE = "restore"
    COSTS_AND_MARGINS = "costs_and_margins"


# Never granted to staff: adding people, their PINs and roles, and these permissions.
MANAGE_PEOPLE = "people"

MAX_FAILED_PINS = 5
LOCKED_FOR = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    role: Role
    pin_hash: str
    failed_pins: int = 0
    locked_until: datetime | None = None

    @property
    def is_owner(self) -> bool:
        return self.role is Role.OWNER


def action_title(action: OwnerAction) -> str:
    """What the action is, as the owner reads it in the list of what staff may do."""
    titles = {
        OwnerAction.PRICES: _("change sale prices and costs"),
        OwnerAction.SUPPLIER_TERMS: _("change suppliers and their terms"),
        OwnerAction.SETTINGS: _("change the shop's settings"),
        OwnerAction.EMAIL_ACCOUNTS: _("change the e-mail account"),
        OwnerAction.WRITE_OFF: _("write off surplus"),
        OwnerAction.RESTORE: _("restore a backup"),
        OwnerAction.COSTS_AND_MARGINS: _("see costs and margins"),
    }
    return titles[action]


def parse_actions(names: Iterable[str]) -> frozenset[OwnerAction]:
    """Stored action names as actions; a name this version does not know is ignored."""
    known = {a.value for a in OwnerAction}
    return frozenset(OwnerAction(n) for n in names if n in known)


def may(
    person: Person | None, action: OwnerAction | str, staff_allowed: Iterable[OwnerAction]
) -> bool:
    """Whether `person` may do `action`; nobody signed in (None) may do no owner-only action."""
    if person is None:
        return False
    if person.is_owner:
        return True
    return action != MANAGE_PEOPLE and action in frozenset(staff_allowed)


def refusal(action: OwnerAction | str, person: Person | None) -> str:
    """The one sentence a refused action shows: who may do it and what to do."""
    if action == MANAGE_PEOPLE:
        return _("Only the owner may add people or change their PINs, roles and permissions.")
    what = action_title(OwnerAction(action))
    if person is None:
        return _("Only the owner may {what}; sign in as the owner first.").format(what=what)
    return _(
        "Only the owner may {what}; {name} is staff. Ask the owner to do it, or to allow it "
        "for staff in Settings \u25b8 People."
    ).format(what=what, name=person.name)


def is_locked(person: Person, now: datetime) -> bool:
    return person.locked_until is not None and now < person.locked_until


def after_wrong_pin(failed_before: int, now: datetime) -> tuple[int, datetime | None]:
    """(failed count to store, locked until) after one more wrong PIN: the fifth in a row
    locks for a minute and starts the count again."""
    failed = failed_before + 1
    if failed >= MAX_FAILED_PINS:
        return 0, now + LOCKED_FOR
    return failed, None


def seconds_locked(person: Person, now: datetime) -> int:
    """Whole seconds (at least 1) until a locked person may try again."""
    assert person.locked_until is not None
    return max(1, int((person.locked_until - now).total_seconds() + 0.999))
