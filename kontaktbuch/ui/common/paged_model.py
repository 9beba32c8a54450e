"""A table model over a query that loads in pages as the view scrolls.

Subclasses say how to load one page after a key (keyset paging: the database
sorts and filters, Python only holds what is on screen and a little more) and
what each cell shows. ``canFetchMore``/``fetchMore`` let Qt's views ask for the
next page when the user scrolls to the end.

What most lists show is a title per column and a text per cell: a subclass says
so as a list of :class:`Column`, and each column's title, text, tooltip and
alignment come from one line of it rather than from a list of titles here and
a chain of ``if column == …`` there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt


class _HasId(Protocol):
    """A row with its item's id, which ``ID_ROLE`` hands to the views."""

    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=_HasId)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column of a list: its (translated) title and what a row shows in it."""

    title: str
    text: Callable[[Row], str]
    # the text is the tooltip too: a column that may cut long texts
    tip: bool = False
    # a count or a duration: aligned right, so the figures stand under each other
    right: bool = False


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    page_size = 200
    # The first page may be shorter than the others: it is read before the list
    # is first shown, and every row costs (random) reads of a large journal.
    first_page_size: int | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the columns, for a subclass that describes them as data (it sets them in its
        # __init__, with titles from its own ``tr``); else it gives headers() and cell()
        self.columns: Sequence[Column[Row]] = ()
        self._rows: list[Row] = []
        self._exhausted = True
        self._fetching = False  # views may ask again while rows are being inserted

    # --- for subclasses -----------------------------------------------------------

    def headers(self) -> Sequence[str]:
        return [column.title for column in self.columns]

    def load_page(self, after: Row | None, limit: int) -> list[Row]:
        """The rows after ``after`` (None: the first page), at most ``limit``."""
        raise NotImplementedError

    def row_id(self, row: Row) -> int:
        return int(row.id)

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role``, by :attr:`columns` (a subclass
        may answer further roles first)."""
        spec = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tip:
            return spec.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.right:
            return _RIGHT
        return None

    # --- loading ------------------------------------------------------------------

    def position_of(self, item_id: int) -> int | None:
        """Where an item stands in the whole list (None: not in it). Subclasses that
        can ask the database say so here; the default pages through."""
        raise NotImplementedError

    def reload(self, keep_rows: int = 0) -> None:
        """Start again from the first page, loading at least ``keep_rows`` rows.

        The rows are read in one query, not page by page: quicker when many are kept.
        """
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        first = min(self.first_page_size or self.page_size, self.page_size)
        want = max(first, keep_rows)
        self._rows = self.load_page(None, want)
        self._exhausted = len(self._rows) < want
        # Listeners of modelReset may ask for more at once; that waits until the
        # reset is over (inserting rows inside a reset confuses views).
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    def show_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` read elsewhere, and nothing more until the next reload."""
        self.beginResetModel()
        self._rows = list(rows)
        self._exhausted = True
        self.endResetModel()

    def ensure_rows(self, count: int) -> None:
        """Load (in one query) until at least ``count`` rows are there, or all are."""
        missing = count - len(self._rows)
        if missing <= 0 or self._exhausted or self._fetching:
            return
        self._load_more(max(missing, self.page_size))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._load_more(self.page_size)

    def _load_more(self, want: int) -> None:
        """Append up to ``want`` rows after the last one; fewer means the list is all there."""
        self._fetching = True
        try:
            after = self._rows[-1] if self._rows else None
            page = self.load_page(after, want)
            if len(page) < want:
                self._exhausted = True
            if page:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # --- access -------------------------------------------------------------------

    def row_at(self, index: int) -> Row | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_of_id(self, item_id: int) -> int:
        """Where the item is among the loaded rows, -1 if not (yet) loaded."""
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == item_id), -1)

    def find_row(self, item_id: int) -> int:
        """Where the item is, loading further pages until it turns up (-1: not in the list)."""
        found = self.row_of_id(item_id)
        if found >= 0:
            return found
        try:
            position = self.position_of(item_id)
        except NotImplementedError:
            position = -1
        if position is None:
            return -1
        if position >= 0:
            self.ensure_rows(position + 1)
            return self.row_of_id(item_id)
        while found < 0 and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            found = next(
                (
                    i
                    for i in range(before, len(self._rows))
                    if self.row_id(self._rows[i]) == item_id
                ),
                -1,
            )
        return found

    # --- Qt's interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self.row_id(row)
        return self.cell(row, index.column(), role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
