"""Suppliers, products and offers: the owner's catalog."""

from __future__ import annotations

from dataclasses import asdict

from jitdesk.domain.calendar import weekdays_to_text
from jitdesk.domain.errors import ValidationError
from jitdesk.domain.i18n import _
from jitdesk.domain.models import OfferInput, ProductInput, SupplierInput
from jitdesk.domain.permissions import OwnerAction
from jitdesk.services.common import diff, require
from jitdesk.services.permissions import require as require_permission
from jitdesk.services.shop import Changes, Shop
from jitdesk.store import catalog as q
from jitdesk.store.catalog import Product, Supplier


def _supplier_row(data: SupplierInput) -> dict:
    row = asdict(data)
    row["delivery_weekdays"] = weekdays_to_text(data.delivery_weekdays)
    row["active"] = int(data.active)
    return row


def add_supplier(shop: Shop, data: SupplierInput) -> int:
    data.validate()
    require_permission(shop, OwnerAction.SUPPLIER_TERMS)
    with shop.transaction() as db:
        if q.supplier_by_name(db, data.name):
            raise ValidationError(
                _("A supplier named {name} already exists.").format(name=data.name), "name"
            )
        supplier_id = q.insert_supplier(db, _supplier_row(data))
        shop.event("supplier", supplier_id, "created", f"Supplier {data.name} added")
    return supplier_id


def update_supplier(shop: Shop, supplier_id: int, data: SupplierInput) -> Changes:
    data.validate()
    require_permission(shop, OwnerAction.SUPPLIER_TERMS)
    with shop.transaction() as db:
        before = require(q.get_supplier(db, supplier_id), "supplier")
        other = q.supplier_by_name(db, data.name)
        if other and other.id != supplier_id:
            raise ValidationError(
                _("A supplier named {name} already exists.").format(name=data.name), "name"
            )
        row = _supplier_row(data)
        q.update_supplier(db, supplier_id, row)
        shop.event(
            "supplier",
            supplier_id,
            "changed",
            f"Supplier {data.name} changed",
            changed=diff(asdict(before), row),
        )
    return Changes(suppliers={supplier_id})


def add_product(shop: Shop, data: ProductInput) -> int:
    data.validate()
    require_permission(shop, OwnerAction.PRICES)
    with shop.transaction() as db:
        if q.product_by_sku(db, data.sku):
            raise ValidationError(
                _("A product with SKU {sku} already exists.").format(sku=data.sku), "sku"
            )
        row = asdict(data) | {"active": int(data.active)}
        product_id = q.insert_product(db, row)
        shop.event("product", product_id, "created", f"Product {data.sku} added")
    return product_id


def update_product(shop: Shop, product_id: int, data: ProductInput) -> Changes:
    data.validate()
    require_permission(shop, OwnerAction.PRICES)
    with shop.transaction() as db:
        before = require(q.get_product(db, product_id), "product")
        other = q.product_by_sku(db, data.sku)
        if other and other.id != product_id:
            raise ValidationError(
                _("A product with SKU {sku} already exists.").format(sku=data.sku), "sku"
            )
        row = asdict(data) | {"active": int(data.active)}
        q.update_product(db, product_id, row)
        shop.event(
            "product",
            product_id,
            "changed",
            f"Product {data.sku} changed",
            changed=diff(asdict(before), row),
        )
    return Changes(products={product_id})


def set_offer(shop: Shop, data: OfferInput, *, source: str = "edit") -> int:
    """Create or update the offer of a product by a supplier; cost changes are kept in history."""
    data.validate()
    require_permission(shop, OwnerAction.PRICES)
    with shop.transaction() as db:
        require(q.get_product(db, data.product_id), "product")
        require(q.get_supplier(db, data.supplier_id), "supplier")
        row = asdict(data) | {"preferred": int(data.preferred), "active": int(data.active)}
        existing = q.offer_for(db, data.product_id, data.supplier_id)
        if data.preferred:
            q.unprefer_other_offers(db, data.product_id, data.supplier_id)
        if existing:
            offer_id = existing["id"]
            q.update_offer(db, offer_id, row)
            changed = diff(existing, row)
            if existing["unit_cost"] != data.unit_cost:
                _record_cost(shop, offer_id, data.unit_cost, source)
            if changed:
                shop.event("offer", offer_id, "changed", "Offer changed", changed=changed)
        else:
            offer_id = q.insert_offer(db, row)
            _record_cost(shop, offer_id, data.unit_cost, source)
            shop.event("offer", offer_id, "created", "Offer added", **row)
    return int(offer_id)


def _record_cost(shop: Shop, offer_id: int, unit_cost: int, source: str) -> None:
    q.insert_offer_cost(shop.db, offer_id, unit_cost, shop.now_iso(), source)


def find_supplier(shop: Shop, name: str) -> Supplier | None:
    """The supplier with this name (case does not matter), or None."""
    return q.supplier_by_name(shop.db, name)


def find_products(shop: Shop, text: str, limit: int = 50) -> list[Product]:
    """Active products whose SKU, name or barcode matches what was typed (for pickers)."""
    return q.search_products(shop.db, text, limit=limit)


def product_by_code(shop: Shop, code: str) -> Product | None:
    """The product with exactly this SKU or barcode (a scanned or typed code), or None."""
    code = (code or "").strip()
    return q.product_by_code(shop.db, code) if code else None
