"""The Events & networks view: where people are met, and the groups they belong to.

Two tabs, each a list beside a form: events (newest first, paged) with their
attendees, goals and conversations; networks with their members, events, time
invested and last activity. Deleting either asks first and can be undone. What
the two tabs share (choosing, saving first, new, delete) is
:class:`~kontaktbuch.ui.common.list_editor.ListAndEditor`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QTabWidget, QWidget

from kontaktbuch.journal import events, networks
from kontaktbuch.journal.choices import network_choices
from kontaktbuch.journal.snapshots import Snapshot
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP
from kontaktbuch.ui.common import ask, build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.list_editor import Deleting, ListAndEditor
from kontaktbuch.ui.common.lists import row_table
from kontaktbuch.ui.common.view import View
from kontaktbuch.ui.common.widgets import FilterEdit
from kontaktbuch.ui.events.event_editor import EventEditor
from kontaktbuch.ui.events.models import EventsModel, NetworksModel
from kontaktbuch.ui.events.network_editor import NetworkEditor

# The words of the two tabs by (kind, part), each part's side by side: one table,
# read by EventsView._tab.
_TAB_TEXTS: dict[tuple[str, str], str] = {
    ("event", "none_selected"): QT_TRANSLATE_NOOP("EventsView", "No event selected"),
    ("network", "none_selected"): QT_TRANSLATE_NOOP("EventsView", "No network selected"),
    ("event", "choose"): QT_TRANSLATE_NOOP(
        "EventsView", "Choose an event in the list, or add one with “New event”."
    ),
    ("network", "choose"): QT_TRANSLATE_NOOP(
        "EventsView", "Choose a network in the list, or add one with “New network”."
    ),
    ("event", "none_yet"): QT_TRANSLATE_NOOP("EventsView", "No events yet"),
    ("network", "none_yet"): QT_TRANSLATE_NOOP("EventsView", "No networks yet"),
    ("event", "about"): QT_TRANSLATE_NOOP(
        "EventsView",
        "Events and networks: the association evenings, meetups and groups where "
        "you meet people. Add an event to log its conversations together.",
    ),
    ("network", "about"): QT_TRANSLATE_NOOP(
        "EventsView",
        "Networks are the groups your contacts belong to: associations, founders' "
        "groups, alumni, clubs, online platforms. Add one to see what it costs "
        "and brings.",
    ),
    ("event", "new"): QT_TRANSLATE_NOOP("EventsView", "New event"),
    ("network", "new"): QT_TRANSLATE_NOOP("EventsView", "New network"),
    ("event", "delete_caption"): QT_TRANSLATE_NOOP("EventsView", "Delete event"),
    ("network", "delete_caption"): QT_TRANSLATE_NOOP("EventsView", "Delete network"),
    ("event", "delete_question"): QT_TRANSLATE_NOOP("EventsView", "Delete the event “%1”?"),
    ("network", "delete_question"): QT_TRANSLATE_NOOP("EventsView", "Delete the network “%1”?"),
    ("event", "delete_kept"): QT_TRANSLATE_NOOP(
        "EventsView",
        "Its conversations are kept, without the event. You can undo this with Ctrl+Z.",
    ),
    ("network", "delete_kept"): QT_TRANSLATE_NOOP(
        "EventsView",
        "Its members and events are kept; they just no longer belong to it. "
        "You can undo this with Ctrl+Z.",
    ),
    ("event", "delete_undo"): QT_TRANSLATE_NOOP("EventsView", "Delete event “%1”"),
    ("network", "delete_undo"): QT_TRANSLATE_NOOP("EventsView", "Delete network “%1”"),
}

# How a tab's item is named, deleted and restored, and what a deletion changes.
_ItemFunctions = tuple[
    Callable[[int], str], Callable[[int], Snapshot], Callable[[Snapshot], None], tuple[str, ...]
]
_JOURNAL: dict[str, _ItemFunctions] = {
    "event": (
        lambda event_id: events.load_event(event_id).title,
        events.delete_event,
        events.restore,
        ("event", "conversation"),
    ),
    "network": (
        lambda network_id: networks.load_network(network_id).name,
        networks.delete_network,
        networks.restore,
        ("network", "event", "contact"),
    ),
}


class EventsView(View):
    watches = frozenset({"event", "network", "contact", "conversation", "goal"})
    # built after the tables whose signals already name them
    event_editor: EventEditor
    network_editor: NetworkEditor

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.tabs = build.named(QTabWidget(), "eventsTabs")
        self.events = self._events_tab(ctx)
        self.networks = self._networks_tab(ctx)
        for index, tab in enumerate((self.events, self.networks)):
            tab.ask_discard = lambda: self.ask_discard()
            tab.confirm = lambda title, text: self.confirm(title, text)
            tab.show_tab = functools.partial(self.tabs.setCurrentIndex, index)
        # the names the tests and the window know them by
        self.events_table, self.events_stack = self.events.table, self.events.stack
        self.networks_table, self.networks_stack = self.networks.table, self.networks.stack
        self.tabs.addTab(self.events.stack, self.tr("Events"))
        self.tabs.addTab(self.networks.stack, self.tr("Networks"))
        build.column(self.tabs, margins=6, parent=self)

        self.new_action = self.shortcut(self.tr("New"), self._new_in_tab, "Ctrl+N")
        self.filter_action = self.shortcut(self.tr("Filter"), self._focus_filter, "Ctrl+F")
        self.refresh()

    def _events_tab(self, ctx: AppContext) -> ListAndEditor:
        model = self.events_model = EventsModel(self)
        self.event_filter = FilterEdit(
            "eventFilter",
            self.tr("Filter by title, place, notes… (Ctrl+F)"),
            self.tr("Filter events"),
        )
        self.event_network_filter = build.compact(
            build.named(QComboBox(), "eventNetworkFilter", self.tr("Network")), 10
        )
        self.new_event_button = build.button(
            self.tr("New event"), self.new_event, name="newEventButton"
        )
        self.event_count = QLabel()
        self.event_filter.settled.connect(self.apply_event_filter)
        self.event_network_filter.currentIndexChanged.connect(lambda _i: self.apply_event_filter())
        table = build.named(
            row_table(model, (135, 220, 150, 140, 60, 60, 80)), "eventsTable", self.tr("Events")
        )
        table.activated.connect(lambda _i: self.event_editor.title.setFocus())
        self.event_editor = build.named(EventEditor(ctx.clock), "eventEditor")
        top = build.row(
            (self.event_filter, 2), (self.event_network_filter, 1), self.new_event_button
        )
        list_side = ListAndEditor.list_side(top, table, self.event_count)
        return self._tab("event", table, list_side)

    def _networks_tab(self, ctx: AppContext) -> ListAndEditor:
        model = self.networks_model = NetworksModel(ctx.clock, self)
        table = build.named(
            row_table(model, (200, 115, 70, 60, 95, 95)), "networksTable", self.tr("Networks")
        )
        table.activated.connect(lambda _i: self.network_editor.name.setFocus())
        self.new_network_button = build.button(
            self.tr("New network"), self.new_network, name="newNetworkButton"
        )
        self.network_editor = build.named(NetworkEditor(ctx.clock), "networkEditor")
        self.network_editor.members_changed.connect(self._on_members_changed)
        list_side = ListAndEditor.list_side(
            build.row(build.STRETCH, self.new_network_button), table
        )
        return self._tab("network", table, list_side)

    def _tab(self, kind: str, table: QTableView, list_side: QWidget) -> ListAndEditor:
        """A tab of ``kind`` ("event", "network"): its words from :data:`_TAB_TEXTS`,
        how its items are deleted and restored from :data:`_JOURNAL`."""

        def text(part: str) -> str:
            return self.tr(_TAB_TEXTS[kind, part])

        title, delete, restore, changes = _JOURNAL[kind]
        model, editor, new, sizes = (
            (self.events_model, self.event_editor, self.new_event, (600, 500))
            if kind == "event"
            else (self.networks_model, self.network_editor, self.new_network, (680, 440))
        )
        return ListAndEditor(
            self.ctx,
            kind,
            model,
            table,
            editor,
            list_side=list_side,
            sizes=sizes,
            nothing_chosen=(text("none_selected"), text("choose")),
            nothing_yet=(text("none_yet"), text("about")),
            new=(text("new"), new),
            deleting=Deleting(
                title,
                delete,
                restore,
                changes,
                text("delete_caption"),
                self.tr("Delete"),
                text("delete_question"),
                text("delete_kept"),
                text("delete_undo"),
            ),
            refresh=self.refresh,
        )

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        build.set_choices(
            self.event_network_filter,
            self.tr("All networks"),
            [(choice.id, choice.label) for choice in network_choices()],
        )
        self.events_model.text = self.event_filter.text().strip()
        self.events_model.network_id = self.event_network_filter.currentData()
        self.events.reload(self.event_editor.item_id)
        self.networks.reload(self.network_editor.item_id)
        self.networks_table.resizeColumnsToContents()
        self.networks_table.setColumnWidth(0, min(self.networks_table.columnWidth(0), 220))
        self.events.refresh_editor()
        self.networks.refresh_editor()
        self._update_empty()

    def _update_empty(self) -> None:
        no_events = events.count_events() == 0
        self.events_stack.set_empty(no_events and not self.event_editor.is_dirty())
        self.networks_stack.set_empty(not network_choices() and not self.network_editor.is_dirty())
        total = self.events_model.total()
        self.event_count.setText(self.tr("%n event(s)", "", total))

    def apply_event_filter(self) -> None:
        self.event_filter.settle()
        self.events_model.text = self.event_filter.text().strip()
        self.events_model.network_id = self.event_network_filter.currentData()
        self.events.reload(self.event_editor.item_id)
        self._update_empty()

    def ask_discard(self) -> bool:
        """Asked when unsaved changes cannot be saved (tests replace this)."""
        return ask.discards(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes have problems and were not saved. Discard them?"),
        )

    def confirm(self, title: str, text: str) -> bool:
        """Ask before deleting (tests replace this)."""
        return ask.agrees(self, title, text)

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
        self.event_filter.reach()

    def new_event(self) -> None:
        self.events.new(network_id=self.event_network_filter.currentData())

    def new_network(self) -> None:
        self.networks.new()

    def delete_event(self, event_id: int) -> None:
        self.events.delete(event_id)

    def delete_network(self, network_id: int) -> None:
        self.networks.delete(network_id)

    # --- View interface -----------------------------------------------------------

    def focus_primary(self) -> None:
        (self.events if self.tabs.currentIndex() == 0 else self.networks).focus()

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind == "event":
            return self.events.open(item_id, lambda: self._show_all_events(item_id))
        if kind == "network":
            return self.networks.open(item_id)
        return False

    def _show_all_events(self, event_id: int) -> None:
        """Clear the filters if they hide the event to be shown."""
        if self.events_model.find_row(event_id) >= 0:
            return
        self.event_filter.clear_quietly()
        self.event_network_filter.blockSignals(True)
        self.event_network_filter.setCurrentIndex(0)
        self.event_network_filter.blockSignals(False)
        self.events_model.text, self.events_model.network_id = "", None
        self.events_model.reload()
