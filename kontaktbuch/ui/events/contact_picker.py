"""Picking a contact by typing a name: attendees of an event, members of a network."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QWidget,
)

from kontaktbuch.journal import contacts

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def compact(combo: QComboBox, chars: int = 14) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


class ContactPicker(QLineEdit):
    """Type a name, pick from the completion, press Enter: ``picked`` carries the id."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: dict[str, int] = {}
        self._stale = True
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # PySide6 picks a signal's overload by argument type; the stubs cannot index it.
        completer.activated[str].connect(self._pick)  # type: ignore[index]
        self.setCompleter(completer)
        self.returnPressed.connect(lambda: self._pick(self.text()))

    def mark_stale(self) -> None:
        """Names are (re)read when the field is next used, not on every page shown."""
        self._stale = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._stale:
            self.reload()
        super().focusInEvent(event)

    def reload(self) -> None:
        self._stale = False
        choices = contacts.contact_choices()
        counts: dict[str, int] = {}
        for choice in choices:
            counts[choice.label] = counts.get(choice.label, 0) + 1
        self._ids = {}
        for choice in choices:
            shown = choice.label if counts[choice.label] == 1 else f"{choice.label} (#{choice.id})"
            self._ids[shown] = choice.id
        self._model.setStringList(list(self._ids))

    def _pick(self, text: str) -> None:
        if self._stale:
            self.reload()
        cid = self._ids.get(text.strip())
        if cid is None:
            matches = [c for n, c in self._ids.items() if n.casefold() == text.strip().casefold()]
            cid = matches[0] if len(matches) == 1 else None
        if cid is not None:
            self.picked.emit(cid)
            self.clear()
