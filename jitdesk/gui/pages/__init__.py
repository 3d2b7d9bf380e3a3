"""The pages of the main window (one module each), their registry and the parts only one page uses (detail panels, editors)."""
