"""E-mail end to end against a local SMTP server (aiosmtpd) on 127.0.0.1, with STARTTLS using
a test CA (tests/services/smtp_fixtures.py): trusted and untrusted certificates, TLS on connect, wrong password, unreachable server,
header injection. Nothing may be marked sent or notified that the server did not accept."""

# ruff: noqa: F811 (pytest fixtures imported from smtp_fixtures are parameters here)
from __future__ import annotations

import pytest

from jitdesk.domain.email_templates import check_address
from jitdesk.domain.errors import DomainError, ValidationError
from jitdesk.services import email as mail
from jitdesk.services.receiving import record_receipt
from jitdesk.services.shop import Shop
from tests import engines
from tests.services.jit_fixtures import build_world, new_shop, place_order, supplier_order
from tests.services.smtp_fixtures import (  # noqa: F401 (pytest fixtures used by name)
    PASSWORD,
    USER,
    _free_port,
    certs,
    server,
    tls_server,
    trusted,
)

# --- a shop with a draft supplier order and a ready customer order -----------------------------


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "shop.jitdesk")
    world = build_world(shop)
    shop.db["suppliers"].update(world.supplier_id, {"email": "orders@acme.example"})
    shop.db["customers"].update(world.customers[0], {"email": "ana@example.org"})
    shop.db["customers"].update(world.customers[1], {"email": "bjorn@example.org"})
    ready = []
    for customer in (0, 1, 2):
        order = place_order(world, customer, [("CH-1", 1)])
        so = supplier_order(world, [("CH-1", 1, {order.line_ids[0]: 1})])
        record_receipt(shop, so.supplier_order_id, {so.line_ids[0]: 1})
        ready.append(order.number)
    waiting = place_order(world, 0, [("BE-1", 2)])
    draft = supplier_order(world, [("BE-1", 2, {waiting.line_ids[0]: 2})], status="draft")
    world.ready = ready  # type: ignore[attr-defined]
    world.draft = draft  # type: ignore[attr-defined]
    yield world
    shop.close()


def fake_pdf(shop: Shop, kind: str, number: str) -> tuple[bytes, str]:
    return b"%PDF-1.4 test " + number.encode(), f"{number}.pdf"


def configure(shop: Shop, port: int, **overrides) -> None:
    values = {
        "host": "127.0.0.1",
        "port": port,
        "security": "starttls",
        "username": USER,
        "from_address": "shop@velo.example",
        "password_storage": "ask",
    } | overrides
    mail.save_smtp_settings(shop, mail.SmtpSettings(**values))


def so_status(shop: Shop, so_id: int) -> str:
    return shop.db.execute("SELECT status FROM supplier_orders WHERE id = ?", [so_id]).fetchone()[0]


def notified(shop: Shop) -> dict[str, str | None]:
    rows = shop.db.execute("SELECT number, notified_at FROM customer_orders WHERE status='ready'")
    return {r[0]: r[1] for r in rows}


def emailed_events(shop: Shop) -> list[str]:
    return [r[0] for r in shop.db.execute("SELECT summary FROM events WHERE action = 'emailed'")]


# --- tests ------------------------------------------------------------------------------------


def test_supplier_order_sent_over_trusted_starttls_then_marked_sent(world, server, trusted):
    inbox, port = server
    shop = world.shop
    configure(shop, port)
    before = len(inbox.messages)
    so = world.draft
    result = mail.email_supplier_order(
        shop, so.number, fake_pdf, password=PASSWORD, context=trusted
    )
    assert result.to == "orders@acme.example"
    rcpts, message = inbox.messages[before]
    assert rcpts == ["orders@acme.example"]
    assert message["Subject"] == f"Order {so.number} from Velo Ltd"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == f"{so.number}.pdf"
    assert attachment.get_content() == b"%PDF-1.4 test " + so.number.encode()
    assert so_status(shop, so.supplier_order_id) == "sent"
    assert emailed_events(shop) == [f"{so.number} e-mailed to orders@acme.example"]
    assert result.changes.supplier_orders == {so.supplier_order_id}
    # The password is nowhere in the shop file.
    dump = engines.everything_stored(shop)
    assert PASSWORD not in dump


def test_untrusted_certificate_refused_nothing_marked(world, server):
    _inbox, port = server
    shop = world.shop
    configure(shop, port)
    with pytest.raises(mail.EmailError, match="certificate .* could not be verified"):
        mail.email_supplier_order(shop, world.draft.number, fake_pdf, password=PASSWORD)
    assert so_status(shop, world.draft.supplier_order_id) == "draft"
    assert emailed_events(shop) == []


def test_wrong_password_is_one_plain_message(world, server, trusted):
    _inbox, port = server
    shop = world.shop
    configure(shop, port)
    with pytest.raises(mail.EmailError, match="refused the user name or password"):
        mail.email_pickup_notice(shop, world.ready[0], fake_pdf, password="wrong", context=trusted)
    assert all(v is None for v in notified(shop).values())
    with pytest.raises(mail.PasswordNeeded):
        mail.email_pickup_notice(shop, world.ready[0], fake_pdf, context=trusted)


def test_unreachable_server_nothing_marked(world, trusted):
    shop = world.shop
    configure(shop, _free_port())
    with pytest.raises(mail.EmailError, match="refused the connection"):
        mail.email_supplier_order(
            shop, world.draft.number, fake_pdf, password=PASSWORD, context=trusted
        )
    assert so_status(shop, world.draft.supplier_order_id) == "draft"
    batch = mail.email_ready_pickup_notices(shop, fake_pdf, password=PASSWORD, context=trusted)
    assert batch.sent == [] and len(batch.failed) == 3
    assert all("refused the connection" in why for _n, why in batch.failed)
    assert all(v is None for v in notified(shop).values())


def test_batch_pickup_notices_with_progress_and_summary(world, server, trusted):
    inbox, port = server
    shop = world.shop
    configure(shop, port)
    before = len(inbox.messages)
    seen = []
    batch = mail.email_ready_pickup_notices(
        shop,
        fake_pdf,
        password=PASSWORD,
        context=trusted,
        progress=lambda done, total, number: seen.append((done, total)),
    )
    assert batch.sent == world.ready[:2]
    ((number, why),) = batch.failed  # the third customer has no e-mail address
    assert number == world.ready[2] and "no e-mail address" in why
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert [r for r, _m in inbox.messages[before:]] == [
        ["ana@example.org"],
        ["bjorn@example.org"],
    ]
    body = inbox.messages[before][1].get_body(("plain",)).get_content()
    assert "Hello Ana Nowak" in body and world.ready[0] in body
    state = notified(shop)
    assert state[world.ready[0]] and state[world.ready[1]] and state[world.ready[2]] is None
    assert "1 not sent" in batch.summary()
    # Sent ones are not sent again.
    assert mail.ready_to_notify(shop) == [world.ready[2]]


def test_edited_template_is_used(world, server, trusted):
    inbox, port = server
    shop = world.shop
    configure(shop, port)
    mail.save_template(
        shop, "pickup-notice", "Abholbereit: $order_number", "Hallo $customer_name, bis $pickup_by."
    )
    mail.email_pickup_notice(shop, world.ready[1], fake_pdf, password=PASSWORD, context=trusted)
    message = inbox.messages[-1][1]
    assert message["Subject"] == f"Abholbereit: {world.ready[1]}"
    with pytest.raises(ValidationError, match=r"\$ordr"):
        mail.save_template(shop, "pickup-notice", "Order $ordr", "x")


def test_header_injection_refused(world, server, trusted):
    _inbox, port = server
    shop = world.shop
    with pytest.raises(ValidationError, match="line break"):
        check_address("ana@example.org\nBcc: all@example.org")
    with pytest.raises(ValidationError, match="line break"):
        configure(shop, port, from_address="shop@velo.example\r\nBcc: x@example.org")
    configure(shop, port)
    shop.db["customers"].update(
        world.customers[0], {"email": "ana@example.org\r\nBcc: everyone@example.org"}
    )
    with pytest.raises(ValidationError, match="line break"):
        mail.email_pickup_notice(shop, world.ready[0], fake_pdf, password=PASSWORD, context=trusted)
    with pytest.raises(ValidationError, match="line break"):
        mail.save_template(shop, "pickup-notice", "Ready\nBcc: x@example.org", "body")
    assert notified(shop)[world.ready[0]] is None


def test_without_smtp_mailto_and_plain_refusal(world):
    shop = world.shop
    with pytest.raises(mail.EmailError, match="No mail server"):
        mail.email_pickup_notice(shop, world.ready[0], fake_pdf)
    message = mail.mailto_message(shop, "pickup-notice", world.ready[0])
    assert message.url.startswith("mailto:ana@example.org?subject=Your%20order%20")
    assert "%0A" in message.url and "\n" not in message.url
    with pytest.raises(DomainError, match="not ready"):
        mail.mailto_message(shop, "pickup-notice", place_order(world, 0, [("CH-1", 1)]).number)


def test_below_minimum_refused_before_sending(world, server, trusted):
    inbox, port = server
    shop = world.shop
    configure(shop, port)
    shop.db["suppliers"].update(world.supplier_id, {"min_order_value": 100_000})
    before = len(inbox.messages)
    with pytest.raises(DomainError, match="below"):
        mail.email_supplier_order(
            shop, world.draft.number, fake_pdf, password=PASSWORD, context=trusted
        )
    assert len(inbox.messages) == before
    assert so_status(shop, world.draft.supplier_order_id) == "draft"


def test_keyring_missing_is_plain(monkeypatch, world):
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert not mail.keyring_available()
    settings = mail.SmtpSettings(
        "smtp.example.com", 587, "starttls", USER, "shop@velo.example", "keyring"
    )
    with pytest.raises(mail.KeyringUnavailable, match="no system keyring"):
        mail.save_smtp_settings(world.shop, settings, password=PASSWORD)
    assert mail.get_smtp_settings(world.shop) is None  # nothing saved


def test_tls_on_connect_port_465_style(world, tls_server, trusted):
    """security "tls": smtplib.SMTP_SSL, the certificate verified from the first byte."""
    inbox, port = tls_server
    shop = world.shop
    configure(shop, port, security="tls")
    before = len(inbox.messages)
    with pytest.raises(mail.EmailError, match="certificate .* could not be verified"):
        mail.email_pickup_notice(shop, world.ready[0], fake_pdf, password=PASSWORD)
    assert len(inbox.messages) == before and notified(shop)[world.ready[0]] is None
    result = mail.email_pickup_notice(
        shop, world.ready[0], fake_pdf, password=PASSWORD, context=trusted
    )
    assert result.to == "ana@example.org"
    rcpts, message = inbox.messages[before]
    assert rcpts == ["ana@example.org"]
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == f"{world.ready[0]}.pdf"
    assert notified(shop)[world.ready[0]] is not None
