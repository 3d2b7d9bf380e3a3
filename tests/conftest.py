"""Shared fixtures. Qt runs offscreen because the test configuration says so."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from jitdesk.domain import i18n  # noqa: E402
from tests import engines  # noqa: E402


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    if not engines.on_server():
        return
    skip = pytest.mark.skip(reason="about the shop file itself; this run is on the server")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def english_messages():
    """Every test starts with English messages, whatever language an earlier test (or a
    window started with the system's language) left behind."""
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


def pytest_configure(config):  # type: ignore[no-untyped-def]
    """No test reads or writes the keyring or the saved server connections of the computer it
    runs on: tests that need them ask for the keyring kept in memory
    (tests/memory_keyring.py) and name a service file of their own."""
    os.environ["PGSERVICEFILE"] = os.devnull
    os.environ.pop("PGSYSCONFDIR", None)
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
