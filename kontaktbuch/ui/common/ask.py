"""Asking the user a question with two buttons, and getting the answer as a bool.

Each question says which button agrees (Yes, Discard …) and which refuses (No,
Cancel); Enter presses the refusing one unless the question says otherwise, so
nothing is replaced or thrown away by a key pressed too quickly. The views keep
the words of their questions (in their own translation context) and a method of
their own around each, which tests replace.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def agrees(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes: Button = Button.Yes,
    no: Button = Button.No,
    default: Button | None = None,
) -> bool:
    """True when the user answers ``text`` with ``yes`` (Enter: ``default``, else ``no``)."""
    answer = QMessageBox.question(parent, title, text, yes | no, default or no)
    return answer == yes


def discards(parent: QWidget | None, title: str, text: str) -> bool:
    """True when the user throws away changes that could not be saved (Enter: Cancel,
    which keeps them)."""
    return agrees(parent, title, text, yes=Button.Discard, no=Button.Cancel)
