"""Long lists collapse to the first few and a count, in the reader's language."""

from __future__ import annotations

from jitdesk.domain.i18n import translation_for
from jitdesk.domain.lists import first_few

NUMBERS = [f"C-2026-{n:04d}" for n in range(1, 234)]


def test_a_long_list_names_the_first_two_and_counts_the_rest():
    assert first_few(NUMBERS) == "C-2026-0001, C-2026-0002 and 231 more"


def test_a_short_list_is_shown_whole_even_one_over_the_limit():
    assert first_few(NUMBERS[:3]) == "C-2026-0001, C-2026-0002, C-2026-0003"
    assert first_few([]) == ""


def test_the_count_is_in_the_readers_language():
    german = translation_for("de").ngettext
    assert first_few(NUMBERS, 1, ngettext=german) == "C-2026-0001 und 232 weitere"
