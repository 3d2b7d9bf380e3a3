"""Read models the documents print. They are built by `jitdesk.services.documents` (services
sit below documents in the layers, so the dataclasses live there) and re-exported here."""

from jitdesk.services.documents import (
    CustomerOrderDoc,
    HandoverDoc,
    OrderItem,
    Payment,
    ShopInfo,
    SupplierOrderDoc,
    SupplierOrderLine,
)

__all__ = [
    "CustomerOrderDoc",
    "HandoverDoc",
    "OrderItem",
    "Payment",
    "ShopInfo",
    "SupplierOrderDoc",
    "SupplierOrderLine",
]
