"""What a list of customer orders is narrowed to: plain data the pages build and the store's
list query reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class OrderFilter:
    text: str = ""
    statuses: tuple[str, ...] = ()  # stored statuses; empty: any
    progress: tuple[str, ...] = ()  # OrderProgress values (domain/order_progress.py); empty: any
    late_only: bool = False  # only orders past their promised date and not ready yet
    customer_id: int | None = None
    date_from: str | None = None
    date_to: str | None = None
