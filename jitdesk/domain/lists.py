"""Long lists in little room: "C-2026-0001, C-2026-0002 and 231 more".

A supplier order line can be for hundreds of customer orders. Tables, labels and documents name
the first few and count the rest; the full list stays available where there is room for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from jitdesk.domain.i18n import ngettext as user_ngettext

FEW = 2  # how many a collapsed list names before "and n more"

NGettext = Callable[[str, str, int], str]


def first_few(items: Sequence[str], limit: int = FEW, *, ngettext: NGettext = user_ngettext) -> str:
    """The items joined with ", ", or the first `limit` of them and how many more there are.

    A list one longer than `limit` is shown whole: "and 1 more" saves no room. `ngettext` is the
    reader's translation (a document's recipient); by default the user's."""
    limit = max(limit, 1)
    if len(items) <= limit + 1:
        return ", ".join(items)
    more = len(items) - limit
    return ngettext("{shown} and {n} more", "{shown} and {n} more", more).format(
        shown=", ".join(items[:limit]), n=more
    )
