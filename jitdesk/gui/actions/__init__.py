"""Menu commands with a longer workflow: backups, import/export menus, e-mail sending jobs."""
