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


def test_money_follows_the_readers_locale_through_cldr():
    assert fmt.money(107100, "EUR", "en_IE") == "€1,071.00"
    assert fmt.money(-500, "GBP", "en_GB") == "-£5.00"
    assert fmt.money(1234567, "INR", "en_GB") == "₹12,345.67"
    # CLDR writes the euro before the amount in Austria and after it in Germany and France
    assert fmt.money(107100, "EUR", "de_AT") == "€\u00a01.071,00"
    assert fmt.money(107100, "EUR", "de_DE") == "1.071,00\u00a0€"
    assert fmt.money(107100, "EUR", "fr_FR") == "1\u202f071,00\u00a0€"
    assert fmt.money(1200, "chf", "de_AT") == "CHF\u00a012,00"


def test_dates_are_written_out_in_the_readers_language():
    assert fmt.day(date(2026, 12, 4), "de_AT") == "4. Dezember 2026"
    assert fmt.day(date(2026, 12, 4), "fr_FR") == "4 décembre 2026"
    assert fmt.day(date(2026, 12, 4), "en_IE") == "4 December 2026"
    assert fmt.day("2026-01-03T10:00:00+00:00", "en_GB") == "3 January 2026"
    assert fmt.day(None) == ""


def test_a_language_without_a_catalog_gets_english_words_in_its_own_number_format():
    dutch = fmt.doc_language("nl_NL")
    assert dutch.locale == "en_NL"
    assert dutch.day(date(2026, 12, 4)) == "4 December 2026"
    assert dutch.money(107100, "EUR") == "€\u00a01.071,00"
    assert fmt.doc_language("de_AT").locale == "de_AT"


def test_tax_rates_print_as_exact_percentages():
    assert fmt.doc_language("de_AT").rate(2000) == "20\u00a0%"
    assert fmt.doc_language("fr_FR").rate(550) == "5,5\u00a0%"
    assert fmt.doc_language("en_IE").rate(1350) == "13.5%"
