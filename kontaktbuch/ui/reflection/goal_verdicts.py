"""The verdict per goal in the guided reflection: its figures, and "Is it worth it to you?".

One row per active or paused goal of the period: the goal's line (time of its
budget, progress of its target, enjoyment), what an earlier reflection decided
about it, and the answers keep, change the budget (to the hours given), pause or
drop. The answers are saved with the reflection and applied then
(:func:`kontaktbuch.journal.reflection.save_reflection`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import reflection as R
from kontaktbuch.text import reflection as T
from kontaktbuch.text import verdicts as V


class GoalVerdictRow(QFrame):
    """One goal: its figures, an earlier verdict, the question and the answers."""

    changed = Signal()

    def __init__(
        self,
        goal: R.GoalFigures,
        earlier: R.EarlierVerdict | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.goal = goal
        self.setObjectName(f"goalVerdict_{goal.goal_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(goal.title)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.line = QLabel(V.goal_line(goal))
        self.line.setObjectName("goalVerdictLine")
        self.line.setWordWrap(True)
        layout.addWidget(self.line)
        self.earlier_label = QLabel(V.earlier_text(earlier) if earlier is not None else "")
        self.earlier_label.setObjectName("goalVerdictEarlier")
        self.earlier_label.setWordWrap(True)
        self.earlier_label.setStyleSheet("font-style: italic")
        self.earlier_label.setVisible(earlier is not None)
        layout.addWidget(self.earlier_label)
        answers = QHBoxLayout()
        question = QLabel(V.question())
        answers.addWidget(question)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code in R.GOAL_VERDICTS:
            button = QRadioButton(V.answer_text(code))
            button.setObjectName(f"goalVerdict_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            answers.addWidget(button)
            if code == "budget":
                self.budget = QDoubleSpinBox()
                self.budget.setObjectName("goalVerdictBudget")
                self.budget.setRange(0.0, 10_000.0)
                self.budget.setDecimals(1)
                self.budget.setSingleStep(0.5)
                self.budget.setSuffix(T.per_period_suffix(goal.goal_period))
                self.budget.setValue(goal.goal_budget_hours or 0.0)
                self.budget.setAccessibleName(V.answer_text("budget"))
                # Changing the hours is choosing to change the budget.
                self.budget.valueChanged.connect(lambda _v, b=button: b.setChecked(True))
                answers.addWidget(self.budget)
            button.toggled.connect(lambda _on: self.changed.emit())
        answers.addStretch(1)
        layout.addLayout(answers)

    def verdict(self) -> R.GoalVerdict | None:
        code = next((c for c, b in self.buttons.items() if b.isChecked()), None)
        if code is None:
            return None
        return R.GoalVerdict(
            goal_id=self.goal.goal_id,
            title=self.goal.title,
            verdict=code,
            goal_period=self.goal.goal_period,
            budget_before=self.goal.goal_budget_hours,
            budget_after=self.budget.value() if code == "budget" else None,
        )


class GoalVerdicts(QWidget):
    """The rows of the period's goals, rebuilt for each period."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalVerdicts")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[GoalVerdictRow] = []

    def set_panel(self, data: R.Panel) -> None:
        for row in self.rows:
            row.hide()  # gone now, not when the event loop deletes it
            row.deleteLater()
        self.rows = []
        for goal in data.current.goals:
            if goal.status not in R.ASKED_STATUSES:
                continue
            row = GoalVerdictRow(goal, data.earlier.get(goal.goal_id))
            row.changed.connect(self.changed)
            self._layout.addWidget(row)
            # Shown at once, also when the tab is on screen already (the view fills it
            # when it is first shown): a layout shows a new child only from the loop.
            row.setVisible(True)
            self.rows.append(row)
        self.setVisible(bool(self.rows))

    def verdicts(self) -> list[R.GoalVerdict]:
        return [v for v in (row.verdict() for row in self.rows) if v is not None]

    def clear(self) -> None:
        for row in self.rows:
            row.group.setExclusive(False)
            for button in row.buttons.values():
                button.setChecked(False)
            row.group.setExclusive(True)
