"""The conflicts list and the names to review, in one dialog.

Conflicts: a field both sides changed differently. The journal kept its value;
the other is shown beside it. *Keep mine* forgets the other value, *Take theirs*
writes it (and the next sync sends it on). Names: people named in a journal
entry written on a phone that matched no contact (or several). *Create contact*,
*It is…* (pick an existing contact) or *Dismiss* — nothing happens by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from kontaktbuch.text.formatting import datetime_text
from kontaktbuch.text.sync import field_label
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext

if TYPE_CHECKING:
    from kontaktbuch.ui.sync.runner import SyncController


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, item_id: int | None = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setToolTip(text)
    if item_id is not None:
        cell.setData(Qt.ItemDataRole.UserRole, item_id)
    return cell


def _page(explain: str, table: QTableWidget, *buttons: build.Item) -> QWidget:
    """A tab: what its list holds, the list, and the row of what to do with a line."""
    return build.panel(build.paragraph(explain), (table, 1), build.row(*buttons), margins=None)


class ReviewDialog(QDialog):
    def __init__(
        self, ctx: AppContext, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncReviewDialog")
        self.setWindowTitle(self.tr("Conflicts and names to review"))
        self.setMinimumSize(720, 420)
        self.ctx = ctx
        self.controller = controller
        self.tabs = QTabWidget()

        self.conflicts = _table(
            [self.tr("What"), self.tr("Field"), self.tr("Here"), self.tr("From the server")],
            "syncConflicts",
        )
        self.keep = build.button(self.tr("&Keep mine"), self._keep_mine, name="syncKeepMine")
        self.take = build.button(
            self.tr("&Take the server's"), self._take_theirs, name="syncTakeTheirs"
        )
        conflicts_page = _page(
            self.tr(
                "Changed here and on another device at the same time. Your journal keeps "
                "its own value until you choose; nothing is lost."
            ),
            self.conflicts,
            build.STRETCH,
            self.keep,
            self.take,
        )

        self.names = _table(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Conversation")], "syncNames"
        )
        self.create_button = build.button(
            self.tr("&Create contact"), self._create, name="syncCreateContact"
        )
        self.choice = build.named(QComboBox(), "syncChooseContact")
        self.choice.setMinimumContentsLength(18)
        self.assign_button = build.button(self.tr("&It is…"), self._assign, name="syncAssign")
        self.dismiss_button = build.button(self.tr("&Dismiss"), self._dismiss, name="syncDismiss")
        names_page = _page(
            self.tr(
                "People named in journal entries written on another device who are not "
                "(or not clearly) among your contacts."
            ),
            self.names,
            self.create_button,
            build.STRETCH,
            self.assign_button,
            self.choice,
            self.dismiss_button,
        )

        self.tabs.addTab(conflicts_page, "")
        self.tabs.addTab(names_page, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        build.column(self.tabs, buttons, parent=self)
        self.names.itemSelectionChanged.connect(self._fill_choice)
        self.refresh()

    def refresh(self) -> None:
        from kontaktbuch.exchange.sync import review

        conflicts = review.conflicts()
        self.conflicts.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            what = c.thing if c.when is None else f"{datetime_text(c.when)} · {c.thing}"
            self.conflicts.setItem(row, 0, _cell(what, c.id))
            self.conflicts.setItem(row, 1, _cell(field_label(c.kind, c.field)))
            self.conflicts.setItem(row, 2, _cell(c.mine))
            self.conflicts.setItem(row, 3, _cell(c.theirs))
        self.conflicts.resizeRowsToContents()
        names = review.proposals()
        self.names.setRowCount(len(names))
        for row, p in enumerate(names):
            talk = (
                p.conversation if p.when is None else f"{datetime_text(p.when)} · {p.conversation}"
            )
            self.names.setItem(row, 0, _cell(p.name, p.id))
            self.names.setItem(row, 1, _cell(p.email))
            self.names.setItem(row, 2, _cell(talk))
        self.names.resizeRowsToContents()
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace("%1", str(len(conflicts))))
        self.tabs.setTabText(1, self.tr("Names (%1)").replace("%1", str(len(names))))
        if not conflicts and names:
            self.tabs.setCurrentIndex(1)
        for button in (self.keep, self.take):
            button.setEnabled(bool(conflicts))
        for widget in (self.create_button, self.assign_button, self.dismiss_button, self.choice):
            widget.setEnabled(bool(names))
        if conflicts:
            self.conflicts.selectRow(0)
        if names:
            self.names.selectRow(0)

    def _selected(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _fill_choice(self) -> None:
        from kontaktbuch.journal.conversations import complete_contacts, similar_contacts

        self.choice.clear()
        proposal = self._selected(self.names)
        if proposal is None:
            return
        name_item = self.names.item(self.names.currentRow(), 0)
        name = name_item.text() if name_item else ""
        choices = similar_contacts(name, limit=10)
        if not choices:  # nobody alike: the contacts whose name shares a word
            choices = [c for word in name.split() for c in complete_contacts(word, limit=10)]
        for choice in {c.id: c for c in choices}.values():
            self.choice.addItem(choice.label, choice.id)
        self.assign_button.setEnabled(self.choice.count() > 0)

    def _done(self, *kinds: str) -> None:
        self.ctx.events.notify(*kinds)
        self.refresh()
        self.controller.state_changed.emit()

    def _keep_mine(self) -> None:
        from kontaktbuch.exchange.sync import review

        conflict = self._selected(self.conflicts)
        if conflict is not None:
            review.keep_mine(conflict)
            self._done("sync")

    def _take_theirs(self) -> None:
        from kontaktbuch.exchange.sync import review
        from kontaktbuch.exchange.sync.engine import settings_access

        conflict = self._selected(self.conflicts)
        if conflict is None:
            return
        access = settings_access(self.ctx.settings, self.ctx.save_settings)
        kind = review.take_theirs(conflict, access)
        self._done(kind or "*")

    def _create(self) -> None:
        from kontaktbuch.exchange.sync import review

        proposal = self._selected(self.names)
        if proposal is not None:
            review.create_contact(proposal)
            self._done("contact", "conversation")

    def _assign(self) -> None:
        from kontaktbuch.exchange.sync import review

        proposal = self._selected(self.names)
        contact = self.choice.currentData()
        if proposal is not None and contact is not None:
            review.assign_contact(proposal, int(contact))
            self._done("conversation")

    def _dismiss(self) -> None:
        from kontaktbuch.exchange.sync import review

        proposal = self._selected(self.names)
        if proposal is not None:
            review.dismiss(proposal)
            self._done("sync")
