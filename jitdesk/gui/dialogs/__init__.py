"""Dialogs: each asks for or shows one thing (an order, a payment, a handover, a PDF) over a page."""
