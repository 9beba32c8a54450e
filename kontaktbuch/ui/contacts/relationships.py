"""The "Relationships" tab of a contact's page: who introduced them, whom they work
with, know, are family of — shown from both sides, added and removed at once
(a relationship is its own small record, not a field of the contact's form).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from kontaktbuch.journal import relationships
from kontaktbuch.journal.vocabulary import RELATIONSHIP_KINDS
from kontaktbuch.text.introductions import relationship_label
from kontaktbuch.ui.common import build
from kontaktbuch.ui.events.contact_picker import ContactPicker

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OTHER_ROLE = Qt.ItemDataRole.UserRole + 2


class RelationshipsPanel(QWidget):
    """Lists a contact's relationships; adds and removes them right away."""

    # a relationship was added or removed (the tab's title and other views change)
    changed = Signal()
    # the user wants to see the related contact
    open_contact = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        # called after a change, to tell the other views (set by the contacts view)
        self.notify: Callable[[], None] | None = None
        self.list = build.named(QListWidget(), "relationshipList", self.tr("Relationships"))
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.kind = build.named(QComboBox(), "relationshipKind", self.tr("Kind of relationship"))
        for kind in RELATIONSHIP_KINDS:
            self.kind.addItem(relationship_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._update_buttons)
        self.label = build.line_edit("relationshipLabel", self.tr("Label, e.g. mentor"))
        self.picker = build.line_edit(
            "relationshipContact", self.tr("Name of the other contact…"), edit=ContactPicker()
        )
        self.picker.picked.connect(self._add)
        self.remove_button = build.button(self.tr("Remove"), self._remove)
        self.message = build.paragraph()
        build.column(
            (self.list, 1),
            build.row(self.kind, self.label, (self.picker, 1)),
            build.row((self.message, 1), self.remove_button),
            parent=self,
        )
        self._update_buttons()

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.message.clear()
        self.picker.mark_stale()
        self.reload()

    def count(self) -> int:
        return sum(1 for i in range(self.list.count()) if self.list.item(i).data(ROW_ROLE))

    def reload(self) -> None:
        self.list.clear()
        enabled = self.contact_id is not None
        for widget in (self.kind, self.label, self.picker):
            widget.setEnabled(enabled)
        if self.contact_id is None:
            build.say_if_empty(
                self.list, self.tr("Save the contact first, then add relationships.")
            )
        else:
            for row in relationships.for_contact(self.contact_id):
                kind = relationship_label(row.kind, row.label, reverse=row.reverse)
                item = QListWidgetItem(f"{kind}: {row.other_name}")
                item.setData(ROW_ROLE, row.id)
                item.setData(OTHER_ROLE, row.other_id)
                item.setToolTip(self.tr("Double-click to open %1").replace("%1", row.other_name))
                self.list.addItem(item)
            build.say_if_empty(
                self.list,
                self.tr("No relationships yet: who introduced you, who works with whom …"),
            )
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        current = self.list.currentItem()
        self.remove_button.setEnabled(current is not None and bool(current.data(ROW_ROLE)))
        self.label.setVisible(self.kind.currentData() == "other")

    def _add(self, other_id: int) -> None:
        if self.contact_id is None:
            return
        try:
            relationships.add(self.contact_id, other_id, self.kind.currentData(), self.label.text())
        except relationships.RelationshipProblem as problem:
            self.message.setText(self._problem_text(problem.code))
            return
        self.message.clear()
        self.picker.clear()
        self.label.clear()
        self._changed()

    def _problem_text(self, code: str) -> str:
        return {
            "self": self.tr("A contact cannot be related to themselves."),
            "label": self.tr("Please write a label for this relationship."),
            "duplicate": self.tr("This relationship is already kept."),
        }.get(code, self.tr("This relationship cannot be kept."))

    def _remove(self) -> None:
        current = self.list.currentItem()
        if current is None or not current.data(ROW_ROLE):
            return
        relationships.remove(int(current.data(ROW_ROLE)))
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()
        if self.notify is not None:
            self.notify()

    def _open(self, item: QListWidgetItem) -> None:
        other = item.data(OTHER_ROLE)
        if other:
            self.open_contact.emit(int(other))
