"""List models of the events and networks view, over the journal's queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.events import EventRow
from kontaktbuch.journal.networks import NetworkSummary
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_text, datetime_text, minutes_text
from kontaktbuch.ui.common.paged_model import Column, PagedTableModel


def stars(value: int | None) -> str:
    return "★" * value + "☆" * (5 - value) if value else ""


def _time_invested(row: NetworkSummary) -> str:
    return minutes_text(row.minutes) if row.minutes else ""


def _last_activity(row: NetworkSummary) -> str:
    return date_text(row.last_activity.date()) if row.last_activity else ""


class EventsModel(PagedTableModel[EventRow]):
    """Events, newest first, in pages; filtered by text and organising network."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.network_id: int | None = None
        self.columns = (
            Column(self.tr("Date"), lambda row: datetime_text(row.starts_at)),
            Column(self.tr("Title"), lambda row: row.title, tip=True),
            Column(self.tr("Network"), lambda row: row.network_name),
            Column(self.tr("Place"), lambda row: row.place, tip=True),
            Column(self.tr("People"), lambda row: str(row.attendees), right=True),
            Column(self.tr("Conversations"), lambda row: str(row.conversations), right=True),
            Column(self.tr("Enjoyment"), lambda row: stars(row.enjoyment)),
        )

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
        # a screen reader says the enjoyment as a number, not as a row of stars
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 6:
            return str(row.enjoyment or "")
        return super().cell(row, column, role)


class NetworksModel(PagedTableModel[NetworkSummary]):
    """Every network with members, events, time invested and last activity."""

    page_size = 100_000  # networks are few: one page holds them all

    def __init__(self, clock: Callable[[], dt.datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.columns = (
            Column(self.tr("Network"), lambda row: row.name, tip=True),
            Column(self.tr("Kind"), lambda row: labels.label(labels.NETWORK_KINDS, row.kind)),
            Column(self.tr("Members"), lambda row: str(row.members), right=True),
            Column(self.tr("Events"), lambda row: str(row.events), right=True),
            Column(self.tr("Time invested"), _time_invested, right=True),
            Column(self.tr("Last activity"), _last_activity),
        )

    def load_page(self, after: NetworkSummary | None, limit: int) -> list[NetworkSummary]:
        return [] if after is not None else networks.summaries(self.clock())[:limit]
