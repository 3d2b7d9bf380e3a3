"""Shelves where ready orders wait for pickup: names, bag counts and the suggestion pattern.

A pattern lists the shelf names a shop uses, in the order they are filled: single names and
ranges that count a number up under one prefix, separated by commas ("A1-A20, B1-B20, Door").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import _

MAX_SHELF_LENGTH = 20
MAX_BAGS = 50
MAX_PATTERN_SLOTS = 5000
_RANGE = re.compile(r"^(?P<prefix>\D*?)(?P<first>\d+)\s*-\s*(?P=prefix)?(?P<last>\d+)$")


class LabelSize(Enum):
    """Label stock a shop prints order labels on."""

    CONTINUOUS_62MM = "continuous_62mm"
    SHIPPING_4X6 = "shipping_4x6in"
    A4_3X8 = "a4_3x8"


@dataclass(frozen=True)
class OrderLabel:
    """What the label on one bag of a waiting order says."""

    customer: str
    number: str
    bag: str  # "1/2"
    shelf: str


def label_size_from(value: str) -> LabelSize:
    """The stored label size; an unknown value (a newer jitdesk wrote it) is the 62 mm roll."""
    try:
        return LabelSize(value)
    except ValueError:
        return LabelSize.CONTINUOUS_62MM


def clean_shelf(name: str) -> str:
    """A shelf name as stored: on one line, trimmed; refused when empty or too long."""
    text = " ".join(name.split())
    if not text:
        raise ValidationError(_("Enter the shelf where the order is put, for example A3."), "shelf")
    if len(text) > MAX_SHELF_LENGTH:
        raise ValidationError(
            _("A shelf name has at most {n} characters; shorten {name}.").format(
                n=MAX_SHELF_LENGTH, name=quoted(text)
            ),
            "shelf",
        )
    return text


def check_bags(bags: int) -> int:
    if not 1 <= bags <= MAX_BAGS:
        raise ValidationError(
            _("The number of bags is a whole number from 1 to {n}.").format(n=MAX_BAGS), "bags"
        )
    return bags


def bag_marks(bags: int) -> list[str]:
    """What each bag's label says: 1/2, 2/2."""
    return [f"{n}/{bags}" for n in range(1, check_bags(bags) + 1)]


def pattern_slots(pattern: str) -> list[str]:
    """Every shelf name of a pattern, in filling order; a part that is not a name or a range
    is refused with what to write instead."""
    slots: list[str] = []
    for part in (p.strip() for p in pattern.split(",")):
        if not part:
            continue
        match = _RANGE.match(part)
        if match is None:
            slots.append(clean_shelf(part))
            continue
        first, last = int(match["first"]), int(match["last"])
        if last < first or len(slots) + last - first + 1 > MAX_PATTERN_SLOTS:
            raise ValidationError(
                _(
                    "The range {part} cannot be used; write it from low to high, like A1-A20."
                ).format(part=quoted(part)),
                "shelf_pattern",
            )
        width = len(match["first"])
        slots += [clean_shelf(f"{match['prefix']}{n:0{width}d}") for n in range(first, last + 1)]
    return slots


def same_shelf(a: str, b: str) -> bool:
    """Shelf names are compared without case: "a3" is the shelf A3."""
    return a.casefold() == b.casefold()


def next_free(pattern: str, taken: Iterable[str]) -> str | None:
    """The first shelf of the pattern no waiting order uses; None when all are taken or the
    shop set no pattern."""
    used = {t.casefold() for t in taken}
    try:
        slots = pattern_slots(pattern)
    except ValidationError:
        return None
    return next((s for s in slots if s.casefold() not in used), None)
