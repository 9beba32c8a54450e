"""The Reminders view: what is due now and in the next 14 days, grouped by kind.

Each reminder can be opened, marked done or snoozed (one hour, until tomorrow
morning, until next week), by button or keyboard; done and snooze can be undone.
This view is also where reminders show when the desktop has no tray.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QUndoCommand
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QTreeView, QWidget

from kontaktbuch.journal import reminders
from kontaktbuch.journal.reminders import Agenda, Reminder, StateSnapshot
from kontaktbuch.text import reminders as text
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.icons import icon
from kontaktbuch.ui.common.lists import pick_rows
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState, View
from kontaktbuch.ui.reminders.model import KEY_ROLE, ReminderGroup, ReminderTreeModel
from kontaktbuch.ui.reminders.scheduler import ReminderScheduler, scheduler_for


class _StateCommand(QUndoCommand):
    """Done or snooze, undoable: redo applies, undo restores the states before."""

    def __init__(
        self,
        label: str,
        apply: Callable[[], list[StateSnapshot]],
        notify: Callable[[], None],
    ) -> None:
        super().__init__(label)
        self._apply = apply
        self._notify = notify
        self._before: list[StateSnapshot] = []

    def redo(self) -> None:
        self._before = self._apply()
        self._notify()

    def undo(self) -> None:
        reminders.restore(self._before)
        self._notify()


class RemindersView(View):
    """Due and upcoming reminders with done / snooze / open."""

    watches = frozenset(
        {"reminder", "reminder_due", "contact", "conversation", "event", "network", "reflection"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.agenda: Agenda | None = None
        self._by_key: dict[str, Reminder] = {}
        self._scheduler: ReminderScheduler | None = None

        self.model = ReminderTreeModel(
            [self.tr("Reminder"), self.tr("When"), self.tr("Details")], self
        )
        self.tree = build.named(QTreeView(), "remindersTree", self.tr("Reminders"))
        self.tree.setModel(self.model)
        pick_rows(self.tree, many=True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Size "When" by the rows near the top, not by thousands of rows.
        header.setResizeContentsPrecision(200)
        self.tree.activated.connect(self._on_activated)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.summary = build.named(QLabel(), "remindersSummary")
        self.summary.setWordWrap(True)  # wraps rather than widening a narrow window

        self.open_action = self.shortcut(self.tr("&Open"), self.open_selected, "Return")
        self.open_action.setObjectName("openReminderAction")
        self.done_action = self.shortcut(self.tr("&Done"), self.done_selected, "Ctrl+D")
        self.done_action.setObjectName("doneReminderAction")
        self.snooze_menu = QMenu(self)
        self.snooze_menu.setObjectName("snoozeMenu")
        self.snooze_actions: dict[str, QAction] = {}
        for choice, label in (
            ("hour", self.tr("For one &hour")),
            ("tomorrow", self.tr("Until &tomorrow morning")),
            ("next_week", self.tr("Until &next week")),
        ):
            action = self.snooze_menu.addAction(label)
            action.setObjectName(f"snooze_{choice}")
            action.triggered.connect(lambda _checked=False, c=choice: self.snooze_selected(c))
            self.snooze_actions[choice] = action
        self.snooze_action = self.shortcut(
            self.tr("Snooze…"), self._popup_snooze_menu, "Ctrl+Shift+L"
        )

        # the buttons are enabled when their actions are (a selection to act on)
        self.open_button = build.action_button(
            self.open_action,
            name="openReminderButton",
            tip=self.tr("Show the contact, event or follow-up (Enter)"),
        )
        self.done_button = build.action_button(
            self.done_action,
            name="doneReminderButton",
            tip=self.tr("Mark as done (Ctrl+D)"),
            icon=icon("goals"),
        )
        self.snooze_button = build.button(
            self.tr("&Snooze"),
            name="snoozeReminderButton",
            tip=self.tr("Remind me later (Ctrl+Shift+L)"),
        )
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_action.enabledChanged.connect(self.snooze_button.setEnabled)

        bar = build.row((self.summary, 1), self.open_button, self.done_button, self.snooze_button)
        content = build.panel(bar, (self.tree, 1), margins=8)
        self.stack = ContentOrEmpty(
            content,
            EmptyState(
                self.tr("Nothing is due"),
                self.tr(
                    "Reminders of follow-ups, contacts gone quiet, birthdays, events and "
                    "your next reflection appear here when they are due, and two weeks "
                    "before."
                ),
            ),
        )
        build.column(self.stack, margins=0, parent=self)
        self.refresh()

    # --- loading ----------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self.ctx.clock()

    def refresh(self) -> None:
        """Show the reminders as they are now.

        In the window, the reminders scheduler already keeps the agenda (it checks
        in the background after every change), so the view shows its latest one
        and follows its updates; alone (tests), the view asks the rules itself.
        """
        scheduler = scheduler_for(self.ctx)
        if scheduler is not None and scheduler is not self._scheduler:
            self._scheduler = scheduler
            scheduler.agenda_changed.connect(self._on_agenda)
        if scheduler is not None and scheduler.agenda is not None:
            if scheduler.agenda is self.agenda:
                return  # shown already (its "reminder_due" news follows each new agenda)
            if not scheduler.is_stale():
                self.show_agenda(scheduler.agenda)
            elif self.agenda is None:
                self.show_agenda(scheduler.agenda)  # at once; the fresh one follows
            return  # (else the list stays until the fresh agenda arrives)
        self.show_agenda(
            reminders.collect(self.now(), reflection_interval=self.ctx.settings.reflection_interval)
        )

    def _on_agenda(self, agenda: Agenda) -> None:
        if self.isVisible():
            self.show_agenda(agenda)
        else:
            self._stale = True

    def show_agenda(self, agenda: Agenda) -> None:
        """Fill the list from ``agenda``, keeping the selection where it can."""
        selected = set(self.selected_keys())
        current = self._key_at(self.tree.currentIndex())
        self.agenda = agenda
        self._by_key = {r.key: r for r in (*agenda.due, *agenda.upcoming)}
        bold = QFont(self.font())
        bold.setBold(True)
        shown = {r.key for r in reminders.one_per_event((*agenda.due, *agenda.upcoming))}
        groups = []
        for kind in reminders.KINDS:
            due = tuple(r for r in agenda.due if r.kind == kind and r.key in shown)
            later = tuple(r for r in agenda.upcoming if r.kind == kind and r.key in shown)
            if not due and not later:
                continue
            # the counts add up to the rows below the title: due, then coming up
            title = text.kind_title(kind)
            if due:
                title += "  ·  " + text.due_count_text(len(due))
            if later:
                title += "  ·  " + text.upcoming_count_text(len(later))
            groups.append(ReminderGroup(kind, title, due + later, len(due)))
        self.model.set_groups(groups, agenda.now, bold)
        for g in range(len(groups)):  # expandAll() would visit every reminder row
            self.tree.expand(self.model.index(g, 0))
        self._restore_selection(selected, current)
        upcoming = len(agenda.upcoming)
        self.summary.setText(
            self.tr("%n reminder(s) due", "", len(agenda.due))
            + "  ·  "
            + self.tr("%n in the next 14 days", "", upcoming)
        )
        self.stack.set_empty(not agenda.due and not agenda.upcoming)
        self._update_buttons()

    def _key_at(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        key = index.data(KEY_ROLE)
        return str(key) if key else None

    def _indexes_of(self, keys: set[str]) -> list[QModelIndex]:
        found = (self.model.index_of(key) for key in keys)
        return sorted((i for i in found if i.isValid()), key=lambda i: (i.parent().row(), i.row()))

    def _restore_selection(self, selected: set[str], current: str | None) -> None:
        selection = self.tree.selectionModel()
        for index in self._indexes_of(selected):
            selection.select(
                index,
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
        targets = self._indexes_of({current}) if current else []
        if targets:
            selection.setCurrentIndex(targets[0], selection.SelectionFlag.NoUpdate)
            if not selected:
                selection.select(
                    targets[0], selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )
        elif not selected:
            first = self._first_leaf()
            if first is not None:
                self.tree.setCurrentIndex(first)

    def _first_leaf(self) -> QModelIndex | None:
        first = self.model.index(0, 0, self.model.index(0, 0))
        return first if first.isValid() else None

    # --- selection ----------------------------------------------------------------

    def selected_keys(self) -> list[str]:
        """Keys of the selected reminders, in list order (or the current one)."""
        # By the selection's ranges, not selectedRows(): that makes an index per
        # cell, and "select all" on a big journal selects thousands of rows.
        found: dict[str, None] = {}
        # A QItemSelection is a list of ranges; the stubs do not say it is iterable.
        for selected in self.tree.selectionModel().selection():  # type: ignore[attr-defined]
            found.update(
                dict.fromkeys(
                    self.model.keys_in(selected.parent(), selected.top(), selected.bottom())
                )
            )
        keys = list(found)
        if not keys:
            key = self._key_at(self.tree.currentIndex())
            if key:
                keys.append(key)
        return keys

    def selected(self) -> list[Reminder]:
        return [self._by_key[k] for k in self.selected_keys() if k in self._by_key]

    def _update_buttons(self) -> None:
        has = bool(self.selected_keys())
        for action in (self.open_action, self.done_action, self.snooze_action):
            action.setEnabled(has)

    # --- actions ----------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        if self._key_at(index):
            self.open_selected()

    def open_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        r = chosen[0]
        window = self.window()
        if r.item_kind == "reflection" and hasattr(window, "show_view"):
            window.show_view("reflection")
        else:
            self.ctx.events.open_item.emit(r.item_kind, r.item_id)

    def _notify(self, keys: Sequence[str]) -> Callable[[], None]:
        kinds = {"reminder"}
        if any(k.startswith("follow_up:") for k in keys):
            kinds.add("conversation")
        return lambda: self.ctx.events.notify(*sorted(kinds))

    def _next_key_after(self, keys: Sequence[str]) -> str | None:
        """Where the cursor goes after the selected reminders leave the list."""
        order = [r.key for r in (*self.agenda.due, *self.agenda.upcoming)] if self.agenda else []
        where = {key: i for i, key in enumerate(order)}
        chosen = set(keys)
        positions = [where[k] for k in chosen if k in where]
        if not positions:
            return None
        for key in order[max(positions) + 1 :]:
            if key not in chosen:
                return key
        for key in reversed(order[: min(positions)]):
            if key not in chosen:
                return key
        return None

    def done_selected(self) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        follow = self._next_key_after(keys)
        now = self.now()
        self.ctx.undo_stack.push(
            _StateCommand(
                self.tr("Mark %n reminder(s) done", "", len(keys)),
                lambda: reminders.mark_done(keys, now),
                self._notify(keys),
            )
        )
        self._show_at_once(done=keys)
        self._move_to(follow)

    def snooze_selected(self, choice: str) -> None:
        keys = self.selected_keys()
        if not keys:
            return
        follow = self._next_key_after(keys)
        until = reminders.snooze_target(choice, self.now())
        self.ctx.undo_stack.push(
            _StateCommand(
                self.tr("Snooze %n reminder(s)", "", len(keys)),
                lambda: reminders.snooze(keys, until),
                self._notify(keys),
            )
        )
        self._show_at_once(snoozed=keys, snoozed_until=until)
        self._move_to(follow)

    def _show_at_once(
        self,
        done: Sequence[str] = (),
        snoozed_until: dt.datetime | None = None,
        snoozed: Sequence[str] = (),
    ) -> None:
        """With the scheduler's agenda, the list follows the user's action at once;
        the scheduler's fresh check (in the background) confirms it a moment later."""
        if self._scheduler is None or self.agenda is None:
            return  # alone, the view has already asked the rules again
        agenda = self.agenda
        gone = set(done) | set(snoozed)
        due = tuple(r for r in agenda.due if r.key not in gone)
        upcoming = [r for r in agenda.upcoming if r.key not in gone]
        if snoozed_until is not None:
            moved = [r for r in (*agenda.due, *agenda.upcoming) if r.key in set(snoozed)]
            upcoming += [replace(r, snoozed_until=snoozed_until) for r in moved]
            upcoming.sort(
                key=lambda r: (r.effective_at(), reminders.KINDS.index(r.kind), r.subject)
            )
        self.show_agenda(Agenda(now=agenda.now, due=due, upcoming=tuple(upcoming)))

    def _move_to(self, key: str | None) -> None:
        if not self.isVisible():
            self.refresh()
        self.tree.clearSelection()
        targets = self._indexes_of({key}) if key else []
        if targets:
            self.tree.setCurrentIndex(targets[0])
        self.tree.setFocus()

    def _popup_snooze_menu(self) -> None:
        if self.selected_keys():
            self.snooze_menu.popup(
                self.snooze_button.mapToGlobal(QPoint(0, self.snooze_button.height()))
            )

    def _context_menu(self, pos: QPoint) -> None:
        if not self._key_at(self.tree.indexAt(pos)):
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.done_action)
        snooze = menu.addMenu(self.tr("Snooze"))
        for action in self.snooze_actions.values():
            snooze.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # --- View -------------------------------------------------------------------

    def focus_primary(self) -> None:
        self.tree.setFocus()

    def open_item(self, kind: str, item_id: int) -> bool:
        return False
