"""Generate documents for a shop: read model (services) -> PDF (this package) -> file + log.

The CLI and the GUI call these; both get the same file names and the same log.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from jitdesk.documents.batch import pickup_notices_pdf, supplier_orders_pdf
from jitdesk.documents.confirmation import confirmation_pdf
from jitdesk.documents.delivery_note import delivery_note_pdf, delivery_run_pdf
from jitdesk.documents.handover_receipt import handover_receipt_pdf
from jitdesk.documents.pickup_notice import pickup_notice_pdf
from jitdesk.documents.reminder import reminder_pdf, reminders_pdf
from jitdesk.documents.supplier_order import supplier_order_pdf
from jitdesk.domain.errors import DomainError, JitdeskError, ValidationError
from jitdesk.domain.i18n import _
from jitdesk.domain.progress import Progress, counted, no_progress
from jitdesk.services import documents as svc
from jitdesk.services.delivery_notes import delivery_note_doc, delivery_run_docs
from jitdesk.services.settings import get_settings
from jitdesk.services.shop import Shop


@dataclass(frozen=True, slots=True)
class GeneratedFile:
    kind: str
    numbers: tuple[str, ...]
    path: Path
    # Set when the PDF was written but the shop could not record it (a read-only shop).
    not_logged: str | None = None


def render_document(shop: Shop, kind: str, number: str) -> tuple[bytes, str]:
    """The PDF bytes of one document and its readable file name (nothing written)."""
    if kind == svc.SUPPLIER_ORDER:
        order = svc.supplier_order_doc(shop, number)
        return supplier_order_pdf(order), svc.document_file_name(
            kind, order.number, order.supplier_name
        )
    if kind in (svc.PICKUP_NOTICE, svc.CONFIRMATION):
        doc = svc.customer_order_doc(shop, number, kind)
        pdf = pickup_notice_pdf(doc) if kind == svc.PICKUP_NOTICE else confirmation_pdf(doc)
        return pdf, svc.document_file_name(kind, doc.number, doc.customer_name)
    if kind == svc.REMINDER:
        doc = svc.customer_order_doc(shop, number, kind)
        return reminder_pdf(doc), svc.document_file_name(kind, doc.number, doc.customer_name)
    if kind == svc.HANDOVER_RECEIPT:
        receipt = svc.handover_doc(shop, number)
        return handover_receipt_pdf(receipt), svc.document_file_name(
            kind, receipt.number, receipt.customer_name
        )
    if kind == svc.DELIVERY_NOTE:
        note = delivery_note_doc(shop, number)
        return delivery_note_pdf(note), svc.document_file_name(
            kind, note.order.number, note.order.customer_name
        )
    raise ValidationError(
        _("Unknown document kind {kind}; use one of {names}.").format(
            kind=kind, names=", ".join(svc.KINDS)
        ),
        "kind",
    )


def generate_document(
    shop: Shop, kind: str, number: str, out: str | Path | None = None
) -> GeneratedFile:
    """Write one document into the shop's documents folder (or to `out`) and log it."""
    pdf, name = render_document(shop, kind, number)
    canonical = number.strip()
    path = _write(pdf, Path(out) if out else svc.documents_folder(shop) / name)
    return GeneratedFile(
        kind, (canonical,), path, svc.record_if_writable(shop, kind, [canonical], path)
    )


def render_batch(
    shop: Shop, kind: str, progress: Progress = no_progress
) -> tuple[bytes, list[str], str]:
    """All ready pickup notices, or all supplier orders not yet sent, in one PDF. `progress`
    hears as the orders are read and laid out; `Cancelled` from it stops the batch."""
    settings = get_settings(shop)
    info = svc.shop_info(settings)
    if kind == svc.READY_PICKUPS:
        numbers = svc.ready_order_numbers(shop)
        if not numbers:
            raise DomainError(
                _("No order is ready for pickup, so there are no pickup notices to print.")
            )
        reading = counted(numbers, len(numbers), _("Reading orders"), progress)
        docs = [svc.customer_order_doc(shop, n, svc.PICKUP_NOTICE) for n in reading]
        pdf = pickup_notices_pdf(info, docs, progress=progress)
    elif kind == svc.DUE_REMINDERS:
        numbers = svc.due_reminder_numbers(shop)
        if not numbers:
            raise DomainError(
                _("No uncollected order is near or past its pickup-by date: no reminders to print.")
            )
        pdf = _reminders(shop, info, numbers, progress)
    elif kind == svc.UNSENT_SUPPLIER_ORDERS:
        numbers = svc.unsent_supplier_order_numbers(shop)
        if not numbers:
            raise DomainError(_("There are no draft supplier orders to print."))
        reading = counted(numbers, len(numbers), _("Reading orders"), progress)
        orders = [svc.supplier_order_doc(shop, n) for n in reading]
        pdf = supplier_orders_pdf(info, orders, progress=progress)
    else:
        raise ValidationError(
            _("Unknown batch {kind}; use one of {names}.").format(
                kind=kind, names=", ".join(svc.BATCH_KINDS)
            ),
            "kind",
        )
    return pdf, numbers, svc.batch_file_name(kind, shop.today())


def generate_batch(
    shop: Shop, kind: str, out: str | Path | None = None, progress: Progress = no_progress
) -> GeneratedFile:
    pdf, numbers, name = render_batch(shop, kind, progress)
    path = _write(pdf, Path(out) if out else svc.documents_folder(shop) / name)
    single = {svc.READY_PICKUPS: svc.PICKUP_NOTICE, svc.DUE_REMINDERS: svc.REMINDER}.get(
        kind, svc.SUPPLIER_ORDER
    )
    return GeneratedFile(
        kind, tuple(numbers), path, svc.record_if_writable(shop, single, numbers, path)
    )


def generate_delivery_run(shop: Shop, up_to: date | None = None) -> GeneratedFile:
    """The delivery notes of every ready order due by `up_to` (default today) in one PDF in
    the documents folder, logged: the papers for one delivery run."""
    day = up_to or shop.today()
    notes = delivery_run_docs(shop, day)
    numbers = [note.order.number for note in notes]
    pdf = delivery_run_pdf(svc.shop_info(get_settings(shop)), notes)
    path = _write(pdf, svc.documents_folder(shop) / svc.batch_file_name(svc.DELIVERY_RUN, day))
    return GeneratedFile(
        svc.DELIVERY_RUN,
        tuple(numbers),
        path,
        svc.record_if_writable(shop, svc.DELIVERY_NOTE, numbers, path),
    )


def generate_pickup_notices(
    shop: Shop, numbers: list[str], title: str = "", progress: Progress = no_progress
) -> GeneratedFile:
    """The pickup notices of just these orders (e.g. the ones a delivery made ready) in one
    PDF in the documents folder, logged."""
    if not numbers:
        raise DomainError(_("No order was chosen, so there are no pickup notices to print."))
    info = svc.shop_info(get_settings(shop))
    reading = counted(numbers, len(numbers), _("Reading orders"), progress)
    docs = [svc.customer_order_doc(shop, n, svc.PICKUP_NOTICE) for n in reading]
    name = (
        svc.safe_file_name(f"Pickup notices {title} {shop.today().isoformat()}".replace("  ", " "))
        + ".pdf"
    )
    pdf = pickup_notices_pdf(info, docs, progress=progress)
    path = _write(pdf, svc.documents_folder(shop) / name)
    svc.record_documents(shop, svc.PICKUP_NOTICE, list(numbers), path)
    return GeneratedFile(svc.READY_PICKUPS, tuple(numbers), path)


ORDER_LABELS = "order-labels"


def generate_order_labels(shop: Shop, order_ids: list[int], title: str = "") -> GeneratedFile:
    """A label for each bag of these orders, on the shop's label stock, in one PDF in the
    documents folder, logged."""
    from jitdesk.documents.labels import order_labels_pdf
    from jitdesk.services import shelves

    numbers = list(dict.fromkeys(label.number for label in shelves.order_labels(shop, order_ids)))
    pdf = order_labels_pdf(shop, order_ids)
    name = svc.safe_file_name(f"Labels {title} {shop.today().isoformat()}".replace("  ", " "))
    path = _write(pdf, svc.documents_folder(shop) / f"{name}.pdf")
    return GeneratedFile(
        ORDER_LABELS,
        tuple(numbers),
        path,
        svc.record_if_writable(shop, ORDER_LABELS, numbers, path),
    )


def _reminders(shop: Shop, info: svc.ShopInfo, numbers: list[str], progress: Progress) -> bytes:
    reading = counted(numbers, len(numbers), _("Reading orders"), progress)
    docs = [svc.customer_order_doc(shop, n, svc.REMINDER) for n in reading]
    return reminders_pdf(info, docs, progress=progress)


def generate_reminders(
    shop: Shop, numbers: list[str], progress: Progress = no_progress
) -> GeneratedFile:
    """The reminders of these orders in one PDF in the documents folder, logged (the orders
    count as reminded only once the caller records it: after printing)."""
    if not numbers:
        raise DomainError(_("No order was chosen, so there are no reminders to print."))
    if len(numbers) == 1:
        return generate_document(shop, svc.REMINDER, numbers[0])
    info = svc.shop_info(get_settings(shop))
    pdf = _reminders(shop, info, numbers, progress)
    path = _write(
        pdf, svc.documents_folder(shop) / svc.batch_file_name(svc.DUE_REMINDERS, shop.today())
    )
    return GeneratedFile(
        svc.DUE_REMINDERS,
        tuple(numbers),
        path,
        svc.record_if_writable(shop, svc.REMINDER, list(numbers), path),
    )


def _write(data: bytes, path: Path) -> Path:
    """Write via a temporary file in the same folder, so a crash never leaves half a PDF."""
    path = path.expanduser()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # documents are private
        fd, tmp = tempfile.mkstemp(prefix=".jitdesk-", suffix=".pdf", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise JitdeskError(
            _(
                "Could not write {path} ({value}); choose another folder or close the file if it is open in another program."
            ).format(path=path, value=exc.strerror or exc)
        ) from exc
    return path.resolve()
