"""Supplier packs and minimums: how many units are ordered for a need."""

from __future__ import annotations


def round_quantity(needed: int, pack_size: int, min_qty: int = 1) -> int:
    """Units to order for `needed`: raised to the supplier's minimum, then up to whole packs.

    The one pack-and-minimum rounding rule: planning, moving and shrinking supplier order
    lines all use it. Nothing needed means nothing ordered (never a lone minimum).
    """
    if needed <= 0:
        return 0
    pack = max(1, pack_size)
    wanted = max(needed, min_qty)
    return -(-wanted // pack) * pack
