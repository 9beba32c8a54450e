"""The Contacts view: a filterable, sortable list of everyone, and one contact in detail.

The list is a paged model over SQL (see ``ui/contacts/model.py``); the detail
pane edits every field and shows the contact's timeline. Deleting and archiving
are undoable with Ctrl+Z; merging goes through a preview.

Over 500 lines because it is one class, the view itself: it wires the list,
the filters, the editor and the actions with their undo; each piece it wires
lives in a module of its own (model, editor, fields, merge dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QToolBar, QWidget

from kontaktbuch.ui.common import ask, build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.lazy_combo import LazyComboBox
from kontaktbuch.ui.common.lists import row_table, select_row
from kontaktbuch.ui.common.paged_model import ID_ROLE
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState, View
from kontaktbuch.ui.common.widgets import FilterEdit
from kontaktbuch.ui.contacts.model import ContactsModel

if TYPE_CHECKING:
    from kontaktbuch.journal.contacts import ContactData, ContactFilter
    from kontaktbuch.ui.contacts.editor import ContactEditor
    from kontaktbuch.ui.first_view import FirstView

# The journal's modules (and the store's, peewee) are imported where the view
# first reads or writes: a start that paints the remembered first page
# (ui/first_view.py) shows this view without them.


class ContactsView(View):
    watches = frozenset({"contact", "network", "event", "conversation", "follow_up", "goal"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._switching = False
        # The detail pane shows "No contact selected" at first: the editor (its
        # modules and widgets, 20-30 ms) is built once the window has painted
        # (build_deferred), or when first needed, whichever comes first.
        self._editor: ContactEditor | None = None
        self.model = ContactsModel(ctx.clock, self)

        # --- filter bar
        self.filter_edit = FilterEdit(
            "contactFilter",
            self.tr("Filter by name, organisation, offers, seeks, tags… (Ctrl+F)"),
            self.tr("Filter contacts"),
        )
        # Filled when first opened or focused: most visits never use them.
        self.network_filter = build.named(
            build.compact(LazyComboBox(self._fill_network_choices), 10),
            "networkFilter",
            self.tr("Network"),
        )
        self.network_filter.addItem(self.tr("All networks"), None)
        self.tag_filter = build.named(
            build.compact(LazyComboBox(self._fill_tag_choices), 10), "tagFilter", self.tr("Tag")
        )
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.overdue_filter = build.named(
            QCheckBox(self.tr("Overdue for contact")), "overdueFilter"
        )
        self.archived_filter = build.named(QCheckBox(self.tr("Show archived")), "archivedFilter")
        self.count_label = build.named(QLabel(), "contactCount")
        self.filter_edit.settled.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.network_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_filter.toggled.connect(lambda _b: self.apply_filter())
        self.archived_filter.toggled.connect(lambda _b: self.apply_filter())

        # three short rows rather than one long one: the list stays usable in a
        # narrow window (a small laptop screen) beside the contact's details
        filters = build.column(
            self.filter_edit,
            build.row((self.network_filter, 1), (self.tag_filter, 1)),
            build.row(self.overdue_filter, self.archived_filter, build.STRETCH),
        )

        # --- list (refresh() below loads its first page once)
        self.table = build.named(
            row_table(self.model, (170, 150, 130, 150, 95, 95), many=True, sorted_by=0),
            "contactsTable",
            self.tr("Contacts"),
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.table.activated.connect(lambda _index: self.editor.focus_first_field())

        self.placeholder = EmptyState(
            self.tr("No contact selected"),
            self.tr("Choose a contact in the list, or create a new one with Ctrl+N."),
        )
        self.detail = ContentOrEmpty(QWidget(), self.placeholder)

        # --- actions
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._action(self.tr("&New contact"), self.new_contact, "Ctrl+N")
        self.new_action.setObjectName("newContactAction")
        self.delete_action = self._action(
            self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete, self.table
        )
        self.delete_action.setObjectName("deleteContactAction")
        self.archive_action = self._action(self.tr("&Archive"), self.archive_selected)
        self.merge_action = self._action(self.tr("&Merge…"), self.merge_selected)
        self.merge_action.setToolTip(self.tr("Merge the two selected contacts into one"))
        self.duplicates_action = self._action(
            self.tr("Possible &duplicates…"), self.show_duplicates
        )
        self.export_action = self._action(
            self.tr("&Export selected as vCard…"), self.export_selected
        )
        self.export_action.setObjectName("exportSelectedAction")
        self.filter_action = self._action(self.tr("Filter"), self.focus_filter, "Ctrl+F")
        # Right-click on the list: what the toolbar offers for the selection.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.delete_action,
            self.archive_action,
            self.merge_action,
            self.export_action,
        ):
            self.table.addAction(action)
        for action in (
            self.new_action,
            self.delete_action,
            self.archive_action,
            self.merge_action,
            self.duplicates_action,
            self.export_action,
        ):
            self.toolbar.addAction(action)
        self.splitter = build.side_by_side(
            build.panel(filters, (self.table, 1)), self.detail, sizes=(560, 540), stretch=(1, 1)
        )
        bar = build.row((self.toolbar, 1), self.count_label)
        content = build.panel(bar, (self.splitter, 1), margins=6)
        empty = EmptyState(
            self.tr("No contacts yet"),
            self.tr(
                "Your contacts appear here: the people you meet at events, in your "
                "networks and online. Log a conversation or import your contacts to "
                "start."
            ),
        )
        self.empty_new_button = empty.add_button(self.tr("New contact"), self.new_contact)
        self.stack = ContentOrEmpty(content, empty)
        build.column(self.stack, margins=0, parent=self)
        build.tab_order(
            (
                self.filter_edit,
                self.network_filter,
                self.tag_filter,
                self.overdue_filter,
                self.archived_filter,
                self.table,
            )
        )
        if ctx.first_view is None:
            self.refresh()
        else:
            self.show_remembered(ctx.first_view)

    @property
    def editor(self) -> ContactEditor:
        """The contact's details, built at the first use."""
        if self._editor is None:
            from kontaktbuch.ui.contacts.editor import ContactEditor

            editor = build.named(ContactEditor(self.ctx.clock), "contactEditor")
            editor.saved.connect(self._on_saved)
            editor.relationships.notify = lambda: self.ctx.events.notify("relationship")
            editor.open_item.connect(
                lambda kind, item_id: self.ctx.events.open_item.emit(kind, item_id)
            )
            self.detail.set_content(editor)
            QWidget.setTabOrder(self.table, editor.tabs)
            self._editor = editor
        return self._editor

    def show_remembered(self, first: FirstView) -> None:
        """The first page as the window last closed on it, painted while the journal
        is opened; :meth:`refresh` reads the list from the journal afterwards."""
        self.model.show_rows(first.rows)  # no filter, by name; reloaded once the journal opens
        self._show_count(first.shown, first.everyone)
        self._update_actions()
        self.stack.set_empty(first.everyone == 0)
        self.detail.set_empty(True)

    def build_deferred(self) -> None:
        self.editor  # noqa: B018 - built now, so that the first contact opens at once

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        owner: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            if owner is None:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                owner.addAction(action)
            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({native})")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- loading ------------------------------------------------------------------

    def _fill_filter_choices(self) -> None:
        """Choices change with the data: read again now if in use, else at next use."""
        for combo in (self.network_filter, self.tag_filter):
            combo.stale()
            if combo.hasFocus():
                combo.ensure_loaded()

    def _fill_network_choices(self) -> None:
        from kontaktbuch.journal.choices import network_choices

        build.set_choices(
            self.network_filter,
            self.tr("All networks"),
            [(c.id, c.label) for c in network_choices()],
        )

    def _fill_tag_choices(self) -> None:
        from kontaktbuch.journal import contacts

        build.set_choices(
            self.tag_filter, self.tr("All tags"), [(t, t) for t in contacts.all_tags()]
        )

    def current_filter(self) -> ContactFilter:
        from kontaktbuch.journal.contacts import ContactFilter

        return ContactFilter(
            text=self.filter_edit.text().strip(),
            network_id=self.network_filter.currentData(),
            tag=self.tag_filter.currentData() or "",
            overdue=self.overdue_filter.isChecked(),
            include_archived=self.archived_filter.isChecked(),
        )

    def refresh(self) -> None:
        """Reload the list (keeping the place) and the contact in the editor."""
        self._fill_filter_choices()
        keep_id = self._editing_id()
        self.model.filter = self.current_filter()
        # Load again only as far as the contact being shown, not every page scrolled past.
        row = self.model.row_of_id(keep_id) if keep_id is not None else -1
        self._reload_and_select(keep_id, keep_rows=row + 1)
        editing = self._editing_id()
        if editing is not None and not self.editor.is_dirty() and not self.editor.load(editing):
            self.detail.set_empty(True)
            self.editor.item_id = None
        self._update_empty()

    def apply_filter(self) -> None:
        self.filter_edit.settle()
        flt = self.current_filter()
        if flt == self.model.filter:
            return
        keep_id = self._editing_id()
        self.model.filter = flt
        self._reload_and_select(keep_id)

    def _reload_and_select(self, contact_id: int | None, keep_rows: int = 0) -> None:
        self.model.reload(keep_rows)
        self._select_loaded(contact_id)

    def _select_loaded(self, contact_id: int | None) -> None:
        self._switching = True
        try:
            # find_row jumps to the contact (one query) if it lies beyond the loaded pages.
            row = self.model.find_row(contact_id) if contact_id is not None else -1
            if row >= 0:
                select_row(self.table, self.model.index(row, 0))
        finally:
            self._switching = False
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        """How many the list shows, and of how many when it hides some (the archived
        ones, a filter): the status bar counts everyone."""
        from kontaktbuch.journal import contacts

        self._show_count(self.model.total(), contacts.total_contacts())

    def _show_count(self, shown: int, everyone: int) -> None:
        if shown == everyone:
            self.count_label.setText(self.tr("%n contact(s)", "", shown))
        else:
            text = self.tr("%1 of %n contact(s)", "", everyone).replace("%1", str(shown))
            self.count_label.setText(text)

    def _editing_id(self) -> int | None:
        """The contact in the editor; None also while the editor is not built."""
        return None if self._editor is None else self._editor.item_id

    def _editor_idle(self) -> bool:
        """Nothing in the editor: no contact shown, no unsaved new one."""
        return self._editor is None or (
            self._editor.item_id is None and not self._editor.is_dirty()
        )

    def _update_empty(self) -> None:
        from kontaktbuch.journal import contacts
        from kontaktbuch.journal.contacts import ContactFilter

        idle = self._editor_idle()
        nothing = (
            contacts.count_contacts(ContactFilter(include_archived=True), self.ctx.clock()) == 0
            and idle
        )
        self.stack.set_empty(nothing)
        if idle:
            self.detail.set_empty(True)

    def export_selected(self) -> None:
        """vCards of the selected contacts, through the window's export (file dialog,
        progress, messages) so it behaves like File → Export."""
        ids = self.selected_ids()
        exporter = getattr(self.window(), "exchange_actions", None)
        if ids and exporter is not None:
            exporter.export_vcard("4.0", ids)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [int(self.model.index(r, 0).data(ID_ROLE)) for r in rows]

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        self.delete_action.setEnabled(bool(ids))
        self.archive_action.setEnabled(bool(ids))
        self.merge_action.setEnabled(len(ids) == 2)
        self.export_action.setEnabled(bool(ids))

    # --- switching between contacts -----------------------------------------------

    def ask_discard(self) -> bool:
        """Asked when unsaved changes cannot be saved (tests replace this)."""
        return ask.discards(
            self,
            self.tr("Unsaved changes"),
            self.tr("The contact has problems and was not saved. Discard your changes?"),
        )

    def commit_editor(self, then: Callable[[], object] | None = None) -> bool:
        """Save pending edits before leaving the contact; False if the user stays.

        ``then`` runs after a successful save but before the other views are
        told, so the list keeps the place the user is moving to.
        """
        if self._editor is None or not self._editor.is_dirty():
            if then is not None:
                then()
            return True
        if self.editor.save(notify=False):
            if then is not None:
                then()
            self.ctx.events.notify("contact")
            return True
        if self.ask_discard():
            if then is not None:
                then()
            return True
        return False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from kontaktbuch.ui.common.list_editor import chosen_item

        target = chosen_item(current, self.editor, self._switching)
        if target is None:
            return
        previous_id = self.editor.item_id

        def show_target() -> None:
            self.editor.load(target)
            self.detail.set_empty(False)

        if not self.commit_editor(show_target):
            QTimer.singleShot(
                0, lambda: self._reload_and_select(previous_id, self.model.rowCount())
            )

    def _on_saved(self, contact_id: int) -> None:
        # Every view hears of it; this one reloads the list and selects the contact.
        self.ctx.events.notify("contact")
        if not self.isVisible():
            self.refresh()

    # --- actions ------------------------------------------------------------------

    def new_contact(self) -> None:
        if not self.commit_editor():
            return
        self.stack.set_empty(False)
        self.table.clearSelection()
        self.detail.set_empty(False)
        self.editor.start_new()

    def focus_filter(self) -> None:
        self.filter_edit.reach()

    def confirm_delete(self, ids: list[int]) -> bool:
        """Ask before deleting (tests replace this)."""
        from kontaktbuch.ui.contacts import changes

        return changes.confirm_delete(self, ids)

    def notify_contacts(self) -> None:
        self.ctx.events.notify("contact", "conversation", "follow_up")

    def delete_selected(self) -> None:
        from kontaktbuch.ui.contacts import changes

        changes.delete_selected(self)

    def archive_selected(self) -> None:
        from kontaktbuch.ui.contacts import changes

        changes.archive_selected(self)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return
        if not self.commit_editor():
            return
        from kontaktbuch.ui.contacts.merge_dialog import MergeDialog  # not needed at start

        dialog = MergeDialog(ids[0], ids[1], self, self.run_merge)
        if self.exec_dialog(dialog) and dialog.merged_id is not None:
            self.ctx.events.notify("contact", "conversation", "follow_up")
            self.open_item("contact", dialog.merged_id)

    def show_duplicates(self) -> None:
        if not self.commit_editor():
            return
        from kontaktbuch.ui.contacts.merge_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self, self.run_merge)
        self.exec_dialog(dialog)
        if dialog.merged_any:
            self.ctx.events.notify("contact", "conversation", "follow_up")
            self.refresh()

    def run_merge(self, keep: int, other: int, combined: ContactData) -> None:
        """Merge as one undoable step (Ctrl+Z brings both contacts back)."""
        from kontaktbuch.ui.contacts import changes

        changes.run_merge(self, keep, other, combined)

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- View interface -----------------------------------------------------------

    def focus_primary(self) -> None:
        if self.stack.currentWidget() is self.stack.empty:
            self.empty_new_button.setFocus()
        else:
            self.table.setFocus()

    def open_item(self, kind: str, item_id: int) -> bool:
        from kontaktbuch.journal import contacts

        if kind != "contact" or not contacts.contact_exists(item_id):
            return False
        if not self.commit_editor():
            return True
        self.stack.set_empty(False)
        row = self.model.find_row(item_id)
        if row < 0:
            # Not in the filtered list: show everyone, so the contact can be seen.
            for widget in (self.network_filter, self.tag_filter):
                widget.blockSignals(True)
                widget.setCurrentIndex(0)
                widget.blockSignals(False)
            for box in (self.overdue_filter, self.archived_filter):
                box.blockSignals(True)
            self.overdue_filter.setChecked(False)
            self.archived_filter.setChecked(True)
            for box in (self.overdue_filter, self.archived_filter):
                box.blockSignals(False)
            self.filter_edit.clear_quietly()
            self.model.filter = self.current_filter()
            self.model.reload()
            row = self.model.find_row(item_id)
        self.editor.load(item_id)
        self.detail.set_empty(False)
        self._select_loaded(item_id)
        return True
