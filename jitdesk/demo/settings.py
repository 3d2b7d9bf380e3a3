"""The demo shop's own details: a bike-parts shop in Graz, open Monday to Saturday."""

from __future__ import annotations

from jitdesk.domain.models import ShopSettings


def demo_settings() -> ShopSettings:
    return ShopSettings(
        name="Speiche & Kette Bike Parts",
        address="Körnerstraße 12\n8010 Graz\nAustria",
        phone="+43 316 482190",
        email="shop@speiche-kette.example",
        website="https://speiche-kette.example",
        currency="EUR",
        locale="de_AT",
        tax_rate_bp=2000,
        vat_id="ATU12345678",
        deposit_percent=30,
        pickup_hold_days=14,
        safety_buffer_days=1,
        closed_weekdays=frozenset({6}),
        opening_hours="Mon–Fri 9:00–18:30, Sat 9:00–14:00, closed on Sundays",
        doc_footer="Speiche & Kette e.U. · UID ATU12345678 · IBAN AT61 1904 3002 3457 3201",
        supplier_order_note="Please deliver to the shop entrance on Körnerstraße; ring twice.",
        pickup_note="We keep your order for 14 days. Please bring this notice or your order number.",
        confirmation_note="Questions about your order? Call us or drop in during opening hours.",
    )
