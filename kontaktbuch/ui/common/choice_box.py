"""A list of fixed choices that is chosen by typing: "Strat" + Enter is "Strategy learned".

A plain combo box opens its list on a space, and every key after it is lost in
the list ("Strategie gelernt" could not be typed). Here the box is editable:
what is typed stays text (a space is a space), a popup offers the choices whose
label contains it, Enter takes the highlighted or only suggestion, and leaving
the box settles on the choice the text means — a label starting with it, else
the one label containing it — or goes back to the last choice. The box always
holds one of its choices, never free text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from kontaktbuch.journal.names import fold_name_for_matching
from kontaktbuch.ui.common.completion import enter_takes_suggestion


class ChoiceBox(QComboBox):
    """A combo box of fixed choices, chosen by typing part of a label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        enter_takes_suggestion(completer)
        line = self.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.editingFinished.connect(self.settle)

    def index_for(self, text: str) -> int:
        """The choice ``text`` means: the label itself, the one or first label starting
        with it, else the only label containing it; -1 for none."""
        key = fold_name_for_matching(text.strip())
        if not key:
            return -1
        labels = [fold_name_for_matching(self.itemText(i)) for i in range(self.count())]
        for matches in (
            [i for i, label in enumerate(labels) if label == key],
            [i for i, label in enumerate(labels) if label.startswith(key)],
        ):
            if matches:
                return matches[0]
        inside = [i for i, label in enumerate(labels) if key in label]
        return inside[0] if len(inside) == 1 else -1

    def settle(self) -> None:
        """Choose what the typed text means, or show the current choice again."""
        index = self.index_for(self.currentText())
        if index < 0:
            index = max(0, self.currentIndex())
        if index != self.currentIndex():
            self.setCurrentIndex(index)
        if self.currentText() != self.itemText(index):
            self.setEditText(self.itemText(index))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is None or not popup.isVisible():
            self.settle()
        super().focusOutEvent(event)
