"""The escaping helper and the money/date formats every document uses."""

from __future__ import annotations

from datetime import date

from jitdesk.documents import format as fmt
from jitdesk.documents.text import REPLACEMENT, clean_text, para_text


def test_markup_is_escaped_and_newlines_kept():
    assert para_text('<b>x</b> & <img src="/etc/hostname"/>\nline 2') == (
        '&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src="/etc/hostname"/&gt;<br/>line 2'
    )
    assert para_text("&amp;") == "&amp;amp;"
    assert para_text("a\r\nb\rc") == "a<br/>b<br/>c"


def test_characters_the_font_cannot_draw_become_a_visible_replacement():
    assert clean_text("ok 🚲 😀 ₹ € Ł") == f"ok {REPLACEMENT} {REPLACEMENT} ₹ € Ł"
    assert clean_text("bell\x07") == "bell"


def test_right_to_left_runs_are_put_in_visual_order():
    assert clean_text("Name: שלום עולם") == "Name: םלוע םולש"
    assert clean_text("Hebrew (עם) 12") == "Hebrew (םע) 12"


def test_money_has_symbol_thousands_and_two_decimals():
    assert fmt.money(123450, "EUR") == "€1,234.50"
    assert fmt.money(-500, "GBP") == "-£5.00"
    assert fmt.money(1234567, "INR") == "₹12,345.67"
    assert fmt.money(1200, "chf") == "12.00\u00a0CHF"


def test_dates_read_like_25_nov_2026():
    assert fmt.day(date(2026, 11, 25)) == "25 Nov 2026"
    assert fmt.day("2026-01-03T10:00:00+00:00") == "3 Jan 2026"
    assert fmt.day(None) == ""
