"""E-mail: SMTP settings, supplier orders and pickup notices by mail, the batch, mailto: fallback.

* The SMTP settings live in the shop file; the password never does (nor the log or events): it is
  kept in the system keyring, or - where there is none (headless Linux, some frozen apps) - the
  owner chooses "ask each time" and the GUI asks for it per sending session.
* Certificates are always verified (`ssl.create_default_context()`, DESIGN §10); tests pass a
  context trusting their own test CA.
* A supplier order is marked sent, and a customer order notified, only after the SMTP server
  accepted the message. Every message sent is an event on its order (the sent log).
* The PDF comes from a `render_pdf(shop, kind, number) -> (bytes, file name)` the caller passes
  (`jitdesk.documents.generate.render_document`): documents sit above services in the layers.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from urllib.parse import quote

from jitdesk.domain.email_templates import (
    DEFAULT_TEMPLATES,
    PICKUP_NOTICE,
    REMINDER,
    SUPPLIER_ORDER,
    MessageTemplate,
    check_address,
    check_header_value,
    check_template,
    default_template,
    render,
)
from jitdesk.domain.errors import DomainError, NotFoundError, ValidationError
from jitdesk.domain.formats import doc_language
from jitdesk.domain.i18n import N_, _, current_language, ngettext, translation_for
from jitdesk.domain.permissions import OwnerAction
from jitdesk.domain.statuses import Action, customer_allows, status_word
from jitdesk.services import documents as docs
from jitdesk.services import system_keyring
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.reminders import EMAILED, check_can_remind, record_reminders
from jitdesk.services.settings import get_settings
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.supplier_orders import mark_sent
from jitdesk.services.today import record_told
from jitdesk.store import email as q

SECURITY = ("none", "starttls", "tls")
KEYRING_SERVICE = "jitdesk-smtp"
RenderPdf = Callable[[Shop, str, str], tuple[bytes, str]]
Progress = Callable[[int, int, str], None]


class EmailError(DomainError):
    """Sending failed in a way the user can fix (server, password, address); nothing was marked."""


class PasswordNeeded(EmailError):
    """The password is asked each time and none was given: the GUI asks, then retries."""


class KeyringUnavailable(EmailError):
    pass


NO_KEYRING = N_(
    "This computer has no system keyring jitdesk can use to keep the mail password; "
    "choose \u201cask for the password each time\u201d in Settings \u2192 Email."
)


# --- settings ---------------------------------------------------------------------------------


@dataclass(slots=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"
    username: str = ""
    from_address: str = ""
    password_storage: str = "keyring"  # or "ask"

    def validate(self) -> None:
        self.host = check_header_value(self.host or "", _("server name"))
        if not self.host or " " in self.host:
            raise ValidationError(
                _("Enter the mail server's name, such as smtp.example.com."), "host"
            )
        if not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            raise ValidationError(_("The port must be a number from 1 to 65535."), "port")
        if self.security not in SECURITY:
            raise ValidationError(_("Choose the security: none, STARTTLS or TLS."), "security")
        self.username = check_header_value(self.username or "", _("user name"))
        self.from_address = check_address(self.from_address, _("sender address"))
        if self.password_storage not in ("keyring", "ask"):
            raise ValidationError(_("Choose where the password is kept."), "password_storage")

    @property
    def keyring_user(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def get_smtp_settings(shop: Shop) -> SmtpSettings | None:
    row = q.load_smtp(shop.db)
    return SmtpSettings(**row) if row and row["host"] else None


def security_warning(settings: SmtpSettings) -> str | None:
    """What sending without encryption gives away, or None when the connection is secure."""
    if settings.security != "none":
        return None
    what = "your password and every message" if settings.username else "every message"
    return (
        f"With security None, {what} travel unencrypted to {settings.host}, readable by "
        "anyone on the way; choose STARTTLS or TLS if the server offers it."
    )


def save_smtp_settings(shop: Shop, settings: SmtpSettings, password: str | None = None) -> Changes:
    """Save the server settings; a given password goes to the keyring (never the shop file).
    The changes carry a warning when mail would travel unencrypted."""
    settings.validate()
    require_permission(shop, OwnerAction.EMAIL_ACCOUNTS)
    if password and settings.password_storage == "keyring":
        store_password(settings, password)
    with shop.transaction() as db:
        q.save_smtp(
            db,
            {
                "host": settings.host,
                "port": settings.port,
                "security": settings.security,
                "username": settings.username,
                "from_address": settings.from_address,
                "password_storage": settings.password_storage,
            },
        )
        shop.event(
            "shop",
            1,
            "smtp_settings",
            f"Mail server set to {settings.host}:{settings.port} ({settings.security})",
            host=settings.host,
            port=settings.port,
            security=settings.security,
            username=settings.username,
            password_storage=settings.password_storage,
        )
    warning = security_warning(settings)
    return Changes(settings=True, warnings=[warning] if warning else [])


def keyring_available() -> bool:
    return system_keyring.available()


def store_password(settings: SmtpSettings, password: str) -> None:
    try:
        system_keyring.write(KEYRING_SERVICE, settings.keyring_user, password)
    except system_keyring.KeyringMissing:
        raise KeyringUnavailable(_(NO_KEYRING)) from None


def load_password(settings: SmtpSettings) -> str | None:
    try:
        return system_keyring.read(KEYRING_SERVICE, settings.keyring_user)
    except system_keyring.KeyringMissing:
        raise KeyringUnavailable(_(NO_KEYRING)) from None


def _password(settings: SmtpSettings, given: str | None) -> str | None:
    if given is not None or not settings.username:
        return given
    if settings.password_storage == "ask":
        raise PasswordNeeded(_("Enter the mail password to send."))
    found = load_password(settings)
    if found is None:
        raise PasswordNeeded(
            _("The mail password is not in the system keyring; enter it in Settings \u2192 Email.")
        )
    return found


# --- templates --------------------------------------------------------------------------------


def get_template(shop: Shop, kind: str, language: str | None = None) -> MessageTemplate:
    """The shop's own template of `kind` when it has saved one (used as written, for every
    recipient), else the built-in one in `language` (the recipient's; the user's if None)."""
    stored = q.load_template(shop.db, kind)
    if stored is None:
        if kind not in DEFAULT_TEMPLATES:
            raise ValidationError(
                _("There are no e-mail templates for {kind}.").format(kind=kind), "kind"
            )
        if language is None:
            return default_template(kind, translation_for(current_language()))
        return default_template(kind, translation_for(language))
    return MessageTemplate(kind, *stored)


def save_template(shop: Shop, kind: str, subject: str, body: str) -> Changes:
    template = check_template(kind, subject, body)
    require_permission(shop, OwnerAction.SETTINGS)
    with shop.transaction() as db:
        q.save_template(db, kind, template.subject, template.body)
        shop.event("shop", 1, "email_template", f"E-mail template for {kind} changed", kind=kind)
    return Changes(settings=True)


# --- the connection ---------------------------------------------------------------------------


class Mailer:
    """One SMTP session: connect, secure, log in; every failure is one plain EmailError."""

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None,
        *,
        context: ssl.SSLContext | None = None,
        timeout: float = 20,
    ) -> None:
        self.settings = settings
        self.password = password
        self.context = context or ssl.create_default_context()
        self.timeout = timeout
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        s = self.settings
        try:
            smtp: smtplib.SMTP
            if s.security == "tls":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout, context=self.context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
            self.smtp = smtp
            if s.security == "starttls":
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    raise EmailError(
                        _(
                            "The mail server {host} does not offer STARTTLS on port {port}; choose TLS or the port your provider names for STARTTLS."
                        ).format(host=s.host, port=s.port)
                    )
                smtp.starttls(context=self.context)
                smtp.ehlo()
            if s.username:
                _login(smtp, s.username, self.password or "")
        except BaseException as exc:
            self.close()
            if isinstance(exc, EmailError):
                raise
            raise self.plain(exc) from exc
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                self.smtp.close()
            self.smtp = None

    def send(self, message: EmailMessage) -> None:
        assert self.smtp is not None
        try:
            refused = self.smtp.send_message(message)
        except BaseException as exc:
            raise self.plain(exc) from exc
        if refused:
            raise EmailError(
                _("The mail server refused the address {names}; check it and send again.").format(
                    names=", ".join(refused)
                )
            )

    def plain(self, exc: BaseException) -> EmailError:
        s = self.settings
        where = f"{s.host}:{s.port}"
        if isinstance(exc, ssl.SSLCertVerificationError):
            return EmailError(
                _(
                    "The certificate of the mail server {where} could not be verified ({verify_message}); check the server name, or ask your mail provider."
                ).format(where=where, verify_message=exc.verify_message)
            )
        if isinstance(exc, ssl.SSLError):
            return EmailError(
                _(
                    "A secure connection to {where} failed ({reason}); check the security setting (STARTTLS or TLS) and the port."
                ).format(where=where, reason=exc.reason)
            )
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return EmailError(
                _(
                    "The mail server {host} refused the user name or password; check them in Settings → Email."
                ).format(host=s.host)
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            return EmailError(
                _("The mail server {where} does not support this ({exc}).").format(
                    where=where, exc=exc
                )
            )
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            return EmailError(
                _("The mail server refused the address {names}; check it and send again.").format(
                    names=", ".join(exc.recipients)
                )
            )
        if isinstance(exc, smtplib.SMTPSenderRefused):
            return EmailError(
                _(
                    "The mail server refused the sender address {sender}; check the sender address in Settings → Email."
                ).format(sender=exc.sender)
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            error = exc.smtp_error  # bytes from the server; str when smtplib made it up
            text = error.decode("utf-8", "replace") if isinstance(error, bytes) else error
            answer = _("The mail server {where} answered {code} {text}")
            return EmailError(answer.format(where=where, code=exc.smtp_code, text=text).strip())
        if isinstance(exc, smtplib.SMTPException):
            return EmailError(
                _("Sending through {where} failed ({exc}); try again later.").format(
                    where=where, exc=exc
                )
            )
        if isinstance(exc, ConnectionRefusedError):
            return EmailError(
                _(
                    "The mail server {where} refused the connection; check the server name and port in Settings → Email."
                ).format(where=where)
            )
        if isinstance(exc, socket.gaierror):
            return EmailError(
                _("There is no mail server named {host}; check the name.").format(host=s.host)
            )
        if isinstance(exc, TimeoutError):
            return EmailError(
                _("The mail server {where} did not answer in time; try again later.").format(
                    where=where
                )
            )
        if isinstance(exc, OSError):
            return EmailError(
                _(
                    "jitdesk could not reach the mail server {where} ({value}); check the network and the settings."
                ).format(where=where, value=exc.strerror or exc)
            )
        raise exc


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN in UTF-8 where offered (smtplib's login() can only send ASCII and falls
    through every mechanism after a refusal); otherwise smtplib's own choice."""
    smtp.ehlo_or_helo_if_needed()
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in offered:
        smtp.login(user, password)
        return
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, response = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, response)


# --- messages ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Prepared:
    kind: str
    number: str
    entity: str
    entity_id: int
    status: str
    to: str
    subject: str
    body: str


def _values(shop: Shop, kind: str, number: str) -> tuple[str, dict[str, str]]:
    """The recipient's language and the placeholders' values, written for them."""
    if kind == SUPPLIER_ORDER:
        d = docs.supplier_order_doc(shop, number)
        language = d.language or d.shop.language
        lang = doc_language(language)
        return language, {
            "order_number": d.number,
            "shop_name": d.shop.name,
            "shop_phone": d.shop.phone,
            "shop_email": d.shop.email,
            "supplier_name": d.supplier_name,
            "supplier_contact": d.supplier_contact or d.supplier_name,
            "account_number": d.account_number,
            "requested_date": lang.day(d.requested_date),
            "total": lang.money(d.total, d.shop.currency),
            "lines": lang.quantity(len(d.lines)),
        }
    c = docs.customer_order_doc(shop, number, kind)
    language = c.language or c.shop.language
    lang = doc_language(language)
    return language, {
        "order_number": c.number,
        "shop_name": c.shop.name,
        "shop_phone": c.shop.phone,
        "shop_email": c.shop.email,
        "shop_address": c.shop.address,
        "opening_hours": c.shop.opening_hours,
        "customer_name": c.customer_name,
        "pickup_by": lang.day(c.pickup_by),
        "balance_due": lang.money(c.balance, c.shop.currency),
        "items": ", ".join(f"{i.quantity} \u00d7 {i.description}" for i in c.items),
    }


def prepare(shop: Shop, kind: str, number: str) -> Prepared:
    """Check the order can be mailed and fill its template (nothing sent, nothing written)."""
    number = number.strip()
    if kind == SUPPLIER_ORDER:
        row = q.supplier_order_for_email(shop.db, number)
        if row is None:
            raise NotFoundError(_("There is no supplier order {number}.").format(number=number))
        if row["status"] in ("cancelled", "closed short"):
            raise DomainError(
                _("Supplier order {number} is {status}; it cannot be sent.").format(
                    number=number, status=status_word(row["status"])
                )
            )
        if not row["supplier_email"]:
            raise ValidationError(
                _("{supplier_name} has no e-mail address; add it in Suppliers.").format(
                    supplier_name=row["supplier_name"]
                ),
                "email",
            )
        to = check_address(row["supplier_email"], "supplier's e-mail address")
        entity = "supplier_order"
    elif kind in (PICKUP_NOTICE, REMINDER):
        row = q.customer_order_for_email(shop.db, number)
        if row is None:
            raise NotFoundError(_("There is no customer order {number}.").format(number=number))
        if kind == REMINDER:
            check_can_remind(shop, [row["id"]])
        if not customer_allows(row["status"], Action.NOTIFY):
            raise DomainError(
                _("Order {number} is {status}, not ready for pickup.").format(
                    number=number, status=status_word(row["status"])
                )
            )
        if not row["customer_email"]:
            raise ValidationError(
                _("{customer_name} has no e-mail address; call or add it in Customers.").format(
                    customer_name=row["customer_name"]
                ),
                "email",
            )
        to = check_address(row["customer_email"], "customer's e-mail address")
        entity = "customer_order"
    else:
        raise ValidationError(
            _("jitdesk does not e-mail {kind} documents.").format(kind=kind), "kind"
        )
    language, values = _values(shop, kind, number)
    subject, body = render(get_template(shop, kind, language), values)
    return Prepared(kind, number, entity, row["id"], row["status"], to, subject, body)


def build_message(
    settings: SmtpSettings, shop_name: str, prepared: Prepared, pdf: bytes, file_name: str
) -> EmailMessage:
    message = EmailMessage()
    sender = check_address(settings.from_address, "sender address")
    message["From"] = formataddr((check_header_value(shop_name, "shop name"), sender))
    message["To"] = check_address(prepared.to)
    message["Subject"] = check_header_value(prepared.subject, "subject")
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1])
    message.set_content(prepared.body)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name)
    return message


class _DryRun(Exception):
    pass


def _check_can_mark(shop: Shop, prepared: Prepared, allow_below_minimum: bool) -> None:
    """Refuse before sending what could not be marked sent afterwards (e.g. below minimum)."""
    if prepared.entity != "supplier_order" or prepared.status != "draft":
        return
    try:
        with shop.transaction():
            mark_sent(shop, prepared.entity_id, allow_below_minimum=allow_below_minimum)
            raise _DryRun
    except _DryRun:
        pass


def _record_sent(
    shop: Shop, prepared: Prepared, file_name: str, allow_below_minimum: bool
) -> Changes:
    changes = Changes()
    with shop.transaction():
        if prepared.entity == "supplier_order":
            if prepared.status == "draft":
                changes.merge(
                    mark_sent(shop, prepared.entity_id, allow_below_minimum=allow_below_minimum)
                )
            changes.supplier_orders.add(prepared.entity_id)
        elif prepared.kind == REMINDER:
            changes.merge(record_reminders(shop, [prepared.entity_id], EMAILED))
        else:
            record_told(shop, [prepared.entity_id], shop.now_iso())
            changes.customer_orders.add(prepared.entity_id)
        shop.event(
            prepared.entity,
            prepared.entity_id,
            "emailed",
            f"{prepared.number} e-mailed to {prepared.to}",
            to=prepared.to,
            subject=prepared.subject,
            attachment=file_name,
            kind=prepared.kind,
        )
    return changes


@dataclass(slots=True)
class EmailResult:
    number: str
    to: str
    changes: Changes

    def summary(self) -> str:
        return _("{number} was e-mailed to {to}.").format(number=self.number, to=self.to)


def _require_settings(shop: Shop) -> SmtpSettings:
    settings = get_smtp_settings(shop)
    if settings is None:
        raise EmailError(
            _(
                "No mail server is set up; enter it in Settings \u2192 Email, or open the message "
                "in your mail program instead."
            )
        )
    return settings


def send_document(
    shop: Shop,
    kind: str,
    number: str,
    render_pdf: RenderPdf,
    *,
    password: str | None = None,
    context: ssl.SSLContext | None = None,
    allow_below_minimum: bool = False,
) -> EmailResult:
    """E-mail a supplier order to its supplier or a pickup notice to its customer.

    The order is marked sent / notified only once the SMTP server accepted the message."""
    settings = _require_settings(shop)
    prepared = prepare(shop, kind, number)
    _check_can_mark(shop, prepared, allow_below_minimum)
    pdf, file_name = render_pdf(shop, kind, prepared.number)
    message = build_message(settings, get_settings(shop).name, prepared, pdf, file_name)
    with Mailer(settings, _password(settings, password), context=context) as mailer:
        mailer.send(message)
    changes = _record_sent(shop, prepared, file_name, allow_below_minimum)
    return EmailResult(prepared.number, prepared.to, changes)


def email_supplier_order(
    shop: Shop,
    number: str,
    render_pdf: RenderPdf,
    *,
    password: str | None = None,
    context: ssl.SSLContext | None = None,
    allow_below_minimum: bool = False,
) -> EmailResult:
    return send_document(
        shop,
        SUPPLIER_ORDER,
        number,
        render_pdf,
        password=password,
        context=context,
        allow_below_minimum=allow_below_minimum,
    )


def email_pickup_notice(
    shop: Shop,
    number: str,
    render_pdf: RenderPdf,
    *,
    password: str | None = None,
    context: ssl.SSLContext | None = None,
    allow_below_minimum: bool = False,
) -> EmailResult:
    return send_document(
        shop,
        PICKUP_NOTICE,
        number,
        render_pdf,
        password=password,
        context=context,
        allow_below_minimum=allow_below_minimum,
    )


# --- batch ------------------------------------------------------------------------------------


@dataclass(slots=True)
class BatchEmailResult:
    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (number, why)
    changes: Changes = field(default_factory=Changes)
    kind: str = PICKUP_NOTICE

    def summary(self) -> str:
        sent = len(self.sent)
        if self.kind == REMINDER:
            return self._reminders_summary(sent)
        if not self.failed:
            return ngettext(
                "{n} pickup notice e-mailed.", "{n} pickup notices e-mailed.", sent
            ).format(n=sent)
        text = ngettext(
            "{n} pickup notice e-mailed, {failed} not sent:",
            "{n} pickup notices e-mailed, {failed} not sent:",
            sent,
        ).format(n=sent, failed=len(self.failed))
        return text + "\n" + self._failures()

    def _reminders_summary(self, sent: int) -> str:
        if not self.failed:
            return ngettext("{n} reminder e-mailed.", "{n} reminders e-mailed.", sent).format(
                n=sent
            )
        text = ngettext(
            "{n} reminder e-mailed, {failed} not sent:",
            "{n} reminders e-mailed, {failed} not sent:",
            sent,
        ).format(n=sent, failed=len(self.failed))
        return text + "\n" + self._failures()

    def _failures(self) -> str:
        return "\n".join(f"  {number}: {why}" for number, why in self.failed)


def ready_to_notify(shop: Shop) -> list[str]:
    """Ready orders whose customer was not notified yet."""
    return q.ready_unnotified_numbers(shop.db)


def email_ready_pickup_notices(
    shop: Shop,
    render_pdf: RenderPdf,
    *,
    password: str | None = None,
    context: ssl.SSLContext | None = None,
    progress: Progress | None = None,
    numbers: list[str] | None = None,
    kind: str = PICKUP_NOTICE,
) -> BatchEmailResult:
    """E-mail every ready, not yet notified pickup notice (or the reminders of `numbers`, with
    kind=REMINDER) through one SMTP session.

    Each order that cannot be sent is listed with its reason; the others go out."""
    result = BatchEmailResult(kind=kind)
    todo = ready_to_notify(shop) if numbers is None else numbers
    if not todo:
        return result
    settings = _require_settings(shop)
    shop_name = get_settings(shop).name
    try:
        mailer = Mailer(settings, _password(settings, password), context=context).__enter__()
    except EmailError as exc:
        result.failed = [(n, str(exc)) for n in todo]
        return result
    try:
        for index, number in enumerate(todo, start=1):
            if progress:
                progress(index - 1, len(todo), number)
            try:
                prepared = prepare(shop, kind, number)
                pdf, file_name = render_pdf(shop, kind, number)
                mailer.send(build_message(settings, shop_name, prepared, pdf, file_name))
            except DomainError as exc:
                result.failed.append((number, str(exc)))
                continue
            result.changes.merge(_record_sent(shop, prepared, file_name, False))
            result.sent.append(number)
        if progress:
            progress(len(todo), len(todo), "")
    finally:
        mailer.close()
    return result


# --- without SMTP -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MailtoMessage:
    url: str
    to: str
    subject: str
    body: str


def mailto_message(shop: Shop, kind: str, number: str) -> MailtoMessage:
    """A mailto: URL with recipient, subject and body prepared (the user attaches the PDF)."""
    prepared = prepare(shop, kind, number)
    url = (
        f"mailto:{quote(prepared.to, safe='@')}?subject={quote(prepared.subject, safe='')}"
        f"&body={quote(prepared.body, safe='')}"
    )
    return MailtoMessage(url, prepared.to, prepared.subject, prepared.body)
