"""The page every document shares: shop header, title block, footer with "Page x of y".

Documents are lists of flowables; `render` lays out one or several documents (a batch) into one
PDF. Each document keeps its own title in the header and its own page count in the footer.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import IO, Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from jitdesk.documents import format as fmt
from jitdesk.documents.fonts import BOLD, REGULAR, register_fonts
from jitdesk.documents.models import ShopInfo
from jitdesk.documents.text import clean_text, para_text, shorten
from jitdesk.domain.i18n import _
from jitdesk.domain.progress import Progress, no_progress

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_HEIGHT = 30 * mm
FOOTER_HEIGHT = 14 * mm

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b636e")
RULE = colors.HexColor("#9aa1a9")
HAIRLINE = colors.HexColor("#d5d9de")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#1d4e89")

FONT_SIZE = 9
LEADING = 11.5


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base = {
        "fontName": REGULAR,
        "fontSize": FONT_SIZE,
        "leading": LEADING,
        "textColor": INK,
        "splitLongWords": 1,
    }
    return ParagraphStyle(name, **(base | kw))


register_fonts()
STYLES = {
    "body": _style("body"),
    "small": _style("small", fontSize=8, leading=10, textColor=MUTED),
    "label": _style("label", fontName=BOLD, fontSize=7.5, leading=10, textColor=MUTED),
    "strong": _style("strong", fontName=BOLD),
    "party": _style("party", fontName=BOLD, fontSize=10.5, leading=13),
    "heading": _style("heading", fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT),
    "section": _style(
        "section", fontName=BOLD, fontSize=10, leading=13, spaceBefore=8, keepWithNext=1
    ),
    "cell": _style("cell"),
    "cell_right": _style("cell_right", alignment=TA_RIGHT),
    "center_strong": _style("center_strong", fontName=BOLD, alignment=TA_CENTER),
    "head": _style("head", fontName=BOLD, fontSize=8, leading=10),
    "head_right": _style("head_right", fontName=BOLD, fontSize=8, leading=10, alignment=TA_RIGHT),
}
CELL_PADDING = 4


def p(text: object, style: str = "body") -> Paragraph:
    """A paragraph of user text (escaped by the one helper)."""
    return Paragraph(para_text(text), STYLES[style])


def markup(fixed_markup: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup; any user text inside must come from `para_text`."""
    return Paragraph(fixed_markup, STYLES[style])


def wrap_lines(
    text: object, width: float, font: str = REGULAR, size: float = FONT_SIZE
) -> list[str]:
    """User text (cleaned) broken into lines no wider than `width`: at spaces where possible,
    inside a word when the word alone is too wide."""
    lines: list[str] = []
    for para in clean_text(text).split("\n"):
        if stringWidth(para, font, size) <= width:
            lines.append(para)
            continue
        line = ""
        for word in para.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while stringWidth(word, font, size) > width:
                cut = _prefix_that_fits(word, width, font, size)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _prefix_that_fits(word: str, width: float, font: str, size: float) -> int:
    """How much of a too-wide word goes on this line: up to its last hyphen that fits, so a
    code such as a SKU breaks between its parts, else as many characters as fit."""
    used = 0.0
    for index, char in enumerate(word):
        used += stringWidth(char, font, size)
        if used > width:
            hyphen = word.rfind("-", 0, index)
            return hyphen + 1 if hyphen > 0 else max(index, 1)
    return len(word)


def token_column(
    texts: Iterable[object],
    least: float,
    most: float,
    font: str = REGULAR,
    size: float = FONT_SIZE,
) -> float:
    """A column width between `least` and `most` that fits the widest word of `texts`, so
    order numbers and SKUs print whole: `wrap_lines` breaks inside a word only when the word
    alone is wider than its column."""
    widest = max(
        (stringWidth(word, font, size) for text in texts for word in clean_text(text).split()),
        default=0.0,
    )
    return min(max(widest + 2 * CELL_PADDING + 1, least), most)


def cell(text: object, width: float) -> str:
    """A table cell: plain text wrapped to the column. reportlab draws strings without any
    markup, so nothing in them is interpreted (and they lay out far faster than Paragraphs)."""
    return "\n".join(wrap_lines(text, width - 2 * CELL_PADDING))


def head_cell(text: object, width: float) -> str:
    """A table header cell (bold, 8 pt), wrapped to its column: translated headings are often
    longer than the English ones."""
    return "\n".join(wrap_lines(text, width - 2 * CELL_PADDING, BOLD, 8))


MAX_ROW_LINES = 40  # taller cells continue in the next row, so no row outgrows a page


def data_table(
    rows: list[list[str]], widths: Sequence[float], extra: Sequence[tuple] = ()
) -> Table:
    """A table of plain-string cells with a repeated header row and precomputed row heights
    (reportlab then need not measure every cell again on each page of a long table)."""
    header, body = rows[0], []
    for row in rows[1:]:
        split = [str(c).split("\n") for c in row]
        tallest = max(len(c) for c in split)
        for start in range(0, tallest, MAX_ROW_LINES):
            body.append(["\n".join(c[start : start + MAX_ROW_LINES]) for c in split])
    header_lines = max(str(c).count("\n") + 1 for c in header)
    heights: list[float] = [header_lines * 10 + 7]
    heights += [max(str(c).count("\n") + 1 for c in row) * LEADING + 7 for row in body]
    return Table(
        [header, *body],
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1,
        style=table_style(extra=extra),
    )


def table_style(*, header: bool = True, extra: Sequence[tuple] = ()) -> TableStyle:
    """Clean business-table look: shaded header, hairlines between rows, no vertical lines."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, FONT_SIZE, LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), BOLD, 8, 10),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
        ]
    return TableStyle(commands + list(extra))


def totals_table(rows: Sequence[tuple[str, str]], *, strong_last: bool = True) -> Table:
    """Right-aligned label/amount pairs under an items table."""
    data = [[label, amount] for label, amount in rows]
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, FONT_SIZE, LEADING),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if strong_last:
        style += [
            ("FONT", (0, -1), (-1, -1), BOLD, 10, 13),
            ("TEXTCOLOR", (0, -1), (-1, -1), INK),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("TOPPADDING", (0, -1), (-1, -1), 4),
        ]
    table = Table(data, colWidths=[45 * mm, 35 * mm], hAlign="RIGHT", style=style)
    table.keepWithNext = False
    return table


def info_table(pairs: Sequence[tuple[str, object]], width: float) -> Table:
    """Label/value pairs such as "Order date  25 Nov 2026"; values are user text, drawn as
    plain wrapped strings (no markup)."""
    label_width = 34 * mm
    data = [
        [
            "\n".join(wrap_lines(label, label_width - CELL_PADDING, BOLD, 7.5)),
            cell(value, width - label_width),
        ]
        for label, value in pairs
        if value not in (None, "")
    ]
    return Table(
        data or [["", ""]],
        colWidths=[label_width, width - label_width],
        splitInRow=1,
        style=[
            ("FONT", (0, 0), (0, -1), BOLD, 7.5, LEADING),
            ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ("FONT", (1, 0), (1, -1), REGULAR, FONT_SIZE, LEADING),
            ("TEXTCOLOR", (1, 0), (1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ],
    )


def side_by_side(left: list[Flowable], right: list[Flowable], gap: float = 8 * mm) -> Table:
    """Two blocks next to each other (party address | document details); rows may split."""
    half = (CONTENT_WIDTH - gap) / 2
    return Table(
        [[left, "", right]],
        colWidths=[half, gap, half],
        splitInRow=1,
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What the page header says about the document on this page, in its reader's language."""

    title: str
    number: str
    day: date
    lang: fmt.DocLanguage = fmt.ENGLISH


@dataclass(frozen=True, slots=True)
class Document:
    meta: DocMeta
    story: list[Flowable]


class _StartDocument(ActionFlowable):
    """Switches header and page numbering to the next document of a batch."""

    def __init__(self, meta: DocMeta) -> None:
        super().__init__()
        self.meta = meta

    def apply(self, doc: _DocTemplate) -> None:
        doc.meta = self.meta
        doc.group += 1


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each can say "Page x of y" (y per document)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self.jit_group = 0
        self.jit_page_label = "Page {page} of {pages}"

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        counts: dict[int, int] = {}
        for state in self._pages:
            counts[state["jit_group"]] = counts.get(state["jit_group"], 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            group = state["jit_group"]
            seen[group] = seen.get(group, 0) + 1
            self.__dict__.update(state)
            self.setFont(REGULAR, 8)
            self.setFillColor(MUTED)
            label = state["jit_page_label"].format(page=seen[group], pages=counts[group])
            self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 2 * mm, label)
            super().showPage()
        super().save()


TITLE_WIDTH = 60 * mm  # the title block at the right of the header
MAX_HEADER_TEXT = PAGE_HEIGHT / 3
# (shop name, details) type sizes, tried largest first
_LETTERHEAD_SIZES = ((12.5, 8.0), (11.5, 7.5), (10.5, 7.0), (10.0, 6.5), (9.5, 6.0), (9.0, 5.5))


def _fitting_size(text: str, font: str, size: float, width: float, smallest: float = 8) -> float:
    """The largest size up to `size` at which `text` fits `width` (never below `smallest`)."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


class _Header:
    """The shop's details, prepared once per PDF. Every address line is printed: a long
    letterhead gets smaller type, and if even the smallest type needs more room the header
    grows (the body starts lower), rather than a line being left out."""

    def __init__(self, shop: ShopInfo) -> None:
        self.shop = shop
        self.logo = _logo_reader(shop.logo)
        self.text_x = MARGIN
        if self.logo is not None:
            iw, ih = self.logo.getSize()
            scale = min(40 * mm / iw, 20 * mm / ih)
            self.logo_size = (iw * scale, ih * scale)
            self.text_x += self.logo_size[0] + 5 * mm
        self.text_width = PAGE_WIDTH - MARGIN - TITLE_WIDTH - 2 * mm - self.text_x
        self.name, self.details, text_height = self._fit(shop)
        # The rule sits 4 mm above the header's bottom edge; the text needs to end above it.
        self.height = max(HEADER_HEIGHT, text_height + 1.5 * mm + 6 * mm)
        self.footer = Paragraph(para_text(shorten(shop.footer, 300)), STYLES["small"])

    def _fit(self, shop: ShopInfo) -> tuple[Paragraph, Paragraph, float]:
        """Shop name and every detail line, at the largest type that fits the header."""
        contact = " \u00b7 ".join(x for x in (shop.phone, shop.email, shop.website) if x.strip())
        lines = [shorten(line.strip(), 120) for line in shop.address.splitlines() if line.strip()]
        lines += [shorten(contact, 200)] if contact.strip() else []
        # One address line per row, at the largest type that fits; if even the smallest does
        # not, the header grows (up to a third of the page); only beyond that do the lines run
        # on separated by " · " (still every line, in order). Absurdly long lines are cut.
        rows = para_text("\n".join(lines))
        room = HEADER_HEIGHT - 6 * mm
        for name_size, detail_size in _LETTERHEAD_SIZES:
            name, details, height = self._paragraphs(shop, rows, name_size, detail_size)
            if height + 1.5 * mm <= room:
                return name, details, height
        if height <= MAX_HEADER_TEXT:
            return name, details, height
        run_on = para_text(shorten(" \u00b7 ".join(lines), 1200))
        name, details, height = self._paragraphs(shop, run_on, *_LETTERHEAD_SIZES[-1])
        return name, details, min(height, MAX_HEADER_TEXT)

    def _paragraphs(
        self, shop: ShopInfo, details_markup: str, name_size: float, detail_size: float
    ) -> tuple[Paragraph, Paragraph, float]:
        name_style = _style(
            f"shop{name_size}", fontName=BOLD, fontSize=name_size, leading=name_size * 1.2
        )
        detail_style = _style(
            f"details{detail_size}",
            fontSize=detail_size,
            leading=detail_size * 1.25,
            textColor=MUTED,
        )
        name = Paragraph(para_text(shorten(shop.name, 120)), name_style)
        details = Paragraph(details_markup, detail_style)
        big = PAGE_HEIGHT
        height = name.wrap(self.text_width, big)[1] + details.wrap(self.text_width, big)[1]
        return name, details, height

    def draw(self, canv: Canvas, meta: DocMeta) -> None:
        top = PAGE_HEIGHT - MARGIN
        if self.logo is not None:
            w, h = self.logo_size
            canv.drawImage(self.logo, MARGIN, top - h, w, h, mask="auto")
        y = top
        for para in (self.name, self.details):
            para.wrap(self.text_width, PAGE_HEIGHT)
            para.drawOn(canv, self.text_x, y - para.height)
            y -= para.height + 1.5 * mm
        right = PAGE_WIDTH - MARGIN
        canv.setFillColor(ACCENT)
        title = clean_text(meta.title)
        canv.setFont(BOLD, _fitting_size(title, BOLD, 15, TITLE_WIDTH))
        canv.drawRightString(right, top - 13, title)
        canv.setFillColor(INK)
        canv.setFont(BOLD, 10.5)
        canv.drawRightString(right, top - 28, clean_text(meta.number))
        canv.setFont(REGULAR, 9)
        canv.setFillColor(MUTED)
        canv.drawRightString(right, top - 41, meta.lang.day(meta.day))
        rule_y = PAGE_HEIGHT - MARGIN - self.height + 4 * mm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        canv.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
        canv.setLineWidth(0.5)
        footer_y = MARGIN + FOOTER_HEIGHT - 6 * mm
        canv.line(MARGIN, footer_y, PAGE_WIDTH - MARGIN, footer_y)
        if self.shop.footer.strip():
            _width, h = self.footer.wrap(CONTENT_WIDTH - 30 * mm, FOOTER_HEIGHT)
            self.footer.drawOn(canv, MARGIN, footer_y - 2 * mm - min(h, 3 * 10))


def _logo_reader(data: bytes | None) -> ImageReader | None:
    """The logo if it is a readable image; a broken logo is left out rather than failing."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # noqa: BLE001 - any unreadable image: print without it
        return None


class _DocTemplate(BaseDocTemplate):
    def __init__(self, target: Any, shop: ShopInfo, first: DocMeta, **kwargs: Any) -> None:
        header = _Header(shop)
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + header.height,
            bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=f"{first.title} {first.number}",
            author=shop.name,
            creator="jitdesk",
            **kwargs,
        )
        self.meta = first
        self.group = 1
        self.header = header
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._on_page)])

    def _on_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.jit_group = self.group
        canv.jit_page_label = self.meta.lang._("Page {page} of {pages}")
        self.header.draw(canv, self.meta)
        canv.restoreState()


PdfTarget: TypeAlias = "str | os.PathLike[str] | IO[bytes] | None"
"""Where a rendered PDF is also written: a path, a binary file object, or nowhere."""


class _Reached(ActionFlowable):
    """Tells `progress` that the documents before this one are laid out (it may stop the
    batch by raising `Cancelled`)."""

    def __init__(self, done: int, total: int, progress: Progress) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress

    def apply(self, doc: _DocTemplate) -> None:
        self.progress(self.done, self.total, _("Laying out pages"))


def render(
    shop: ShopInfo,
    documents: Sequence[Document],
    target: PdfTarget = None,
    progress: Progress = no_progress,
) -> bytes:
    """Lay out the documents, each starting on a new page, into one PDF; returns its bytes
    (and writes them to `target`, a path or file object, when given). `progress` hears after
    every document; `Cancelled` raised from it stops the batch before anything is written."""
    if not documents:
        raise ValueError("render() needs at least one document")  # a programming error
    buffer = io.BytesIO()
    doc = _DocTemplate(buffer, shop, documents[0].meta)
    total = len(documents)
    story: list[Flowable] = [_Reached(0, total, progress), *documents[0].story]
    for done, document in enumerate(documents[1:], start=1):
        story += [_Reached(done, total, progress), _StartDocument(document.meta), PageBreak()]
        story += document.story
    story.append(_Reached(total, total, progress))
    doc.build(story, canvasmaker=_NumberedCanvas)
    data = buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        with open(target, "wb") as fh:
            fh.write(data)
    elif target is not None:
        target.write(data)
    return data


Builder = Callable[..., Document]
