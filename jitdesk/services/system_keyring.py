"""The computer's own keyring (the macOS Keychain, Windows' Credential Manager, the Secret
Service or KWallet on Linux): where jitdesk keeps a secret a person asked it to remember, never
in the shop. Headless Linux and some frozen apps have none usable; then `KeyringMissing` is
raised and each caller says what the person can do instead."""

from __future__ import annotations

from types import ModuleType


class KeyringMissing(Exception):
    """This computer has no keyring jitdesk can use, or it refused the request."""


def _keyring() -> ModuleType:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        raise KeyringMissing() from None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise KeyringMissing()
    return keyring


def available() -> bool:
    try:
        _keyring()
    except KeyringMissing:
        return False
    return True


def read(service: str, user: str) -> str | None:
    """The secret kept for `user` of `service`, None when there is none."""
    keyring = _keyring()
    try:
        return keyring.get_password(service, user)
    except Exception as exc:  # keyring backends raise many kinds; all mean "not read"
        raise KeyringMissing() from exc


def write(service: str, user: str, secret: str) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(service, user, secret)
    except Exception as exc:  # keyring backends raise many kinds; all mean "not stored"
        raise KeyringMissing() from exc
