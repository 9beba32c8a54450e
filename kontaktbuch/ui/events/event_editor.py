"""The forms of one event and one network, shown beside their lists.

Like the contact form, each edits a plain dataclass and hands it to the journal,
which validates it and writes it in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kontaktbuch.journal import contacts, events
from kontaktbuch.journal.choices import network_choices
from kontaktbuch.journal.events import EventData
from kontaktbuch.text.formatting import (
    datetime_text,
    from_qdatetime,
    to_qdatetime,
)
from kontaktbuch.ui.common.detail_editor import DetailEditor, heading_label, scroll_area
from kontaktbuch.ui.common.widgets import ErrorLabel, mark_invalid
from kontaktbuch.ui.events.contact_picker import ID_ROLE, ContactPicker, compact
from kontaktbuch.ui.events.models import stars


class EventEditor(DetailEditor):
    """Title, time, duration, travel, place, organiser, attendees, enjoyment, goals."""

    delete_requested = Signal(int)

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.event_id: int | None = None
        self.heading = heading_label()

        self.title = QLineEdit()
        self.title.setObjectName("eventTitle")
        self.title_error = ErrorLabel()
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("eventStart")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat(self._datetime_format())
        self.duration = QSpinBox()
        self.duration.setObjectName("eventDuration")
        self.duration.setRange(0, events.MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" " + self.tr("min"))
        self.travel = QSpinBox()
        self.travel.setObjectName("eventTravel")
        self.travel.setRange(0, events.MAX_MINUTES)
        self.travel.setSingleStep(5)
        self.travel.setSuffix(" " + self.tr("min"))
        self.place = QLineEdit()
        self.place.setObjectName("eventPlace")
        self.network = compact(QComboBox())
        self.network.setObjectName("eventNetwork")
        self.enjoyment = QComboBox()
        self.enjoyment.setObjectName("eventEnjoyment")
        self.enjoyment.setToolTip(self.tr("How much did you enjoy it?"))
        self.enjoyment.addItem("–", None)
        for value in range(1, 6):
            self.enjoyment.addItem(f"{value}  {stars(value)}", value)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("eventNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)

        self.attendees = QListWidget()
        self.attendees.setObjectName("eventAttendees")
        self.attendees.setAccessibleName(self.tr("Attendees"))
        self.attendees.setMaximumHeight(130)
        self.attendees.itemActivated.connect(
            lambda item: self.open_item.emit("contact", int(item.data(ID_ROLE)))
        )
        self.attendee_picker = ContactPicker()
        self.attendee_picker.setObjectName("attendeePicker")
        self.attendee_picker.setPlaceholderText(self.tr("Add a person: name, then Enter"))
        self.attendee_picker.picked.connect(self.add_attendee)
        self.remove_attendee = QPushButton(self.tr("Remove"))
        self.remove_attendee.clicked.connect(self._remove_attendees)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.attendees)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self._remove_attendees)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.attendee_picker, 1)
        picker_row.addWidget(self.remove_attendee)

        self.goals = QListWidget()
        self.goals.setObjectName("eventGoals")
        self.goals.setAccessibleName(self.tr("Goals served"))
        self.goals.setMaximumHeight(110)
        self.goals.setWordWrap(True)
        self.goals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversations = QListWidget()
        self.conversations.setObjectName("eventConversations")
        self.conversations.setAccessibleName(self.tr("Conversations at this event"))
        self.conversations.setWordWrap(True)
        self.conversations.setAlternatingRowColors(True)
        self.conversations.itemActivated.connect(self._open_conversation)
        self.conversations.itemDoubleClicked.connect(self._open_conversation)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow pane puts a field under its label rather than cutting it off
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", self.title_error)
        form.addRow(self.tr("&When:"), self.starts)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("T&ravel time:"), self.travel)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Organised &by:"), self.network)
        form.addRow(self.tr("En&joyment:"), self.enjoyment)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Attendees:"), self.attendees)
        form.addRow("", picker_row)
        # the goals' titles are long: their list gets the pane's whole width and wraps
        goals_label = QLabel(self.tr("Goals served:"))
        goals_label.setBuddy(self.goals)
        form.addRow(goals_label)
        form.addRow(self.goals)
        self.conversations_label = QLabel(self.tr("Conversations:"))
        form.addRow(self.conversations_label, self.conversations)
        body = QWidget()
        body.setLayout(form)

        self.delete_button = QPushButton(self.tr("Delete event"))
        self.delete_button.clicked.connect(self._request_delete)
        self._arrange([self.heading], scroll_area(body), self.delete_button, "saveEvent")
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

    def _request_delete(self) -> None:
        if self.event_id is not None:
            self.delete_requested.emit(self.event_id)

    def start_new(self, network_id: int | None = None) -> None:
        start = self.clock().replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
        self._show(EventData(starts_at=start, duration_minutes=120, network_id=network_id))
        self._set_dirty(True)
        self.title.setFocus()

    def _show(self, data: EventData) -> None:
        self._loading = True
        self.event_id = data.id
        self.heading.setText(data.title or self.tr("New event"))
        self.title.setText(data.title)
        self.starts.setDateTime(to_qdatetime(data.starts_at))
        self.duration.setValue(data.duration_minutes)
        self.travel.setValue(data.travel_minutes)
        self.place.setText(data.place)
        self.network.clear()
        self.network.addItem(self.tr("no network"), None)
        for choice in network_choices():
            self.network.addItem(choice.label, choice.id)
        self.network.setCurrentIndex(max(self.network.findData(data.network_id), 0))
        self.enjoyment.setCurrentIndex(max(self.enjoyment.findData(data.enjoyment), 0))
        self.notes.setPlainText(data.notes)
        self.attendees.clear()
        names = contacts.names_of(data.attendee_ids)
        for cid in data.attendee_ids:
            self._attendee_item(cid, names.get(cid, "?"))
        self.attendee_picker.mark_stale()
        self.goals.clear()
        for gid, title in events.goal_choices(data.goal_ids):
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, gid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if gid in data.goal_ids else Qt.CheckState.Unchecked
            )
            self.goals.addItem(item)
        if not self.goals.count():
            item = QListWidgetItem(self.tr("No active goals."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.goals.addItem(item)
        self.conversations.clear()
        if data.id is not None:
            for conv in events.conversations(data.id):
                text = f"{datetime_text(conv.occurred_at)} · {conv.people or '–'}"
                if conv.notes:
                    text += f"\n{conv.notes.splitlines()[0]}"
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, conv.id)
                self.conversations.addItem(item)
            count = self.conversations.count()
            if not count:
                item = QListWidgetItem(self.tr("No conversations logged at this event yet."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.conversations.addItem(item)
            self.conversations_label.setText(
                self.tr("Conversations (%1):").replace("%1", str(count))
            )
        self.conversations.setVisible(data.id is not None)
        self.conversations_label.setVisible(data.id is not None)
        self.delete_button.setEnabled(data.id is not None)
        self._loading = False
        self.show_errors({})
        self.status.show_message(None)
        self._set_dirty(False)

    def _attendee_item(self, contact_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(ID_ROLE, contact_id)
        self.attendees.addItem(item)

    def attendee_ids(self) -> list[int]:
        return [int(self.attendees.item(i).data(ID_ROLE)) for i in range(self.attendees.count())]

    def add_attendee(self, contact_id: int) -> None:
        if contact_id in self.attendee_ids():
            return
        self._attendee_item(contact_id, contacts.names_of([contact_id]).get(contact_id, "?"))
        self._changed()

    def _remove_attendees(self) -> None:
        for item in self.attendees.selectedItems():
            self.attendees.takeItem(self.attendees.row(item))
            self._changed()

    def _open_conversation(self, item: QListWidgetItem) -> None:
        conv_id = item.data(ID_ROLE)
        if conv_id is not None:
            self.open_item.emit("conversation", int(conv_id))

    # --- saving -------------------------------------------------------------------

    def current_data(self) -> EventData:
        goal_ids = [
            int(self.goals.item(i).data(ID_ROLE))
            for i in range(self.goals.count())
            if self.goals.item(i).data(ID_ROLE) is not None
            and self.goals.item(i).checkState() == Qt.CheckState.Checked
        ]
        return EventData(
            id=self.event_id,
            title=self.title.text(),
            starts_at=from_qdatetime(self.starts.dateTime()),
            duration_minutes=self.duration.value(),
            travel_minutes=self.travel.value(),
            place=self.place.text(),
            network_id=self.network.currentData(),
            enjoyment=self.enjoyment.currentData(),
            notes=self.notes.toPlainText(),
            attendee_ids=self.attendee_ids(),
            goal_ids=goal_ids,
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
        for key, widget in (
            ("title", self.title),
            ("duration", self.duration),
            ("travel", self.travel),
            ("enjoyment", self.enjoyment),
            ("network", self.network),
            ("place", self.place),
            ("notes", self.notes),
            ("starts_at", self.starts),
        ):
            code = errors.get(key)
            mark_invalid(widget, texts.get(code, code) if code else None)
        if "title" in errors:
            self.title.setFocus()

    def save(self) -> bool:
        return self._save_with(lambda: events.save_event(self.current_data()), events.EventInvalid)
