"""Promised dates as every entry path gets them: the counter (order dialog and order service),
order edits, the CSV order import and the web-shop imports.

The rule itself is pure (`domain.promise.promise_for_line` over `domain.calendar`); this module
loads what it needs once — the active offers, with what their suppliers really take where that
is reliably slower than quoted (shop setting `use_observed_lead_times`), the safety buffer and
the closed weekdays — and applies it. `promise_explanations` says why a date moved, from the
same offers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from jitdesk.domain import reliability as rel
from jitdesk.domain.promise import OfferTerms, offer_for_promise, promise_for_line
from jitdesk.services.shop import Shop
from jitdesk.store import reports as report_q
from jitdesk.store.orders import offer_terms
from jitdesk.store.review import review_supplier_terms
from jitdesk.store.settings import load_settings


def observed_lead_times(shop: Shop, supplier_ids: Iterable[int]) -> dict[int, float]:
    """Median observed lead time per supplier with at least MIN_ORDERS_FOR_OBSERVED
    deliveries (suppliers with fewer are left out)."""
    result = {}
    for sid, leads in report_q.observed_leads(shop.db, supplier_ids).items():
        if len(leads) >= rel.MIN_ORDERS_FOR_OBSERVED:
            observed = rel.median(leads)
            if observed is not None:  # None only for no deliveries at all
                result[sid] = observed
    return result


def observed_offer_terms(
    shop: Shop, terms: dict[int, list[OfferTerms]]
) -> dict[int, list[OfferTerms]]:
    """The offers with the observed lead time wherever their supplier is reliably slower
    than the offer quotes (unchanged when the shop setting is off)."""
    if not load_settings(shop.db).use_observed_lead_times:
        return terms
    observed = observed_lead_times(shop, {o.supplier_id for ts in terms.values() for o in ts})
    if not observed:
        return terms
    result = {}
    for pid, offers in terms.items():
        adjusted = []
        for offer in offers:
            days = rel.observed_lead_days(
                offer.lead_time_days, rel.MIN_ORDERS_FOR_OBSERVED, observed.get(offer.supplier_id)
            )
            adjusted.append(offer._replace(lead_time_days=days) if days else offer)
        result[pid] = adjusted
    return result


class Promiser:
    """Promised dates from one read of the shop: the offer terms promises use (observed lead
    times included) and the settings. A big import asks it for thousands of lines, so each
    (product, order day) is worked out once."""

    def __init__(self, shop: Shop, product_ids: Iterable[int] | None = None) -> None:
        settings = load_settings(shop.db)
        self.safety_buffer_days = settings.safety_buffer_days
        self.closed_weekdays = settings.closed_weekdays
        ids = None if product_ids is None else list(product_ids)
        self.quoted = offer_terms(shop.db, ids)
        # An item to review with a supplier but no cost yet is promised on that supplier's terms.
        for pid, terms in review_supplier_terms(shop.db, ids).items():
            self.quoted.setdefault(pid, [terms])
        self.terms = observed_offer_terms(shop, self.quoted)
        self._found: dict[tuple[int, date], date | None] = {}

    def promise(self, product_id: int, order_date: date) -> date | None:
        """The promised date of `product_id` ordered on `order_date`; None without an offer."""
        key = (product_id, order_date)
        if key not in self._found:
            self._found[key] = promise_for_line(
                self.terms.get(product_id, []),
                order_date,
                self.safety_buffer_days,
                self.closed_weekdays,
            )
        return self._found[key]


def quote_promised_dates(
    shop: Shop, product_ids: list[int], order_date: date | None = None
) -> dict[int, date | None]:
    """Promised date per product if ordered on `order_date` (today by default)."""
    promiser = Promiser(shop, product_ids)
    day = order_date or shop.today()
    return {pid: promiser.promise(pid, day) for pid in product_ids}


@dataclass(frozen=True, slots=True)
class LeadAdjustment:
    """A promise that uses what the supplier really takes instead of what they quote."""

    product_id: int
    supplier_id: int
    supplier_name: str
    quoted_days: int
    observed_days: int

    @property
    def text(self) -> str:
        return rel.explanation(self.supplier_name, self.observed_days, self.quoted_days)


def lead_adjustments(
    shop: Shop, product_ids: Iterable[int], order_date: date | None = None
) -> dict[int, LeadAdjustment]:
    """Per product, the adjustment its promise gets: only products whose promise offer's
    supplier is reliably slower than quoted, and only with the shop setting on."""
    ids = list(dict.fromkeys(product_ids))
    if not ids:
        return {}
    promiser = Promiser(shop, ids)
    if promiser.terms is promiser.quoted:
        return {}
    day = order_date or shop.today()
    quoted = {o.offer_id: o.lead_time_days for ts in promiser.quoted.values() for o in ts}
    names = {s["id"]: s["name"] for s in report_q.suppliers(shop.db)}
    result = {}
    for pid in ids:
        offer = offer_for_promise(promiser.terms.get(pid, []), day)
        if offer is None or offer.lead_time_days == quoted[offer.offer_id]:
            continue
        result[pid] = LeadAdjustment(
            pid,
            offer.supplier_id,
            names.get(offer.supplier_id, ""),
            quoted[offer.offer_id],
            offer.lead_time_days,
        )
    return result


def promise_explanations(shop: Shop, product_ids: Iterable[int]) -> dict[int, str]:
    """Per product whose promised date uses an observed lead time, the sentence to show."""
    return {pid: adj.text for pid, adj in lead_adjustments(shop, product_ids).items()}
