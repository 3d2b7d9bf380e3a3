"""The shared rows model: named columns answer every role the same way in every table, and a
paged list reads only the rows the view asks for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from jitdesk.gui.models.list_model import (
    RIGHT,
    ROW_ID_ROLE,
    Column,
    PagedTableModel,
    RowsModel,
    text_columns,
)

ROWS = [
    {"id": 7, "sku": "BRK-100", "units": 3, "active": True, "short": 0},
    {"id": 9, "sku": "CHN-11", "units": 12, "active": False, "short": 2},
]
COLUMNS = [
    Column("SKU", lambda r: r["sku"], dimmed=lambda r: not r["active"]),
    Column(
        "Units",
        lambda r: str(r["units"]),
        RIGHT,
        tooltip=lambda r: f"{r['short']} still to come" if r["short"] else None,
        bold=lambda r: r["short"] > 0,
        warning=lambda r: r["short"] > 0,
    ),
]


def test_columns_say_how_each_cell_reads(qapp):
    model = RowsModel(COLUMNS)
    model.set_rows(ROWS)
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(model.columnCount())] == ["SKU", "Units"]
    assert model.headerData(1, horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["3", "12"]
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "2 still to come"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert isinstance(model.index(1, 1).data(Qt.ItemDataRole.FontRole), QFont)
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # inactive
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(ROW_ID_ROLE) == 9
    assert model.row_of(9) == 1 and model.row_id(0) == 7


def test_rows_of_text_need_only_their_titles(qapp):
    model = RowsModel(text_columns(["Figure", "Amount"], right=(1,), full_text_tips=True))
    model.set_rows([["Deposits held", "€1,071.00"]])
    assert model.index(0, 1).data() == "€1,071.00"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Deposits held"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT


def test_a_paged_list_reads_one_page_until_the_view_scrolls(qapp):
    rows = [{"id": n, "sku": f"P-{n}", "units": n, "active": True, "short": 0} for n in range(450)]
    reads = []

    def fetch(limit: int, offset: int) -> list[dict]:
        reads.append((limit, offset))
        return rows[offset : offset + limit]

    model = PagedTableModel(COLUMNS, fetch, lambda: len(rows), page_size=200)
    model.reload()
    assert model.rowCount() == 200 and model.total_count() == 450
    assert reads == [(200, 0)]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    assert reads == [(200, 0), (200, 200), (200, 400)]
    assert model.index(449, 0).data() == "P-449"
