"""The Events & networks view: where people are met, and the groups they belong to.

Two tabs, each a list beside a form: events (newest first, paged) with their
attendees, goals and conversations; networks with their members, events, time
invested and last activity. Deleting either asks first and can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.choices import network_choices
from kontaktbuch.ui.common.columns import set_column_widths
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.paged_model import ID_ROLE, PagedTableModel
from kontaktbuch.ui.common.undo import DeleteCommand
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState, View
from kontaktbuch.ui.events.event_editor import EventEditor
from kontaktbuch.ui.events.models import EventsModel, NetworksModel
from kontaktbuch.ui.events.network_editor import NetworkEditor


def _table(model: PagedTableModel[Any], name: str, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    set_column_widths(table, widths)
    return table


class EventsView(View):
    watches = frozenset({"event", "network", "contact", "conversation", "goal"})
    # built after the tables whose signals already name them
    event_editor: EventEditor
    network_editor: NetworkEditor

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._switching = False

        # --- events tab
        self.events_model = EventsModel(self)
        self.event_filter = QLineEdit()
        self.event_filter.setObjectName("eventFilter")
        self.event_filter.setPlaceholderText(self.tr("Filter by title, place, notes… (Ctrl+F)"))
        self.event_filter.setClearButtonEnabled(True)
        self.event_filter.setAccessibleName(self.tr("Filter events"))
        self.event_network_filter = QComboBox()
        self.event_network_filter.setObjectName("eventNetworkFilter")
        self.event_network_filter.setAccessibleName(self.tr("Network"))
        self.event_network_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.event_network_filter.setMinimumContentsLength(10)
        self.new_event_button = QPushButton(self.tr("New event"))
        self.new_event_button.setObjectName("newEventButton")
        self.new_event_button.clicked.connect(self.new_event)
        self.event_count = QLabel()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.apply_event_filter)
        self.event_filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.event_network_filter.currentIndexChanged.connect(lambda _i: self.apply_event_filter())
        self.events_table = _table(
            self.events_model, "eventsTable", (135, 220, 150, 140, 60, 60, 80)
        )
        self.events_table.setAccessibleName(self.tr("Events"))
        self.events_table.selectionModel().currentRowChanged.connect(self._on_event_changed)
        self.events_table.activated.connect(lambda _i: self.event_editor.title.setFocus())
        self.event_editor = EventEditor(ctx.clock)
        self.event_editor.setObjectName("eventEditor")
        self.event_editor.saved.connect(self._on_event_saved)
        self.event_editor.delete_requested.connect(self.delete_event)
        self.event_editor.open_item.connect(ctx.events.open_item.emit)
        self.event_detail = ContentOrEmpty(
            self.event_editor,
            EmptyState(
                self.tr("No event selected"),
                self.tr("Choose an event in the list, or add one with “New event”."),
            ),
        )
        top = QHBoxLayout()
        top.addWidget(self.event_filter, 2)
        top.addWidget(self.event_network_filter, 1)
        top.addWidget(self.new_event_button)
        events_left = QWidget()
        left_layout = QVBoxLayout(events_left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.events_table, 1)
        left_layout.addWidget(self.event_count)
        self.events_split = QSplitter()
        self.events_split.addWidget(events_left)
        self.events_split.addWidget(self.event_detail)
        self.events_split.setChildrenCollapsible(False)
        self.events_split.setSizes([600, 500])
        events_empty = EmptyState(
            self.tr("No events yet"),
            self.tr(
                "Events and networks: the association evenings, meetups and groups where "
                "you meet people. Add an event to log its conversations together."
            ),
        )
        self.empty_new_event = events_empty.add_button(self.tr("New event"), self.new_event)
        self.events_stack = ContentOrEmpty(self.events_split, events_empty)

        # --- networks tab
        self.networks_model = NetworksModel(ctx.clock, self)
        self.networks_table = _table(
            self.networks_model, "networksTable", (200, 115, 70, 60, 95, 95)
        )
        self.networks_table.setAccessibleName(self.tr("Networks"))
        self.networks_table.selectionModel().currentRowChanged.connect(self._on_network_changed)
        self.networks_table.activated.connect(lambda _i: self.network_editor.name.setFocus())
        self.new_network_button = QPushButton(self.tr("New network"))
        self.new_network_button.setObjectName("newNetworkButton")
        self.new_network_button.clicked.connect(self.new_network)
        self.network_editor = NetworkEditor(ctx.clock)
        self.network_editor.setObjectName("networkEditor")
        self.network_editor.saved.connect(self._on_network_saved)
        self.network_editor.delete_requested.connect(self.delete_network)
        self.network_editor.members_changed.connect(self._on_members_changed)
        self.network_editor.open_item.connect(ctx.events.open_item.emit)
        self.network_detail = ContentOrEmpty(
            self.network_editor,
            EmptyState(
                self.tr("No network selected"),
                self.tr("Choose a network in the list, or add one with “New network”."),
            ),
        )
        ntop = QHBoxLayout()
        ntop.addStretch(1)
        ntop.addWidget(self.new_network_button)
        networks_left = QWidget()
        nleft = QVBoxLayout(networks_left)
        nleft.setContentsMargins(0, 0, 0, 0)
        nleft.addLayout(ntop)
        nleft.addWidget(self.networks_table, 1)
        self.networks_split = QSplitter()
        self.networks_split.addWidget(networks_left)
        self.networks_split.addWidget(self.network_detail)
        self.networks_split.setChildrenCollapsible(False)
        self.networks_split.setSizes([680, 440])
        networks_empty = EmptyState(
            self.tr("No networks yet"),
            self.tr(
                "Networks are the groups your contacts belong to: associations, founders' "
                "groups, alumni, clubs, online platforms. Add one to see what it costs and brings."
            ),
        )
        self.empty_new_network = networks_empty.add_button(self.tr("New network"), self.new_network)
        self.networks_stack = ContentOrEmpty(self.networks_split, networks_empty)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventsTabs")
        self.tabs.addTab(self.events_stack, self.tr("Events"))
        self.tabs.addTab(self.networks_stack, self.tr("Networks"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

        self.new_action = self._action(self.tr("New"), self._new_in_tab, "Ctrl+N")
        self.filter_action = self._action(self.tr("Filter"), self._focus_filter, "Ctrl+F")
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self._delete_current_event())
        self.events_table.addAction(self.delete_action)
        self.delete_network_action = QAction(self.tr("Delete"), self)
        self.delete_network_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_network_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_network_action.triggered.connect(lambda: self._delete_current_network())
        self.networks_table.addAction(self.delete_network_action)
        self.refresh()

    def _action(self, text: str, slot: Callable[[], object], shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.event_network_filter.currentData()
        self.event_network_filter.blockSignals(True)
        self.event_network_filter.clear()
        self.event_network_filter.addItem(self.tr("All networks"), None)
        for choice in network_choices():
            self.event_network_filter.addItem(choice.label, choice.id)
        self.event_network_filter.setCurrentIndex(
            max(self.event_network_filter.findData(current), 0) if current is not None else 0
        )
        self.event_network_filter.blockSignals(False)
        self.events_model.text = self.event_filter.text().strip()
        self.events_model.network_id = self.event_network_filter.currentData()
        self._reload(self.events_model, self.events_table, self.event_editor.event_id)
        self._reload(self.networks_model, self.networks_table, self.network_editor.network_id)
        self.networks_table.resizeColumnsToContents()
        self.networks_table.setColumnWidth(0, min(self.networks_table.columnWidth(0), 220))
        if self.event_editor.event_id is not None and not self.event_editor.is_dirty():
            if not self.event_editor.load(self.event_editor.event_id):
                self.event_editor.event_id = None
                self.event_detail.set_empty(True)
        elif self.event_editor.event_id is None and not self.event_editor.is_dirty():
            self.event_detail.set_empty(True)
        if self.network_editor.network_id is not None and not self.network_editor.is_dirty():
            if not self.network_editor.load(self.network_editor.network_id):
                self.network_editor.network_id = None
                self.network_detail.set_empty(True)
        elif self.network_editor.network_id is None and not self.network_editor.is_dirty():
            self.network_detail.set_empty(True)
        self._update_empty()

    def _update_empty(self) -> None:
        no_events = events.count_events() == 0
        self.events_stack.set_empty(no_events and not self.event_editor.is_dirty())
        self.networks_stack.set_empty(not network_choices() and not self.network_editor.is_dirty())
        total = self.events_model.total()
        self.event_count.setText(self.tr("%n event(s)", "", total))

    def _reload(self, model: PagedTableModel[Any], table: QTableView, item_id: int | None) -> None:
        self._switching = True
        try:
            model.reload(model.rowCount())
            row = model.find_row(item_id) if item_id is not None else -1
            if row >= 0:
                index = model.index(row, 0)
                table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                table.scrollTo(index)
        finally:
            self._switching = False

    def apply_event_filter(self) -> None:
        self._filter_timer.stop()
        self.events_model.text = self.event_filter.text().strip()
        self.events_model.network_id = self.event_network_filter.currentData()
        self._reload(self.events_model, self.events_table, self.event_editor.event_id)
        self._update_empty()

    # --- switching ----------------------------------------------------------------

    def ask_discard(self) -> bool:
        """Asked when unsaved changes cannot be saved (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes have problems and were not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _commit(self, editor: EventEditor | NetworkEditor, kind: str) -> bool:
        if not editor.is_dirty():
            return True
        if editor.save():
            return True
        return self.ask_discard()

    def _on_event_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        target = int(current.data(ID_ROLE))
        if target == self.event_editor.event_id:
            return
        if not self._commit(self.event_editor, "event"):
            previous = self.event_editor.event_id
            QTimer.singleShot(
                0, lambda: self._reload(self.events_model, self.events_table, previous)
            )
            return
        self.event_editor.load(target)
        self.event_detail.set_empty(False)

    def _on_network_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._switching or not current.isValid():
            return
        target = int(current.data(ID_ROLE))
        if target == self.network_editor.network_id:
            return
        if not self._commit(self.network_editor, "network"):
            previous = self.network_editor.network_id
            QTimer.singleShot(
                0, lambda: self._reload(self.networks_model, self.networks_table, previous)
            )
            return
        self.network_editor.load(target)
        self.network_detail.set_empty(False)

    def _on_event_saved(self, event_id: int) -> None:
        self.ctx.events.notify("event")
        self.refresh()
        self._reload(self.events_model, self.events_table, event_id)

    def _on_network_saved(self, network_id: int) -> None:
        self.ctx.events.notify("network")
        self.refresh()
        self._reload(self.networks_model, self.networks_table, network_id)

    def _on_members_changed(self) -> None:
        self.ctx.events.notify("network", "contact")

    # --- actions ------------------------------------------------------------------

    def _new_in_tab(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.new_event()
        else:
            self.new_network()

    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.events_stack.set_empty(False)
        self.event_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.event_filter.selectAll()

    def new_event(self) -> None:
        if not self._commit(self.event_editor, "event"):
            return
        self.tabs.setCurrentIndex(0)
        self.events_stack.set_empty(False)
        self.events_table.clearSelection()
        self.event_detail.set_empty(False)
        self.event_editor.start_new(network_id=self.event_network_filter.currentData())

    def new_network(self) -> None:
        if not self._commit(self.network_editor, "network"):
            return
        self.tabs.setCurrentIndex(1)
        self.networks_stack.set_empty(False)
        self.networks_table.clearSelection()
        self.network_detail.set_empty(False)
        self.network_editor.start_new()

    def confirm(self, title: str, text: str) -> bool:
        """Ask before deleting (tests replace this)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete_current_event(self) -> None:
        index = self.events_table.currentIndex()
        if index.isValid():
            self.delete_event(int(index.data(ID_ROLE)))

    def _delete_current_network(self) -> None:
        index = self.networks_table.currentIndex()
        if index.isValid():
            self.delete_network(int(index.data(ID_ROLE)))

    def delete_event(self, event_id: int) -> None:
        data = events.load_event(event_id)
        text = (
            self.tr("Delete the event “%1”?").replace("%1", data.title)
            + "\n\n"
            + self.tr(
                "Its conversations are kept, without the event. You can undo this with Ctrl+Z."
            )
        )
        if not self.confirm(self.tr("Delete event"), text):
            return
        self.event_editor.event_id = None
        self.event_editor._set_dirty(False)
        self.event_detail.set_empty(True)
        self.ctx.undo_stack.push(
            DeleteCommand(
                self.tr("Delete event “%1”").replace("%1", data.title),
                lambda: events.delete_event(event_id),
                events.restore,
                lambda: self.ctx.events.notify("event", "conversation"),
            )
        )
        self.refresh()

    def delete_network(self, network_id: int) -> None:
        data = networks.load_network(network_id)
        text = (
            self.tr("Delete the network “%1”?").replace("%1", data.name)
            + "\n\n"
            + self.tr(
                "Its members and events are kept; they just no longer belong to it. "
                "You can undo this with Ctrl+Z."
            )
        )
        if not self.confirm(self.tr("Delete network"), text):
            return
        self.network_editor.network_id = None
        self.network_editor._set_dirty(False)
        self.network_detail.set_empty(True)
        self.ctx.undo_stack.push(
            DeleteCommand(
                self.tr("Delete network “%1”").replace("%1", data.name),
                lambda: networks.delete_network(network_id),
                networks.restore,
                lambda: self.ctx.events.notify("network", "event", "contact"),
            )
        )
        self.refresh()

    # --- View interface -----------------------------------------------------------

    def focus_primary(self) -> None:
        if self.tabs.currentIndex() == 0:
            empty = self.events_stack.currentWidget() is self.events_stack.empty
            (self.empty_new_event if empty else self.events_table).setFocus()
        else:
            empty = self.networks_stack.currentWidget() is self.networks_stack.empty
            (self.empty_new_network if empty else self.networks_table).setFocus()

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind == "event":
            if not self._commit(self.event_editor, "event"):
                return True
            self.tabs.setCurrentIndex(0)
            if self.events_model.find_row(item_id) < 0:
                self.event_filter.blockSignals(True)
                self.event_filter.clear()
                self.event_filter.blockSignals(False)
                self.event_network_filter.blockSignals(True)
                self.event_network_filter.setCurrentIndex(0)
                self.event_network_filter.blockSignals(False)
                self.events_model.text, self.events_model.network_id = "", None
                self.events_model.reload()
            if not self.event_editor.load(item_id):
                return False
            self.events_stack.set_empty(False)
            self.event_detail.set_empty(False)
            self._reload(self.events_model, self.events_table, item_id)
            return True
        if kind == "network":
            if not self._commit(self.network_editor, "network"):
                return True
            self.tabs.setCurrentIndex(1)
            if not self.network_editor.load(item_id):
                return False
            self.networks_stack.set_empty(False)
            self.network_detail.set_empty(False)
            self._reload(self.networks_model, self.networks_table, item_id)
            return True
        return False
