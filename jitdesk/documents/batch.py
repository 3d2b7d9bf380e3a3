"""Several documents in one PDF, each starting on a new page with its own page count."""

from __future__ import annotations

from collections.abc import Sequence

from jitdesk.documents.layout import PdfTarget, render
from jitdesk.documents.models import CustomerOrderDoc, ShopInfo, SupplierOrderDoc
from jitdesk.documents.pickup_notice import pickup_notice_document
from jitdesk.documents.supplier_order import supplier_order_document
from jitdesk.domain.progress import Progress, no_progress


def pickup_notices_pdf(
    shop: ShopInfo,
    orders: Sequence[CustomerOrderDoc],
    target: PdfTarget = None,
    progress: Progress = no_progress,
) -> bytes:
    """All ready orders' pickup notices, one (or more) page(s) each."""
    return render(shop, [pickup_notice_document(o) for o in orders], target, progress)


def supplier_orders_pdf(
    shop: ShopInfo,
    orders: Sequence[SupplierOrderDoc],
    target: PdfTarget = None,
    progress: Progress = no_progress,
) -> bytes:
    return render(shop, [supplier_order_document(o) for o in orders], target, progress)
