"""Table and tree models (QAbstractItemModel subclasses) that the pages and dialogs show."""
