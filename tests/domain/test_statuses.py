"""The status table: every status has a title and its allowed actions, and the actions agree
with the legal transitions."""

from __future__ import annotations

import pytest

from jitdesk.domain.statuses import (
    CUSTOMER_STATUSES,
    CUSTOMER_TRANSITIONS,
    SUPPLIER_STATUSES,
    SUPPLIER_TRANSITIONS,
    Action,
    CustomerOrderStatus,
    SupplierOrderStatus,
    customer_allows,
    customer_status_title,
    supplier_allows,
    supplier_status_title,
)


def test_every_status_has_one_entry_named_as_stored():
    assert set(CUSTOMER_STATUSES) == set(CustomerOrderStatus)
    assert set(SUPPLIER_STATUSES) == set(SupplierOrderStatus)
    for status, info in [*CUSTOMER_STATUSES.items(), *SUPPLIER_STATUSES.items()]:
        assert info.name == status.value and info.title


def test_titles_users_read():
    assert supplier_status_title("partially received") == "Partly received"
    assert supplier_status_title("closed short") == "Closed short"
    assert customer_status_title("ready") == "Ready"
    assert customer_status_title("something new") == "something new"


@pytest.mark.parametrize("status", list(SupplierOrderStatus))
def test_supplier_actions_that_change_status_follow_the_transitions(status):
    moves = SUPPLIER_TRANSITIONS[status]
    assert supplier_allows(status, Action.CANCEL) == (SupplierOrderStatus.CANCELLED in moves)
    assert supplier_allows(status, Action.CLOSE_SHORT) == (
        SupplierOrderStatus.CLOSED_SHORT in moves
    )
    assert supplier_allows(status, Action.SEND) == (status == SupplierOrderStatus.DRAFT)
    assert supplier_allows(status, Action.EDIT_LINES) == (status == SupplierOrderStatus.DRAFT)


@pytest.mark.parametrize("status", list(CustomerOrderStatus))
def test_customer_cancel_follows_the_transitions(status):
    moves = CUSTOMER_TRANSITIONS[status]
    assert customer_allows(status, Action.CANCEL) == (CustomerOrderStatus.CANCELLED in moves)


def test_what_a_user_may_do_to_a_customer_order():
    assert customer_allows("open", Action.EDIT) and not customer_allows("ready", Action.EDIT)
    assert customer_allows("ready", Action.NOTIFY) and not customer_allows("open", Action.NOTIFY)
    assert customer_allows("completed", Action.TAKE_PAYMENT)
    assert not customer_allows("cancelled", Action.TAKE_PAYMENT)
    assert not customer_allows(None, Action.EDIT)  # no order chosen
