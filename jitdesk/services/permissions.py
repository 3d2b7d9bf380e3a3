"""What the signed-in person may do, checked by the services themselves.

Every owner-only service calls `require(shop, action)` before its transaction, so a refusal is
the same from the app, the command line or a script: one sentence, and an event in the log.

A shop with none or one person is a one-desk shop: nobody is asked to sign in, everything is
allowed there, as before, and whoever works acts as the one person there is (the owner). Only
from the second person on does each desk say who works there; `sign_in_required` is that rule,
for the app, the command line and the checks here alike.
"""

from __future__ import annotations

from jitdesk.domain.errors import PermissionDeniedError, ShopFileError
from jitdesk.domain.permissions import MANAGE_PEOPLE, OwnerAction, Person, refusal
from jitdesk.domain.permissions import may as person_may
from jitdesk.services.shop import Shop
from jitdesk.store import people as q


def has_people(shop: Shop) -> bool:
    return q.count_people(shop.db) > 0


def sign_in_required(shop: Shop) -> bool:
    """Whether whoever works on `shop` must say who they are: once it has two people or more.
    With none or one, the shop works as a one-desk shop, as the owner."""
    return q.count_people(shop.db) > 1


def staff_allowed(shop: Shop) -> frozenset[OwnerAction]:
    """The owner-only actions the owner allows staff to do."""
    return q.staff_allowed(shop.db)


def may(shop: Shop, action: OwnerAction | str) -> bool:
    """Whether whoever works on `shop` now may do `action`."""
    if not sign_in_required(shop):
        return True
    return person_may(signed_in_person(shop), action, q.staff_allowed(shop.db))


def signed_in_person(shop: Shop) -> Person | None:
    """Who signed in at this desk; a person only assumed in a one-person shop counts as
    nobody once a second person was added (at this desk or another)."""
    return None if shop.person_assumed else shop.person


def require(shop: Shop, action: OwnerAction | str) -> None:
    """Refuse `action` with one sentence, and log the refusal, unless the person may do it.

    Call it before the action's transaction: the refusal's event is written on its own, so
    the error that follows does not roll it back."""
    if may(shop, action):
        return
    message = refusal(action, signed_in_person(shop))
    try:
        with shop.transaction():
            shop.event("person", shop.person_id, "refused", message, refused=str(action))
    except ShopFileError:
        pass  # a shop opened read-only cannot log it; the refusal stands all the same
    raise PermissionDeniedError(message)


def may_see_costs(shop: Shop) -> bool:
    """Whether whoever works on `shop` may see costs, margins, surplus and write-off values
    and money committed to suppliers (every page, export and report asks this)."""
    return may(shop, OwnerAction.COSTS_AND_MARGINS)


def require_people_manager(shop: Shop) -> None:
    """Only the owner adds people and changes PINs, roles and permissions (the first person
    is added by whoever sets the shop up)."""
    require(shop, MANAGE_PEOPLE)
