"""Document numbers: a prefix, the year and a running number, e.g. C-2026-0042 or P-2026-0017."""

from __future__ import annotations

import re
from dataclasses import dataclass

CUSTOMER_ORDER = "C"
SUPPLIER_ORDER = "P"
# Shop SKUs of items added at the counter that are not in the catalogue yet.
NEW_ITEM = "N"


def format_number(prefix: str, year: int, sequence: int) -> str:
    """The printed form of the `sequence`-th number of `prefix` in `year`."""
    return f"{prefix}-{year}-{sequence:04d}"


def widest_number(prefix: str) -> str:
    """A number as wide as they get in a busy shop's year (six-digit running numbers), to size
    the columns that show them."""
    return format_number(prefix, 2026, 999_999)


_PART_NUMBER = re.compile(r"^(?:([A-Z]+)-)?(?:([0-9]{4})-)?([0-9]{1,9})$")
_NUMBER_START = re.compile(r"^[A-Z]+-[0-9-]*$")
_FULL_NUMBER = re.compile(r"^[A-Z]+-[0-9]{4}-[0-9]{4,}$")


@dataclass(frozen=True, slots=True)
class NumberQuery:
    """A number as a person types or says it: "35", "0035", "c-2026-35", or its start while
    typing ("C-2026-00")."""

    prefix: str | None = None
    year: int | None = None
    sequence: int | None = None
    start: str | None = None  # the typed start of a printed number, upper case

    @property
    def exact(self) -> str | None:
        """The one printed number meant, when prefix, year and running number are all given."""
        if self.prefix and self.year is not None and self.sequence is not None:
            return format_number(self.prefix, self.year, self.sequence)
        return None


def _compact(text: str) -> str:
    return "-".join(text.upper().split())


def parse_number_query(text: str) -> NumberQuery | None:
    """What part of a document number `text` can be (None: it cannot be one)."""
    compact = _compact(text)
    found = _PART_NUMBER.match(compact)
    start = compact if _NUMBER_START.match(compact) else None
    if found is None:
        return NumberQuery(start=start) if start else None
    prefix, year, sequence = found.groups()
    return NumberQuery(
        prefix=prefix, year=int(year) if year else None, sequence=int(sequence), start=start
    )


def is_full_number(text: str) -> bool:
    """Whether `text` is a whole printed number (what a scanner sends), such as C-2026-0042."""
    return bool(_FULL_NUMBER.match(_compact(text)))
