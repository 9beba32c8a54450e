"""The forms of one event and one network, shown beside their lists.

Like the contact form, each edits a plain dataclass and hands it to the journal,
which validates it and writes it in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import contacts, events, networks
from kontaktbuch.journal.events import EventData
from kontaktbuch.journal.networks import NetworkData
from kontaktbuch.ui import labels
from kontaktbuch.ui.contacts.widgets import ErrorLabel, IntervalEdit, mark_invalid
from kontaktbuch.ui.editing import DetailEditor, heading_label, scroll_area
from kontaktbuch.ui.events.models import stars
from kontaktbuch.ui.formatting import (
    date_text,
    datetime_text,
    from_qdatetime,
    minutes_text,
    to_qdatetime,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _compact(combo: QComboBox, chars: int = 14) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


class ContactPicker(QLineEdit):
    """Type a name, pick from the completion, press Enter: ``picked`` carries the id."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: dict[str, int] = {}
        self._stale = True
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[str].connect(self._pick)
        self.setCompleter(completer)
        self.returnPressed.connect(lambda: self._pick(self.text()))

    def mark_stale(self) -> None:
        """Names are (re)read when the field is next used, not on every page shown."""
        self._stale = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._stale:
            self.reload()
        super().focusInEvent(event)

    def reload(self) -> None:
        self._stale = False
        choices = contacts.contact_choices()
        counts: dict[str, int] = {}
        for choice in choices:
            counts[choice.label] = counts.get(choice.label, 0) + 1
        self._ids = {}
        for choice in choices:
            shown = choice.label if counts[choice.label] == 1 else f"{choice.label} (#{choice.id})"
            self._ids[shown] = choice.id
        self._model.setStringList(list(self._ids))

    def _pick(self, text: str) -> None:
        if self._stale:
            self.reload()
        cid = self._ids.get(text.strip())
        if cid is None:
            matches = [c for n, c in self._ids.items() if n.casefold() == text.strip().casefold()]
            cid = matches[0] if len(matches) == 1 else None
        if cid is not None:
            self.picked.emit(cid)
            self.clear()


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
        self.network = _compact(QComboBox())
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
        form.addRow(self.tr("&Enjoyment:"), self.enjoyment)
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
        self.delete_button.clicked.connect(
            lambda: self.event_id is not None and self.delete_requested.emit(self.event_id)
        )
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
        for nid, name in networks.network_choices():
            self.network.addItem(name, nid)
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
        }
        title = errors.get("title")
        self.title_error.show_message(texts.get(title, title) if title else None)
        for key, widget in (
            ("title", self.title),
            ("duration", self.duration),
            ("travel", self.travel),
            ("enjoyment", self.enjoyment),
            ("network", self.network),
        ):
            code = errors.get(key)
            mark_invalid(widget, texts.get(code, code) if code else None)
        if "title" in errors:
            self.title.setFocus()

    def save(self) -> bool:
        return self._save_with(lambda: events.save_event(self.current_data()), events.EventInvalid)


class NetworkEditor(DetailEditor):
    """A network's name, kind, description and interval; its members and events."""

    delete_requested = Signal(int)
    members_changed = Signal()

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.network_id: int | None = None
        self.heading = heading_label()
        self.figures = QLabel()
        self.figures.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setObjectName("networkName")
        self.name_error = ErrorLabel()
        self.kind = QComboBox()
        self.kind.setObjectName("networkKind")
        for code, text in labels.choices(labels.NETWORK_KINDS):
            self.kind.addItem(text, code)
        self.description = QPlainTextEdit()
        self.description.setObjectName("networkDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 14)
        self.keep_in_touch = IntervalEdit(self.tr("no reminder"))
        self.keep_in_touch.setObjectName("networkKeepInTouch")
        self.keep_in_touch.setToolTip(
            self.tr(
                "Keep in touch with its members this often, unless a contact has its own interval."
            )
        )

        self.members = QTreeWidget()
        self.members.setObjectName("networkMembers")
        self.members.setAccessibleName(self.tr("Members"))
        self.members.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Since")])
        self.members.setRootIsDecorated(False)
        self.members.setAlternatingRowColors(True)
        self.members.setMinimumHeight(160)
        self.members.itemActivated.connect(
            lambda item, _col: self.open_item.emit("contact", int(item.data(0, ID_ROLE)))
        )
        self.members.currentItemChanged.connect(self._member_selected)
        self.member_picker = ContactPicker()
        self.member_picker.setObjectName("memberPicker")
        self.member_picker.setPlaceholderText(self.tr("Add a member: name, then Enter"))
        self.member_picker.picked.connect(self.add_member)
        self.role = _compact(QComboBox(), 8)
        self.role.setObjectName("memberRole")
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.lineEdit().setPlaceholderText(self.tr("Role"))
        self.set_role_button = QPushButton(self.tr("Set role"))
        self.set_role_button.clicked.connect(self._set_role)
        self.remove_member_button = QPushButton(self.tr("Remove"))
        self.remove_member_button.clicked.connect(self._remove_member)
        # two short rows rather than one long one: the pane beside the list is narrow
        member_row = QVBoxLayout()
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.member_picker, 1)
        pick_row.addWidget(self.remove_member_button)
        member_row.addLayout(pick_row)
        role_row = QHBoxLayout()
        member_row.addLayout(role_row)
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.set_role_button)
        self.events = QListWidget()
        self.events.setObjectName("networkEvents")
        self.events.setAccessibleName(self.tr("Events of this network"))
        self.events.setMaximumHeight(140)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events.itemActivated.connect(
            lambda item: self.open_item.emit("event", int(item.data(ID_ROLE)))
        )
        self.events.itemDoubleClicked.connect(
            lambda item: self.open_item.emit("event", int(item.data(ID_ROLE)))
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a narrow pane puts a field under its label rather than cutting it off
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Keep in touch:"), self.keep_in_touch)
        self.members_label = QLabel(self.tr("Members:"))
        # the lists get the pane's whole width, their labels above them
        self.members_label.setBuddy(self.members)
        form.addRow(self.members_label)
        form.addRow(self.members)
        form.addRow(member_row)
        self.events_label = QLabel(self.tr("Events:"))
        self.events_label.setBuddy(self.events)
        form.addRow(self.events_label)
        form.addRow(self.events)
        body = QWidget()
        body.setLayout(form)

        self.delete_button = QPushButton(self.tr("Delete network"))
        self.delete_button.clicked.connect(
            lambda: self.network_id is not None and self.delete_requested.emit(self.network_id)
        )
        self._arrange(
            [self.heading, self.figures], scroll_area(body), self.delete_button, "saveNetwork"
        )
        self._watch(
            self.name.textChanged,
            self.kind.currentIndexChanged,
            self.description.textChanged,
            self.keep_in_touch.changed,
        )

    def _read(self, network_id: int) -> NetworkData:
        return networks.load_network(network_id)

    def start_new(self) -> None:
        self._show(NetworkData())
        self._set_dirty(True)
        self.name.setFocus()

    def _show(self, data: NetworkData) -> None:
        self._loading = True
        self.network_id = data.id
        self.heading.setText(data.name or self.tr("New network"))
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.description.setPlainText(data.description)
        self.keep_in_touch.set_days(data.keep_in_touch_days)
        self._loading = False
        self._show_members_and_events()
        self.show_errors({})
        self.status.show_message(None)
        self._set_dirty(False)

    def _show_members_and_events(self) -> None:
        known = self.network_id is not None
        for widget in (
            self.members,
            self.member_picker,
            self.role,
            self.set_role_button,
            self.remove_member_button,
            self.events,
            self.members_label,
            self.events_label,
        ):
            widget.setVisible(known)
        self.delete_button.setEnabled(known)
        self.members.clear()
        self.events.clear()
        self.figures.setText("")
        if self.network_id is None:
            return
        summary = networks.summary(self.network_id, self.clock())
        if summary is not None:
            parts = [
                self.tr("%n member(s)", "", summary.members),
                self.tr("%n event(s)", "", summary.events),
                self.tr("%1 invested").replace("%1", minutes_text(summary.minutes)),
            ]
            if summary.last_activity is not None:
                parts.append(
                    self.tr("last activity %1").replace(
                        "%1", date_text(summary.last_activity.date())
                    )
                )
            self.figures.setText(" · ".join(parts))
        for member in networks.members(self.network_id):
            item = QTreeWidgetItem(
                [member.name, member.role, date_text(member.since) if member.since else ""]
            )
            item.setData(0, ID_ROLE, member.contact_id)
            if member.archived:
                font = item.font(0)
                font.setItalic(True)
                item.setFont(0, font)
            self.members.addTopLevelItem(item)
        for column in range(self.members.columnCount()):
            self.members.resizeColumnToContents(column)
        self.members_label.setText(
            self.tr("Members (%1):").replace("%1", str(self.members.topLevelItemCount()))
        )
        roles = list(dict.fromkeys([self.tr("Member"), self.tr("Board"), *networks.roles_in_use()]))
        current_role = self.role.currentText()
        self.role.clear()
        self.role.addItems(roles)
        self.role.setCurrentText(current_role or roles[0])
        self.member_picker.mark_stale()
        for row in events.events_of_network(self.network_id):
            item = QListWidgetItem(f"{date_text(row.starts_at.date())}  {row.title}")
            item.setData(ID_ROLE, row.id)
            self.events.addItem(item)
        if not self.events.count():
            item = QListWidgetItem(self.tr("No events organised by this network yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.events.addItem(item)

    def _member_selected(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.role.setCurrentText(item.text(1))

    def add_member(self, contact_id: int) -> None:
        if self.network_id is None:
            return
        networks.set_member(self.network_id, contact_id, self.role.currentText())
        self._show_members_and_events()
        self.members_changed.emit()

    def _set_role(self) -> None:
        item = self.members.currentItem()
        if item is None or self.network_id is None:
            return
        networks.set_member(self.network_id, int(item.data(0, ID_ROLE)), self.role.currentText())
        self._show_members_and_events()
        self.members_changed.emit()

    def _remove_member(self) -> None:
        item = self.members.currentItem()
        if item is None or self.network_id is None:
            return
        networks.remove_members(self.network_id, [int(item.data(0, ID_ROLE))])
        self._show_members_and_events()
        self.members_changed.emit()

    def current_data(self) -> NetworkData:
        return NetworkData(
            id=self.network_id,
            name=self.name.text(),
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            keep_in_touch_days=self.keep_in_touch.days(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        name = errors.get("name")
        message = self.tr("Give the network a name.") if name else None
        self.name_error.show_message(message)
        mark_invalid(self.name, message)
        if name:
            self.name.setFocus()

    def save(self) -> bool:
        return self._save_with(
            lambda: networks.save_network(self.current_data()), networks.NetworkInvalid
        )
