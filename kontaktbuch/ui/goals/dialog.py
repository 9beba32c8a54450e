"""The dialog that creates or edits one goal: title, why, period, budget, target, first day.

A dialog rather than an inline form because a goal is set up rarely and deliberately,
and its fields depend on each other (the target's unit follows its kind)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import goals as G
from kontaktbuch.journal.vocabulary import OUTCOME_KINDS
from kontaktbuch.text import labels
from kontaktbuch.text.formatting import date_format
from kontaktbuch.ui.common import palette


class GoalDialog(QDialog):
    """Create or edit a goal; bad input is explained in place and saves nothing."""

    def __init__(
        self,
        info: G.GoalInfo | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
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
        target_label = QLabel(self.tr("T&arget per period:"))
        target_label.setBuddy(self.target_value)  # a row of fields gets no buddy by itself
        form.addRow(target_label, target_row)
        # The reflection judges the goal from this day on: a period before it does not
        # list it, a period it covers in part gets its budget and target for its days.
        self.starts_on = QDateEdit()
        self.starts_on.setObjectName("goalStartsOn")
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDisplayFormat(date_format())
        start = today or dt.date.today()
        self.starts_on.setDate(QDate(start.year, start.month, start.day))
        self.starts_on.setToolTip(
            self.tr(
                "The reflection judges the goal from this day on: it is not listed for "
                "the periods before, and its budget and target count only for its days."
            )
        )
        form.addRow(self.tr("Counts &from:"), self.starts_on)
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
        start = info.starts_on
        self.starts_on.setDate(QDate(start.year, start.month, start.day))

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
            starts_on=_as_date(self.starts_on.date()),
        )

    def accept(self) -> None:
        try:
            self.result_input = self.goal_input().cleaned()
        except G.GoalError as exc:
            messages = {
                "title": self.tr("Please give the goal a title.")
                if exc.code != "too_long"
                else self.tr("The title is too long: at most 300 characters."),
                "why": self.tr("The text is too long: at most 100,000 characters."),
                "budget_hours": self.tr("The time budget must be between 0 and 10,000 hours."),
                "target_value": self.tr("The target must be a number above zero."),
            }
            self.error_label.setText(messages.get(exc.field, self.tr("Please check the input.")))
            self.error_label.show()
            if exc.field == "title":
                self.title_edit.setFocus()
            return
        super().accept()


def _as_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
