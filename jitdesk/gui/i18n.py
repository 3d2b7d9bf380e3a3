"""Translating the GUI's own text (Qt's translation context "jitdesk")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, context: str = "jitdesk") -> str:
    return QCoreApplication.translate(context, text)
