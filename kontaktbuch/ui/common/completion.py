"""Completion popups that behave the same everywhere: Enter takes a suggestion.

Qt's completer takes the *highlighted* suggestion on Enter and ignores Enter when
nothing is highlighted — even when the list holds only one name, so the user
had to press ↓ first. :func:`enter_takes_suggestion` makes Enter take the
highlighted suggestion, or the only one; with several and none highlighted,
Enter keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter


class _OnlySuggestion(QObject):
    """Event filter on a completer's popup; runs before the completer's own filter."""

    def __init__(self, popup: QAbstractItemView) -> None:
        super().__init__(popup)
        self.popup = popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.popup.isVisible()
            and not self.popup.currentIndex().isValid()
        ):
            model = self.popup.model()
            if model is not None and model.rowCount() == 1:
                self.popup.setCurrentIndex(model.index(0, 0))
        return False


def enter_takes_suggestion(completer: QCompleter) -> None:
    """Make Enter in ``completer``'s popup take the highlighted or the only suggestion."""
    # popup() creates the popup (and the completer's filter on it) when there is none;
    # a filter installed later runs first, so ours picks the row before Qt reads it.
    popup = completer.popup()
    if popup is not None:
        popup.installEventFilter(_OnlySuggestion(popup))
