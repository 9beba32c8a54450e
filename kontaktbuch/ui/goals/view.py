"""The Goals view: what the networking is for, and whether the time fits.

A list of goals on the left; on the right the chosen goal with its current
period and the ones before – time invested against budget and progress against
target as bars – and the conversations and events that served it. Goals are
created and edited in :class:`GoalDialog`, paused, completed, dropped or deleted
(with undo) from the buttons above the list.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import goals as G
from kontaktbuch.text import labels
from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.figure_table import ROW_KEY_ROLE, FigureTableModel, Row
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState, View
from kontaktbuch.ui.goals.detail import GoalDetail
from kontaktbuch.ui.goals.dialog import GoalDialog


class DeleteGoalCommand(QUndoCommand):
    """Delete a goal with its links; undo brings both back."""

    def __init__(self, view: GoalsView, goal_id: int, title: str) -> None:
        super().__init__(translate("GoalsView", "Delete goal “%1”").replace("%1", title))
        self.view = view
        self.goal_id = goal_id
        self.snapshot: G.DeletedGoal | None = None

    def redo(self) -> None:
        self.snapshot = G.delete_goal(self.goal_id)
        self.view.ctx.events.notify("goal")

    def undo(self) -> None:
        if self.snapshot is not None:
            G.restore_goal(self.snapshot)
            self.view.ctx.events.notify("goal")
            self.view.refresh()
            self.view.select_goal(self.goal_id)


class UnlinkCommand(QUndoCommand):
    """Take a conversation or an event off a goal; undo links it again."""

    def __init__(self, view: GoalsView, goal_id: int, kind: str, item_id: int) -> None:
        super().__init__(translate("GoalsView", "Remove from goal"))
        self.view, self.goal_id, self.kind, self.item_id = view, goal_id, kind, item_id

    def _apply(self, link: bool) -> None:
        if self.kind == "event":
            (G.link_event if link else G.unlink_event)(self.goal_id, self.item_id)
        else:
            (G.link_conversation if link else G.unlink_conversation)(self.goal_id, self.item_id)
        self.view.ctx.events.notify("goal", self.kind)
        self.view.refresh()

    def redo(self) -> None:
        self._apply(False)

    def undo(self) -> None:
        self._apply(True)


class GoalsView(View):
    """Goals with their time budgets and targets, and how each period went."""

    watches = frozenset({"goal", "conversation", "event", "contact"})

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = FigureTableModel([self.tr("Goal")], self)
        self.list = QListView()
        self.list.setObjectName("goalsList")
        self.list.setAccessibleName(self.tr("Goals"))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(lambda _index: self.edit_goal())

        self.new_button = QPushButton(self.tr("&New goal"))
        self.new_button.setObjectName("newGoalButton")
        self.new_button.setToolTip(self.tr("New goal (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_goal)
        self.edit_button = QPushButton(self.tr("Ed&it"))
        self.edit_button.clicked.connect(self.edit_goal)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setObjectName("pauseGoalButton")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.complete_button = QPushButton(self.tr("&Complete"))
        self.complete_button.setObjectName("completeGoalButton")
        self.complete_button.clicked.connect(lambda: self.set_status("done"))
        self.drop_button = QPushButton(self.tr("&Drop"))
        self.drop_button.setObjectName("dropGoalButton")
        self.drop_button.clicked.connect(lambda: self.set_status("dropped"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setObjectName("deleteGoalButton")
        self.delete_button.clicked.connect(self.delete_goal)
        self.show_all = QCheckBox(self.tr("Show completed and dropped goals"))
        self.show_all.setObjectName("showAllGoals")
        self.show_all.toggled.connect(self.refresh)

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.pause_button,
            self.complete_button,
            self.drop_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.detail = GoalDetail()
        self.detail.items.doubleClicked.connect(self._open_served)
        self.detail.unlink_button.clicked.connect(self.unlink_selected)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.detail)
        # the filter sits under the list it filters, not in the row of buttons,
        # so the view fits a narrow window
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list, 1)
        list_layout.addWidget(self.show_all)
        splitter = QSplitter()
        splitter.addWidget(list_side)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 650])
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(buttons)
        content_layout.addWidget(splitter, 1)

        empty = EmptyState(
            self.tr("No goals yet"),
            self.tr(
                "Goals say what your networking is for: visibility, clients, a new job,"
                " exchange of experience. Give each a time budget and see whether the "
                "time fits."
            ),
        )
        empty.add_button(self.tr("Create your first goal"), self.new_goal)
        self.stack = ContentOrEmpty(content, empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_goal),
            (QKeySequence(Qt.Key.Key_F2), self.edit_goal),
            (QKeySequence.StandardKey.Delete, self.delete_goal),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.refresh()

    # --- data -----------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_goal_id()
        statuses = None if self.show_all.isChecked() else ["active", "paused"]
        goals = G.list_goals(statuses)
        self.model.set_rows(
            [
                Row(
                    [
                        g.title
                        if g.status == "active"
                        else f"{g.title} ({labels.label(labels.GOAL_STATUSES, g.status)})"
                    ],
                    key=g.goal_id,
                    tooltip=g.why,
                )
                for g in goals
            ]
        )
        self.stack.set_empty(not G.list_goals())
        if goals:
            self.select_goal(current if current is not None else goals[0].goal_id)
        else:
            self._update_buttons(None)

    def current_goal_id(self) -> int | None:
        index = self.list.currentIndex()
        key = self.model.data(index, ROW_KEY_ROLE) if index.isValid() else None
        return int(key) if key is not None else None

    def select_goal(self, goal_id: int) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.key == goal_id:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self._current_changed(self.model.index(row, 0))
                return
        if self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _current_changed(self, index: QModelIndex, _previous: object = None) -> None:
        goal_id = self.model.data(index, ROW_KEY_ROLE) if index.isValid() else None
        if goal_id is None:
            self._update_buttons(None)
            return
        try:
            info = G.get_goal(int(goal_id))
        except G.GoalNotFoundError:
            return
        self.detail.show_goal(info, self.ctx.today())
        self._update_buttons(info)

    def _update_buttons(self, info: G.GoalInfo | None) -> None:
        for button in (
            self.edit_button,
            self.pause_button,
            self.complete_button,
            self.drop_button,
            self.delete_button,
        ):
            button.setEnabled(info is not None)
        self.detail.setVisible(info is not None)
        if info is None:
            return
        self.pause_button.setText(
            self.tr("Res&ume") if info.status != "active" else self.tr("&Pause")
        )
        self.complete_button.setEnabled(info.status != "done")
        self.drop_button.setEnabled(info.status != "dropped")

    # --- actions --------------------------------------------------------------

    def _dialog(self, info: G.GoalInfo | None = None) -> G.GoalInput | None:
        dialog = GoalDialog(info, self, today=self.ctx.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_input

    def new_goal(self) -> None:
        data = self._dialog()
        if data is None:
            return
        goal_id = G.create_goal(data, now=self.ctx.clock())
        self.ctx.events.notify("goal")
        self.refresh()
        self.select_goal(goal_id)

    def edit_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None:
            return
        data = self._dialog(G.get_goal(goal_id))
        if data is None:
            return
        G.update_goal(goal_id, data)
        self.ctx.events.notify("goal")
        self.refresh()
        self.select_goal(goal_id)

    def set_status(self, status: str) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None:
            return
        G.set_status(goal_id, status)
        if status in ("done", "dropped") and not self.show_all.isChecked():
            message = (
                self.tr("Goal completed. Tick “Show completed and dropped goals” to see it.")
                if status == "done"
                else self.tr("Goal dropped. Tick “Show completed and dropped goals” to see it.")
            )
            status_bar = getattr(self.window(), "statusBar", None)
            if callable(status_bar):
                status_bar().showMessage(message, 6000)
        self.ctx.events.notify("goal")
        self.refresh()

    def toggle_pause(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None:
            return
        info = G.get_goal(goal_id)
        self.set_status("paused" if info.status == "active" else "active")
        self.select_goal(goal_id)

    def delete_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is None:
            return
        info = G.get_goal(goal_id)
        self.ctx.undo_stack.push(DeleteGoalCommand(self, goal_id, info.title))
        self.refresh()

    def unlink_selected(self) -> None:
        goal_id = self.current_goal_id()
        index = self.detail.items.currentIndex()
        key = self.detail.items_model.data(index, ROW_KEY_ROLE) if index.isValid() else None
        if goal_id is None or not key:
            return
        self.ctx.undo_stack.push(UnlinkCommand(self, goal_id, key[0], int(key[1])))

    def _open_served(self, index: QModelIndex) -> None:
        key = self.detail.items_model.data(index, ROW_KEY_ROLE)
        if key:
            self.ctx.events.open_item.emit(key[0], int(key[1]))

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind != "goal":
            return False
        if not self.show_all.isChecked() and G.get_goal(item_id).status in ("done", "dropped"):
            self.show_all.setChecked(True)
        self.select_goal(item_id)
        return True

    def focus_primary(self) -> None:
        self.list.setFocus()
