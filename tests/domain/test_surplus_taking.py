"""Taking units from surplus for waiting customer lines (the rule planning and the counter
share), checked by hand on a small case and by hypothesis over random shelves."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from jitdesk.domain.allocation import take_from_surplus


def test_oldest_line_first_and_no_more_than_it_waits_for():
    takes, left = take_from_surplus([(1, 7, 2), (2, 7, 5), (3, 8, 1)], {7: 4, 9: 3})
    assert takes == [(1, 7, 2), (2, 7, 2)]  # the second line gets what is left; 8 has none
    assert left == {7: 0, 9: 3}


def test_nothing_on_hand_or_nothing_wanted_takes_nothing():
    assert take_from_surplus([(1, 7, 0), (2, 8, 3)], {7: 5, 8: 0, 9: -2}) == ([], {7: 5})


wants = st.lists(
    st.tuples(st.integers(1, 4), st.integers(-2, 20)),  # (product, units waited for)
    max_size=25,
).map(lambda rows: [(line_id, pid, qty) for line_id, (pid, qty) in enumerate(rows, start=1)])
shelves = st.dictionaries(st.integers(1, 5), st.integers(-3, 30), max_size=5)


@given(wants, shelves)
def test_never_more_than_on_hand_or_wanted(wanted, on_hand):
    takes, _left = take_from_surplus(wanted, on_hand)
    by_line = {line_id: (pid, qty) for line_id, pid, qty in wanted}
    per_product = Counter[int]()
    for line_id, pid, qty in takes:
        assert qty > 0
        assert by_line[line_id][0] == pid
        assert qty <= by_line[line_id][1]
        per_product[pid] += qty
    for pid, qty in per_product.items():
        assert qty <= max(0, on_hand.get(pid, 0))
    assert len({line_id for line_id, _pid, _qty in takes}) == len(takes)


@given(wants, shelves)
def test_units_are_conserved(wanted, on_hand):
    """Taken + left = what was on hand, product by product: no unit appears or vanishes."""
    takes, left = take_from_surplus(wanted, on_hand)
    taken = Counter[int]()
    for _line_id, pid, qty in takes:
        taken[pid] += qty
    for pid, qty in on_hand.items():
        assert taken[pid] + left.get(pid, 0) == max(0, qty)
    assert all(qty >= 0 for qty in left.values())


@given(wants, shelves)
def test_a_line_goes_short_only_when_its_product_ran_out(wanted, on_hand):
    """Oldest first: a line gets less than it waits for only if nothing of its product is
    left afterwards, and every line after it got nothing of that product."""
    takes, left = take_from_surplus(wanted, on_hand)
    got = {line_id: qty for line_id, _pid, qty in takes}
    for position, (line_id, pid, qty) in enumerate(wanted):
        if qty > 0 and got.get(line_id, 0) < qty:
            assert left.get(pid, 0) == 0
            later = [lid for lid, p, _q in wanted[position + 1 :] if p == pid]
            assert not any(got.get(lid) for lid in later)
