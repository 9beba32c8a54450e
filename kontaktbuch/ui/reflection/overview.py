"""The reflection panel's figures: the overview tab with its tables and findings, and the charts.

Kept apart from the view, which only chooses the period and wires the tabs, so the
figures' presentation can change without touching navigation."""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import reflection as R
from kontaktbuch.text import formatting as F
from kontaktbuch.text import labels
from kontaktbuch.text import reflection as T
from kontaktbuch.ui.common.figure_table import ROW_KEY_ROLE, FigureTable, Row
from kontaktbuch.ui.reflection.first_steps import FirstSteps
from kontaktbuch.ui.reflection.parts import RichTextLabel, section_title

__all__ = ["ChartsTab", "OverviewTab", "section_title"]


class OverviewTab(QWidget):
    """Key figures, findings and the tables of one period beside the one before."""

    open_item = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._layout = QVBoxLayout(self)
        self.first_steps = FirstSteps()
        self.first_steps.hide()
        layout.addWidget(self.first_steps)
        top = QHBoxLayout()
        self.summary = FigureTable(["", "", ""], "summaryTable")
        self.summary.setAccessibleName(self.tr("Key figures"))
        # At the top beside the findings, however many of them there are, and never
        # narrower than its figures and their names (its minimum size hint; a fixed
        # minimum width cut "Zeitaufwand" off beside a long custom range's dates).
        top.addWidget(self.summary, 5, Qt.AlignmentFlag.AlignTop)
        self.findings_box = QGroupBox(self.tr("Findings – questions to ask yourself"))
        self.findings_box.setObjectName("findingsBox")
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_label = RichTextLabel()
        self.findings_label.setObjectName("findings")
        self.findings_layout.addWidget(self.findings_label)
        self.finding_lines: list[str] = []  # the findings shown, as worded
        top.addWidget(self.findings_box, 6, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        # the columns that compare a goal's or a network's figures
        compared = [self.tr("Outcomes"), self.tr("Enjoyment"), self.tr("Before")]
        self.goals = self._section(
            layout,
            self.tr("Goals"),
            "goalsTable",
            [self.tr("Goal"), self.tr("Time"), self.tr("Budget"), self.tr("Target"), *compared],
        )
        self.networks = self._section(
            layout,
            self.tr("Networks"),
            "networksTable",
            [self.tr("Network"), self.tr("Time"), self.tr("Share"), *compared],
        )
        self.networks.figures.header_tooltips[2] = T.share_note()
        self.share_note = QLabel(T.share_note())
        self.share_note.setObjectName("shareNote")
        self.share_note.setWordWrap(True)
        self.share_note.setEnabled(False)  # a quiet note, in the disabled text colour
        layout.addWidget(self.share_note)
        row = QGridLayout()
        row.addWidget(section_title(self.tr("Channels")), 0, 0)
        row.addWidget(section_title(self.tr("Outcomes by kind")), 0, 1)
        self.channels = FigureTable(
            [self.tr("Channel"), self.tr("Time"), self.tr("Items"), self.tr("Before")],
            "channelsTable",
        )
        self.channels.setAccessibleName(self.tr("Channels"))
        self.outcomes = FigureTable(["", "", ""], "outcomesTable")
        self.outcomes.setAccessibleName(self.tr("Outcomes by kind"))
        row.addWidget(self.channels, 1, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.outcomes, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.events = self._section(
            layout,
            self.tr("Events"),
            "eventsTable",
            [
                self.tr("Event"),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Enjoyment"),
                self.tr("Conversations"),
                self.tr("Their enjoyment"),
            ],
        )
        for table in (self.goals, self.networks, self.events):
            table.doubleClicked.connect(lambda index, table=table: self._open_row(table, index))
        layout.addStretch(1)
        # The figures: hidden while the journal holds nothing to reflect on. (Widgets
        # of this one layout, not a widget around them: one level less for the scroll
        # area to follow when a table grows.)
        self.figure_widgets: list[QWidget] = [
            w
            for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w is not self.first_steps
        ]

    @staticmethod
    def _section(layout: QVBoxLayout, heading: str, name: str, columns: list[str]) -> FigureTable:
        """A heading and its table below it; screen readers name the table by the heading."""
        layout.addWidget(section_title(heading))
        table = FigureTable(columns, name)
        table.setAccessibleName(heading)
        layout.addWidget(table)
        return table

    def show_panel(
        self,
        data: R.Panel,
        *,
        event_list: Callable[[], list[R.EventFigures]] | None = None,
    ) -> None:
        """Show the figures beside the period before's.

        ``event_list``: what reads the period's events (``data.current.events`` of
        them) when their table, far below the first screen, is first painted;
        without it the table shows ``data.current.event_list``.
        """
        cur = data.current
        prev = data.previous
        self.first_steps.show_steps(data.first_steps, data.journal_empty)
        for widget in self.figure_widgets:
            widget.setVisible(not data.journal_empty)
        now_label = T.period_name(cur.period)
        prev_label = T.period_name(cur.period.previous())
        summary = T.summary_rows(cur, prev)
        self.summary.figures.set_rows(
            [Row([a, b, c], emphasis={1}) for a, b, c in summary],
            headers=[self.tr("Figure"), now_label, prev_label],
        )
        self._show_findings(data.findings)
        self.share_note.setVisible(len(cur.networks) > 1)
        # Hundreds of networks and thousands of events share few distinct figures:
        # each is worded once (translation lookups and locale formatting add up).
        hours = functools.lru_cache(maxsize=None)(F.hours)
        enjoyment = functools.lru_cache(maxsize=None)(T.enjoyment)

        def before(earlier: dict[Any, Any], key: Any) -> str:
            """A "Before" cell: the time in the period before, "–" for none there."""
            return hours(earlier[key].minutes) if key in earlier else "–"

        before_goal = {g.goal_id: g for g in prev.goals}
        self.goals.set_rows(
            [
                Row(
                    [
                        g.title,
                        hours(g.minutes),
                        T.budget_text(g),
                        T.target_text(g),
                        str(g.outcomes),
                        enjoyment(g.enjoyment),
                        before(before_goal, g.goal_id),
                    ],
                    key=("goal", g.goal_id),
                    tooltip=functools.partial(T.goal_tooltip, g),
                    emphasis={1} if g.budget_ratio is not None and g.budget_ratio > 1 else set(),
                )
                for g in cur.goals
            ]
        )
        before_net = {n.network_id: n for n in prev.networks}
        # hundreds of networks, below the goals: worded when painted, as the events
        self.networks.set_rows_later(
            len(cur.networks),
            lambda: [
                Row(
                    [
                        T.network_name(n),
                        hours(n.minutes),
                        T.percent(n.share),
                        str(n.outcomes),
                        enjoyment(n.enjoyment),
                        before(before_net, n.network_id),
                    ],
                    key=("network", n.network_id),
                )
                for n in cur.networks
            ],
        )
        before_channel = {c.channel: c for c in prev.channels}
        self.channels.set_rows(
            [
                Row(
                    [
                        T.channel_name(c.channel),
                        hours(c.minutes),
                        str(c.items),
                        before(before_channel, c.channel),
                    ]
                )
                for c in cur.channels
            ]
        )
        kinds = sorted(
            set(cur.outcomes_by_kind) | set(prev.outcomes_by_kind),
            key=lambda k: (-cur.outcomes_by_kind.get(k, 0), k),
        )
        self.outcomes.figures.set_rows(
            [
                Row(
                    [
                        labels.label(labels.OUTCOME_KINDS, k),
                        str(cur.outcomes_by_kind.get(k, 0)),
                        str(prev.outcomes_by_kind.get(k, 0)),
                    ]
                )
                for k in kinds
            ],
            headers=[self.tr("Outcome"), now_label, prev_label],
        )
        when = T.date_time_format(QLocale())

        def event_rows(events: list[R.EventFigures]) -> list[Row]:
            return [
                Row(
                    [
                        e.title,
                        when(e.starts_at),
                        hours(e.minutes),
                        enjoyment(e.enjoyment),
                        str(e.conversations),
                        enjoyment(e.conversation_enjoyment),
                    ],
                    key=("event", e.event_id),
                )
                for e in events
            ]

        if event_list is None:
            self.events.set_rows(event_rows(cur.event_list))
        else:
            self.events.set_rows_later(cur.events, lambda: event_rows(event_list()))
        # Laid out now, the findings' box first, before the tab is painted: left to
        # the posted events, the findings' new height reached the scroll area only
        # after the first paint, and the tab was laid out and painted twice.
        self.findings_layout.activate()
        self._layout.activate()
        self.findings_label.lay_out()

    def _show_findings(self, found: list[R.Finding]) -> None:
        # One selectable label holds every finding, a paragraph each, spaced as the
        # box's layout spaces widgets (as a label each they looked the same, but
        # thirty selectable word-wrapped labels took ~30 ms to build and lay out).
        self.finding_lines = ["• " + line for _f, line in T.finding_lines(found)]
        shown = self.finding_lines or [self.tr("Nothing stands out in this period.")]
        spacing = max(0, self.findings_layout.spacing())
        self.findings_label.setText(
            "".join(
                f'<p style="margin-top:0; margin-bottom:{spacing if n < len(shown) else 0}px;'
                f' white-space:pre-wrap">{html.escape(text, quote=False)}</p>'
                for n, text in enumerate(shown, start=1)
            )
        )

    def _open_row(self, table: FigureTable, index: QModelIndex) -> None:
        """Double-click: show the goal, network or event in its own view."""
        key = table.figures.data(index, ROW_KEY_ROLE)
        if key and key[1] is not None:
            self.open_item.emit(key[0], int(key[1]))


class ChartsTab(QTabWidget):
    """The three charts, one per tab so each has room for its labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kontaktbuch.ui.reflection.charts import (
            EnjoymentScatterChart,
            GoalBudgetChart,
            TrendChart,
        )

        self.setDocumentMode(True)
        self.goal_chart = GoalBudgetChart()
        self.scatter = EnjoymentScatterChart()
        self.trend = TrendChart()
        self.addTab(self.goal_chart, self.tr("Goals and budget"))
        self.addTab(self.scatter, self.tr("Enjoyment and time"))
        self.addTab(self.trend, self.tr("12-month trend"))

    def show_panel(self, data: R.Panel, low_enjoyment: float) -> None:
        self.goal_chart.set_goals(data.current.goals)
        self.scatter.set_networks(data.current.networks, low_enjoyment)
        self.trend.set_points(data.trend)
