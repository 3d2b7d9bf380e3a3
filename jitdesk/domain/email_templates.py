"""E-mail message templates and header safety (pure: no network, no database).

Templates are `string.Template` text: ``$order_number``, ``${shop_name}`` and so on. A template
naming a placeholder jitdesk does not fill is refused when it is saved, so a typo never reaches
a customer as a literal ``$ordr_number``.

Header injection: a recipient, sender or subject containing CR or LF could add headers (Bcc:) to
the message; such values are refused with a plain message before anything is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import Template

from jitdesk.domain.errors import ValidationError, quoted
from jitdesk.domain.i18n import N_, Translation, _

SUPPLIER_ORDER = "supplier-order"
PICKUP_NOTICE = "pickup-notice"
REMINDER = "reminder"  # to collect a ready order near or past its pickup-by date
TEMPLATE_KINDS = (SUPPLIER_ORDER, PICKUP_NOTICE, REMINDER)

PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    SUPPLIER_ORDER: (
        "order_number",
        "shop_name",
        "shop_phone",
        "shop_email",
        "supplier_name",
        "supplier_contact",
        "account_number",
        "requested_date",
        "total",
        "lines",
    ),
    PICKUP_NOTICE: (
        "order_number",
        "shop_name",
        "shop_phone",
        "shop_email",
        "shop_address",
        "opening_hours",
        "customer_name",
        "pickup_by",
        "balance_due",
        "items",
    ),
}
PLACEHOLDERS[REMINDER] = PLACEHOLDERS[PICKUP_NOTICE]


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    kind: str
    subject: str
    body: str


DEFAULT_TEMPLATES = {
    SUPPLIER_ORDER: MessageTemplate(
        SUPPLIER_ORDER,
        N_("Order $order_number from $shop_name"),
        N_(
            "Hello $supplier_contact,\n\n"
            "please find attached our order $order_number (account $account_number), "
            "$lines lines, total $total.\n"
            "Requested delivery: $requested_date.\n\n"
            "Kind regards\n$shop_name\n$shop_phone"
        ),
    ),
    PICKUP_NOTICE: MessageTemplate(
        PICKUP_NOTICE,
        N_("Your order $order_number is ready for pickup"),
        N_(
            "Hello $customer_name,\n\n"
            "your order $order_number is ready: $items.\n"
            "Balance due at pickup: $balance_due. Please collect it by $pickup_by.\n"
            "Opening hours: $opening_hours\n$shop_address\n\n"
            "The pickup notice is attached; show it at the counter.\n\n"
            "Kind regards\n$shop_name\n$shop_phone"
        ),
    ),
    REMINDER: MessageTemplate(
        REMINDER,
        N_("Reminder: your order $order_number is waiting for you"),
        N_(
            "Hello $customer_name,\n\n"
            "your order $order_number is still waiting for you: $items.\n"
            "We keep it for you until $pickup_by; please collect it by then.\n"
            "Balance due at pickup: $balance_due.\n"
            "Opening hours: $opening_hours\n$shop_address\n\n"
            "The reminder is attached; show it at the counter.\n\n"
            "Kind regards\n$shop_name\n$shop_phone"
        ),
    ),
}


def default_template(kind: str, translation: Translation) -> MessageTemplate:
    """The built-in template of `kind` in the language of `translation` (the recipient's)."""
    template = DEFAULT_TEMPLATES[kind]
    return MessageTemplate(
        kind, translation.gettext(template.subject), translation.gettext(template.body)
    )


_ADDRESS_RE = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def check_header_value(value: str, what: str) -> str:
    """Refuse CR/LF (header injection) and control characters in a header value."""
    if "\r" in value or "\n" in value:
        raise ValidationError(
            _(
                "The {what} contains a line break; e-mail headers must be one line, so remove it."
            ).format(what=what),
            what,
        )
    if any(ord(c) < 32 and c != "\t" for c in value):
        raise ValidationError(
            _("The {what} contains control characters; remove them.").format(what=what), what
        )
    return value.strip()


def check_address(value: str, what: str = "e-mail address") -> str:
    """One plain address (no display name, no list): refused with a plain message otherwise."""
    text = check_header_value(value or "", what)
    if not text:
        raise ValidationError(_("The {what} is empty.").format(what=what), what)
    if not _ADDRESS_RE.match(text):
        raise ValidationError(
            _("{text} is not a single e-mail address.").format(text=quoted(text)), what
        )
    return text


def _identifiers(template: str) -> set[str]:
    found = set()
    for match in Template.pattern.finditer(template):
        name = match.group("named") or match.group("braced")
        if name:
            found.add(name)
        elif match.group("invalid") is not None:
            raise ValidationError(
                _("A $ in the template must be followed by a placeholder name (write $$ for $)."),
                "template",
            )
    return found


def check_template(kind: str, subject: str, body: str) -> MessageTemplate:
    if kind not in PLACEHOLDERS:
        raise ValidationError(
            _("There are no e-mail templates for {kind}.").format(kind=kind), "kind"
        )
    subject = check_header_value(subject, "subject")
    if not subject:
        raise ValidationError(_("The subject is empty."), "subject")
    unknown = (_identifiers(subject) | _identifiers(body)) - set(PLACEHOLDERS[kind])
    if unknown:
        raise ValidationError(
            _("The template uses ${names}, which jitdesk does not fill; use {names2}.").format(
                names=", $".join(sorted(unknown)),
                names2=", ".join("$" + p for p in PLACEHOLDERS[kind]),
            ),
            "template",
        )
    return MessageTemplate(kind, subject, body)


def render(template: MessageTemplate, values: dict[str, str]) -> tuple[str, str]:
    """Subject and body with the placeholders filled; the subject is checked for line breaks
    again because values (a supplier name, an order number) come from the shop file."""
    flat = {k: " ".join(str(v).split()) if k != "items" else str(v) for k, v in values.items()}
    subject = Template(template.subject).safe_substitute(flat)
    body = Template(template.body).safe_substitute(values)
    return check_header_value(subject, "subject"), body
