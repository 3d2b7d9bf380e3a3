"""Folding for the counter search: what a person types without accents or case finds the
stored name; the SQL and the plain rule agree (see tests/store/test_order_search.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jitdesk.domain.search import customer_keys, fold, matches, parse_query, phone_key, words

ACCENTS = "\u0301\u0300\u0308\u0302\u0303\u030c\u0327"  # acute, grave, diaeresis, ...
letters = st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=12)


@given(st.text(max_size=40))
def test_fold_is_stable(text):
    assert fold(fold(text)) == fold(text)


@given(letters, st.lists(st.sampled_from(ACCENTS), max_size=3))
def test_accents_and_case_never_hide_a_name(word, marks):
    stored = word + "".join(marks)
    typed = word.swapcase()
    keys = customer_keys(stored, "", "")
    query = parse_query(typed)
    if query.words:  # a letter that folds to nothing is no word to look for
        assert matches(query, keys)


@given(
    st.text(alphabet="0123456789", min_size=6, max_size=12), st.sampled_from(["", "+30 ", "0030 "])
)
def test_a_phone_is_found_with_other_spacing_and_prefix(number, prefix):
    number = "9" + number  # a number does not start with its trunk zero here
    stored = customer_keys("X", "+30 " + " ".join([number[:3], number[3:]]), "")
    typed = prefix + "-".join([number[:2], number[2:]])
    assert matches(parse_query(typed), stored)


@given(
    st.text(alphabet="0123456789", min_size=6, max_size=10),
    st.sampled_from(["30", "43", "49", "1", "353"]),
    st.integers(4, 10),
    st.sampled_from(["+{cc} ", "00{cc} ", "+{cc} (0)", "+{cc} 0"]),
)
def test_a_national_number_is_found_typed_from_its_start_with_the_country_prefix(
    number, code, typed_digits, prefix
):
    """Stored the national way ("0664 1234567") or the international way ("+43 664 1234567"),
    a number is found as it is typed with its country prefix, trunk zero or not."""
    number = "6" + number  # a national number does not start with its trunk zero
    typed = prefix.format(cc=code) + number[:typed_digits]
    query = parse_query(typed)
    assert matches(query, customer_keys("X", "0" + number, ""))
    assert matches(query, customer_keys("X", f"+{code} {number}", ""))


def test_the_examples_of_a_stored_international_number():
    stored = customer_keys("X", "+43 664 1234567", "")
    for typed in ("0664 1234567", "664 1234567", "+436641234567", "+43 (0)664 1234567"):
        assert matches(parse_query(typed), stored), typed
    assert not matches(parse_query("+43 664 1234568"), stored)


@given(st.text(max_size=30))
def test_any_query_parses_and_wildcards_are_not_words(text):
    query = parse_query(text)
    assert all("%" not in w and "_" not in w and "\\" not in w for w in query.words)


def test_examples_from_the_counter():
    assert words("Γιώργος ΝΙΚΟΛΆΟΥ") == ["γιωργοσ", "νικολαου"]
    assert matches(parse_query("nikolaou"), customer_keys("Ελένη Νικολάου", "", ""))
    assert matches(parse_query("jurgen"), customer_keys("Jürgen Groß", "", ""))
    assert phone_key("+30 (694) 12-34") == phone_key("0030 6941234")
