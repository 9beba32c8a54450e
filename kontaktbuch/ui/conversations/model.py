"""The conversation log as a paged table model: newest first, filtered in SQL.

Rows arrive a page at a time (:class:`~kontaktbuch.ui.common.paged_model.PagedTableModel`),
each page asked for by key — the last row's ``(occurred_at, id)`` — so page 500
costs what page 1 costs. The first row of each day carries the day in the first
column; the view draws a line above it, which stays right across page boundaries
because the comparison is with the row before, whatever page it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics

from kontaktbuch.journal import conversations as cv
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_text, stars, time_text, weekday_date_text
from kontaktbuch.ui.common.paged_model import ID_ROLE, Index, PagedTableModel

ROLE_ROW = Qt.ItemDataRole.UserRole + 2
ROLE_DAY_START = Qt.ItemDataRole.UserRole + 3


class ConversationLogModel(PagedTableModel[cv.ConversationRow]):
    """Conversations newest first, loaded in pages of :data:`cv.PAGE_SIZE`."""

    # the short columns first, so a pane of 600 px shows them all (the event's title,
    # outcomes, follow-ups and notes are long and come after)
    COLUMNS = ("day", "time", "contacts", "channel", "minutes", "enjoyment", "event",
               "outcomes", "follow_ups", "notes")  # fmt: skip

    def __init__(self, page_size: int = cv.PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.filters = cv.Filters()
        self._bold = QFont()
        self._bold.setBold(True)
        titles = {
            "day": self.tr("Day"),
            "time": self.tr("Time"),
            "contacts": self.tr("With"),
            "event": self.tr("Event"),
            "channel": self.tr("Channel"),
            "minutes": self.tr("Time spent"),
            "enjoyment": self.tr("Enjoyment"),
            "outcomes": self.tr("Outcomes"),
            "follow_ups": self.tr("Open follow-ups"),
            "notes": self.tr("Notes"),
        }
        self._headers = [titles[column] for column in self.COLUMNS]
        self.reload()

    def headers(self) -> Sequence[str]:
        return self._headers

    # --- loading ------------------------------------------------------------------

    def set_filters(self, filters: cv.Filters) -> None:
        self.filters = filters
        self.reload()

    def load_page(self, after: cv.ConversationRow | None, limit: int) -> list[cv.ConversationRow]:
        return cv.list_page(self.filters, after.key if after is not None else None, limit)

    def update_row(self, conv_id: int) -> None:
        """Re-read one conversation in place (e.g. after ticking off a follow-up)."""
        row = self.row_of(conv_id)
        if row is None:
            return
        fresh = cv.get_conversation(conv_id)
        if fresh is None or fresh.occurred_at != self._rows[row].occurred_at:
            self.reload()
            return
        self._rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    # --- access -------------------------------------------------------------------

    def conversation(self, row: int) -> cv.ConversationRow | None:
        return self.row_at(row)

    def row_of(self, conv_id: int) -> int | None:
        found = self.row_of_id(conv_id)
        return found if found >= 0 else None

    def loaded(self) -> int:
        return len(self._rows)

    def is_day_start(self, row: int) -> bool:
        if row <= 0:
            return True
        return self._rows[row].occurred_at.date() != self._rows[row - 1].occurred_at.date()

    def column_widths(self, font: QFont) -> list[int]:
        """Starting widths that show each short column's longest content whole ("Wed
        12/30/2026" in bold, "10:55 PM", "In person", "240 min", five stars)."""
        plain, bold = QFontMetrics(font), QFontMetrics(self._bold)
        pad = 20
        longest = {
            "day": bold.horizontalAdvance(weekday_date_text(dt.date(2026, 12, 30))),
            "time": plain.horizontalAdvance(time_text(dt.time(22, 55))),
            "channel": max(
                plain.horizontalAdvance(text) for _code, text in labels.choices(labels.CHANNELS)
            ),
            "minutes": plain.horizontalAdvance(self.tr("%1 min").replace("%1", "240")),
            "enjoyment": plain.horizontalAdvance(stars(5)),
        }
        wide = {"contacts": 170, "event": 160, "outcomes": 150, "follow_ups": 180, "notes": 180}
        return [longest[c] + pad if c in longest else wide[c] for c in self.COLUMNS]

    # --- the model interface --------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Not :meth:`cell`'s way: the day shows on the first row of a day only, which
        takes the row before."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == ROLE_ROW:
            return row
        if role == ROLE_DAY_START:
            return self.is_day_start(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == "day":
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("minutes", "time"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(row, column) or self._display(row, column, index.row())
        return None

    def _display(self, row: cv.ConversationRow, column: str, index: int) -> str:
        if column == "day":
            return weekday_date_text(row.occurred_at.date()) if self.is_day_start(index) else ""
        if column == "time":
            return time_text(row.occurred_at)
        if column == "contacts":
            return ", ".join(c.name for c in row.contacts)
        if column == "event":
            return row.event_title
        if column == "channel":
            return labels.label(labels.CHANNELS, row.channel)
        if column == "minutes":
            return self.tr("%1 min").replace("%1", str(row.minutes)) if row.minutes else ""
        if column == "enjoyment":
            return stars(row.enjoyment)
        if column == "outcomes":
            return ", ".join(labels.label(labels.OUTCOME_KINDS, o.kind) for o in row.outcomes)
        if column == "follow_ups":
            return " · ".join(self._follow_text(f) for f in row.open_follow_ups)
        if column == "notes":
            return " ".join(row.notes.split())[:160]
        return ""

    def _follow_text(self, follow: cv.FollowUpRow) -> str:
        if follow.due_date is None:
            return follow.text
        return (
            self.tr("%1 (due %2)")
            .replace("%1", follow.text)
            .replace("%2", date_text(follow.due_date))
        )

    def _tooltip(self, row: cv.ConversationRow, column: str) -> str | None:
        if column == "day":
            return date_text(row.occurred_at.date())
        if column == "contacts":
            return "\n".join(
                c.name + (f" ({c.organisation})" if c.organisation else "") for c in row.contacts
            )
        if column == "outcomes":
            return "\n".join(
                f"{labels.label(labels.OUTCOME_KINDS, o.kind)}: {o.text}" for o in row.outcomes
            )
        if column == "follow_ups":
            return "\n".join(self._follow_text(f) for f in row.open_follow_ups)
        if column == "notes":
            return row.notes or None
        if column == "enjoyment" and row.enjoyment:
            return self.tr("Enjoyment %1 of 5").replace("%1", str(row.enjoyment))
        return None
