"""Who may do what, PIN hashes, and the lock after five wrong PINs (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.permissions import (
    LOCKED_FOR,
    MANAGE_PEOPLE,
    MAX_FAILED_PINS,
    OwnerAction,
    Person,
    Role,
    after_wrong_pin,
    is_locked,
    may,
    refusal,
    seconds_locked,
)
from jitdesk.domain.pins import check_pin, hash_pin, pin_matches

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
ACTIONS = st.sampled_from(list(OwnerAction))


def person(role: Role, **kwargs) -> Person:
    return Person(1, "Mia", role, "", **kwargs)


def test_the_right_pin_matches_and_a_wrong_one_does_not():
    stored = hash_pin("4711")
    assert pin_matches("4711", stored)
    assert not pin_matches("4712", stored)
    assert not pin_matches("", stored)


def test_the_same_pin_hashes_differently_with_its_own_salt_and_parameters_kept():
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second
    scheme, n, r, p, salt, key = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert (len(bytes.fromhex(salt)), len(bytes.fromhex(key))) == (16, 32)  # no PIN kept
    assert salt != second.split("$")[4]
    assert pin_matches("1234", first) and pin_matches("1234", second)


@pytest.mark.parametrize("stored", ["", "plain", "md5$1$2$3$00$00", "scrypt$x$8$1$00$00"])
def test_a_stored_text_this_version_cannot_read_never_matches(stored):
    assert not pin_matches("1234", stored)


@pytest.mark.parametrize("pin", ["", "123", "12a4", "1234567890123", "١٢٣٤", "12 34"])
def test_a_pin_is_four_to_twelve_digits(pin):
    with pytest.raises(ValidationError, match="4 to 12 digits"):
        check_pin(pin)


def test_the_fifth_wrong_pin_in_a_row_locks_for_a_minute():
    failed, locked = 0, None
    for _ in range(MAX_FAILED_PINS - 1):
        failed, locked = after_wrong_pin(failed, NOW)
        assert locked is None
    assert failed == 4
    failed, locked = after_wrong_pin(failed, NOW)
    assert (failed, locked) == (0, NOW + timedelta(minutes=1))
    mia = person(Role.STAFF, locked_until=locked)
    assert is_locked(mia, NOW + timedelta(seconds=59))
    assert seconds_locked(mia, NOW + timedelta(seconds=59.5)) == 1
    assert not is_locked(mia, NOW + LOCKED_FOR)


@given(ACTIONS, st.frozensets(ACTIONS))
def test_the_owner_may_do_everything_whatever_staff_are_allowed(action, allowed):
    assert may(person(Role.OWNER), action, allowed)
    assert may(person(Role.OWNER), MANAGE_PEOPLE, allowed)


@given(ACTIONS, st.frozensets(ACTIONS))
def test_staff_may_do_exactly_what_the_owner_allowed_and_never_manage_people(action, allowed):
    assert may(person(Role.STAFF), action, allowed) == (action in allowed)
    assert not may(person(Role.STAFF), MANAGE_PEOPLE, frozenset(OwnerAction))


@given(ACTIONS, st.frozensets(ACTIONS))
def test_nobody_signed_in_may_do_no_owner_only_action(action, allowed):
    assert not may(None, action, allowed)


def test_a_refusal_says_who_may_do_it_and_what_to_do():
    text = refusal(OwnerAction.WRITE_OFF, person(Role.STAFF))
    assert text.startswith("Only the owner may write off surplus;")
    assert "Settings \u25b8 People" in text
    assert "sign in as the owner" in refusal(OwnerAction.RESTORE, None)
