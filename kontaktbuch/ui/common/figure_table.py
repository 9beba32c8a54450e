"""A small read-only table model for figures, and a table view sized to its rows.

The reflection panel and the goals view show short tables (goals, networks,
channels …) already computed by ``journal``; they need no paging, only text,
alignment, a sort key and the id of the item behind a row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kontaktbuch.ui.common.lists import ItemIndex

ROW_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# the first column (names) keeps at least this much of its text before the table scrolls
NAME_MIN_WIDTH = 160
# tables up to this many rows are measured cell by cell, as Qt does; larger ones by text
ROW_SAMPLE = 40
# the row height is the tallest of this many first rows and as many bold ones
HEIGHT_SAMPLE = 8


_TEXT_ROLES = frozenset(
    {int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.AccessibleTextRole.value)}
)
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT_ROLE = int(Qt.ItemDataRole.FontRole.value)
_ANSWERED = _TEXT_ROLES | {_ALIGNMENT_ROLE, _TOOLTIP_ROLE, _FONT_ROLE, int(ROW_KEY_ROLE)}
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass
class Row:
    cells: list[str]
    key: Any = None  # e.g. ("event", 12): what the row stands for
    # the row's tooltip, or what words it when it is asked for (a goal's takes
    # several lookups, and most rows are never hovered)
    tooltip: str | Callable[[], str] = ""
    emphasis: set[int] = field(default_factory=set)  # columns to show in bold


class FigureTableModel(QAbstractTableModel):
    # rows promised by set_rows_later have just been worded (anything asked for them)
    rows_worded = Signal()

    def __init__(
        self, headers: list[str], parent: QWidget | None = None, left_columns: int = 1
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Row] = []
        # set_rows_later: what words the rows, and how many it will give
        self._pending: Callable[[], list[Row]] | None = None
        self._count = 0
        self._left = left_columns  # the first columns are text, the others numbers
        # a column header's tooltip (what its figures mean)
        self.header_tooltips: dict[int, str] = {}

    def set_rows(self, rows: list[Row], headers: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows, self._pending = rows, None
        if headers is not None:
            self._headers = headers
        self.endResetModel()

    def set_rows_later(self, count: int, make: Callable[[], list[Row]]) -> None:
        """``count`` rows that ``make`` words when anything first asks for one.

        The reflection's table of a year's hundreds of events lies far below the
        first screen: its rows are read and worded when the table is painted (or
        its cells are asked for otherwise), not with the rest of the panel.
        ``make`` must give ``count`` rows (more are cut, fewer left blank).
        """
        self.beginResetModel()
        self._rows, self._pending, self._count = [], make, count
        self.endResetModel()

    @property
    def pending(self) -> bool:
        """Rows promised by :meth:`set_rows_later` and not worded yet."""
        return self._pending is not None

    def word_rows(self) -> None:
        """Word the promised rows now (nothing when there are none)."""
        if self._pending is None:
            return
        make, self._pending = self._pending, None
        rows: list[Row] = []
        try:
            rows = make()[: self._count]
        finally:
            # the views know ``count`` rows: so many there are, even when reading
            # them failed (the error goes on to whoever asked, blank rows stay)
            self._rows = rows + [Row([]) for _ in range(self._count - len(rows))]
        self.rows_worded.emit()

    def rows(self) -> list[Row]:
        self.word_rows()
        return list(self._rows)

    def row_list(self) -> list[Row]:
        """The rows themselves, not a copy (for measuring; do not change them)."""
        self.word_rows()
        return self._rows

    def rowCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._count if self._pending is not None else len(self._rows)

    def columnCount(self, parent: ItemIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: ItemIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted or measured cell: roles it has no
        # answer for leave first, and the answers are prepared integers.
        if role not in _ANSWERED or not index.isValid():
            return None
        self.word_rows()
        r, column = index.row(), index.column()
        if not 0 <= r < len(self._rows) or not 0 <= column < len(self._headers):
            return None
        row = self._rows[r]
        if role in _TEXT_ROLES:
            return row.cells[column] if column < len(row.cells) else ""
        if role == _ALIGNMENT_ROLE:
            return _LEFT if column < self._left else _RIGHT
        if role == _TOOLTIP_ROLE:
            tooltip = row.tooltip() if callable(row.tooltip) else row.tooltip
            return tooltip or (row.cells[column] if column < len(row.cells) else None)
        if role == _FONT_ROLE:
            return _bold_font() if column in row.emphasis else None
        return row.key  # ROW_KEY_ROLE

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal:
            return self.header_tooltips.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def flags(self, index: ItemIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FigureTable(QTableView):
    """A table that grows to show all its rows (it lives inside a scroll area).

    Because the table is as tall as its rows, Qt counts every row as visible and
    would ask the model for every cell whenever it sizes rows or columns: with
    the hundreds of networks or thousands of events of a long period that was
    hundreds of thousands of Python ``data()`` calls per refresh. So rows have
    one fixed height (the tallest of a sample of rows: the cells hold one line
    of text each), and the width of a column comes from its widest text, found
    with font metrics on the rows' own strings; only those few cells go through
    the delegate. Both are computed once per reset of the rows.
    """

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.figures = FigureTableModel(headers, self)
        self.setModel(self.figures)
        self._column_hints: dict[int, int] = {}
        # row height by (bold cells?, extra lines): see _row_height
        self._row_heights: dict[tuple[bool, int], int] = {}
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._empty_row_height = self.verticalHeader().defaultSectionSize()
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
        # after the paint that worded them: measured and laid out again
        self.figures.rows_worded.connect(self._rows_worded, Qt.ConnectionType.QueuedConnection)
        self._fit_height()

    def set_rows(self, rows: list[Row]) -> None:
        self.figures.set_rows(rows)

    def set_rows_later(self, count: int, make: Callable[[], list[Row]]) -> None:
        """``count`` plain rows (one line, none bold), worded when the table is first painted.

        Until then the table has its full height, its columns the width of their
        titles; once worded it is measured again (see :meth:`_rows_worded`).
        """
        self.figures.set_rows_later(count, make)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        # Only a table on screen is painted: the scroll area clips the rest.
        self.figures.word_rows()
        super().paintEvent(event)

    def _rows_worded(self) -> None:
        if self.figures.pending:
            return  # set_rows_later again since: nothing worded is left
        self._fit_height()
        self.horizontalHeader().resizeSections()  # the columns by their cells now

    def _fit_height(self) -> None:
        self._column_hints.clear()
        count = self.figures.rowCount()
        row_height = self._row_height() if count else self._empty_row_height
        self.verticalHeader().setDefaultSectionSize(row_height)
        height = self.horizontalHeader().sizeHint().height() + row_height * max(count, 1)
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)
        self.updateGeometry()  # new headers or rows: a new minimum width

    def _row_height(self) -> int:
        """The tallest of the first rows, the first bold ones and any with a multi-line cell.

        A row of one-line cells is as tall as its font makes it, whatever the text:
        the height is measured once per kind of rows (with bold cells or not, how
        many lines) and kept until the font or style changes — each refresh of the
        reflection panel resets six tables.
        """
        if self.figures.pending:
            return self._plain_row_height()
        rows = self.figures.row_list()
        bold = [r for r, row in enumerate(rows) if row.emphasis][:HEIGHT_SAMPLE]
        tall = []
        if any("\n" in "".join(row.cells) for row in rows):  # rare: look row by row
            tall = [r for r, row in enumerate(rows) if any("\n" in cell for cell in row.cells)]
        kind = (bool(bold), max((rows[r].cells[c].count("\n") for r in tall
                                 for c in range(len(rows[r].cells))), default=0))  # fmt: skip
        if kind not in self._row_heights:
            sample = set(range(min(HEIGHT_SAMPLE, len(rows)))) | set(bold) | set(tall)
            tallest = max(self.sizeHintForRow(r) for r in sample)
            self._row_heights[kind] = max(tallest, self.verticalHeader().minimumSectionSize())
        return self._row_heights[kind]

    def _plain_row_height(self) -> int:
        """A row of one-line plain cells, measured without a row: what the delegate gives
        a cell of text (``sizeHintForRow`` of such a row, which the tests compare)."""
        kind = (False, 0)
        if kind not in self._row_heights:
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            option.text = "Ag"
            size = self.style().sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
            )
            height = size.height() + (1 if self.showGrid() else 0)
            self._row_heights[kind] = max(height, self.verticalHeader().minimumSectionSize())
        return self._row_heights[kind]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if changed and hasattr(self, "figures"):  # not while Qt builds the view
            self._row_heights.clear()
            self._fit_height()

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 - Qt's name
        """The width the column's widest cell needs (what Qt would find by asking every cell)."""
        if self.figures.pending:
            return 0  # not worded yet: the column's title decides (see set_rows_later)
        hint = self._column_hints.get(column)
        if hint is None:
            hint = self._column_hints[column] = self._width_for_column(column)
        return hint

    def _width_for_column(self, column: int) -> int:
        rows = self.figures.row_list()
        if len(rows) <= ROW_SAMPLE:
            return super().sizeHintForColumn(column)
        plain = QFontMetrics(self.font())
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        # Digits count as the widest digit, so that a column of dates or figures is
        # measured as a handful of patterns, not thousands of distinct strings.
        digit_maps = {
            id(metrics): str.maketrans(
                "0123456789", max("0123456789", key=metrics.horizontalAdvance) * 10
            )
            for metrics in (plain, bold)
        }
        widest: dict[tuple[bool, str], int] = {}  # (bold, pattern) -> first row with it
        for r, row in enumerate(rows):
            text = row.cells[column] if column < len(row.cells) else ""
            key = (column in row.emphasis, text)
            if key not in widest:
                widest[key] = r
        best_row, best_extra, best_width = -1, 0, -1
        patterns: dict[tuple[bool, str], int] = {}
        for (is_bold, text), r in widest.items():
            metrics = bold if is_bold else plain
            pattern = text.translate(digit_maps[id(metrics)])
            if (is_bold, pattern) in patterns:
                continue
            patterns[(is_bold, pattern)] = r
            width = metrics.horizontalAdvance(pattern)
            if width > best_width:
                extra = width - metrics.horizontalAdvance(text)
                best_row, best_extra, best_width = r, extra, width
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        index = self.figures.index(best_row, column)
        hint = self.itemDelegateForIndex(index).sizeHint(option, index).width() + best_extra
        return hint + 1 if self.showGrid() else hint

    def _width_up_to(self, column: int, limit: int) -> int:
        """``min(sizeHintForColumn(column), limit)``, measuring one cell when that settles it.

        The names of hundreds of networks or thousands of events are nearly always
        wider than the limit somewhere: the longest name is measured first, and only
        when it stays below the limit is every name measured.
        """
        if self.figures.pending:
            return limit  # not worded yet: room for names until they are
        rows = self.figures.row_list()
        if column not in self._column_hints and len(rows) > ROW_SAMPLE:
            longest = max(
                range(len(rows)),
                key=lambda r: len(rows[r].cells[column]) if column < len(rows[r].cells) else 0,
            )
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            index = self.figures.index(longest, column)
            if self.itemDelegateForIndex(index).sizeHint(option, index).width() >= limit:
                return limit  # the widest cell needs at least as much
        return min(self.sizeHintForColumn(column), limit)

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
            if column == 0:  # names: elided when long, but not down to a few letters
                content = self._width_up_to(column, NAME_MIN_WIDTH)
            else:
                content = self.sizeHintForColumn(column)
            width += max(header.sectionSizeHint(column), content)
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())
