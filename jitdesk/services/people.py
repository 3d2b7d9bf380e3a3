"""People of a shop: adding them, signing in with a PIN, and what staff may do.

The first person added is the owner; from then on only an owner adds people, sets PINs and
roles and decides which owner-only actions staff may do. Five wrong PINs in a row lock a person
out for a minute (domain/permissions.py), by the shop's clock.
"""

from __future__ import annotations

from collections.abc import Iterable

from jitdesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError, quoted
from jitdesk.domain.i18n import _, ngettext
from jitdesk.domain.models import require_text
from jitdesk.domain.permissions import (
    MAX_FAILED_PINS,
    OwnerAction,
    Person,
    Role,
    after_wrong_pin,
    is_locked,
    seconds_locked,
)
from jitdesk.domain.pins import check_pin, hash_pin, pin_matches
from jitdesk.services.permissions import (
    has_people,
    require_people_manager,
    sign_in_required,
    signed_in_person,
)
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import people as q


def list_people(shop: Shop) -> list[Person]:
    return q.list_people(shop.db)


def _check_name(name: str) -> str:
    return require_text(" ".join(name.split()), "name", _("name"), max_len=60)


def add_person(shop: Shop, name: str, pin: str, role: Role = Role.STAFF) -> Person:
    """Add a person; the first one is the owner, whatever `role` says."""
    name = _check_name(name)
    check_pin(pin)
    first = not has_people(shop)
    if not first:
        # The owner working alone without signing in stays the owner once a second person
        # makes signing in needed: adding staff never locks the owner out.
        work_without_sign_in(shop)
        require_people_manager(shop)
        shop.person_assumed = False  # the owner working here stays signed in as the owner
    role = Role.OWNER if first else Role(role)
    pin_hash = hash_pin(pin)
    with shop.transaction() as db:
        if q.person_by_name(db, name) is not None:
            raise ValidationError(
                _("There is already a person named {name}; choose another name.").format(
                    name=quoted(name)
                ),
                "name",
            )
        person_id = q.insert_person(db, name, role, pin_hash, shop.now_iso())
        shop.event("person", person_id, "added", f"{name} added as {role.value}", role=role.value)
        person = q.person_by_id(db, person_id)
    assert person is not None
    if first:
        _signed_in(shop, person)
    return person


def work_without_sign_in(shop: Shop) -> bool:
    """Start work on a shop that needs no sign-in (none or one person) as the one person there
    is, so its events record the owner; True then. False when somebody must sign in."""
    if sign_in_required(shop):
        return False
    if shop.person is None:
        everyone = q.list_people(shop.db)
        if everyone:
            shop.person, shop.person_assumed = everyone[0], True
    return True


def forget_assumed_person(shop: Shop) -> bool:
    """True when whoever works at this desk must sign in now: the shop has two people or
    more, and nobody signed in here (the desk worked as the one person there was, and a
    second person was added since, at another desk). The assumed person is forgotten, so
    nothing more is done or recorded in their name."""
    if not sign_in_required(shop) or signed_in_person(shop) is not None:
        return False
    shop.person, shop.person_assumed = None, False
    return True


def _signed_in(shop: Shop, person: Person) -> None:
    shop.person, shop.person_assumed = person, False
    shop.actor = person.name


def sign_in(shop: Shop, name: str, pin: str) -> Person:
    """Sign in as the person named `name` with `pin`; a wrong PIN counts, the fifth in a row
    locks the person out for a minute."""
    now = shop.now()
    person = q.person_by_name(shop.db, name)
    if person is None:
        raise NotFoundError(
            _("There is no person named {name} in this shop.").format(name=quoted(name))
        )
    if is_locked(person, now):
        seconds = seconds_locked(person, now)
        raise PermissionDeniedError(
            ngettext(
                "Too many wrong PINs for {name}: try again in {n} second.",
                "Too many wrong PINs for {name}: try again in {n} seconds.",
                seconds,
            ).format(name=person.name, n=seconds)
        )
    if pin_matches(pin, person.pin_hash):
        with shop.transaction() as db:
            if person.failed_pins or person.locked_until:
                q.set_failed_pins(db, person.id, 0, None)
            _signed_in(shop, person)
            shop.event("person", person.id, "signed in", f"{person.name} signed in")
        return person
    _wrong_pin(shop, person)
    raise AssertionError("unreachable")


def _wrong_pin(shop: Shop, person: Person) -> None:
    now = shop.now()
    failed, locked_until = after_wrong_pin(person.failed_pins, now)
    with shop.transaction() as db:
        q.set_failed_pins(db, person.id, failed, locked_until)
        shop.event(
            "person",
            person.id,
            "wrong pin",
            f"Wrong PIN for {person.name}",
            locked=bool(locked_until),
        )
    if locked_until is not None:
        raise PermissionDeniedError(
            _("Wrong PIN five times for {name}: locked for a minute.").format(name=person.name)
        )
    left = MAX_FAILED_PINS - failed
    raise PermissionDeniedError(
        ngettext(
            "Wrong PIN for {name}; {n} try left before a minute's lock.",
            "Wrong PIN for {name}; {n} tries left before a minute's lock.",
            left,
        ).format(name=person.name, n=left)
    )


def sign_out(shop: Shop) -> None:
    shop.person = None


def _require_person(shop: Shop, person_id: int) -> Person:
    person = q.person_by_id(shop.db, person_id)
    if person is None:
        raise NotFoundError(_("The person does not exist (any more)."))
    return person


def set_pin(shop: Shop, person_id: int, pin: str) -> Changes:
    """A new PIN (also lifts a lock): the owner for anyone, a person for themself."""
    check_pin(pin)
    person = _require_person(shop, person_id)
    if shop.person_id != person_id:
        require_people_manager(shop)
    pin_hash = hash_pin(pin)
    with shop.transaction() as db:
        q.set_pin_hash(db, person_id, pin_hash)
        shop.event("person", person_id, "pin changed", f"PIN of {person.name} changed")
    return Changes(settings=True)


def set_role(shop: Shop, person_id: int, role: Role) -> Changes:
    """Make a person owner or staff; the shop always keeps at least one owner."""
    require_people_manager(shop)
    role = Role(role)
    with shop.transaction() as db:
        person = _require_person(shop, person_id)
        if person.role is Role.OWNER and role is Role.STAFF and q.count_owners(db) <= 1:
            raise ValidationError(
                _("{name} is the only owner; make someone else owner first.").format(
                    name=person.name
                ),
                "role",
            )
        q.set_role(db, person_id, role)
        shop.event("person", person_id, "role changed", f"{person.name} is now {role.value}")
    if shop.person_id == person_id:
        shop.person = q.person_by_id(shop.db, person_id)
    return Changes(settings=True)


def set_staff_allowed(shop: Shop, actions: Iterable[OwnerAction]) -> Changes:
    """Which owner-only actions staff may do (the rest stays the owner's)."""
    require_people_manager(shop)
    allowed = sorted({OwnerAction(a) for a in actions})
    with shop.transaction() as db:
        q.set_staff_allowed(db, allowed)
        shop.event(
            "shop", 1, "staff permissions", "Staff permissions changed", allowed=list(allowed)
        )
    return Changes(settings=True)
