"""Deleting, archiving and merging contacts from the Contacts view, each one undoable.

Kept apart from the view (which wires the list, the filters and the editor):
here is what each change asks, which words name it in Edit → Undo, and what
the list shows afterwards — after an undo, the contacts that came back are
selected and open again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from kontaktbuch.journal import contacts
from kontaktbuch.journal.contacts import ContactData
from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common.undo import ChangeCommand, DeleteCommand

if TYPE_CHECKING:
    from kontaktbuch.ui.contacts.view import ContactsView


def confirm_delete(view: ContactsView, ids: list[int]) -> bool:
    """Ask before deleting: the person's name for one, the number for several."""
    names = contacts.names_of(ids)
    alone = len(contacts.sole_conversations(ids))
    if len(ids) == 1:
        question = translate("ContactsView", "Delete %1?").replace("%1", names.get(ids[0], "?"))
    else:
        question = translate("ContactsView", "Delete %n contact(s)?", None, len(ids))
    details = translate("ContactsView", "Conversations with other people are kept.")
    if alone:
        details = (
            translate(
                "ContactsView",
                "%n conversation(s) with nobody else will be deleted too.",
                None,
                alone,
            )
            + " "
            + details
        )
    details += " " + translate("ContactsView", "You can undo this with Ctrl+Z.")
    answer = QMessageBox.question(
        view,
        translate("ContactsView", "Delete contact(s)", None, len(ids)),
        f"{question}\n\n{details}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _show_again(view: ContactsView, ids: list[int]) -> None:
    """After an undo: the contacts that came back are in the list, the first one open."""
    present = [i for i in ids if contacts.contact_exists(i)]
    if present:
        view.refresh()
        view.open_item("contact", present[0])


def delete_selected(view: ContactsView) -> None:
    ids = view.selected_ids()
    if not ids or not view.confirm_delete(ids):
        return
    names = contacts.names_of(ids)
    text = (
        translate("ContactsView", "Delete %1").replace("%1", names.get(ids[0], "?"))
        if len(ids) == 1
        else translate("ContactsView", "Delete %n contact(s)", None, len(ids))
    )
    row = min(i.row() for i in view.table.selectionModel().selectedRows())
    if view.editor.contact_id in ids:
        view.editor.contact_id = None
        view.editor._set_dirty(False)
        view.detail.set_empty(True)
    view.ctx.undo_stack.push(
        DeleteCommand(
            text,
            lambda: contacts.delete_contacts(ids),
            contacts.restore,
            view.notify_contacts,
            after_undo=lambda: _show_again(view, ids),
        )
    )
    view.refresh()
    if view.model.rowCount():
        view.table.selectRow(min(row, view.model.rowCount() - 1))


def archive_selected(view: ContactsView) -> None:
    ids = view.selected_ids()
    if not ids:
        return
    rows = [view.model.row_at(view.model.row_of_id(i)) for i in ids]
    archive = not all(r is not None and r.archived for r in rows)
    before = {r.id: r.archived for r in rows if r is not None}
    if archive:
        text = translate("ContactsView", "Archive %n contact(s)", None, len(ids))
    else:
        text = translate("ContactsView", "Restore %n contact(s) from the archive", None, len(ids))

    def undo() -> None:
        for value in (True, False):
            contacts.set_archived([i for i, was in before.items() if was == value], value)

    view.ctx.undo_stack.push(
        ChangeCommand(text, lambda: contacts.set_archived(ids, archive), undo, view.notify_contacts)
    )
    view.refresh()


def run_merge(view: ContactsView, keep: int, other: int, combined: ContactData) -> None:
    """Merge as one undoable step (Ctrl+Z brings both contacts back)."""
    from kontaktbuch.journal import merge

    names = contacts.names_of([keep, other])
    text = (
        translate("ContactsView", "Merge %1 and %2")
        .replace("%1", names.get(keep, "?"))
        .replace("%2", names.get(other, "?"))
    )
    view.ctx.undo_stack.push(
        DeleteCommand(
            text,
            lambda: merge.merge_contacts(keep, other, combined),
            merge.undo_merge,
            view.notify_contacts,
            after_undo=lambda: _show_again(view, [keep, other]),
        )
    )
