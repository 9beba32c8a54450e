"""The help window's text: what Kontaktbuch is, and every keyboard shortcut.

Keys are written as the user's keyboard labels them ("Strg+L" in German, from
Qt's own translations); a key Qt has no good name for ("Ctrl+Enter") is a
translated text. The list names what a newcomer needs first: the views, quick
capture and its keys, new items, search, filter, save and undo.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from kontaktbuch.ui.views import VIEWS


def _key(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do), in the order the help lists them."""
    rows = [(_key(spec.shortcut), spec.translated_title()) for spec in VIEWS]
    rows += [
        (_key("Ctrl+L"), QCoreApplication.translate("help", "Log conversations (quick capture)")),
        (
            _key("Ctrl+N"),
            QCoreApplication.translate("help", "Quick capture: the next conversation"),
        ),
        (
            QCoreApplication.translate("help", "Ctrl+Enter"),
            QCoreApplication.translate("help", "Quick capture: save all conversations"),
        ),
        (
            QCoreApplication.translate("help", "Enter"),
            QCoreApplication.translate(
                "help", "Quick capture: from the event on to the first conversation"
            ),
        ),
        (
            _key("Ctrl+N"),
            QCoreApplication.translate("help", "In a view: a new contact, event, network or goal"),
        ),
        (_key("Ctrl+K"), QCoreApplication.translate("help", "Search everything")),
        (_key("Ctrl+F"), QCoreApplication.translate("help", "Filter the list")),
        (
            _key(QKeySequence.StandardKey.Save),
            QCoreApplication.translate("help", "Save the open item"),
        ),
        (_key("Ctrl+D"), QCoreApplication.translate("help", "Mark a follow-up or reminder done")),
        (_key(QKeySequence.StandardKey.Undo), QCoreApplication.translate("help", "Undo")),
        (_key(QKeySequence.StandardKey.Redo), QCoreApplication.translate("help", "Redo")),
    ]
    return rows


def help_html() -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
        for keys, what in shortcuts()
    )
    intro = QCoreApplication.translate(
        "help",
        "<p>Kontaktbuch keeps your contacts, networks, events, conversations and "
        "goals in one place, on this computer.</p><p>Keyboard shortcuts:</p>",
    )
    return f"{intro}<table>{rows}</table>"
