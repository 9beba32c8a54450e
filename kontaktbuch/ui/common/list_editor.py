"""A list of items beside the form of one of them: the events tab, the networks tab.

Both tabs behave alike, so one class holds the behaviour: choosing a row saves
the form first (or asks to discard changes that cannot be saved) and then shows
the chosen item; "New" and Delete work on the tab's own list; a view that
knows nothing yet shows its empty state instead. Deleting asks first and can be
undone. The view gives each tab its words (in its own translation context)
and what its kind of item needs from the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLayout, QTableView, QWidget

from kontaktbuch.journal.snapshots import Snapshot
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.detail_editor import DetailEditor
from kontaktbuch.ui.common.lists import select_row
from kontaktbuch.ui.common.paged_model import ID_ROLE, PagedTableModel
from kontaktbuch.ui.common.undo import DeleteCommand
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState


@dataclass(frozen=True)
class Deleting:
    """How the items of a tab are deleted, and what the user is told and asked."""

    # the item's title, for the question and the undo entry
    title: Callable[[int], str]
    delete: Callable[[int], Snapshot]
    restore: Callable[[Snapshot], None]
    # the kinds of data a deletion changes (``ctx.events.notify``)
    changes: tuple[str, ...]
    # the title of the question
    caption: str
    # the name of the list's Delete action
    action: str
    # the question, %1 the title: "Delete the event “%1”?"
    question: str
    # what the deletion keeps, said below the question
    kept: str
    # the Edit menu's entry, %1 the title: "Delete event “%1”"
    undo_text: str


def chosen_item(current: QModelIndex, editor: DetailEditor, switching: bool) -> int | None:
    """The item the user chose by making ``current`` the current row; None when there
    is nothing to show (the view selects the row itself, no row, the item is shown)."""
    if switching or not current.isValid():
        return None
    target = int(current.data(ID_ROLE))
    return None if target == editor.item_id else target


class ListAndEditor:
    """One tab: a paged list beside its editor, or the empty state."""

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        model: PagedTableModel[Any],
        table: QTableView,
        editor: DetailEditor,
        *,
        list_side: QWidget,
        sizes: tuple[int, int],
        nothing_chosen: tuple[str, str],
        nothing_yet: tuple[str, str],
        new: tuple[str, Callable[[], object]],
        deleting: Deleting,
        refresh: Callable[[], None],
    ) -> None:
        """``nothing_chosen`` and ``nothing_yet`` are the title and text of the empty
        pane beside the list and of the empty tab; ``new`` the empty tab's button."""
        self.ctx, self.kind, self.deleting = ctx, kind, deleting
        # the view's: reload everything it shows
        self.refresh = refresh
        self.model, self.table, self.editor = model, table, editor
        self._switching = False
        # answers the question before a change is thrown away (the view's, tests replace it)
        self.ask_discard: Callable[[], bool] = lambda: False
        # asks before deleting (the view's, tests replace it)
        self.confirm: Callable[[str, str], bool] = lambda _title, _text: False
        # the view's: make this tab the one shown
        self.show_tab: Callable[[], None] = lambda: None
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        editor.saved.connect(self._on_saved)
        editor.delete_requested.connect(self.delete)
        editor.open_item.connect(ctx.events.open_item.emit)
        self.detail = ContentOrEmpty(editor, EmptyState(*nothing_chosen))
        split = build.side_by_side(list_side, self.detail, sizes=sizes)
        empty = EmptyState(*nothing_yet)
        self.new_button = empty.add_button(*new)
        self.stack = ContentOrEmpty(split, empty)
        self.delete_action = QAction(deleting.action, table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_current)
        table.addAction(self.delete_action)

    @staticmethod
    def list_side(top: QLayout, table: QTableView, *below: QWidget) -> QWidget:
        """The list with its bar (filters, "New") above it."""
        return build.panel(top, (table, 1), *below)

    # --- loading ------------------------------------------------------------------

    def reload(self, item_id: int | None) -> None:
        """Load the list again (as far as it was loaded) and select ``item_id``."""
        self._switching = True
        try:
            self.model.reload(self.model.rowCount())
            row = self.model.find_row(item_id) if item_id is not None else -1
            if row >= 0:
                select_row(self.table, self.model.index(row, 0))
        finally:
            self._switching = False

    def refresh_editor(self) -> None:
        """The item in the form again from the journal, unless it is being edited; the
        empty pane if it is gone."""
        if self.editor.is_dirty():
            return
        if self.editor.item_id is None or not self.editor.load(self.editor.item_id):
            self.editor.item_id = None
            self.detail.set_empty(True)

    def commit(self) -> bool:
        """Save the form before leaving the item; False if the user stays."""
        return not self.editor.is_dirty() or self.editor.save() or self.ask_discard()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = chosen_item(current, self.editor, self._switching)
        if target is None:
            return
        if not self.commit():
            previous = self.editor.item_id
            QTimer.singleShot(0, lambda: self.reload(previous))
            return
        self.editor.load(target)
        self.detail.set_empty(False)

    def _on_saved(self, item_id: int) -> None:
        self.ctx.events.notify(self.kind)
        self.refresh()
        self.reload(item_id)

    # --- actions ------------------------------------------------------------------

    def new(self, **initial: Any) -> None:
        """An empty form for a new item (``initial`` goes to the editor's ``start_new``)."""
        if not self.commit():
            return
        self.show_tab()
        self.stack.set_empty(False)
        self.table.clearSelection()
        self.detail.set_empty(False)
        self.editor.start_new(**initial)  # type: ignore[attr-defined]

    def open(self, item_id: int, prepare: Callable[[], None] | None = None) -> bool:
        """Show the item (a link from elsewhere); False if it no longer exists.
        ``prepare`` runs once the tab is shown, before the item is loaded."""
        if not self.commit():
            return True
        self.show_tab()
        if prepare is not None:
            prepare()
        if not self.editor.load(item_id):
            return False
        self.stack.set_empty(False)
        self.detail.set_empty(False)
        self.reload(item_id)
        return True

    def _delete_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.delete(int(index.data(ID_ROLE)))

    def delete(self, item_id: int) -> None:
        """Ask, then delete the item as one undoable step."""
        how = self.deleting
        title = how.title(item_id)
        question = how.question.replace("%1", title) + "\n\n" + how.kept
        if not self.confirm(how.caption, question):
            return
        self.editor.item_id = None
        self.editor._set_dirty(False)
        self.detail.set_empty(True)
        self.ctx.undo_stack.push(
            DeleteCommand(
                how.undo_text.replace("%1", title),
                lambda: how.delete(item_id),
                how.restore,
                lambda: self.ctx.events.notify(*how.changes),
            )
        )
        self.refresh()

    def focus(self) -> None:
        """The list gets the keyboard, or the empty tab's "New" button."""
        empty = self.stack.currentWidget() is self.stack.empty
        (self.new_button if empty else self.table).setFocus()
