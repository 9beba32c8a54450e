"""The Goals view: what the networking is for, and whether the time fits.

A list of goals on the left; on the right the chosen goal with its current
period and the ones before – time invested against budget and progress against
target as bars – and the conversations and events that served it. Goals are
created and edited in :class:`GoalDialog`, paused, completed, dropped or deleted
(with undo) from the buttons above the list.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import goals as G
from kontaktbuch.journal import periods as P
from kontaktbuch.journal.vocabulary import OUTCOME_KINDS
from kontaktbuch.text import formatting as F
from kontaktbuch.text import labels
from kontaktbuch.text import reflection as T
from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common import palette
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.figure_table import ROW_KEY_ROLE, FigureTableModel, Row
from kontaktbuch.ui.common.view import ContentOrEmpty, EmptyState, View

HISTORY_PERIODS = 6


def show_over_budget(bar: QProgressBar, over: bool) -> None:
    """Draw the bar's filled part in the palette's error colour while over budget."""
    colors = bar.palette()
    base = QApplication.palette()
    colors.setColor(
        QPalette.ColorRole.Highlight,
        palette.error_color(bar) if over else base.color(QPalette.ColorRole.Highlight),
    )
    bar.setPalette(colors)


class GoalDialog(QDialog):
    """Create or edit a goal; bad input is explained in place and saves nothing."""

    def __init__(self, info: G.GoalInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.setWindowTitle(self.tr("Edit goal") if info else self.tr("New goal"))
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("goalTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Find new clients in the Mittelstand"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.why_edit = QPlainTextEdit()
        self.why_edit.setObjectName("goalWhy")
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setFixedHeight(70)
        self.why_edit.setPlaceholderText(self.tr("Why does this goal matter to you?"))
        form.addRow(self.tr("&Why:"), self.why_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("goalKind")
        for code, text in labels.choices(labels.GOAL_KINDS):
            self.kind_combo.addItem(text, code)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("goalPeriod")
        for code, text in labels.choices(labels.PERIODS):
            self.period_combo.addItem(text, code)
        self.period_combo.setCurrentIndex(self.period_combo.findData("month"))
        form.addRow(self.tr("&Period:"), self.period_combo)
        self.budget_spin = QDoubleSpinBox()
        self.budget_spin.setObjectName("goalBudget")
        self.budget_spin.setRange(0, G.MAX_BUDGET_HOURS)
        self.budget_spin.setDecimals(1)
        self.budget_spin.setSingleStep(0.5)
        self.budget_spin.setSpecialValueText(self.tr("no budget"))
        self.budget_spin.setSuffix(self.tr(" h"))
        form.addRow(self.tr("Time &budget per period:"), self.budget_spin)
        target_row = QHBoxLayout()
        self.target_kind = QComboBox()
        self.target_kind.setObjectName("goalTargetKind")
        self.target_kind.addItem(self.tr("no target"), None)
        for code, text in labels.choices(labels.TARGET_KINDS):
            self.target_kind.addItem(text, code)
        self.target_value = QSpinBox()
        self.target_value.setObjectName("goalTargetValue")
        self.target_value.setRange(1, G.MAX_TARGET)
        self.outcome_kind = QComboBox()
        self.outcome_kind.setObjectName("goalOutcomeKind")
        self.outcome_kind.addItem(self.tr("of any kind"), None)
        for code in OUTCOME_KINDS:
            self.outcome_kind.addItem(labels.label(labels.OUTCOME_KINDS, code), code)
        target_row.addWidget(self.target_value)
        target_row.addWidget(self.target_kind, 1)
        target_row.addWidget(self.outcome_kind, 1)
        form.addRow(self.tr("T&arget per period:"), target_row)
        self.target_kind.currentIndexChanged.connect(self._target_changed)
        self.error_label = QLabel()
        self.error_label.setObjectName("goalError")
        palette.set_text_color(self.error_label, palette.error_color(self.error_label))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        if info is not None:
            self._fill(info)
        self._target_changed()

    def _fill(self, info: G.GoalInfo) -> None:
        self.title_edit.setText(info.title)
        self.why_edit.setPlainText(info.why)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind)))
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(info.period)))
        self.budget_spin.setValue(info.budget_hours or 0.0)
        if info.target_kind:
            self.target_kind.setCurrentIndex(max(0, self.target_kind.findData(info.target_kind)))
            self.target_value.setValue(info.target_value or 1)
        if info.target_outcome_kind:
            self.outcome_kind.setCurrentIndex(
                max(0, self.outcome_kind.findData(info.target_outcome_kind))
            )

    def _target_changed(self) -> None:
        kind = self.target_kind.currentData()
        self.target_value.setEnabled(kind is not None)
        self.outcome_kind.setVisible(kind == "outcomes")

    def goal_input(self) -> G.GoalInput:
        kind = self.target_kind.currentData()
        return G.GoalInput(
            title=self.title_edit.text(),
            why=self.why_edit.toPlainText(),
            kind=self.kind_combo.currentData(),
            period=self.period_combo.currentData(),
            budget_hours=self.budget_spin.value() or None,
            target_kind=kind,
            target_value=self.target_value.value() if kind else None,
            target_outcome_kind=self.outcome_kind.currentData() if kind == "outcomes" else None,
        )

    def accept(self) -> None:
        try:
            self.result_input = self.goal_input().cleaned()
        except G.GoalError as exc:
            messages = {
                "title": self.tr("Please give the goal a title."),
                "budget_hours": self.tr("The time budget must be between 0 and 10,000 hours."),
                "target_value": self.tr("The target must be a number above zero."),
            }
            self.error_label.setText(messages.get(exc.field, self.tr("Please check the input.")))
            self.error_label.show()
            if exc.field == "title":
                self.title_edit.setFocus()
            return
        super().accept()


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


class HistoryRow:
    """One period of a goal: its name, the time bar and the target bar."""

    def __init__(self, grid: QGridLayout, row: int) -> None:
        self.name = QLabel()
        self.time_bar = QProgressBar()
        self.target_bar = QProgressBar()
        self.time_text = QLabel()
        self.target_text = QLabel()
        self.outcomes = QLabel()
        self.outcomes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for bar in (self.time_bar, self.target_bar):
            bar.setTextVisible(False)
            bar.setMinimumWidth(60)
            bar.setMaximumHeight(14)
        grid.addWidget(self.name, 2 * row - 1, 0, 2, 1)
        grid.addWidget(self.time_text, 2 * row - 1, 1)
        grid.addWidget(self.time_bar, 2 * row, 1)
        grid.addWidget(self.target_text, 2 * row - 1, 2)
        grid.addWidget(self.target_bar, 2 * row, 2)
        grid.addWidget(self.outcomes, 2 * row - 1, 3, 2, 1)

    def show(self, entry: G.GoalPeriod, view: QWidget) -> None:
        f = entry.figures
        self.name.setText(T.period_name(entry.period))
        if f.budget_minutes:
            self.time_bar.setRange(0, max(1, round(f.budget_minutes)))
            self.time_bar.setValue(min(round(f.minutes), round(f.budget_minutes)))
            self.time_text.setText(
                translate("GoalDetail", "%1 of %2")
                .replace("%1", F.hours(f.minutes))
                .replace("%2", F.hours(f.budget_minutes))
            )
            show_over_budget(self.time_bar, f.minutes > f.budget_minutes)
        else:
            self.time_bar.setRange(0, 1)
            self.time_bar.setValue(0)
            self.time_text.setText(
                translate("GoalDetail", "%1 (no budget)").replace("%1", F.hours(f.minutes))
            )
            show_over_budget(self.time_bar, False)
        if f.target_value:
            top = max(1, round(f.target_value * 10))
            self.target_bar.setRange(0, top)
            self.target_bar.setValue(min(top, f.progress * 10))
            self.target_text.setText(T.target_text(f))
            self.target_bar.setEnabled(True)
        else:
            self.target_bar.setRange(0, 1)
            self.target_bar.setValue(0)
            self.target_text.setText(translate("GoalDetail", "no target"))
            self.target_bar.setEnabled(False)
        self.outcomes.setText(translate("GoalDetail", "%n outcome(s)", None, f.outcomes))


class GoalDetail(QWidget):
    """The chosen goal: what it is, its periods as bars, and what served it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("goalDetailTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("goalDetailMeta")
        self.meta.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("font-style: italic")
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.why)
        heading = QLabel(self.tr("This period and the ones before"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            (self.tr("Period"), self.tr("Time against budget"), self.tr("Progress against target"))
        ):
            label = QLabel(text)
            label.setStyleSheet("color: palette(mid)")
            grid.addWidget(label, 0, column)
        self.rows = [HistoryRow(grid, i + 1) for i in range(HISTORY_PERIODS)]
        layout.addLayout(grid)
        self.items_heading = QLabel()
        self.items_heading.setFont(bold)
        layout.addWidget(self.items_heading)
        self.items_model = FigureTableModel(
            [
                self.tr("Date"),
                self.tr("Item"),
                self.tr("Time"),
                self.tr("Enjoyment"),
                self.tr("Outcomes"),
            ],
            self,
            left_columns=2,
        )
        self.items = QTableView()
        self.items.setObjectName("servedItems")
        self.items.setAccessibleName(self.tr("Items that served the goal"))
        self.items.setModel(self.items_model)
        self.items.verticalHeader().hide()
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.items.setWordWrap(False)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.setMinimumHeight(160)
        layout.addWidget(self.items, 1)
        item_buttons = QHBoxLayout()
        hint = QLabel(self.tr("Double-click to open. Link items to goals in their forms."))
        hint.setWordWrap(True)
        item_buttons.addWidget(hint, 1)
        self.unlink_button = QPushButton(self.tr("&Remove from this goal"))
        self.unlink_button.setObjectName("unlinkButton")
        self.unlink_button.setEnabled(False)
        item_buttons.addWidget(self.unlink_button)
        layout.addLayout(item_buttons)
        self.items.selectionModel().selectionChanged.connect(
            lambda *_: self.unlink_button.setEnabled(self.items.selectionModel().hasSelection())
        )

    def show_goal(self, info: G.GoalInfo, today: dt.date) -> None:
        self.title.setText(info.title)
        parts = [
            labels.label(labels.GOAL_KINDS, info.kind),
            labels.label(labels.GOAL_STATUSES, info.status),
        ]
        if info.budget_hours:
            parts.append(
                self.tr("%1 per %2")
                .replace("%1", F.hours(info.budget_hours * 60))
                .replace("%2", labels.label(labels.PERIODS, info.period))
            )
        else:
            parts.append(
                self.tr("no budget, period: %1").replace(
                    "%1", labels.label(labels.PERIODS, info.period)
                )
            )
        self.meta.setText(" · ".join(parts))
        self.why.setText(info.why)
        self.why.setVisible(bool(info.why))
        history = G.goal_history(info.goal_id, today, HISTORY_PERIODS)
        for row, entry in zip(self.rows, history, strict=True):
            row.show(entry, self)
        span = P.Period(history[-1].period.start, history[0].period.end, "custom")
        items = G.served_items(info.goal_id, span)
        self.items_heading.setText(
            self.tr("What served it since %1").replace("%1", T.date(span.start))
        )
        self.unlink_button.setEnabled(False)
        self.items_model.set_rows(
            [
                Row(
                    [
                        T.date_time(item.at.isoformat(sep=" ")[:16]),
                        (
                            self.tr("Event: %1")
                            if item.kind == "event"
                            else self.tr("Conversation: %1")
                        ).replace("%1", item.title or "–"),
                        F.hours(item.minutes) if item.minutes else self.tr("within the event"),
                        T.enjoyment(item.enjoyment),
                        str(item.outcomes),
                    ],
                    key=(item.kind, item.item_id),
                )
                for item in items
            ]
        )


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
        self.edit_button = QPushButton(self.tr("&Edit"))
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
            self.tr("&Resume") if info.status != "active" else self.tr("&Pause")
        )
        self.complete_button.setEnabled(info.status != "done")
        self.drop_button.setEnabled(info.status != "dropped")

    # --- actions --------------------------------------------------------------

    def _dialog(self, info: G.GoalInfo | None = None) -> G.GoalInput | None:
        dialog = GoalDialog(info, self)
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
