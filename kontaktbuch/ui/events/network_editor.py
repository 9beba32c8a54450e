"""The form of one network: what it is, how often to keep in touch, its members and events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QTreeWidget, QTreeWidgetItem, QWidget

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.networks import NetworkData
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_text, minutes_text
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.detail_editor import DetailEditor, Row, text_box
from kontaktbuch.ui.common.widgets import ErrorLabel, IntervalEdit, mark_invalid
from kontaktbuch.ui.events.contact_picker import ContactPicker


class NetworkEditor(DetailEditor):
    """A network's name, kind, description and interval; its members and events."""

    members_changed = Signal()

    def __init__(self, clock: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self.heading = build.heading()
        self.figures = QLabel()
        self.figures.setWordWrap(True)

        self.name = build.line_edit("networkName")
        self.name_error = ErrorLabel()
        self.kind = build.named(QComboBox(), "networkKind")
        for code, text in labels.choices(labels.NETWORK_KINDS):
            self.kind.addItem(text, code)
        self.description = text_box("networkDescription", 3)
        self.keep_in_touch = build.named(
            IntervalEdit(self.tr("no reminder")),
            "networkKeepInTouch",
            tip=self.tr(
                "Keep in touch with its members this often, unless a contact has its own interval."
            ),
        )

        self.members = build.named(QTreeWidget(), "networkMembers", self.tr("Members"))
        self.members.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Since")])
        self.members.setRootIsDecorated(False)
        self.members.setAlternatingRowColors(True)
        self.members.setMinimumHeight(160)
        self.members.itemActivated.connect(
            lambda item, _col: self.open_item.emit("contact", int(item.data(0, build.ITEM_ROLE)))
        )
        self.members.currentItemChanged.connect(self._member_selected)
        self.member_picker = build.line_edit(
            "memberPicker", self.tr("Add a member: name, then Enter"), edit=ContactPicker()
        )
        self.member_picker.picked.connect(self.add_member)
        self.role = build.named(build.compact(QComboBox(), 8), "memberRole", self.tr("Role"))
        self.role.setEditable(True)
        # An editable combo box always has a line edit; the stubs allow None.
        self.role.lineEdit().setPlaceholderText(self.tr("Role"))  # type: ignore[union-attr]
        self.set_role_button = build.button(self.tr("Set role"), self._set_role)
        self.remove_member_button = build.button(self.tr("Remove"), self._remove_member)
        self.events = build.named(QListWidget(), "networkEvents", self.tr("Events of this network"))
        self.events.setMaximumHeight(140)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._opens(self.events, "event")

        # each row names the NetworkData field it shows as it is
        body, form = self._page(
            Row(self.tr("&Name:"), self.name, "name", self.name_error),
            Row(self.tr("K&ind:"), self.kind, "kind"),
            Row(self.tr("&Description:"), self.description, "description"),
            Row(self.tr("&Keep in touch:"), self.keep_in_touch, "keep_in_touch_days"),
        )
        self.members_label = QLabel(self.tr("Members:"))
        # the lists get the pane's whole width, their labels above them
        self.members_label.setBuddy(self.members)
        form.addRow(self.members_label)
        form.addRow(self.members)
        # two short rows rather than one long one: the pane beside the list is narrow
        form.addRow(
            build.column(
                build.row((self.member_picker, 1), self.remove_member_button),
                build.row((self.role, 1), self.set_role_button),
            )
        )
        self.events_label = QLabel(self.tr("Events:"))
        self.events_label.setBuddy(self.events)
        form.addRow(self.events_label)
        form.addRow(self.events)

        self.delete_button = build.button(self.tr("Delete network"), self._request_delete)
        self._arrange(
            [self.heading, self.figures],
            build.scrolled(body, sideways=False),
            self.delete_button,
            "saveNetwork",
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
        self._start(NetworkData(), self.name)

    def _fill(self, data: NetworkData) -> None:
        self.heading.setText(data.name or self.tr("New network"))

    def _filled(self) -> None:
        self._show_members_and_events()

    def _show_members_and_events(self) -> None:
        known = self.item_id is not None
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
        if self.item_id is None:
            return
        summary = networks.summary(self.item_id, self.clock())
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
        for member in networks.members(self.item_id):
            item = QTreeWidgetItem(
                [member.name, member.role, date_text(member.since) if member.since else ""]
            )
            item.setData(0, build.ITEM_ROLE, member.contact_id)
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
        for row in events.events_of_network(self.item_id):
            build.add_item(self.events, f"{date_text(row.starts_at.date())}  {row.title}", row.id)
        build.say_if_empty(self.events, self.tr("No events organised by this network yet."))

    def _member_selected(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.role.setCurrentText(item.text(1))

    def add_member(self, contact_id: int) -> None:
        if self.item_id is not None:
            networks.set_member(self.item_id, contact_id, self.role.currentText())
            self._members_changed()

    def _set_role(self) -> None:
        item = self.members.currentItem()
        if item is not None and self.item_id is not None:
            contact_id = int(item.data(0, build.ITEM_ROLE))
            networks.set_member(self.item_id, contact_id, self.role.currentText())
            self._members_changed()

    def _remove_member(self) -> None:
        item = self.members.currentItem()
        if item is not None and self.item_id is not None:
            networks.remove_members(self.item_id, [int(item.data(0, build.ITEM_ROLE))])
            self._members_changed()

    def _members_changed(self) -> None:
        self._show_members_and_events()
        self.members_changed.emit()

    def current_data(self) -> NetworkData:
        return NetworkData(id=self.item_id, **self._field_values())

    def show_errors(self, errors: dict[str, str]) -> None:
        name = errors.get("name")
        too_long = self.tr("Too long: a name keeps up to 200 characters, a description 100,000.")
        message = (
            (too_long if name == "too_long" else self.tr("Give the network a name."))
            if name
            else None
        )
        self.name_error.show_message(message)
        mark_invalid(self.name, message)
        mark_invalid(self.description, too_long if "description" in errors else None)
        if name:
            self.name.setFocus()

    def save(self) -> bool:
        return self._save_with(
            lambda: networks.save_network(self.current_data()), networks.NetworkInvalid
        )
