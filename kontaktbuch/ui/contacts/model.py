"""The contacts list: pages of contacts sorted and filtered in SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kontaktbuch.journal.contact_row import ContactRow
from kontaktbuch.text.formatting import date_text
from kontaktbuch.ui.common import palette
from kontaktbuch.ui.common.paged_model import Column, PagedTableModel

if TYPE_CHECKING:
    from kontaktbuch.journal.contacts import ContactFilter

# The journal's modules are imported when the list first reads from it: a start
# that paints the remembered first page (ui/first_view.py) does without them.


def _columns() -> tuple[str, ...]:
    """The sort keys: name, organisation, position, networks, last contact, next due."""
    from kontaktbuch.journal.contacts import SORT_COLUMNS

    return SORT_COLUMNS


def _last_contact(row: ContactRow) -> str:
    return date_text(row.last_contact.date()) if row.last_contact else ""


class ContactsModel(PagedTableModel[ContactRow]):
    """All contacts matching a filter, in pages of 200, in the order asked for.

    The first page holds 50, enough to fill a large screen: each row's last
    contact and next due date read about a dozen conversations, and on a cold
    start of a decade's journal those reads are most of the time to the first
    paint (a page of 200: 0.35-1 s from disk, 50: 0.1-0.3 s).
    """

    first_page_size = 50

    def __init__(self, clock: Callable[[], dt.datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._filter: ContactFilter | None = None  # no filter, made when first asked for
        self.sort_column = 0
        self.descending = False
        # in the order of the sort keys (_columns()); every text is its tooltip too
        self.columns = (
            Column(self.tr("Name"), lambda row: row.name, tip=True),
            Column(self.tr("Organisation"), lambda row: row.organisation, tip=True),
            Column(self.tr("Position"), lambda row: row.position, tip=True),
            Column(self.tr("Networks"), lambda row: row.networks, tip=True),
            Column(self.tr("Last contact"), _last_contact, tip=True),
            Column(self.tr("Next due"), lambda row: date_text(row.next_due), tip=True),
        )

    @property
    def filter(self) -> ContactFilter:
        if self._filter is None:
            from kontaktbuch.journal.contacts import ContactFilter

            self._filter = ContactFilter()
        return self._filter

    @filter.setter
    def filter(self, flt: ContactFilter) -> None:
        self._filter = flt

    def set_filter(self, flt: ContactFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.reload()

    def total(self) -> int:
        from kontaktbuch.journal import contacts

        return contacts.count_contacts(self.filter, self.clock())

    def load_page(self, after: ContactRow | None, limit: int) -> list[ContactRow]:
        from kontaktbuch.journal import contacts

        return contacts.list_contacts(
            self.filter,
            self.clock(),
            sort=_columns()[self.sort_column],
            descending=self.descending,
            after=(after.key, after.id) if after is not None else None,
            limit=limit,
        )

    def position_of(self, item_id: int) -> int | None:
        from kontaktbuch.journal import contacts

        return contacts.position_of(
            self.filter,
            self.clock(),
            item_id,
            sort=_columns()[self.sort_column],
            descending=self.descending,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            # Already in this order. The view asks when sorting is switched on and
            # when its indicator is set; each reload read a page of 10,000 contacts.
            return
        self.sort_column = column
        self.descending = descending
        self.reload()

    def cell(self, row: ContactRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if column == 5 and row.next_due is not None and row.next_due < self.clock().date():
                return QBrush(palette.error_color())
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 5 and row.next_due:
            text = date_text(row.next_due)
            if row.next_due < self.clock().date():
                text = self.tr("%1, overdue").replace("%1", text)
            return text
        return super().cell(row, column, role)
