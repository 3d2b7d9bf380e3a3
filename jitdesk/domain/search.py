"""How a search at the counter reads what was typed, and how names, phones and e-mails are
folded so that what was typed finds what was stored.

Names are compared without case and accents in any script ("nikolaou" finds "Nikolaou",
"Γιωργος" finds "Γιώργος", "jurgen" finds "Jürgen"): each query word must start a word of the
name. Phones are compared as digit strings from the end, so spacing, dashes and a country
prefix ("+30", "0030") or a trunk zero do not matter; a number typed from its start is found
too, also when it is typed with its country prefix and stored without ("+43 664 12" and
"+43 (0)664 12" find "0664 1234567"). Order numbers are found also in part: "35", "0035" and
"c-2026-35" all find C-2026-0035.

The store keeps the folded forms beside each customer (`customer_keys`); the same functions
fold the query, so the two always agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from jitdesk.domain.numbering import NumberQuery, parse_number_query

# Letters that carry their mark in the letter itself, so NFKD leaves them whole.
_NO_DECOMPOSITION = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "æ": "ae", "œ": "oe", "þ": "th"}
)
_WORD = re.compile(r"[^\W_]+")
# Greek and Cyrillic names as staff type them on a Latin keyboard ("nikolaou" finds
# "Νικολάου", "sokolova" finds "Соколова"), applied to folded text (lower case, no accents).
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "μπ": "b", "ντ": "nt", "γγ": "ng", "γκ": "gk"}
_GREEK_PAIR = re.compile("|".join(_GREEK_PAIRS))
_TO_LATIN = str.maketrans(
    {
        **dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdeziiklmnxoprstyfo", strict=True)),
        "θ": "th", "χ": "ch", "ψ": "ps",
        **dict(zip("абвгдезийклмнопрстуфыэіґ", "abvgdeziyklmnoprstufyeig", strict=True)),
        "ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ь": "", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye",
    }
)  # fmt: skip
_PHONE_TEXT = re.compile(r"^\+?[0-9 ()./-]+$")
# Fewer digits than this are too common as an ending to mean one customer's phone.
MIN_PHONE_DIGITS = 4
# A stored phone shorter than this is not taken as the ending of a longer typed number.
MIN_STORED_PHONE_DIGITS = 6
# The most words of a query that are looked up (the rest would only narrow further).
MAX_QUERY_WORDS = 6
MAX_QUERY_CHARS = 200


def fold(text: str) -> str:
    """`text` without case and accents, for comparing (NFKD, marks dropped, casefolded)."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_NO_DECOMPOSITION)


def words(text: str) -> list[str]:
    """The folded words of `text`, in order, without punctuation ("O'Neill" -> o, neill)."""
    return _WORD.findall(fold(text))


def latin(word: str) -> str:
    """A folded Greek or Cyrillic word in Latin letters (other words come back unchanged)."""
    return _GREEK_PAIR.sub(lambda m: _GREEK_PAIRS[m.group()], word).translate(_TO_LATIN)


def name_words(name: str) -> frozenset[str]:
    """The words a name is found by: each folded word, and its Latin spelling."""
    folded = words(name)
    return frozenset(folded) | {latin(word) for word in folded}


def name_key(name: str) -> str:
    """A customer name as it is compared: its folded words joined by one space."""
    return " ".join(words(name))


def phone_digits(phone: str) -> str:
    """The digits of a phone number without leading zeros ("0030 694-12 34" -> "306941234"):
    a trunk zero or the "00" of an international prefix must not stop a match."""
    digits = "".join(
        str(unicodedata.digit(ch)) for ch in phone if unicodedata.digit(ch, None) is not None
    )
    return digits.lstrip("0")


# Country calling codes are prefix-free: 1 and 7 have one digit, these two, all others three.
_TWO_DIGIT_CALLING_CODES = frozenset(
    str(code)
    for code in (20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49)
    + (51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86)
    + (90, 91, 92, 93, 94, 95, 98)
)


def calling_code(digits: str) -> str:
    """The country calling code at the start of an international number's digits."""
    if digits[:1] in ("1", "7"):
        return digits[:1]
    if digits[:2] in _TWO_DIGIT_CALLING_CODES:
        return digits[:2]
    return digits[:3]


def phone_starts(phone: str) -> tuple[str, ...]:
    """How a number typed from its start can begin a stored one (digits without leading
    zeros): as typed; typed with a country prefix ("+43 (0)664 12", "0043 664 12"), also
    without the trunk zero after it ("4366412") and without the prefix ("66412", a number
    stored the national way)."""
    digits = phone_digits(phone)
    if not phone.strip().startswith(("+", "00")):
        return (digits,)
    code = calling_code(digits)
    national = digits[len(code) :].lstrip("0")
    starts = (digits, code + national, national)
    return tuple(s for s in dict.fromkeys(starts) if len(s) >= MIN_PHONE_DIGITS)


def phone_key(phone: str) -> str:
    """The phone digits reversed: an ending of the number becomes a start, an index range."""
    return phone_digits(phone)[::-1]


def email_key(email: str) -> str:
    return email.strip().casefold()


@dataclass(frozen=True, slots=True)
class CustomerKeys:
    """The folded forms of one customer that the search compares with."""

    name_key: str
    phone_key: str
    email_key: str
    name_words: frozenset[str]


def customer_keys(name: str, phone: str, email: str) -> CustomerKeys:
    return CustomerKeys(name_key(name), phone_key(phone), email_key(email), name_words(name))


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What a typed search can mean; the store looks each part up and joins the results."""

    text: str  # as typed, trimmed: web-shop references are looked up as they are
    words: tuple[str, ...]  # folded; each must start a word of the customer's name
    phone_key: str | None  # reversed digits when the text reads as (part of) a phone number
    phone_endings: tuple[str, ...]  # reversed endings of a typed number longer than stored ones
    phone_starts: tuple[str, ...]  # how the number typed so far may begin a stored one
    email_prefix: str | None  # casefolded, for the start of an e-mail address
    number: NumberQuery | None

    @property
    def empty(self) -> bool:
        return not self.text


def parse_query(text: str) -> SearchQuery:
    """Read a search as typed. Anything that is not a word, digit or number part is ignored,
    so quotes, `%`, `_` and backslashes never act as wildcards or fail."""
    text = " ".join(text.split())[:MAX_QUERY_CHARS]
    digits = phone_digits(text) if _PHONE_TEXT.match(text) else ""
    phone = digits[::-1] if len(digits) >= MIN_PHONE_DIGITS else None
    endings: tuple[str, ...] = ()
    if phone is not None:
        endings = tuple(phone[:size] for size in range(MIN_STORED_PHONE_DIGITS, len(phone)))
    single = " " not in text
    return SearchQuery(
        text=text,
        words=tuple(dict.fromkeys(words(text)))[:MAX_QUERY_WORDS],
        phone_key=phone,
        phone_endings=endings,
        phone_starts=phone_starts(text) if phone is not None else (),
        email_prefix=email_key(text) if text and single else None,
        number=parse_number_query(text),
    )


def matches(query: SearchQuery, keys: CustomerKeys) -> bool:
    """Whether a customer with `keys` matches `query` by name, phone or e-mail: the rule the
    store's SQL carries out, in plain Python (the tests hold the two together)."""
    if query.words and all(
        any(word.startswith(q) for word in keys.name_words) for q in query.words
    ):
        return True
    if (
        query.phone_key
        and keys.phone_key
        and (
            keys.phone_key.startswith(query.phone_key)
            or any(keys.phone_key[::-1].startswith(start) for start in query.phone_starts)
            or keys.phone_key in query.phone_endings
        )
    ):
        return True
    return bool(query.email_prefix) and keys.email_key.startswith(query.email_prefix or "")
