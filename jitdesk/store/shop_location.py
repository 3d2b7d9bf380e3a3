"""Which kind of shop a location names: a shop file, or a shop on a PostgreSQL server.

A light module (no database driver), asked when any shop is opened. A server address may
reach it as a `Path`, which folds the two slashes after the scheme into one
("postgresql:/anna@db/shop"); it is still recognised, and shown again as it was typed.
"""

from __future__ import annotations

import re
from pathlib import Path

SERVER_SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^(postgres(?:ql)?):/*", re.I)


def is_server_location(location: str | Path) -> bool:
    """True when `location` names a shop on a server rather than a shop file."""
    return _SCHEME.match(str(location)) is not None


def server_address(location: str | Path) -> str:
    """The address as typed ("postgresql://…"), also when it went through a `Path`."""
    return _SCHEME.sub(lambda m: f"{m.group(1)}://", str(location), count=1)
