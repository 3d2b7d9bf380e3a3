"""The bundled Unicode font (DejaVu Sans), registered once with reportlab and embedded in PDFs.

reportlab's built-in Helvetica prints Cyrillic, Ł or ₹ as black boxes; DejaVu Sans covers the
European scripts, Greek, Cyrillic, Hebrew/Arabic letters and common symbols.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jitdesk.domain.i18n import _
from jitdesk.domain.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def fonts_folder() -> Path:
    """The bundled fonts folder (source checkout, installed package or frozen app)."""
    folder = resource_path("fonts")
    if (folder / _FILES[REGULAR]).is_file():
        return folder
    raise FileNotFoundError(
        _("The bundled font {value} is missing; reinstall jitdesk.").format(value=_FILES[REGULAR])
    )  # a broken installation, not something the user typed


@cache
def register_fonts() -> tuple[str, str]:
    """Register regular and bold faces (idempotent); returns their reportlab names."""
    folder = fonts_folder()
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR, BOLD


@cache
def supported_codepoints() -> frozenset[int]:
    """Characters both faces can draw. reportlab's TrueType subsetting mishandles characters
    outside the Basic Multilingual Plane (wrong glyph, broken text layer), so those are left out."""
    register_fonts()
    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in _FILES]
    return frozenset(c for c in maps[0] if c <= 0xFFFF and all(c in m for m in maps[1:]))
