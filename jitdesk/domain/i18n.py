"""Messages from the Qt-free layers in the user's language: one catalog mechanism (gettext).

`set_language` is called once by whoever faces the user (the GUI at start-up and when the
language changes, the command line from the environment); `_` and `ngettext` then translate
messages as they are made. Documents are written in their recipient's language instead, through
`translation_for(language)`, without touching the user's language.

Catalogs are `resources/locale/<lang>/LC_MESSAGES/jitdesk.mo`, made from the .po files next to
them with Babel (`python -m scripts.catalogs`). A language without a catalog, or a catalog that
cannot be read, is English: a broken catalog is logged once and never stops the program.

Language codes are CLDR locale identifiers ("de_AT", "fr", "en_IE"): the language part picks
the catalog, the whole code picks how money, dates and numbers are written.
"""

from __future__ import annotations

import gettext as _gettext
import locale
import logging
import os
from functools import cache

from jitdesk.domain.errors import (
    ENGLISH_QUOTES,
    ValidationError,
    quoted,
    set_quotation_marks,
)
from jitdesk.domain.resources import resource_path

DOMAIN = "jitdesk"
SOURCE_LANGUAGE = "en"
# How each language jitdesk speaks sets a typed value apart inside a sentence (CLDR's
# quotation marks, which Babel does not carry; French puts a narrow no-break space inside).
QUOTATION_MARKS = {
    "de": ("\u201e", "\u201c"),
    "fr": ("\u00ab\u202f", "\u202f\u00bb"),
}
LOCALE_DIR = resource_path("locale")

log = logging.getLogger(__name__)

Translation = _gettext.NullTranslations

_current: Translation = _gettext.NullTranslations()
_current_language = SOURCE_LANGUAGE


def N_(message: str) -> str:  # noqa: N802 (the usual gettext name)
    """Marks a message for extraction without translating it yet (module-level constants are
    made before any language is chosen; translate them where they are shown)."""
    return message


def normalize_language(code: str) -> str:
    """ "de-at", "de_AT.UTF-8", "de_AT@euro" -> "de_AT"; "" stays "" (callers decide the
    default). The result is not checked against CLDR: see `check_language`."""
    text = (code or "").strip().split(".")[0].split("@")[0].replace("-", "_")
    if not text:
        return ""
    parts = text.split("_")
    parts[0] = parts[0].lower()
    if len(parts) > 1 and len(parts[-1]) == 2:
        parts[-1] = parts[-1].upper()
    return "_".join(parts)


def check_language(code: str, field: str = "language", *, allow_empty: bool = False) -> str:
    """A language code CLDR knows, normalised ("de-at" -> "de_AT"); refused with a sentence
    otherwise. Empty means "the default" where `allow_empty`."""
    normal = normalize_language(code)
    if not normal:
        if allow_empty:
            return ""
        raise ValidationError(_("The language is missing; choose one such as de_AT."), field)
    from babel import Locale, UnknownLocaleError  # CLDR's data: loaded when first asked

    try:
        return str(Locale.parse(normal))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValidationError(
            _(
                "{code} is not a language jitdesk knows; use a code such as de_AT, fr_FR or en_IE."
            ).format(code=quoted(code)),
            field,
        ) from None


@cache
def translation_for(language: str) -> Translation:
    """The catalog for `language` (e.g. "de", "de_AT"); English when there is none or when it
    cannot be read (logged once per language)."""
    code = normalize_language(language)
    if not code or code.split("_")[0] == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    try:
        return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)
    except Exception as exc:  # noqa: BLE001 - a damaged catalog must never stop the program
        log.warning("The %s catalog cannot be read (%s); using English.", code, exc)
        return _gettext.NullTranslations()


def has_catalog(language: str) -> bool:
    """True when text in `language` is translated (English, the source, always is)."""
    code = normalize_language(language)
    if not code or code.split("_")[0] == SOURCE_LANGUAGE:
        return True
    return type(translation_for(code)) is not _gettext.NullTranslations


def document_locale(language: str) -> str:
    """The locale a document for a `language` reader is formatted in: that language when jitdesk
    has its catalog, else English with the reader's regional conventions where CLDR has them
    ("nl_NL" -> "en_NL": English words, "1.071,00" as in the Netherlands), else British English.
    So words and month names are never in a language the rest of the page is not."""
    code = normalize_language(language) or SOURCE_LANGUAGE
    if has_catalog(code):
        return code
    territory = code.split("_")[1] if "_" in code else ""
    if territory:
        from babel import Locale, UnknownLocaleError

        try:
            return str(Locale.parse(f"{SOURCE_LANGUAGE}_{territory}"))
        except (UnknownLocaleError, ValueError):
            pass
    return "en_GB"


# Languages offered for customers' and suppliers' documents: those with a catalog in their
# common regions, and English with the number and date conventions of the countries a small
# European shop buys from (CLDR's en_NL, en_SE, ...: English words, "1.071,00").
DOCUMENT_LANGUAGES = (
    "de_AT", "de_DE", "de_CH", "fr_FR", "fr_BE", "fr_CH", "en_GB", "en_IE", "en_US",
    "en_NL", "en_BE", "en_SE", "en_DK", "en_FI", "en_IT", "en_ES", "en_CZ", "en_PL",
)  # fmt: skip


def language_name(code: str, in_language: str | None = None) -> str:
    """ "Deutsch (Österreich)" for de_AT, in `in_language` (the user's by default)."""
    display = normalize_language(in_language or current_language()) or SOURCE_LANGUAGE
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name(Locale.parse(display)) or code
    except (UnknownLocaleError, ValueError):
        return code


def document_language_choices(in_language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) pairs for a language picker, sorted by name as the user reads it."""
    return sorted(
        ((code, language_name(code, in_language)) for code in DOCUMENT_LANGUAGES),
        key=lambda pair: pair[1].casefold(),
    )


def set_language(language: str) -> None:
    """The user's language for messages from here on (the GUI at start-up, the CLI from the
    environment). Unknown or missing catalogs mean English."""
    global _current, _current_language
    code = normalize_language(language) or SOURCE_LANGUAGE
    _current, _current_language = translation_for(code), code
    set_quotation_marks(*QUOTATION_MARKS.get(code.split("_")[0], ENGLISH_QUOTES))


def current_language() -> str:
    return _current_language


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The user's language as the locale environment says (LC_ALL, LC_MESSAGES, LANG, in the
    order POSIX gives them precedence; aliases such as "german" as `locale.normalize` reads
    them); English for "C", "POSIX" or nothing."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            # "C.UTF-8" names no language (Python would read it as American English)
            if value.split(".")[0].upper() in ("C", "POSIX"):
                return SOURCE_LANGUAGE
            return normalize_language(locale.normalize(value))
    return SOURCE_LANGUAGE


def _(message: str) -> str:
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)
