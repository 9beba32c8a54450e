"""List models of the events and networks view, over the journal's queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.events import EventRow
from kontaktbuch.journal.networks import NetworkSummary
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_text, datetime_text, minutes_text
from kontaktbuch.ui.common.paged_model import PagedTableModel


def stars(value: int | None) -> str:
    return "★" * value + "☆" * (5 - value) if value else ""


class EventsModel(PagedTableModel[EventRow]):
    """Events, newest first, in pages; filtered by text and organising network."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.network_id: int | None = None
        self._headers = [
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Network"),
            self.tr("Place"),
            self.tr("People"),
            self.tr("Conversations"),
            self.tr("Enjoyment"),
        ]

    def headers(self) -> Sequence[str]:
        return self._headers

    def load_page(self, after: EventRow | None, limit: int) -> list[EventRow]:
        return events.list_events(
            self.text,
            self.network_id,
            after=(after.key, after.id) if after is not None else None,
            limit=limit,
        )

    def total(self) -> int:
        return events.count_events(self.text, self.network_id)

    def cell(self, row: EventRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                datetime_text(row.starts_at),
                row.title,
                row.network_name,
                row.place,
                str(row.attendees),
                str(row.conversations),
                stars(row.enjoyment),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            return row.title if column == 1 else row.place
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 6:
            return str(row.enjoyment or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class NetworksModel(PagedTableModel[NetworkSummary]):
    """Every network with members, events, time invested and last activity."""

    page_size = 100_000  # networks are few: one page holds them all

    def __init__(self, clock: Callable[[], dt.datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._headers = [
            self.tr("Network"),
            self.tr("Kind"),
            self.tr("Members"),
            self.tr("Events"),
            self.tr("Time invested"),
            self.tr("Last activity"),
        ]

    def headers(self) -> Sequence[str]:
        return self._headers

    def load_page(self, after: NetworkSummary | None, limit: int) -> list[NetworkSummary]:
        return [] if after is not None else networks.summaries(self.clock())[:limit]

    def cell(self, row: NetworkSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.name,
                labels.label(labels.NETWORK_KINDS, row.kind),
                str(row.members),
                str(row.events),
                minutes_text(row.minutes) if row.minutes else "",
                date_text(row.last_activity.date()) if row.last_activity else "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
