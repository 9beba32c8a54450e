"""The reminders as a tree model: one group per kind (follow-ups, keep in touch, birthdays,
events, reflection), the reminders below, in the order they fall due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from kontaktbuch.journal.reminders import Reminder
from kontaktbuch.text import reminders as text
from kontaktbuch.ui.common.palette import error_color

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_ModelIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class ReminderGroup:
    """One kind's reminders: the due ones first, then those coming."""

    kind: str
    title: str
    reminders: tuple[Reminder, ...]
    due: int  # the first ``due`` reminders are due


class ReminderTreeModel(QAbstractItemModel):
    """Groups of reminders, worded only when a row is shown.

    A decade of notes can have thousands of contacts gone quiet at once: a
    ``QStandardItemModel`` took a third of a second to build their items (and
    sizing the "When" column read them all again); here a row costs nothing
    until the view asks for it. Group rows have the internal id 0, a reminder row
    the number of its group plus one.
    """

    COLUMNS = 3

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._groups: list[ReminderGroup] = []
        self._positions: dict[str, tuple[int, int]] = {}
        self._texts: dict[tuple[int, int], tuple[str, str, str]] = {}
        self._now = dt.datetime.now()
        self._bold = QFont()
        self._bold.setBold(True)
        self._late = QBrush()

    def set_groups(self, groups: Sequence[ReminderGroup], now: dt.datetime, bold: QFont) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._now = now
        self._bold = bold
        self._late = QBrush(error_color())
        self._texts = {}
        self._positions = {
            r.key: (g, row)
            for g, group in enumerate(self._groups)
            for row, r in enumerate(group.reminders)
        }
        self.endResetModel()

    def groups(self) -> list[ReminderGroup]:
        return list(self._groups)

    def reminder(self, index: _ModelIndex) -> Reminder | None:
        """The reminder of a row (None for a group row or an invalid index)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].reminders[index.row()]

    def keys_in(self, parent: _ModelIndex, first: int, last: int) -> list[str]:
        """The keys of the reminder rows ``first``…``last`` under the group ``parent``."""
        if not parent.isValid() or parent.internalId() != 0:
            return []
        return [r.key for r in self._groups[parent.row()].reminders[first : last + 1]]

    def index_of(self, key: str, column: int = 0) -> QModelIndex:
        found = self._positions.get(key)
        if found is None:
            return QModelIndex()
        g, row = found
        return self.createIndex(row, column, g + 1)

    # --- QAbstractItemModel ---------------------------------------------------------

    def index(self, row: int, column: int, parent: _ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Checked here rather than by hasIndex(), which would call rowCount() and
        # columnCount() in Python again: the tree lays out every expanded row.
        if row < 0 or not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        g = parent.row()
        if row >= len(self._groups[g].reminders):
            return QModelIndex()
        return self.createIndex(row, column, g + 1)

    # One name, two Qt functions: QObject.parent() and the model's parent(index). The
    # stubs know each alone, so the override and the QObject answer are silenced.
    def parent(self, index: _ModelIndex | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()  # type: ignore[return-value]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].reminders)
        return 0

    def hasChildren(self, parent: _ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        # Without an index per row: the tree asks this of every row it lays out.
        if not parent.isValid():
            return bool(self._groups)
        return parent.internalId() == 0 and parent.column() == 0

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return self.COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section]
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == 0 else _ROW_FLAGS

    def data(self, index: _ModelIndex, role: int = _DISPLAY) -> object:
        if not index.isValid():
            return None
        tag, row, column = index.internalId(), index.row(), index.column()
        if tag == 0:
            if column == 0 and role == _DISPLAY:
                return self._groups[row].title
            if column == 0 and role == _FONT:
                return self._bold
            return None
        group = self._groups[tag - 1]
        r = group.reminders[row]
        if role == _DISPLAY:
            return self._words(tag - 1, row, r)[column]
        if role == _TOOLTIP:
            return self._words(tag - 1, row, r)[0]
        if role == KEY_ROLE:
            return r.key
        due = row < group.due
        if role == _FONT and column == 0 and due:
            return self._bold
        if (
            role == _FOREGROUND
            and column == 1
            and due
            and r.on < self._now.date()
            and r.kind in ("follow_up", "keep_in_touch")
        ):
            return self._late
        return None

    def _words(self, g: int, row: int, r: Reminder) -> tuple[str, str, str]:
        words = self._texts.get((g, row))
        if words is None:
            words = (text.headline(r), text.status(r, self._now), text.detail(r, self._now.date()))
            self._texts[(g, row)] = words
        return words
