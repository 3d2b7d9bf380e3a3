"""The store's statements as PostgreSQL is sent them: SQLite's spellings rewritten, and
nothing else touched (a parameter's name, the text inside a literal)."""

from __future__ import annotations

import re

from jitdesk.store.pg_sql import glob_regex, to_postgres


def test_a_parameter_named_like_stays_a_parameter():
    sql = to_postgres("SELECT id FROM customers WHERE name LIKE :like OR phone LIKE :like")
    assert sql == (
        "SELECT id FROM customers WHERE name ILIKE %(like)s ESCAPE '' "
        "OR phone ILIKE %(like)s ESCAPE ''"
    )


def test_glob_becomes_an_anchored_regular_expression():
    sql = to_postgres("SELECT 1 WHERE number GLOB 'C-[12]*' AND tail NOT GLOB '*[^0-9]*'")
    assert sql == "SELECT 1 WHERE number ~ '^C\\-[12].*$' AND tail !~ '^.*[^0-9].*$'"
    assert re.match(glob_regex("'*[^0-9]*'"), "12a") and not re.match(
        glob_regex("'*[^0-9]*'"), "123"
    )
    assert glob_regex("'a?c'") == "^a.c$"


def test_total_sums_in_floating_point_and_is_zero_over_no_rows():
    assert to_postgres("SELECT total(quantity * price) FROM lines") == (
        "SELECT COALESCE(SUM(CAST(quantity * price AS DOUBLE PRECISION)), 0.0) FROM lines"
    )


def test_words_inside_literals_are_left_alone():
    assert to_postgres("SELECT 'LIKE GLOB total(1)' FROM t") == "SELECT 'LIKE GLOB total(1)' FROM t"
