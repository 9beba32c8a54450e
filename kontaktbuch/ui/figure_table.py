"""A small read-only table model for figures, and a table view sized to its rows.

The reflection panel and the goals view show short tables (goals, networks,
channels …) already computed by ``journal``; they need no paging, only text,
alignment, a sort key and the id of the item behind a row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex

ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: the first column (names) keeps at least this much of its text before the table scrolls
NAME_MIN_WIDTH = 160


@dataclass
class Row:
    cells: list[str]
    key: Any = None  # e.g. ("event", 12): what the row stands for
    tooltip: str = ""
    emphasis: set[int] = field(default_factory=set)  # columns to show in bold


class FigureTableModel(QAbstractTableModel):
    def __init__(
        self, headers: list[str], parent: QWidget | None = None, left_columns: int = 1
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Row] = []
        self._left = left_columns  # the first columns are text, the others numbers

    def set_rows(self, rows: list[Row], headers: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        if headers is not None:
            self._headers = headers
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignLeft if column < self._left else Qt.AlignmentFlag.AlignRight
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or (row.cells[column] if column < len(row.cells) else None)
        if role == Qt.ItemDataRole.FontRole and column in row.emphasis:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_KEY_ROLE:
            return row.key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FigureTable(QTableView):
    """A table that grows to show all its rows (it lives inside a scroll area)."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.figures = FigureTableModel(headers, self)
        self.setModel(self.figures)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.figures.modelReset.connect(self._fit_height)
        self._fit_height()

    def set_rows(self, rows: list[Row]) -> None:
        self.figures.set_rows(rows)

    def _fit_height(self) -> None:
        self.resizeRowsToContents()
        rows_height = self.verticalHeader().length()
        if not self.figures.rowCount():
            rows_height = self.verticalHeader().defaultSectionSize()
        height = self.horizontalHeader().sizeHint().height() + rows_height
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)
        self.updateGeometry()  # new headers or rows: a new minimum width

    def minimumSizeHint(self) -> QSize:
        """Wide enough for every column title and the figures below it.

        The first column stretches and would otherwise be squeezed below its
        title, or its names to a few letters, in a narrow window (or beside a
        long translation); the scroll area the table lives in scrolls instead.
        """
        hint = super().minimumSizeHint()
        header = self.horizontalHeader()
        width = 0
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            content = self.sizeHintForColumn(column)
            if column == 0:  # names: elided when long, but not down to a few letters
                content = min(content, NAME_MIN_WIDTH)
            width += max(header.sectionSizeHint(column), content)
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())
