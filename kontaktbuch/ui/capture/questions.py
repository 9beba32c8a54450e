"""The questions quick capture asks: a similar contact, unsaved conversations, a draft.

Each is a message box of its own, kept apart from the dialog's flow; the dialog
calls them through methods of its own, so tests can answer in their place. The
texts keep the dialog's translation context.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kontaktbuch.journal import conversations as cv
from kontaktbuch.text.i18n import translate


class CaptureCancelled(Exception):
    """The user cancelled a question while saving; nothing was written."""


def choose_similar(parent: QWidget, name: str, similar: list[cv.Choice]) -> int | None:
    """Whether a typed new name means an existing contact: its id, or None for a new
    contact; raises :class:`CaptureCancelled` to go back to the form."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CaptureDialog", "New contact?"))
    box.setText(
        translate(
            "CaptureDialog", "“%1” is not in your contacts yet. Did you mean someone you know?"
        ).replace("%1", name)
    )
    buttons = []
    for choice in similar[:3]:
        label = choice.label if not choice.detail else f"{choice.label} ({choice.detail})"
        buttons.append((box.addButton(label, QMessageBox.ButtonRole.AcceptRole), choice.id))
    create_text = translate("CaptureDialog", "Create “%1”").replace("%1", name)
    create = box.addButton(create_text, QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(create)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel or clicked is None:
        raise CaptureCancelled
    for button, contact_id in buttons:
        if clicked is button:
            return contact_id
    return None


def ask_unsaved(parent: QWidget) -> str:
    """ "save", "discard" or "cancel": what to do with conversations typed but not saved."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("CaptureDialog", "Unsaved conversations"),
        translate("CaptureDialog", "Save the conversations you typed?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_restore_draft(parent: QWidget, count: int) -> bool:
    """Whether to restore the ``count`` conversations a last capture left unsaved."""
    answer = QMessageBox.question(
        parent,
        translate("CaptureDialog", "Unsaved conversations"),
        translate(
            "CaptureDialog",
            "%n conversation(s) from your last capture were not saved. Restore them?",
            "",
            count,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes
