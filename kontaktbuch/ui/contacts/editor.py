"""The detail pane of the contacts view: every field of one contact, and its timeline.

The form edits a :class:`~kontaktbuch.journal.contacts.ContactData`; saving
hands it to the journal, which validates and writes it in one transaction.
Problems come back per field and are shown at the field; nothing is saved half.

Over 500 lines because a contact has many fields and each needs its loading,
its validation message and its place in the tab order; the compound fields are
in ``fields.py``, the row widgets in ``ui/common/widgets.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from kontaktbuch.journal import contacts, events, networks
from kontaktbuch.journal.choices import network_choices
from kontaktbuch.journal.contacts import ContactData, Email, Link, Phone
from kontaktbuch.journal.vocabulary import link_kind_for_url
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_text, datetime_text
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.detail_editor import DetailEditor, Row, add_rows, text_box
from kontaktbuch.ui.common.widgets import (
    ErrorLabel,
    IntervalEdit,
    LineRows,
    TagCompleterEdit,
    mark_invalid,
)
from kontaktbuch.ui.contacts.fields import BirthdayEdit, MembershipRows
from kontaktbuch.ui.contacts.relationships import RelationshipsPanel

TIMELINE_ROLE = Qt.ItemDataRole.UserRole + 1


# the editor's fields whose only problem can be their length
_TEXT_FIELDS = ("prefix", "organisation", "position", "first_met", "offers", "seeks",
                "interests", "notes")  # fmt: skip


class ContactEditor(DetailEditor):
    """Edits one contact; ``saved`` carries its id after a successful save."""

    dirty_changed = Signal(bool)

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._original = ContactData()

        self.title = build.heading()
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_form(), self.tr("Details"))
        self.timeline = build.named(QListWidget(), "contactTimeline", self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(2)
        self.timeline.itemActivated.connect(self._open_timeline_item)
        self.timeline.itemDoubleClicked.connect(self._open_timeline_item)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.relationships = RelationshipsPanel()
        self.relationships.changed.connect(self._refresh_relationships_tab)
        self.relationships.open_contact.connect(lambda cid: self.open_item.emit("contact", cid))
        self.tabs.addTab(self.relationships, self.tr("Relationships"))

        self.revert_button = build.button(self.tr("Discard changes"), self.revert)
        self._arrange([self.title, self.subtitle], self.tabs, self.revert_button, "saveContact")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))

    # --- building -----------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = build.line_edit(name, placeholder)
        edit.textChanged.connect(self._changed)
        return edit

    def _text(self, name: str, lines: int = 3) -> QPlainTextEdit:
        edit = text_box(name, lines)
        edit.textChanged.connect(self._changed)
        return edit

    def _build_form(self) -> QWidget:
        self.prefix = self._line("prefix", self.tr("Dr."))
        self.prefix.setMaximumWidth(80)
        self.prefix.setAccessibleName(self.tr("Title"))
        self.first_name = self._line("firstName", self.tr("First name"))
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name = self._line("lastName", self.tr("Last name"))
        self.last_name.setAccessibleName(self.tr("Last name"))
        # room for a name's first letters: a narrow pane puts the row under its label
        for edit in (self.first_name, self.last_name):
            edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 10)
        name_row = QWidget()
        build.row(
            self.prefix, (self.first_name, 1), (self.last_name, 1), margins=0, parent=name_row
        )
        self.name_error = ErrorLabel()
        self.organisation = self._line("organisation")
        self.position = self._line("position")

        self.emails = LineRows(self.tr("Add e-mail"), "name@example.org")
        self.emails.setObjectName("emails")
        self.phones = LineRows(self.tr("Add phone"), "+49 89 …")
        self.phones.setObjectName("phones")
        self.links = LineRows(
            self.tr("Add profile link"),
            "https://www.linkedin.com/in/…",
            describe=lambda url: (
                labels.label(labels.LINK_KINDS, link_kind_for_url(url))
                if contacts.is_url(url)
                else ""
            ),
        )
        self.links.setObjectName("links")
        for rows in (self.emails, self.phones, self.links):
            rows.changed.connect(self._changed)
            rows.changed.connect(self.fix_tab_order)

        self.first_met = self._line("firstMet", self.tr("e.g. at the Barcamp, through Anna"))
        self.first_met_event = build.compact(
            build.named(QComboBox(), "firstMetEvent", self.tr("Event where you first met")), 16
        )
        self.first_met_event.currentIndexChanged.connect(self._changed)
        self.first_met_error = ErrorLabel()
        self.offers = self._text("offers")
        self.seeks = self._text("seeks")
        self.interests = self._line("interests", self.tr("e.g. AI, sailing, jazz"))
        self.tags = build.line_edit(
            "tags", self.tr("Tags, separated by commas"), edit=TagCompleterEdit()
        )
        self.tags.textChanged.connect(self._changed)
        self.birthday = BirthdayEdit()
        self.birthday.changed.connect(self._changed)
        self.birthday_error = ErrorLabel()
        self.keep_in_touch = build.named(
            IntervalEdit(self.tr("as in its networks"), self.tr("no reminder")), "keepInTouch"
        )
        self.keep_in_touch.changed.connect(self._changed)
        self.keep_in_touch.changed.connect(self._update_interval_hint)
        self._network_intervals: dict[int, int] = {}
        self.keep_in_touch_error = ErrorLabel()
        self.memberships = build.named(MembershipRows(), "memberships")
        self.memberships.changed.connect(self._changed)
        self.memberships.changed.connect(self.fix_tab_order)
        self.memberships.changed.connect(self._update_interval_hint)
        self.notes = self._text("notes", 5)
        self.archived = QCheckBox(self.tr("Archived"))
        self.archived.toggled.connect(self._changed)
        self.archived_hint = QLabel(self.tr("Hidden from the list and from reminders."))
        self.archived_hint.setWordWrap(True)
        self.archived_hint.setEnabled(False)
        # the fields that show one of ContactData's fields as it is
        self.fields = {
            name: getattr(self, name)
            for name in (*_TEXT_FIELDS, "first_name", "last_name", "archived")
        }
        self.fields["first_met_event_id"] = self.first_met_event
        self.fields["keep_in_touch_days"] = self.keep_in_touch

        def group(title: str, *rows: Row) -> tuple[QGroupBox, QFormLayout]:
            box = QGroupBox(title)
            form = build.form(box)
            add_rows(form, *rows)
            return box, form

        person, form = group(
            self.tr("Person"),
            Row(self.tr("&Name:"), name_row, problem=self.name_error),
            Row(self.tr("&Organisation:"), self.organisation),
            Row(self.tr("&Position:"), self.position),
            Row(self.tr("&Birthday:"), self.birthday, problem=self.birthday_error),
        )
        name_label = form.labelForField(name_row)
        if isinstance(name_label, QLabel):  # the form made it from the row's text
            name_label.setBuddy(self.first_name)
        reach, _form = group(
            self.tr("Reach"),
            Row(self.tr("E-mail:"), self.emails),
            Row(self.tr("Phone:"), self.phones),
            Row(self.tr("Profiles:"), self.links),
        )
        network, _form = group(
            self.tr("Networking"),
            Row(self.tr("Offe&rs:"), self.offers),
            Row(self.tr("&Seeks:"), self.seeks),
            Row(self.tr("&Interests:"), self.interests),
            Row(self.tr("&Tags:"), self.tags),
            Row(self.tr("First &met:"), self.first_met),
            Row(self.tr("At event:"), self.first_met_event, problem=self.first_met_error),
            Row(self.tr("Networks:"), self.memberships),
            Row(self.tr("&Keep in touch:"), self.keep_in_touch, problem=self.keep_in_touch_error),
        )

        notes, form = group(self.tr("Notes"))
        form.addRow(self.notes)
        form.addRow(self.archived)
        form.addRow(self.archived_hint)

        body = QWidget()
        build.column(person, reach, network, notes, build.STRETCH, parent=body)
        return build.scrolled(body, sideways=False)

    # --- loading ------------------------------------------------------------------

    def _fill_choices(self, data: ContactData) -> None:
        self.tags.set_known_tags(contacts.all_tags())
        self.memberships.set_choices(
            [(c.id, c.label) for c in network_choices()], networks.roles_in_use()
        )
        self._network_intervals = networks.intervals()
        build.set_choices(
            self.first_met_event,
            "–",
            [
                (eid, f"{date_text(starts.date())} – {title}")
                for eid, title, starts in events.event_choices()
            ],
            data.first_met_event_id,
        )

    def _read(self, contact_id: int) -> ContactData:
        return contacts.load_contact(contact_id)

    def start_new(self, **initial: object) -> None:
        """An empty form for a new contact (saved only when the user saves)."""
        self.tabs.setCurrentIndex(0)
        # The keywords are ContactData's own fields, each of its own type.
        self._start(ContactData(**initial), self.first_name)  # type: ignore[arg-type]

    def _fill(self, data: ContactData) -> None:
        self._original = data
        self._fill_choices(data)
        self.emails.set_values([(e.address, e.label) for e in data.emails])
        self.phones.set_values([(p.number, p.label) for p in data.phones])
        self.links.set_values([(li.url, li.kind) for li in data.links])
        self.tags.set_tags(data.tags)
        self.birthday.set_value(data.birthday_day, data.birthday_month, data.birthday_year)
        self.memberships.set_memberships(data.memberships)

    def _filled(self) -> None:
        self._refresh_header()
        self._refresh_timeline()
        self.relationships.set_contact(self.item_id)
        self._refresh_relationships_tab()
        self._update_interval_hint()
        self.fix_tab_order()

    def _update_interval_hint(self, *_args: object) -> None:
        """Without an interval of its own, say which one the networks give."""
        days = [
            self._network_intervals[ms.network_id]
            for ms in self.memberships.memberships()
            if ms.network_id in self._network_intervals
        ]
        if self.keep_in_touch.days() is not None:
            self.keep_in_touch.set_hint("")
            return
        if not days:
            self.keep_in_touch.set_hint(self.tr("(no reminder)"))
            return
        count, unit = contacts.interval_parts(min(days)) or (0, "days")
        text = {
            "days": self.tr("every %n day(s)", "", count),
            "weeks": self.tr("every %n week(s)", "", count),
            "months": self.tr("every %n month(s)", "", count),
        }[unit]
        self.keep_in_touch.set_hint(f"({text})")

    def fix_tab_order(self) -> None:
        """Tab walks the form top to bottom, also through rows added later."""
        build.tab_order(
            [
                self.tabs,
                self.prefix,
                self.first_name,
                self.last_name,
                self.organisation,
                self.position,
                self.birthday.day,
                self.birthday.month,
                self.birthday.year,
                *self.emails.focus_chain(),
                *self.phones.focus_chain(),
                *self.links.focus_chain(),
                self.offers,
                self.seeks,
                self.interests,
                self.tags,
                self.first_met,
                self.first_met_event,
                *self.memberships.focus_chain(),
                self.keep_in_touch.count,
                self.keep_in_touch.unit,
                self.notes,
                self.archived,
                self.revert_button,
                self.save_button,
            ]
        )

    def _refresh_header(self) -> None:
        if self.item_id is None:
            self.title.setText(self.tr("New contact"))
            self.subtitle.setText("")
            return
        self.title.setText(self.current_data().display_name)
        row = contacts.contact_row(self.item_id, self.clock())
        parts = []
        if row is not None:
            parts.append(
                self.tr("Last contact: %1").replace(
                    "%1",
                    date_text(row.last_contact.date()) if row.last_contact else self.tr("never"),
                )
            )
            if row.next_due is not None:
                text = self.tr("next due: %1").replace("%1", date_text(row.next_due))
                if row.next_due < self.clock().date():
                    text = self.tr("overdue since %1").replace("%1", date_text(row.next_due))
                parts.append(text)
            if row.archived:
                parts.append(self.tr("archived"))
        self.subtitle.setText(" · ".join(parts))

    def _refresh_relationships_tab(self) -> None:
        count = self.relationships.count()
        text = self.tr("Relationships (%1)").replace("%1", str(count))
        self.tabs.setTabText(2, text if count else self.tr("Relationships"))

    def _refresh_timeline(self) -> None:
        self.timeline.clear()
        if self.item_id is None:
            self.tabs.setTabText(1, self.tr("Timeline"))
            return
        entries = contacts.timeline(self.item_id)
        for entry in entries:
            self.timeline.addItem(self._timeline_item(entry))
        # counted as the list shows them: an outcome is a line under its conversation
        shown = sum(1 for entry in entries if entry.kind != "outcome")
        self.tabs.setTabText(1, self.tr("Timeline (%1)").replace("%1", str(shown)))
        build.say_if_empty(
            self.timeline,
            self.tr("Nothing yet: conversations and events with this person appear here."),
        )

    def _timeline_item(self, entry: contacts.TimelineEntry) -> QListWidgetItem:
        when = (
            datetime_text(entry.when) if entry.kind != "follow_up" else date_text(entry.when.date())
        )
        if entry.kind == "conversation":
            head = self.tr("Conversation (%1)").replace(
                "%1", labels.label(labels.CHANNELS, entry.code)
            )
        elif entry.kind == "event":
            head = self.tr("Event")
        elif entry.kind == "outcome":
            head = self.tr("Outcome: %1").replace(
                "%1", labels.label(labels.OUTCOME_KINDS, entry.code)
            )
        else:
            head = self.tr("Follow-up (done)") if entry.done else self.tr("Follow-up")
        if entry.kind == "outcome":
            # An outcome belongs to the conversation just above it: no date again.
            text = f"    ↳ {head}" + (f" – {entry.title}" if entry.title else "")
        else:
            text = f"{when}  ·  {head}"
            if entry.title:
                text += f"\n{entry.title}"
            if entry.detail:
                text += f" – {entry.detail}"
        item = QListWidgetItem(text)
        item.setData(TIMELINE_ROLE, (entry.open_kind, entry.open_id))
        return item

    def _open_timeline_item(self, item: QListWidgetItem) -> None:
        target = item.data(TIMELINE_ROLE)
        if target:
            self.open_item.emit(target[0], int(target[1]))

    # --- editing ------------------------------------------------------------------

    def _set_dirty(self, dirty: bool) -> None:
        super()._set_dirty(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def current_data(self) -> ContactData:
        day, month, year = self.birthday.value()
        return ContactData(
            id=self.item_id,
            birthday_day=day,
            birthday_month=month,
            birthday_year=year,
            emails=[Email(a, label) for a, label in self.emails.values()],
            phones=[Phone(n, label) for n, label in self.phones.values()],
            links=[Link(u, kind) for u, kind in self.links.values()],
            tags=self.tags.tags(),
            memberships=self.memberships.memberships(),
            **self._field_values(),
        )

    def error_text(self, code: str) -> str:
        return {
            "name_missing": self.tr("Give the contact a name or an organisation."),
            "email_invalid": self.tr("This is not an e-mail address (like name@example.org)."),
            "phone_invalid": self.tr("A phone number needs digits."),
            "url_invalid": self.tr(
                "This is not a web address (like https://www.linkedin.com/in/…)."
            ),
            "birthday_invalid": self.tr("This day does not exist."),
            "birthday_incomplete": self.tr("A birthday needs a day and a month."),
            "birthday_year_invalid": self.tr("This year is not possible."),
            "interval_invalid": self.tr("Choose between 1 day and 10 years."),
            "network_duplicate": self.tr("This network is listed twice."),
            "network_missing": self.tr("This network no longer exists."),
            "event_missing": self.tr("This event no longer exists."),
            "too_long": self.tr(
                "Too long: a name keeps up to 200 characters, a title or an entry 300, "
                "a text 100,000."
            ),
        }.get(code, code)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark every field with a problem, and put the cursor into the first one."""

        def rows(prefix: str) -> dict[int, str]:
            return {
                int(key.split(".", 1)[1]): self.error_text(code)
                for key, code in errors.items()
                if key.startswith(prefix + ".")
            }

        name = errors.get("name")
        self.name_error.show_message(self.error_text(name) if name else None)
        for edit in (self.first_name, self.last_name):
            mark_invalid(edit, self.error_text(name) if name else None)
        self.emails.show_errors(rows("emails"))
        self.phones.show_errors(rows("phones"))
        self.links.show_errors(rows("links"))
        self.memberships.show_errors(rows("memberships"))
        for key, label, widget in (
            ("birthday", self.birthday_error, self.birthday),
            ("keep_in_touch", self.keep_in_touch_error, self.keep_in_touch),
            ("first_met_event", self.first_met_error, self.first_met_event),
        ):
            code = errors.get(key)
            label.show_message(self.error_text(code) if code else None)
            mark_invalid(widget, self.error_text(code) if code else None)
        for key in _TEXT_FIELDS:  # only "too_long" (journal/limits.py) applies to these
            code = errors.get(key)
            mark_invalid(getattr(self, key), self.error_text(code) if code else None)
            if code and not name:  # said at the top, not only in the field's tooltip
                self.name_error.show_message(self.error_text(code))
        if errors:
            self.tabs.setCurrentIndex(0)
            first = self._widget_for(next(iter(errors)))
            if first is not None:
                first.setFocus()

    def _widget_for(self, key: str) -> QWidget | None:
        group, _, index = key.partition(".")
        if group in ("emails", "phones", "links"):
            rows: LineRows = getattr(self, group)
            return rows.line(int(index)) if index and int(index) < rows.count() else rows
        if group in _TEXT_FIELDS:
            widget: QWidget = getattr(self, group)
            return widget
        return {
            "name": self.first_name,
            "birthday": self.birthday,
            "keep_in_touch": self.keep_in_touch,
            "first_met_event": self.first_met_event,
            "memberships": self.memberships,
        }.get(group)

    def save(self, notify: bool = True) -> bool:
        """Save the form; on a problem, mark the fields and write nothing.

        ``notify=False`` saves without emitting ``saved`` (the view is moving on).
        """
        return self._save_with(
            lambda: contacts.save_contact(self.current_data()), contacts.ValidationFailed, notify
        )

    def revert(self) -> None:
        if self.item_id is None:
            self._show(ContactData())
            self._set_dirty(False)
        else:
            self.load(self.item_id)

    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)
