"""Demo customers: a name, a phone number and an e-mail address most of them have, a few notes.

Everything here takes a `random.Random`, so a seed always gives the same customers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from jitdesk.demo.names import NAME_POOLS, ascii_fold

_DOMAINS = ("example.com", "example.org", "example.net", "mail.example", "post.example")


@dataclass(frozen=True, slots=True)
class CustomerSpec:
    name: str
    phone: str
    email: str
    notes: str


_NOTES = (
    "",
    "",
    "",
    "",
    "",
    "Prefers a call after 17:00.",
    "Trade customer (bike courier).",
    "Speaks German & English.",
    "Collects on Saturdays only.",
    "Wants <b>no</b> SMS, e-mail only.",
)


def demo_customer(rng: random.Random, n: int) -> CustomerSpec:
    """The n-th demo customer; `n` makes e-mail addresses unique."""
    _, firsts, lasts, phone_format = rng.choice(NAME_POOLS)
    first, gender = rng.choice(firsts)
    last = rng.choice(lasts)[0 if gender == "m" else 1]
    native_first, latin_first = (first, first) if isinstance(first, str) else first
    native_last, latin_last = (last, last) if isinstance(last, str) else last
    name = f"{native_first} {native_last}"
    local = f"{ascii_fold(latin_first)}.{ascii_fold(latin_last)}".lower()
    email = f"{local}{n}@{rng.choice(_DOMAINS)}" if rng.random() < 0.8 else ""
    phone = "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in phone_format)
    if rng.random() < 0.1:
        phone = ""
    return CustomerSpec(name, phone, email, rng.choice(_NOTES))
