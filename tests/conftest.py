"""Shared fixtures. Qt runs offscreen because the test configuration says so."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from jitdesk.domain import i18n  # noqa: E402


@pytest.fixture(autouse=True)
def english_messages():
    """Every test starts with English messages, whatever language an earlier test (or a
    window started with the system's language) left behind."""
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)
