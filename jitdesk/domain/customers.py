"""When two customer records are the same person (imports of customer lists and web orders)."""

from __future__ import annotations


def customer_key(name: str, email: str, phone: str) -> tuple[str, ...]:
    """Customers are the same person when their e-mail matches, else their name and phone."""
    if email:
        return ("email", email.casefold())
    return ("name", name.casefold(), phone)
