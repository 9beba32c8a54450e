"""The form of one network: what it is, how often to keep in touch, its members and events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.networks import NetworkData
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import (
    date_text,
    minutes_text,
)
from kontaktbuch.ui.common.detail_editor import DetailEditor, heading_label, scroll_area
from kontaktbuch.ui.common.widgets import ErrorLabel, IntervalEdit, mark_invalid
from kontaktbuch.ui.events.contact_picker import ID_ROLE, ContactPicker, compact


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
        self.role = compact(QComboBox(), 8)
        self.role.setObjectName("memberRole")
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role"))
        # An editable combo box always has a line edit; the stubs allow None.
        self.role.lineEdit().setPlaceholderText(self.tr("Role"))  # type: ignore[union-attr]
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
        form.addRow(self.tr("K&ind:"), self.kind)
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
        self.delete_button.clicked.connect(self._request_delete)
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

    def _request_delete(self) -> None:
        if self.network_id is not None:
            self.delete_requested.emit(self.network_id)

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
            entry = QListWidgetItem(f"{date_text(row.starts_at.date())}  {row.title}")
            entry.setData(ID_ROLE, row.id)
            self.events.addItem(entry)
        if not self.events.count():
            entry = QListWidgetItem(self.tr("No events organised by this network yet."))
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.events.addItem(entry)

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
