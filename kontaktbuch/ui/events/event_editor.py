"""The forms of one event and one network, shown beside their lists.

Like the contact form, each edits a plain dataclass and hands it to the journal,
which validates it and writes it in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QListWidget, QWidget

from kontaktbuch.journal import contacts, events
from kontaktbuch.journal.choices import network_choices
from kontaktbuch.journal.events import EventData
from kontaktbuch.text.formatting import datetime_text, from_qdatetime, to_qdatetime
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.detail_editor import DetailEditor, Row, text_box
from kontaktbuch.ui.common.widgets import ErrorLabel, mark_invalid
from kontaktbuch.ui.events.contact_picker import ContactPicker
from kontaktbuch.ui.events.models import stars

# the keys ``journal.events.validate`` gives the problems of these EventData fields
_ERROR_KEYS = {"duration_minutes": "duration", "travel_minutes": "travel", "network_id": "network"}


class EventEditor(DetailEditor):
    """Title, time, duration, travel, place, organiser, attendees, enjoyment, goals."""

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.heading = build.heading()

        self.title = build.line_edit("eventTitle")
        self.title_error = ErrorLabel()
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("eventStart")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(self._datetime_format())
        minutes = " " + self.tr("min")
        self.duration = build.spin_box("eventDuration", events.MAX_MINUTES, step=15, suffix=minutes)
        self.travel = build.spin_box("eventTravel", events.MAX_MINUTES, step=5, suffix=minutes)
        self.place = build.line_edit("eventPlace")
        self.network = build.named(build.compact(QComboBox()), "eventNetwork")
        self.enjoyment = build.named(
            QComboBox(), "eventEnjoyment", tip=self.tr("How much did you enjoy it?")
        )
        self.enjoyment.addItem("–", None)
        for value in range(1, 6):
            self.enjoyment.addItem(f"{value}  {stars(value)}", value)
        self.notes = text_box("eventNotes", 4)

        self.attendees = build.named(QListWidget(), "eventAttendees", self.tr("Attendees"))
        self.attendees.setMaximumHeight(130)
        self.attendees.itemActivated.connect(
            lambda item: self.open_item.emit("contact", int(item.data(build.ITEM_ROLE)))
        )
        self.attendee_picker = build.line_edit(
            "attendeePicker", self.tr("Add a person: name, then Enter"), edit=ContactPicker()
        )
        self.attendee_picker.picked.connect(self.add_attendee)
        self.remove_attendee = build.button(self.tr("Remove"), self._remove_attendees)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.attendees)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._remove_attendees)

        self.goals = build.named(QListWidget(), "eventGoals", self.tr("Goals served"))
        self.goals.setMaximumHeight(110)
        self.goals.setWordWrap(True)
        self.goals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversations = build.named(
            QListWidget(), "eventConversations", self.tr("Conversations at this event")
        )
        self.conversations.setWordWrap(True)
        self.conversations.setAlternatingRowColors(True)
        self._opens(self.conversations, "conversation")

        # the rows naming an EventData field show it as it is
        body, form = self._page(
            Row(self.tr("&Title:"), self.title, "title", self.title_error),
            Row(self.tr("&When:"), self.starts),
            Row(self.tr("&Duration:"), self.duration, "duration_minutes"),
            Row(self.tr("T&ravel time:"), self.travel, "travel_minutes"),
            Row(self.tr("&Place:"), self.place, "place"),
            Row(self.tr("Organised &by:"), self.network, "network_id"),
            Row(self.tr("En&joyment:"), self.enjoyment, "enjoyment"),
            Row(self.tr("&Notes:"), self.notes, "notes"),
            Row(self.tr("Attendees:"), self.attendees),
        )
        form.addRow("", build.row((self.attendee_picker, 1), self.remove_attendee))
        # the goals' titles are long: their list gets the pane's whole width and wraps
        goals_label = QLabel(self.tr("Goals served:"))
        goals_label.setBuddy(self.goals)
        form.addRow(goals_label)
        form.addRow(self.goals)
        self.conversations_label = QLabel(self.tr("Conversations:"))
        form.addRow(self.conversations_label, self.conversations)

        self.delete_button = build.button(self.tr("Delete event"), self._request_delete)
        self._arrange(
            [self.heading], build.scrolled(body, sideways=False), self.delete_button, "saveEvent"
        )
        self._watch(
            self.title.textChanged,
            self.starts.dateTimeChanged,
            self.duration.valueChanged,
            self.travel.valueChanged,
            self.place.textChanged,
            self.network.currentIndexChanged,
            self.enjoyment.currentIndexChanged,
            self.notes.textChanged,
            self.goals.itemChanged,
        )

    @staticmethod
    def _datetime_format() -> str:
        from PySide6.QtCore import QLocale

        locale = QLocale()
        date = locale.dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in date:
            date = date.replace("yy", "yyyy")
        return f"{date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"

    # --- loading ------------------------------------------------------------------

    def _read(self, event_id: int) -> EventData:
        return events.load_event(event_id)

    def start_new(self, network_id: int | None = None) -> None:
        start = self.clock().replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
        data = EventData(starts_at=start, duration_minutes=120, network_id=network_id)
        self._start(data, self.title)

    def _fill(self, data: EventData) -> None:
        self.heading.setText(data.title or self.tr("New event"))
        self.starts.setDateTime(to_qdatetime(data.starts_at))
        build.set_choices(
            self.network,
            self.tr("no network"),
            [(choice.id, choice.label) for choice in network_choices()],
            data.network_id,
        )
        self.attendees.clear()
        names = contacts.names_of(data.attendee_ids)
        for cid in data.attendee_ids:
            build.add_item(self.attendees, names.get(cid, "?"), cid)
        self.attendee_picker.mark_stale()
        self.goals.clear()
        for gid, title in events.goal_choices(data.goal_ids):
            build.add_item(self.goals, title, gid, checked=gid in data.goal_ids)
        build.say_if_empty(self.goals, self.tr("No active goals."))
        self.conversations.clear()
        if data.id is not None:
            for conv in events.conversations(data.id):
                text = f"{datetime_text(conv.occurred_at)} · {conv.people or '–'}"
                if conv.notes:
                    text += f"\n{conv.notes.splitlines()[0]}"
                build.add_item(self.conversations, text, conv.id)
            count = self.conversations.count()
            build.say_if_empty(
                self.conversations, self.tr("No conversations logged at this event yet.")
            )
            self.conversations_label.setText(
                self.tr("Conversations (%1):").replace("%1", str(count))
            )
        self.conversations.setVisible(data.id is not None)
        self.conversations_label.setVisible(data.id is not None)
        self.delete_button.setEnabled(data.id is not None)

    def attendee_ids(self) -> list[int]:
        return [
            int(self.attendees.item(i).data(build.ITEM_ROLE)) for i in range(self.attendees.count())
        ]

    def add_attendee(self, contact_id: int) -> None:
        if contact_id in self.attendee_ids():
            return
        name = contacts.names_of([contact_id]).get(contact_id, "?")
        build.add_item(self.attendees, name, contact_id)
        self._changed()

    def _remove_attendees(self) -> None:
        for item in self.attendees.selectedItems():
            self.attendees.takeItem(self.attendees.row(item))
            self._changed()

    # --- saving -------------------------------------------------------------------

    def current_data(self) -> EventData:
        return EventData(
            id=self.item_id,
            starts_at=from_qdatetime(self.starts.dateTime()),
            attendee_ids=self.attendee_ids(),
            goal_ids=[int(gid) for gid in build.checked_data(self.goals)],
            **self._field_values(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        texts = {
            "title_missing": self.tr("Give the event a title."),
            "minutes_invalid": self.tr("Between 0 minutes and one week."),
            "enjoyment_invalid": self.tr("Choose 1 to 5."),
            "network_missing": self.tr("This network no longer exists."),
            "too_long": self.tr("Too long: a title keeps up to 300 characters, notes 100,000."),
            "date_range": self.tr("Choose a date between 1900 and ten years from now."),
        }
        title = errors.get("title")
        self.title_error.show_message(texts.get(title, title) if title else None)
        widgets = {**self.fields, "starts_at": self.starts}
        for field, widget in widgets.items():
            code = errors.get(_ERROR_KEYS.get(field, field))
            mark_invalid(widget, texts.get(code, code) if code else None)
        if "title" in errors:
            self.title.setFocus()

    def save(self) -> bool:
        return self._save_with(lambda: events.save_event(self.current_data()), events.EventInvalid)
