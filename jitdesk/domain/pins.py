"""PINs are never stored: only a salted, deliberately slow hash of them (scrypt).

The stored text carries its own parameters ("scrypt$n$r$p$salt$hash"), so the cost can be
raised later and older hashes still verify; each hash has its own random salt, so two people
with the same PIN get different hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.i18n import _

SCHEME = "scrypt"
# About 50 ms on a desk PC: cheap for one sign-in, slow for guessing all 4-digit PINs offline.
COST_N, BLOCK_R, PARALLEL_P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
PIN_MIN, PIN_MAX = 4, 12


def check_pin(pin: str) -> str:
    """The PIN as typed, if it is 4 to 12 digits; otherwise one sentence saying so."""
    if not (pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise ValidationError(
            _("A PIN is {low} to {high} digits; type digits only.").format(
                low=PIN_MIN, high=PIN_MAX
            ),
            "pin",
        )
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES, maxmem=256 * n * r + 2**20
    )


def hash_pin(pin: str) -> str:
    """The text to store for `pin`: scheme, parameters, salt and hash."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(check_pin(pin), salt, COST_N, BLOCK_R, PARALLEL_P)
    return f"{SCHEME}${COST_N}${BLOCK_R}${PARALLEL_P}${salt.hex()}${key.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the one `stored` was made from (in constant time); a stored text this
    version cannot read never matches."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != SCHEME:
            return False
        found = _derive(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(found, bytes.fromhex(key))
