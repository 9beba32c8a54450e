"""The views' lists behave alike: a row is chosen whole and never edited in place.

:func:`row_table` sets up a table the way the contacts, events, networks and
conversations lists show their rows; :func:`pick_rows` gives any item view
(a tree, a backup list) the same selection; :func:`select_row` makes a row the
current one and scrolls to it, as a view does after a save or an "open".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget

from kontaktbuch.ui.common.columns import set_column_widths

# an index a view hands to a model or a delegate (either kind, as Qt's own signatures say)
ItemIndex = QModelIndex | QPersistentModelIndex


def pick_rows(view: QAbstractItemView, *, many: bool = False) -> None:
    """Whole rows are chosen (one, or with ``many`` several), never edited in place."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def row_table(
    model: QAbstractItemModel,
    widths: Sequence[int],
    *,
    many: bool = False,
    sorted_by: int | None = None,
) -> QTableView:
    """A view's list: rows in alternating colours, each on one line, no row numbers,
    columns the user can resize, starting at ``widths`` (or what their titles need);
    with ``sorted_by``, the user sorts by a click on a title, at first by that column."""
    table = QTableView()
    table.setModel(model)
    if sorted_by is not None:
        # The indicator first: switching sorting on then asks for the model's own
        # order, which costs nothing.
        table.horizontalHeader().setSortIndicator(sorted_by, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    pick_rows(table, many=many)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    set_column_widths(table, widths)
    return table


def cell_table(rows: int, headers: Sequence[str], stretch: Sequence[int]) -> QTableWidget:
    """A dialog's table of ``rows`` filled cell by cell: no row numbers; the columns
    in ``stretch`` share the width, the others are as wide as their contents."""
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        fits = QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if column in stretch else fits
        )
    return table


def select_row(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make ``index``'s row the current and only selected one, and scroll to it."""
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
