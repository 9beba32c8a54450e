"""The widgets of the conversation form that Qt has no ready one for: names with
their completion, and the list of outcomes or follow-ups added so far."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QListWidget, QWidget

from kontaktbuch.journal import conversations as cv
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.completion import enter_takes_suggestion

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_NAME = Qt.ItemDataRole.UserRole + 2
# an entry's data: an outcome's [kind, text], a follow-up's dict
ROLE_DATA = Qt.ItemDataRole.UserRole + 3


class ContactsEdit(QLineEdit):
    """Names separated by commas, each completed over names, organisations and e-mails.

    The completion asks the journal at each keystroke for the few contacts the
    typed name may mean (:func:`journal.conversations.complete_contacts`), so
    opening a form loads no contacts at all — with 10,000 of them, loading them
    into a model made quick capture take 0.15–0.3 s to open. The model holds
    only those matches, so the completer shows them all (its own prefix stays
    empty). A name picked from the completion is remembered with its contact
    id, so two contacts with the same name stay apart.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        source: Callable[[str], list[cv.Choice]] = cv.complete_contacts,
    ) -> None:
        super().__init__(parent)
        self.picked: dict[str, int] = {}
        # the contacts a typed text may mean (tests may pass their own)
        self.source = source
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self)
        self.completer_.setModel(self._model)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setMaxVisibleItems(8)
        self.completer_.setWidget(self)
        # PySide6 picks a signal's overload by argument type; the stubs cannot index it.
        self.completer_.activated[QModelIndex].connect(self._insert)  # type: ignore[index]
        enter_takes_suggestion(self.completer_)
        self.textEdited.connect(self._update_completion)

    @staticmethod
    def _text(choice: cv.Choice) -> str:
        return choice.label if not choice.detail else f"{choice.label} – {choice.detail}"

    def _fill(self, choices: list[cv.Choice]) -> None:
        self._model.clear()
        for choice in choices:
            item = QStandardItem(self._text(choice))
            item.setData(choice.id, ROLE_ID)
            item.setData(choice.label, ROLE_NAME)
            item.setEditable(False)
            self._model.appendRow(item)

    def _segment(self) -> str:
        return self.text().rsplit(",", 1)[-1].strip()

    def _update_completion(self, _text: str) -> None:
        segment = self._segment()
        if len(segment) < 2:
            self._popup().hide()
            return
        self._fill(self.source(segment))
        self.completer_.setCompletionPrefix("")
        if self.completer_.completionCount() > 0:
            self.completer_.complete()
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        # popup() makes the popup when there is none yet: never None, whatever the stubs say.
        return self.completer_.popup()  # type: ignore[return-value]

    def _insert(self, index: QModelIndex) -> None:
        name = str(index.data(ROLE_NAME) or "")
        contact_id = index.data(ROLE_ID)
        if not name:
            return
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        parts = [p.strip() for p in head.split(",") if p.strip()] if head else []
        parts.append(name)
        if contact_id is not None:
            self.picked[name] = int(contact_id)
        self.setText(", ".join(parts))

    def names(self) -> list[str]:
        return [p.strip() for p in self.text().split(",") if p.strip()]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self._insert(index)
                return
        super().keyPressEvent(event)


class EntryList(QListWidget):
    """Outcomes or follow-ups added so far, a line each with its data; Delete removes
    the selected one. Reached by a click (Tab goes on to the next field)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def add(self, text: str, data: object) -> None:
        build.add_item(self, text, data, role=ROLE_DATA)

    def entries(self) -> list[Any]:
        """The data of the lines, top to bottom."""
        return [self.item(i).data(ROLE_DATA) for i in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.takeItem(self.currentRow())
            self.changed.emit()
            return
        super().keyPressEvent(event)
