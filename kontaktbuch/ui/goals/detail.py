"""One goal in detail: its time against the budget over the last periods, and what served it.

The list of goals, its actions and their undo commands are in ``view.py``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import goals as G
from kontaktbuch.journal import periods as P
from kontaktbuch.text import formatting as F
from kontaktbuch.text import labels
from kontaktbuch.text import reflection as T
from kontaktbuch.text.i18n import translate
from kontaktbuch.ui.common import palette
from kontaktbuch.ui.common.figure_table import FigureTableModel, Row

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
