"""Undoable changes for Edit → Undo (Ctrl+Z): deletions restored from a snapshot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kontaktbuch.journal.snapshots import Snapshot


class DeleteCommand(QUndoCommand):
    """Deletes on redo, puts the same rows back (same ids) on undo."""

    def __init__(
        self,
        text: str,
        delete: Callable[[], Snapshot],
        restore: Callable[[Snapshot], None],
        notify: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._delete, self._restore, self._notify = delete, restore, notify
        self.snapshot: Snapshot | None = None

    def redo(self) -> None:
        self.snapshot = self._delete()
        self._notify()

    def undo(self) -> None:
        if self.snapshot is not None:
            self._restore(self.snapshot)
        self._notify()


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
