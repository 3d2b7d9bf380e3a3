"""The store's queries as PostgreSQL runs them: the one place that knows how they differ.

The store functions are written once, in the SQL both engines share, with SQLite's spelling of
the few things that differ. On a server shop each statement is rewritten here before psycopg
sends it (and the result cached, since the store sends the same few hundred statements over
and over). What differs, and its PostgreSQL form:

* parameters: ``?`` and ``:name`` become psycopg's ``%s`` and ``%(name)s``; a ``%`` inside a
  string literal is doubled so psycopg does not read it as a parameter;
* ``[name]`` quoting becomes ``"name"``;
* case-insensitive comparison and order: ``x COLLATE NOCASE`` becomes ``lower(x)`` (both fold
  ASCII only under the "C" collation the schema uses), and ``LIKE``, which ignores case in
  SQLite, becomes ``ILIKE`` (with ``ESCAPE ''`` where none is given: PostgreSQL would
  otherwise treat a backslash typed by a user as an escape);
* upserts: ``INSERT OR IGNORE`` becomes ``ON CONFLICT DO NOTHING``; in ``DO UPDATE SET`` the
  existing row's columns are qualified (store/pg_dialect.py);
* string aggregation: ``group_concat(x, sep)`` becomes ``string_agg(CAST(x AS TEXT), sep)``;
  ``total(x)`` (a sum in floating point that never overflows, 0.0 over no rows) is the sum of
  ``x`` as DOUBLE PRECISION;
* dates: ``julianday(x)`` becomes the same day number computed from the epoch;
* ``json_each(?)`` (a list of ids handed over as one JSON parameter) becomes a set of BIGINTs;
  ``instr`` is ``strpos``; the two-argument ``max``/``min`` are ``GREATEST``/``LEAST``;
* ``a IS ?`` becomes ``IS NOT DISTINCT FROM`` (PostgreSQL's ``IS`` takes only NULL/TRUE/FALSE);
* ``x IN name`` (a common table expression) becomes ``x IN (SELECT * FROM name)``;
* ``LIMIT -1`` (no limit) is ``LIMIT ALL``; ``CROSS JOIN t ON ...`` (SQLite's join-order hint)
  is a plain ``JOIN``; ``x IN ()`` of an empty list is FALSE (``NOT IN ()`` TRUE);
* the checks of a shop file's cells: ``typeof(x) <> 'integer'`` is FALSE (a BIGINT column
  holds nothing else), ``quote(x)`` is ``quote_nullable(x)``, ``temp.t`` is ``pg_temp.t``;
* ``x GLOB 'pattern'`` is ``x ~ 'regex'`` (anchored; ``*``, ``?`` and ``[...]`` as in GLOB);
* ``WHERE 0`` is ``WHERE FALSE``; ``CAST(... AS INTEGER)`` and ``AS REAL`` become BIGINT and
  DOUBLE PRECISION (SQLite's integers are 64-bit, its reals double).

A few queries are shaped for SQLite's planner in a way PostgreSQL's runs several times slower.
Each has a second form beside it in its store module, written in the same shared SQL and giving
the same rows; wherever a statement holds the first form, the second is sent instead.
"""

from __future__ import annotations

import functools
import re

from jitdesk.store.pg_dialect import (
    closing_paren,
    name_subqueries,
    qualify_upsert,
    top_level_split,
)
from jitdesk.store.quantities import WAITING_LINES_FOR_POSTGRES, WAITING_LINES_SQL

_SHAPED_FOR_POSTGRES = ((WAITING_LINES_SQL, WAITING_LINES_FOR_POSTGRES),)

_LITERAL = re.compile(r"'(?:[^']|'')*'")
_MARK = "\x00{}\x00"
_MARKED = re.compile("\x00(\\d+)\x00")
_BRACKETED = re.compile(r"\[(\w+)\]")
_NAMED = re.compile(r"(?<![:\w]):(\w+)")
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.I)
_RETURNING = re.compile(r"\sRETURNING\s", re.I)
_EQUALS_NOCASE = re.compile(r"([\w.]+)\s*=\s*(%s|%\(\w+\)s)\s+COLLATE\s+NOCASE\b", re.I)
_NOCASE = re.compile(r"([\w.]+)\s+COLLATE\s+NOCASE\b", re.I)
_LIKE = re.compile(r"\bLIKE\s+(%s|%\(\w+\)s|\x00\d+\x00)(?!\s+ESCAPE\b)", re.I)
_LIKE_WORD = re.compile(r"(?<![I(])\bLIKE\b(?!\)s)", re.I)  # not a parameter named "like"
_IS_PARAM = re.compile(r"\bIS\s+(%s|%\(\w+\)s)", re.I)
_WHERE_FALSE = re.compile(r"\bWHERE\s+0\b", re.I)
_CASTS = (
    (re.compile(r"\bAS\s+INTEGER\s*\)", re.I), "AS BIGINT)"),
    (re.compile(r"\bAS\s+REAL\s*\)", re.I), "AS DOUBLE PRECISION)"),
)
_DISTINCT = re.compile(r"(DISTINCT\s+)?(.*)$", re.I | re.S)
# SQLite's `x IN cte_name`; PostgreSQL wants a subquery
_IN_TABLE = re.compile(r"\bIN\s+(?!\(|SELECT\b)([A-Za-z_]\w*)\b", re.I)
_LIMIT_NONE = re.compile(r"\bLIMIT\s+-1\b", re.I)
_CROSS_JOIN_ON = re.compile(r"\bCROSS\s+JOIN\s+(\w+(?:\s+(?!ON\b)\w+)?)\s+ON\b", re.I)
_EMPTY_IN = re.compile(r"[\w.]+\s+(NOT\s+)?IN\s*\(\s*\)", re.I)
_TYPEOF_NOT_INTEGER = re.compile(r"\btypeof\(([\w.]+)\)\s*<>\s*\x00\d+\x00", re.I)
_TEMP_SCHEMA = re.compile(r"\btemp\.(\w+)", re.I)
_GLOB = re.compile(r"\b(NOT\s+)?GLOB\s+\x00(\d+)\x00", re.I)
_FUNCTION = re.compile(r"\b(julianday|group_concat|json_each|instr|quote|max|min|total)\s*\(", re.I)


@functools.lru_cache(maxsize=4096)
def to_postgres(sql: str) -> str:
    """`sql` (one statement as the store writes it) in PostgreSQL's form."""
    for shared, shaped in _SHAPED_FOR_POSTGRES:
        sql = sql.replace(shared, shaped)
    literals: list[str] = []

    def keep(match: re.Match[str]) -> str:
        literals.append(match.group(0))
        return _MARK.format(len(literals) - 1)

    code = _LITERAL.sub(keep, sql)
    code = _BRACKETED.sub(r'"\1"', code)
    code = code.replace("?", "%s")
    code = _NAMED.sub(r"%(\1)s", code)
    ignore = bool(_INSERT_OR_IGNORE.match(code))
    if ignore:
        code = _INSERT_OR_IGNORE.sub("INSERT INTO", code, count=1)
    code = _EQUALS_NOCASE.sub(r"lower(\1) = lower(\2)", code)
    code = _NOCASE.sub(r"lower(\1)", code)
    code = _LIKE.sub(r"LIKE \1 ESCAPE ''", code)
    code = _LIKE_WORD.sub("ILIKE", code)
    code = _IS_PARAM.sub(r"IS NOT DISTINCT FROM \1", code)
    code = _WHERE_FALSE.sub("WHERE FALSE", code)
    code = _TYPEOF_NOT_INTEGER.sub("FALSE", code)
    code = _TEMP_SCHEMA.sub(r"pg_temp.\1", code)
    code = _GLOB.sub(lambda m: _glob(m, literals), code)
    code = _LIMIT_NONE.sub("LIMIT ALL", code)
    code = _CROSS_JOIN_ON.sub(r"JOIN \1 ON", code)
    code = _EMPTY_IN.sub(lambda m: "TRUE" if m.group(1) else "FALSE", code)
    code = _IN_TABLE.sub(r"IN (SELECT * FROM \1)", code)
    for pattern, replacement in _CASTS:
        code = pattern.sub(replacement, code)
    code = _functions(code)
    if ignore:
        code = _before_returning(code, " ON CONFLICT DO NOTHING")
    code = name_subqueries(qualify_upsert(code))
    return _MARKED.sub(lambda m: literals[int(m.group(1))].replace("%", "%%"), code)


def _glob(match: re.Match[str], literals: list[str]) -> str:
    """`x GLOB 'pattern'` as `x ~ 'regex'`: the same test, anchored at both ends."""
    literals.append("'" + glob_regex(literals[int(match.group(2))]).replace("'", "''") + "'")
    operator = "!~" if match.group(1) else "~"
    return f"{operator} {_MARK.format(len(literals) - 1)}"


def glob_regex(literal: str) -> str:
    """The regular expression of a GLOB pattern given as an SQL literal (quotes included)."""
    pattern = literal[1:-1].replace("''", "'")
    parts, i = ["^"], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "[":
            end = pattern.index("]", i + 2)  # a class is never empty: "[]...]" holds "]"
            parts.append(pattern[i : end + 1])
            i = end + 1
            continue
        parts.append({"*": ".*", "?": "."}.get(char, re.escape(char)))
        i += 1
    return "".join(parts) + "$"


def _before_returning(code: str, clause: str) -> str:
    found = _RETURNING.search(code)
    if found is None:
        return code.rstrip().rstrip(";") + clause
    return code[: found.start()] + clause + code[found.start() :]


def _functions(code: str) -> str:
    """Rewrite the SQLite-only function calls, innermost last (each rewrite re-scans)."""
    position = 0
    while (found := _FUNCTION.search(code, position)) is not None:
        name = found.group(1).lower()
        opening = found.end() - 1
        closing = closing_paren(code, opening)
        inner = code[opening + 1 : closing]
        replacement = _call(name, inner)
        if replacement is None:
            position = found.end()
            continue
        code = code[: found.start()] + replacement + code[closing + 1 :]
        position = found.start()
    return code


def _call(name: str, inner: str) -> str | None:
    args = _arguments(inner)
    if name == "julianday":
        return f"(EXTRACT(EPOCH FROM CAST({inner} AS TIMESTAMPTZ)) / 86400.0 + 2440587.5)"
    if name == "group_concat":
        separator = args[1] if len(args) > 1 else "','"
        distinct, value = _DISTINCT.match(args[0]).groups()  # type: ignore[union-attr]
        return f"string_agg({distinct or ''}CAST({value} AS TEXT), {separator})"
    if name == "json_each":
        return (
            f"(SELECT CAST(value AS BIGINT) AS value"
            f" FROM json_array_elements_text(CAST({inner} AS JSON))) AS json_ids"
        )
    if name == "quote":
        return f"quote_nullable({inner})"
    if name == "total":
        return f"COALESCE(SUM(CAST({inner} AS DOUBLE PRECISION)), 0.0)"
    if name == "instr":
        return f"strpos({inner})"
    if name in ("max", "min") and len(args) > 1:
        return f"{'GREATEST' if name == 'max' else 'LEAST'}({inner})"
    return None


def _arguments(inner: str) -> list[str]:
    return [part.strip() for part in top_level_split(inner)]
