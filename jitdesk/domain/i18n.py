"""Messages from the Qt-free layers in the user's language: one catalog mechanism (gettext).

`set_language` is called once by whoever faces the user (the GUI at start-up and when the
language changes, the command line from the environment); `_` and `ngettext` then translate
messages as they are made. Documents are written in their recipient's language instead, through
`translation_for(language)`, without touching the user's language.
"""

from __future__ import annotations

import gettext as _gettext
from pathlib import Path

DOMAIN = "jitdesk"
SOURCE_LANGUAGE = "en"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"

_current: _gettext.NullTranslations = _gettext.NullTranslations()
_current_language = SOURCE_LANGUAGE


def translation_for(language: str) -> _gettext.NullTranslations:
    """The catalog for `language` (e.g. "de", "de_AT"); English when there is none."""
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def set_language(language: str) -> None:
    global _current, _current_language
    _current, _current_language = translation_for(language), language


def current_language() -> str:
    return _current_language


def _(message: str) -> str:
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)
