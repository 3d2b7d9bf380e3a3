"""The words for how and why money was taken, by the codes stored with each payment.

Marked for the gettext catalog and translated where they are shown (documents in the
recipient's language, the order history in the user's). The GUI's own tables say the same
through Qt's catalog.
"""

from __future__ import annotations

from jitdesk.domain.i18n import N_

PAYMENT_KIND_WORDS = {
    "deposit": N_("Deposit"),
    "payment": N_("Payment"),
    "balance": N_("Balance paid"),
    "refund": N_("Refund"),
}
PAYMENT_METHOD_WORDS = {
    "cash": N_("Cash"),
    "card": N_("Card"),
    "transfer": N_("Bank transfer"),
    "bank transfer": N_("Bank transfer"),
    "web shop": N_("Web shop"),
    "other": N_("Other"),
}
