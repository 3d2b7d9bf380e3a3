"""Reusable widgets: inputs, pickers, charts, the list panel, the field message and the row of
a dialog's buttons."""
