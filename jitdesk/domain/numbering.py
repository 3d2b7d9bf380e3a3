"""Document numbers: a prefix, the year and a running number, e.g. C-2026-0042 or P-2026-0017."""

from __future__ import annotations

CUSTOMER_ORDER = "C"
SUPPLIER_ORDER = "P"
# Shop SKUs of items added at the counter that are not in the catalogue yet.
NEW_ITEM = "N"


def format_number(prefix: str, year: int, sequence: int) -> str:
    """The printed form of the `sequence`-th number of `prefix` in `year`."""
    return f"{prefix}-{year}-{sequence:04d}"
