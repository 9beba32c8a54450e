"""Undoable changes for Edit → Undo (Ctrl+Z): deletions restored from a snapshot,
changes with a way back, and the Edit menu's actions that name them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from kontaktbuch.text.i18n import translate

# what a deletion keeps of the rows it removed (a journal's snapshot)
S = TypeVar("S")


class DeleteCommand(QUndoCommand, Generic[S]):
    """Deletes on redo, puts the same rows back (same ids) on undo."""

    def __init__(
        self,
        text: str,
        delete: Callable[[], S],
        restore: Callable[[S], object],
        notify: Callable[[], None],
        after_undo: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(text)
        self._delete, self._restore, self._notify = delete, restore, notify
        # what the view does once the rows are back (select them)
        self._after_undo = after_undo
        self.snapshot: S | None = None

    def redo(self) -> None:
        self.snapshot = self._delete()
        self._notify()

    def undo(self) -> None:
        if self.snapshot is not None:
            self._restore(self.snapshot)
        self._notify()
        if self._after_undo is not None:
            self._after_undo()


class ChangeCommand(QUndoCommand):
    """A change with a known way back (archiving and restoring from the archive)."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        notify: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._notify = do, undo, notify

    def redo(self) -> None:
        self._do()
        self._notify()

    def undo(self) -> None:
        self._undo()
        self._notify()


class StackAction(QAction):
    """An Edit-menu action for an undo stack: ``plain`` with nothing to do, else
    ``named`` with the command's words for %1 ("Undo: Delete Anna Müller"; in German
    "Rückgängig: Anna Müller löschen", where Qt's own prefix read "Rückgängig Anna
    Müller löschen").

    A QAction of its own, so its slots go with it when the window closes (the
    stack lives on in the context); what the signals say is kept, as asking a
    stack that is being destroyed (it emits while it clears) reaches a deleted
    object.
    """

    def __init__(self, stack: QUndoStack, parent: QObject, *, undo: bool) -> None:
        if undo:
            plain, named = translate("undo", "&Undo"), translate("undo", "&Undo: %1")
        else:
            plain, named = translate("undo", "&Redo"), translate("undo", "&Redo: %1")
        super().__init__(plain, parent)
        self.plain, self.named = plain, named
        self._can = stack.canUndo() if undo else stack.canRedo()
        self._words = stack.undoText() if undo else stack.redoText()
        (stack.canUndoChanged if undo else stack.canRedoChanged).connect(self._can_changed)
        (stack.undoTextChanged if undo else stack.redoTextChanged).connect(self._words_changed)
        self.triggered.connect(stack.undo if undo else stack.redo)
        self._update()

    def _can_changed(self, can: bool) -> None:
        self._can = can
        self._update()

    def _words_changed(self, words: str) -> None:
        self._words = words
        self._update()

    def _update(self) -> None:
        self.setEnabled(self._can)
        named = self.named.replace("%1", self._words)
        self.setText(named if self._can and self._words else self.plain)


def undo_action(stack: QUndoStack, parent: QObject) -> QAction:
    """Edit → Undo, naming what it undoes."""
    return StackAction(stack, parent, undo=True)


def redo_action(stack: QUndoStack, parent: QObject) -> QAction:
    """Edit → Redo, naming what it does again."""
    return StackAction(stack, parent, undo=False)
