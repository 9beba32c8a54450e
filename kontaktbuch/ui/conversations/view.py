"""The conversation log ("Gesprächsprotokoll"): newest first, grouped by day.

Filters (contact, network, event, goal, channel, outcome kind, date range) go
straight into the SQL of the paged model. The panel beside the list shows the
selected conversation with its follow-ups: a click or Space ticks one off.
Enter edits, Delete deletes (Ctrl+Z brings it back with everything it had).

Over 500 lines because the view is one class that wires seven filters, the
log, the detail panel and their actions; the model is in ``model.py``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kontaktbuch.journal import conversations as cv
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_format, date_text, stars, time_text, weekday_date_text
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.columns import set_column_widths
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.lazy_combo import LazyComboBox
from kontaktbuch.ui.common.lists import ItemIndex, row_table, select_row
from kontaktbuch.ui.common.undo import DeleteCommand
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState, View
from kontaktbuch.ui.conversations.model import ROLE_DAY_START, ConversationLogModel

ROLE_FOLLOW_UP = Qt.ItemDataRole.UserRole + 11
# how far open_item pages through the log looking for an old conversation
SEEK_LIMIT = 5000


class DaySeparatorDelegate(QStyledItemDelegate):
    """Draws a line above the first conversation of each day."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ItemIndex) -> None:
        super().paint(painter, option, index)
        if index.row() > 0 and index.data(ROLE_DAY_START):
            rect = option.rect
            line = option.palette.color(QPalette.ColorRole.Mid)
            painter.fillRect(rect.left(), rect.top(), rect.width(), 2, line)


class ConversationsView(View):
    """The log of conversations with filters, details and follow-ups."""

    watches = frozenset({"conversation", "contact", "event", "network", "goal", "reminder"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = ConversationLogModel(parent=self)
        self.table = build.named(
            row_table(self.model, ()), "conversationTable", self.tr("Conversation log")
        )
        self.table.setItemDelegate(DaySeparatorDelegate(self.table))
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        set_column_widths(self.table, self.model.column_widths(self.table.font()))
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.modelReset.connect(self._after_reset)

        self._build_filters()
        self._build_details()

        splitter = build.side_by_side(self.table, self.details, sizes=(760, 300), stretch=(3, 1))

        self.title = build.heading(self.tr("Conversation log"), wrap=False)
        self.count_label = build.named(QLabel(), "conversationCount")
        self.capture_button = build.button(
            self.tr("Log conversations…"), self.start_capture, name="logConversationsButton"
        )
        head = build.row(
            self.title, build.Space(12), self.count_label, build.STRETCH, self.capture_button
        )
        content = build.panel(head, self.filter_row, (splitter, 1))

        empty = EmptyState(*self.empty_texts())
        empty.add_button(self.tr("Log conversations…"), self.start_capture)
        self.stack = ContentOrEmpty(content, empty)
        build.column(self.stack, margins=6, parent=self)

        self._add_actions()
        self._fill_filter_choices()
        self._after_reset()

    def empty_texts(self) -> tuple[str, str]:
        return (
            self.tr("No conversations yet"),
            self.tr(
                "The conversation log shows what was said with whom, newest first. "
                "After an event, log the evening's conversations in a couple of "
                "minutes."
            ),
        )

    # --- building ------------------------------------------------------------------

    def _combo(self, name: str, any_text: str, combo: QComboBox | None = None) -> QComboBox:
        combo = build.compact(build.named(combo or QComboBox(), name), 6)
        combo.addItem(any_text, None)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _build_filters(self) -> None:
        self.contact_filter = LazyComboBox(self._fill_contact_choices)
        self._combo("contactFilter", self.tr("All contacts"), self.contact_filter)
        self.contact_filter.setEditable(True)
        self.contact_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Editable, so the combo box has a completer of its own; the stubs allow None.
        completer: QCompleter = self.contact_filter.completer()  # type: ignore[assignment]
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.network_filter = self._combo("networkFilter", self.tr("All networks"))
        self.event_filter = self._combo("eventFilter", self.tr("All events"))
        self.goal_filter = self._combo("goalFilter", self.tr("All goals"))
        self.channel_filter = self._combo("channelFilter", self.tr("All channels"))
        for code, text in labels.choices(labels.CHANNELS):
            self.channel_filter.addItem(text, code)
        self.outcome_filter = self._combo("outcomeFilter", self.tr("All outcomes"))
        for code, text in labels.choices(labels.OUTCOME_KINDS):
            self.outcome_filter.addItem(text, code)
        self.from_filter = self._date_edit("fromFilter", self.tr("from"))
        self.to_filter = self._date_edit("toFilter", self.tr("until"))
        self.clear_filters_button = build.button(
            self.tr("Show all"), self.clear_filters, name="clearFilters"
        )
        # the filters that choose one thing, by the name of their field in cv.Filters
        self.choice_filters = {
            "contact_id": self.contact_filter,
            "network_id": self.network_filter,
            "event_id": self.event_filter,
            "goal_id": self.goal_filter,
            "channel": self.channel_filter,
            "outcome_kind": self.outcome_filter,
        }
        self.from_filter.setAccessibleName(self.tr("Conversations from"))
        self.to_filter.setAccessibleName(self.tr("Conversations until"))
        # Two rows, so the log fits a small laptop screen beside the navigation.
        row = QGridLayout()
        controls = (*self.choice_filters.values(), self.from_filter, self.to_filter)
        for index, control in enumerate(controls):
            row.addWidget(control, index // 4, index % 4)
        row.addWidget(self.clear_filters_button, 1, 4)
        for column in range(4):
            row.setColumnStretch(column, 1)
        self.filter_row = row

    def _date_edit(self, name: str, special: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat(date_format())
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(special)
        edit.setDate(edit.minimumDate())
        edit.setToolTip(special)
        edit.dateChanged.connect(self._apply_filters)
        return edit

    def _build_details(self) -> None:
        self.details = build.named(QWidget(), "conversationDetails")
        self.detail_label = build.named(QLabel(), "detailText")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_label = QLabel(self.tr("Follow-ups"))
        self.follow_list = build.named(QListWidget(), "followUpList")
        self.follow_list.itemChanged.connect(self._follow_up_toggled)
        self.edit_button = build.button(self.tr("Edit…"), self.edit_current, name="editButton")
        self.delete_button = build.button(
            self.tr("Delete"), self.delete_current, name="deleteButton"
        )
        build.column(
            self.detail_label,
            self.follow_label,
            (self.follow_list, 1),
            build.row(self.edit_button, self.delete_button, build.STRETCH),
            margins=(6, 0, 0, 0),
            parent=self.details,
        )

    def _add_actions(self) -> None:
        def add(
            text: str, keys: QKeySequence | str, slot: Callable[[], object], name: str
        ) -> QAction:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
            return action

        self.edit_action = add(self.tr("Edit"), "Return", self.edit_current, "editConversation")
        self.delete_action = add(
            self.tr("Delete"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.delete_current,
            "deleteConversation",
        )
        self.done_action = add(
            self.tr("Mark follow-up done"), "Ctrl+D", self.mark_next_done, "markFollowUpDone"
        )

    # --- filters -------------------------------------------------------------------

    def _fill(self, combo: QComboBox, choices: list[cv.Choice], with_date: bool = False) -> None:
        def text(choice: cv.Choice) -> str:
            if with_date and choice.when is not None:
                return f"{choice.label} ({date_text(choice.when.date())})"
            return choice.label

        # the first choice ("All contacts" …) stays as it was made
        build.set_choices(combo, combo.itemText(0), [(c.id, text(c)) for c in choices])

    def _fill_contact_choices(self) -> None:
        self._fill(self.contact_filter, cv.contact_choices(include_archived=True))

    def _fill_filter_choices(self) -> None:
        if self.contact_filter.hasFocus():
            self._fill_contact_choices()
        else:
            self.contact_filter.stale()  # loaded when next used
        self._fill(self.network_filter, cv.network_choices())
        self._fill(self.event_filter, cv.event_choices(), with_date=True)
        self._fill(self.goal_filter, cv.goal_choices())

    def current_filters(self) -> cv.Filters:
        def date_of(edit: QDateEdit) -> dt.date | None:
            if edit.date() == edit.minimumDate():
                return None
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        return cv.Filters(
            date_from=date_of(self.from_filter),
            date_to=date_of(self.to_filter),
            **{name: combo.currentData() for name, combo in self.choice_filters.items()},
        )

    def _apply_filters(self, *_args: object) -> None:
        self.model.set_filters(self.current_filters())

    def clear_filters(self) -> None:
        for combo in self.choice_filters.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.from_filter, self.to_filter):
            edit.blockSignals(True)
            edit.setDate(edit.minimumDate())
            edit.blockSignals(False)
        self._apply_filters()

    # --- refreshing ------------------------------------------------------------------

    _own_change = False

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if not self._own_change:
            super()._on_data_changed(kinds)

    def refresh(self) -> None:
        current = self.current_id()
        self._fill_filter_choices()
        self.model.reload()
        if current is not None:
            self.select_conversation(current, seek=False)

    def _after_reset(self) -> None:
        self._update_count()
        self.stack.set_empty(self.model.loaded() == 0 and self.current_filters().is_empty())
        if self.model.loaded() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_details()

    def _update_count(self) -> None:
        total = cv.count(self.model.filters)
        self.count_label.setText(self.tr("%n conversation(s)", "", total))

    def focus_primary(self) -> None:
        self.table.setFocus()

    # --- selection and details ----------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.conversation(index.row()) if index.isValid() else None
        return row.id if row else None

    def current_row(self) -> cv.ConversationRow | None:
        index = self.table.currentIndex()
        return self.model.conversation(index.row()) if index.isValid() else None

    def select_conversation(self, conv_id: int, seek: bool = True) -> bool:
        """Select a conversation, paging through the log to find it if needed."""
        row = self.model.row_of(conv_id)
        while (
            row is None
            and seek
            and self.model.canFetchMore()
            and self.model.loaded() < (SEEK_LIMIT)
        ):
            self.model.fetchMore()
            row = self.model.row_of(conv_id)
        if row is None:
            return False
        select_row(self.table, self.model.index(row, 0))
        return True

    def _show_details(self, *_args: object) -> None:
        row = self.current_row()
        has = row is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.follow_list.blockSignals(True)
        self.follow_list.clear()
        if row is None:
            self.detail_label.setText("")
            self.follow_label.setVisible(False)
            self.follow_list.setVisible(False)
            self.follow_list.blockSignals(False)
            return
        esc = html.escape
        facts = [
            f"{weekday_date_text(row.occurred_at.date())}, {time_text(row.occurred_at)}",
            labels.label(labels.CHANNELS, row.channel),
        ]
        if row.minutes:
            facts.append(self.tr("%1 min").replace("%1", str(row.minutes)))
        if row.enjoyment:
            facts.append(stars(row.enjoyment))
        parts = [
            f"<h3>{esc(', '.join(c.name for c in row.contacts) or '?')}</h3>",
            f"<p>{esc(' · '.join(facts))}</p>",
        ]
        if row.event_title:
            # (a tr() inside an f-string is invisible to lupdate: the word stayed English)
            event_word = self.tr("Event:")
            parts.append(f"<p><b>{esc(event_word)}</b> {esc(row.event_title)}</p>")
        if row.notes:
            parts.append(f"<p>{esc(row.notes).replace(chr(10), '<br>')}</p>")
        if row.outcomes:
            items = "".join(
                f"<li><b>{esc(labels.label(labels.OUTCOME_KINDS, o.kind))}</b>"
                + (f": {esc(o.text)}" if o.text else "")
                + "</li>"
                for o in row.outcomes
            )
            outcomes_word = self.tr("Outcomes")
            parts.append(f"<p><b>{esc(outcomes_word)}</b></p><ul>{items}</ul>")
        self.detail_label.setText("".join(parts))
        for follow in row.follow_ups:
            text = follow.text
            if follow.due_date is not None:
                text = (
                    self.tr("%1 (due %2)")
                    .replace("%1", follow.text)
                    .replace("%2", date_text(follow.due_date))
                )
            item = QListWidgetItem(text)
            item.setData(ROLE_FOLLOW_UP, follow.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if follow.done else Qt.CheckState.Unchecked)
            if follow.done:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.follow_list.addItem(item)
        self.follow_label.setVisible(bool(row.follow_ups))
        self.follow_list.setVisible(bool(row.follow_ups))
        self.follow_list.blockSignals(False)

    # --- follow-ups ---------------------------------------------------------------------

    def _follow_up_toggled(self, item: QListWidgetItem) -> None:
        follow_id = item.data(ROLE_FOLLOW_UP)
        if follow_id is None:
            return
        self.set_follow_up_done(int(follow_id), item.checkState() == Qt.CheckState.Checked)

    def set_follow_up_done(self, follow_id: int, done: bool) -> None:
        cv.mark_follow_up_done(follow_id, done, now=self.ctx.clock())
        conv_id = self.current_id()
        if conv_id is not None:
            self.model.update_row(conv_id)
            self._show_details()
        # Others (reminders, tray) refresh; this view already shows the change and
        # keeps its scroll position.
        self._own_change = True
        try:
            self.ctx.events.notify("reminder")
        finally:
            self._own_change = False

    def mark_next_done(self) -> None:
        """Ctrl+D: tick off the first open follow-up of the selected conversation."""
        row = self.current_row()
        if row is None or not row.open_follow_ups:
            return
        self.set_follow_up_done(row.open_follow_ups[0].id, True)

    # --- actions --------------------------------------------------------------------------

    def start_capture(self) -> None:
        window = self.window()
        action = window.findChild(QAction, "captureAction")
        if action is not None:
            action.trigger()
            return
        from kontaktbuch.ui.capture import open_capture

        # self.window() is typed QWidget; a view always sits in the main window.
        open_capture(window, self.ctx)  # type: ignore[arg-type]

    def edit_current(self) -> None:
        conv_id = self.current_id()
        if conv_id is None:
            return
        from kontaktbuch.ui.capture.dialog import CaptureDialog

        dialog = CaptureDialog(self.ctx, self, edit_id=conv_id)
        dialog.setModal(True)
        self.edit_dialog = dialog
        dialog.accepted.connect(lambda: self.select_conversation(conv_id))
        dialog.show()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        index = self.table.currentIndex().row()
        names = ", ".join(c.name for c in row.contacts)
        conv_id = row.id
        self.ctx.undo_stack.push(
            DeleteCommand(
                self.tr("Delete conversation with %1").replace("%1", names),
                lambda: cv.delete_conversation(conv_id),
                cv.restore_conversation,
                lambda: self.ctx.events.notify("conversation"),
                # brought back with everything it had, and shown again
                lambda: self.select_conversation(conv_id),
            )
        )
        if self.model.loaded():
            self.table.setCurrentIndex(self.model.index(min(index, self.model.loaded() - 1), 0))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Conversation deleted. Ctrl+Z brings it back."), 6000
            )

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind == "follow_up":
            conv_id = cv.follow_up_conversation(item_id)
            if conv_id is None:
                return False
            self.open_item("conversation", conv_id)
            for i in range(self.follow_list.count()):
                if self.follow_list.item(i).data(ROLE_FOLLOW_UP) == item_id:
                    self.follow_list.setCurrentRow(i)
                    self.follow_list.setFocus()
            return True
        if kind != "conversation":
            return False
        if cv.get_conversation(item_id) is None:
            return False
        if not self.select_conversation(item_id):
            self.clear_filters()
            if not self.select_conversation(item_id):
                return False
        self.table.setFocus()
        return True
