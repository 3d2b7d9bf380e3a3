"""Hostile input: random CSV files for every import kind and random editor values.

An import either succeeds or is refused with a JitdeskError naming the rows, and a refused
import changes nothing. Editors' validate() either accepts a value or raises ValidationError.
(CSV exports do not exist yet, so formula neutralisation is not tested here.)
"""

from __future__ import annotations

import dataclasses
import typing
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jitdesk.domain import models
from jitdesk.domain.errors import JitdeskError, ValidationError
from jitdesk.services.importing import COLUMNS, KINDS, import_bytes
from tests.services.jit_fixtures import TABLES, build_world, memory_copy, new_shop

COUNTED = ("customers", "suppliers", "products", "offers", "sku_mappings", *TABLES)
EXAMPLES = 120  # per kind; JITDESK fuzzing can be deepened with --hypothesis-seed / profiles


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "template.jitdesk"
    shop = new_shop(path)
    build_world(shop)
    shop.close()
    return path


def counts(shop) -> dict[str, int]:
    return {t: shop.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


HOSTILE = st.sampled_from(
    [
        "",
        " ",
        '"',
        '""',
        "'",
        "=cmd|' /C calc'!A0",
        "-1",
        "0",
        "1e309",
        "NaN",
        "9" * 40,
        "1,5",
        "2026-02-30",
        "9999-12-31",
        "CH-1",
        "BE-1",
        "Acme",
        "yes",
        "\x00",
        "\u202e",
        "x" * 5000,
        "Zoë\nNewline",
        "a;b\tc",
    ]
)
CELL = st.one_of(HOSTILE, st.text(max_size=30), st.integers(-(10**20), 10**20).map(str))


@st.composite
def csv_bytes(draw, kind: str) -> bytes:
    known = list(COLUMNS[kind].all)
    columns = draw(
        st.lists(
            st.one_of(st.sampled_from(known), st.text(min_size=0, max_size=8)),
            min_size=0,
            max_size=len(known) + 2,
        )
    )
    if draw(st.booleans()):  # usually a header with the required columns
        columns = list(COLUMNS[kind].required) + columns
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(columns) + 2), max_size=6))

    def quote(cell: str) -> str:
        if draw(st.booleans()) or any(c in cell for c in '",;\t\n\r'):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    text = "\n".join(delimiter.join(quote(c) for c in line) for line in [columns, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]))
    raw = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        raw = draw(st.binary(max_size=200))  # sometimes plain garbage
    return raw


@pytest.mark.parametrize("kind", KINDS)
def test_random_csv_never_crashes_nor_half_imports(kind, template):
    shop = memory_copy(template)
    outcomes = {"imported": 0, "refused": 0}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(raw=csv_bytes(kind))
    def run(raw):
        before = counts(shop)
        try:
            import_bytes(shop, kind, raw, f"fuzz-{kind}.csv")
        except JitdeskError:
            outcomes["refused"] += 1
            assert counts(shop) == before, "a refused import wrote something"
        else:
            outcomes["imported"] += 1
        assert not shop.db.conn.in_transaction

    run()
    print(f"\nfuzz {kind}: {outcomes}")
    assert outcomes["refused"] > 0


def _strategy(hint) -> st.SearchStrategy:
    if hint is int:
        return st.one_of(st.integers(-(2**63), 2**63 - 1), st.integers(-5, 400))
    if hint is str:
        return st.one_of(HOSTILE, st.text(max_size=300))
    if hint is bool:
        return st.booleans()
    if hint is bytes:
        return st.binary(max_size=64)
    if hint is date:
        return st.dates()
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is frozenset:
        return st.frozensets(st.integers(-3, 10), max_size=8)
    if origin is list:
        return st.lists(_strategy(args[0]), max_size=3)
    if hint is dict or origin is dict:
        return st.just({})
    if args and type(None) in args:
        return st.one_of(st.none(), *[_strategy(a) for a in args if a is not type(None)])
    if dataclasses.is_dataclass(hint):
        return _builds(hint)
    raise AssertionError(f"no strategy for {hint!r}")


def _builds(cls) -> st.SearchStrategy:
    hints = typing.get_type_hints(cls)
    return st.builds(
        cls, **{f.name: _strategy(hints[f.name]) for f in dataclasses.fields(cls) if f.init}
    )


EDITOR_INPUTS = [
    getattr(models, name)
    for name in dir(models)
    if dataclasses.is_dataclass(getattr(models, name))
    and hasattr(getattr(models, name), "validate")
    and getattr(models, name).__module__ == models.__name__
]


def test_every_editor_input_is_fuzzed():
    names = {cls.__name__ for cls in EDITOR_INPUTS}
    assert {"ShopSettings", "SupplierInput", "ProductInput", "OfferInput"} <= names
    assert {"CustomerInput", "OrderInput", "OrderLineInput"} <= names


@pytest.mark.parametrize("cls", EDITOR_INPUTS, ids=lambda c: c.__name__)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_validate_accepts_or_says_what_is_wrong(cls, data):
    value = data.draw(_builds(cls))
    try:
        value.validate()
    except ValidationError as exc:
        # Found by this test: some messages quote the value as typed, newlines included.
        assert str(exc).strip()
