"""Server shops saved by name (libpq's connection service file, store/pg_services.py): listed
for the desk to choose from, and saved from an address typed once."""

from __future__ import annotations

from pathlib import Path


def saved_addresses() -> list[str]:
    """The address of each saved connection, by name: postgresql:///?service=NAME."""
    from jitdesk.store import pg_services

    return [pg_services.address_of(name) for name in pg_services.saved_names()]


def save_connection(name: str, address: str | Path) -> str:
    """Save the server and database of `address` (never its password) under `name`, replacing
    a saved connection of that name; returns the address that opens it by the name."""
    from jitdesk.store import pg_connect

    return pg_connect.save_connection(name, pg_connect.parse_location(address))
