"""The one way user text reaches a PDF.

`para_text` is the only escaping helper for reportlab Paragraph markup: names, notes,
addresses and shop texts are escaped so `<b>`, `&amp;` or `<img src=...>` print literally and
are never interpreted (an interpreted `<img>` makes reportlab open that file). `clean_text` is
the part shared with plain table cells, which reportlab draws without markup.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

import arabic_reshaper

from jitdesk.documents.fonts import supported_codepoints

REPLACEMENT = "\ufffd"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_RTL_CLASS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL = re.compile(f"[{_RTL_CLASS}]")
# A right-to-left run: starts and ends with an RTL letter; spaces, digits and punctuation
# between RTL letters belong to it.
_RTL_RUN = re.compile(f"[{_RTL_CLASS}](?:[{_RTL_CLASS}\\s\\d.,:;!?'\"()\\-]*[{_RTL_CLASS}])?")
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")


def clean_text(text: object) -> str:
    """Printable text: newlines normalised, control characters dropped, characters the font
    cannot draw replaced by U+FFFD, right-to-left runs put in visual order."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _CONTROL.sub("", value)
    supported = supported_codepoints()
    if not value.isascii():
        value = "".join(ch if ch == "\n" or ord(ch) in supported else REPLACEMENT for ch in value)
        if _RTL.search(value):
            value = "\n".join(_visual_order(line) for line in value.split("\n"))
    return value


def para_text(text: object) -> str:
    """User text as safe Paragraph markup: escaped, newlines kept as <br/>.

    Very long words are broken by the paragraph styles (splitLongWords), so they wrap instead of
    overflowing or raising LayoutError.
    """
    return escape(clean_text(text)).replace("\n", "<br/>")


def _visual_order(line: str) -> str:
    """reportlab draws characters left to right in the order given and does not shape them:
    join Arabic letters into their contextual forms, then reverse each RTL run so Hebrew and
    Arabic words read correctly (numbers inside keep their order, brackets are mirrored)."""

    def flip(match: re.Match[str]) -> str:
        reversed_run = match.group()[::-1].translate(_MIRROR)
        return re.sub(r"\d+", lambda m: m.group()[::-1], reversed_run)

    return _RTL_RUN.sub(flip, arabic_reshaper.reshape(line))


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, with an ellipsis when cut (for page headers)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
