"""Reusable widgets: inputs, pickers, charts, the list panel and the field message."""
