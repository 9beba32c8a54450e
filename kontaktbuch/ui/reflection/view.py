"""The reflection panel: time, goals, networks, outcomes and enjoyment of a period.

A period picker at the top; below it four tabs: the figures of the period beside
the one before, with the findings as questions; the charts; the guided
reflection (five questions and a verdict, saved with a snapshot of the figures);
and past reflections side by side. All figures come from
:func:`kontaktbuch.journal.reflection.panel`, the same function ``kontaktbuch
stats`` prints.
"""

from __future__ import annotations

import datetime as dt
import functools
import html

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.journal.vocabulary import VERDICTS
from kontaktbuch.text import formatting as F
from kontaktbuch.text import labels
from kontaktbuch.text import reflection as T
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.figure_table import ROW_KEY_ROLE, FigureTable, FigureTableModel, Row
from kontaktbuch.ui.common.view import View


def default_choice(interval: str, today: dt.date) -> str:
    """The period a reflection is most likely about: the one just ended, early on."""
    if interval == "weekly":
        return "last_week" if today.weekday() < 4 else "this_week"
    return "last_month" if today.day <= 7 else "this_month"


PENDING = "…"
"""What a "before" cell shows in the moment between the period's figures and the one before's."""


def _pending_figures(current: R.Figures) -> R.Figures:
    """Empty figures standing in for the period before while it is being read."""
    return R.Figures(period=current.period.previous())


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class OverviewTab(QWidget):
    """Key figures, findings and the tables of one period beside the one before."""

    open_item = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = FigureTable(["", "", ""], "summaryTable")
        self.summary.setAccessibleName(self.tr("Key figures"))
        self.summary.setMinimumWidth(340)
        top.addWidget(self.summary, 5)
        self.findings_box = QGroupBox(self.tr("Findings – questions to ask yourself"))
        self.findings_box.setObjectName("findingsBox")
        self.findings_layout = QVBoxLayout(self.findings_box)
        top.addWidget(self.findings_box, 6, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        layout.addWidget(_section(self.tr("Goals")))
        self.goals = FigureTable(
            [
                self.tr("Goal"),
                self.tr("Time"),
                self.tr("Budget"),
                self.tr("Target"),
                self.tr("Outcomes"),
                self.tr("Enjoyment"),
                self.tr("Before"),
            ],
            "goalsTable",
        )
        self.goals.setAccessibleName(self.tr("Goals"))
        layout.addWidget(self.goals)
        layout.addWidget(_section(self.tr("Networks")))
        self.networks = FigureTable(
            [
                self.tr("Network"),
                self.tr("Time"),
                self.tr("Share"),
                self.tr("Outcomes"),
                self.tr("Enjoyment"),
                self.tr("Before"),
            ],
            "networksTable",
        )
        self.networks.setAccessibleName(self.tr("Networks"))
        layout.addWidget(self.networks)
        row = QGridLayout()
        row.addWidget(_section(self.tr("Channels")), 0, 0)
        row.addWidget(_section(self.tr("Outcomes by kind")), 0, 1)
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
        layout.addWidget(_section(self.tr("Events")))
        self.events = FigureTable(
            [
                self.tr("Event"),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Enjoyment"),
                self.tr("Conversations"),
                self.tr("Their enjoyment"),
            ],
            "eventsTable",
        )
        self.events.setAccessibleName(self.tr("Events"))
        for table in (self.goals, self.networks, self.events):
            table.doubleClicked.connect(lambda index, table=table: self._open_row(table, index))
        layout.addWidget(self.events)
        layout.addStretch(1)

    def show_panel(self, data: R.Panel, *, with_findings: bool = True) -> None:
        """Show the figures; without ``data.previous`` its cells say PENDING for now.

        The view shows the chosen period first and calls this again as soon as the
        period before is read (see ``ReflectionView._fill_previous``), then without
        ``with_findings``: they do not change.
        """
        cur = data.current
        prev = data.previous if data.previous is not None else _pending_figures(cur)
        now_label = T.period_name(cur.period)
        prev_label = T.period_name(cur.period.previous())
        summary = T.summary_rows(cur, prev)
        if data.previous is None:
            summary = [(a, b, PENDING) for a, b, _c in summary]
        self.summary.figures.set_rows(
            [Row([a, b, c], emphasis={1}) for a, b, c in summary],
            headers=[self.tr("Figure"), now_label, prev_label],
        )
        if with_findings:
            self._show_findings(data.findings)
        pending = data.previous is None
        before_goal = {g.goal_id: g for g in prev.goals}
        self.goals.set_rows(
            [
                Row(
                    [
                        g.title,
                        F.hours(g.minutes),
                        T.budget_text(g),
                        T.target_text(g),
                        str(g.outcomes),
                        T.enjoyment(g.enjoyment),
                        PENDING
                        if pending
                        else F.hours(before_goal[g.goal_id].minutes)
                        if g.goal_id in before_goal
                        else "–",
                    ],
                    key=("goal", g.goal_id),
                    tooltip="\n".join(
                        f"{labels.label(labels.OUTCOME_KINDS, kind)}: {count}"
                        for kind, count in sorted(g.outcomes_by_kind.items())
                    ),
                    emphasis={1} if g.budget_ratio is not None and g.budget_ratio > 1 else set(),
                )
                for g in cur.goals
            ]
        )
        before_net = {n.network_id: n for n in prev.networks}
        self.networks.set_rows(
            [
                Row(
                    [
                        T.network_name(n),
                        F.hours(n.minutes),
                        T.percent(n.share),
                        str(n.outcomes),
                        T.enjoyment(n.enjoyment),
                        PENDING
                        if pending
                        else F.hours(before_net[n.network_id].minutes)
                        if n.network_id in before_net
                        else "–",
                    ],
                    key=("network", n.network_id),
                )
                for n in cur.networks
            ]
        )
        before_channel = {c.channel: c for c in prev.channels}
        self.channels.set_rows(
            [
                Row(
                    [
                        T.channel_name(c.channel),
                        F.hours(c.minutes),
                        str(c.items),
                        PENDING
                        if pending
                        else F.hours(before_channel[c.channel].minutes)
                        if c.channel in before_channel
                        else "–",
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
                        PENDING if pending else str(prev.outcomes_by_kind.get(k, 0)),
                    ]
                )
                for k in kinds
            ],
            headers=[self.tr("Outcome"), now_label, prev_label],
        )
        # Thousands of events over a long period share few distinct figures: each
        # is worded once (translation lookups and locale formatting add up).
        locale = QLocale()
        hours = functools.lru_cache(maxsize=None)(F.hours)
        enjoyment = functools.lru_cache(maxsize=None)(T.enjoyment)
        self.events.set_rows(
            [
                Row(
                    [
                        e.title,
                        T.date_time(e.starts_at, locale),
                        hours(e.minutes),
                        enjoyment(e.enjoyment),
                        str(e.conversations),
                        enjoyment(e.conversation_enjoyment),
                    ],
                    key=("event", e.event_id),
                )
                for e in cur.event_list
            ]
        )

    def _show_findings(self, found: list[R.Finding]) -> None:
        while self.findings_layout.count():
            item = self.findings_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now, not when the event loop deletes it
                item.widget().deleteLater()
        self.finding_labels: list[QLabel] = []
        if not found:
            label = QLabel(self.tr("Nothing stands out in this period."))
            label.setWordWrap(True)
            self.findings_layout.addWidget(label)
            return
        for finding in found:
            label = QLabel("• " + T.finding_text(finding))
            label.setWordWrap(True)
            label.setObjectName(f"finding_{finding.kind}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.findings_layout.addWidget(label)
            self.finding_labels.append(label)

    def _open_row(self, table: FigureTable, index: object) -> None:
        """Double-click: show the goal, network or event in its own view."""
        key = table.figures.data(index, ROW_KEY_ROLE)  # type: ignore[arg-type]
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


class GuidedTab(QWidget):
    """Five questions, a verdict, and saving them with a snapshot of the figures."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = QWidget()
        form = QVBoxLayout(inner)
        self.heading = _section("")
        form.addWidget(self.heading)
        intro = QLabel(
            self.tr(
                "Take a few minutes. Look at the figures and the findings, then answer "
                "for yourself – there are no wrong answers."
            )
        )
        intro.setWordWrap(True)
        form.addWidget(intro)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("guidedFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setStyleSheet("font-style: italic")
        form.addWidget(self.findings_label)
        self.answers: dict[str, QPlainTextEdit] = {}
        for key in R.QUESTIONS:
            label = QLabel(T.question(key))
            label.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setObjectName(f"answer_{key}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.setAccessibleName(T.question(key))
            label.setBuddy(edit)
            edit.textChanged.connect(self._update_button)
            form.addWidget(label)
            form.addWidget(edit)
            self.answers[key] = edit
        form.addWidget(QLabel(self.tr("My verdict: in the next period I will network…")))
        verdict_row = QHBoxLayout()
        self.verdicts = QButtonGroup(self)
        self.verdict_buttons: dict[str, QRadioButton] = {}
        for code in VERDICTS:
            button = QRadioButton(labels.label(labels.VERDICTS, code))
            button.setObjectName(f"verdict_{code}")
            self.verdicts.addButton(button)
            self.verdict_buttons[code] = button
            verdict_row.addWidget(button)
            button.toggled.connect(self._update_button)
        verdict_row.addStretch(1)
        form.addLayout(verdict_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save reflection"))
        self.save_button.setObjectName("saveReflectionButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_requested)
        buttons.addWidget(self.save_button)
        form.addLayout(buttons)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scroll(inner))

    def set_panel(self, data: R.Panel) -> None:
        period = data.current.period
        self.heading.setText(self.tr("Reflection on %1").replace("%1", T.period_name(period)))
        self.findings_label.setText("\n".join("• " + T.finding_text(f) for f in data.findings))
        self.findings_label.setVisible(bool(data.findings))

    def verdict(self) -> str:
        return next((code for code, b in self.verdict_buttons.items() if b.isChecked()), "")

    def answer_texts(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.answers.items()}

    def clear(self) -> None:
        for edit in self.answers.values():
            edit.clear()
        self.verdicts.setExclusive(False)
        for button in self.verdict_buttons.values():
            button.setChecked(False)
        self.verdicts.setExclusive(True)
        self._update_button()

    def _update_button(self) -> None:
        filled = any(text.strip() for text in self.answer_texts().values())
        self.save_button.setEnabled(filled or bool(self.verdict()))


def _finding_lines(saved: object) -> list[str]:
    """The findings stored in a reflection's snapshot, worded again."""
    lines = []
    for item in saved if isinstance(saved, list) else []:
        if isinstance(item, dict) and "kind" in item:
            finding = R.Finding(
                kind=str(item["kind"]),
                subject=str(item.get("subject", "")),
                values={k: float(v) for k, v in dict(item.get("values", {})).items()},
            )
            lines.append("• " + T.finding_text(finding))
    return lines


class PastTab(QSplitter):
    """Saved reflections; the selected ones side by side with their figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FigureTableModel([self.tr("Reflection")], self)
        self.list = QListView()
        self.list.setObjectName("pastReflections")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().selectionChanged.connect(self._show_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Select several to compare them (Ctrl+click)."))
        hint.setWordWrap(True)
        left_layout.addWidget(self.list)
        left_layout.addWidget(hint)
        self.browser = QTextBrowser()
        self.browser.setObjectName("reflectionComparison")
        self.addWidget(left)
        self.addWidget(self.browser)
        self.setStretchFactor(1, 1)
        self.setSizes([220, 700])
        self._saved: list[R.SavedReflection] = []

    def reload(self) -> None:
        self._saved = R.list_reflections()
        self.model.set_rows(
            [
                Row(
                    [
                        f"{T.period_name(s.period)} · {T.verdict_text(s.verdict)}",
                    ],
                    key=s.reflection_id,
                    tooltip=self.tr("Saved on %1").replace("%1", T.date(s.created_at.date())),
                )
                for s in self._saved
            ]
        )
        selection = self.list.selectionModel()
        for row in range(min(2, len(self._saved))):
            selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
        self._show_selected()

    def _show_selected(self) -> None:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        chosen = [self._saved[r] for r in rows if r < len(self._saved)]
        if not chosen:
            self.browser.setHtml(
                "<p>"
                + html.escape(
                    self.tr("No reflection saved yet.")
                    if not self._saved
                    else self.tr("Select a reflection on the left.")
                )
                + "</p>"
            )
            return
        chosen.sort(key=lambda s: (s.period.start, s.created_at))
        self.browser.setHtml(self.comparison_html(chosen))

    def comparison_html(self, chosen: list[R.SavedReflection]) -> str:
        def cell(text: str, header: bool = False) -> str:
            tag = "th" if header else "td"
            body = html.escape(text).replace("\n", "<br>")
            return f"<{tag} valign='top' align='left'>{body}</{tag}>"

        def fig(s: R.SavedReflection, key: str, kind: str) -> str:
            value = s.figures.get(key)
            if value is None:
                return "–"
            if kind == "hours":
                return F.hours(float(value))
            if kind == "enjoyment":
                return T.enjoyment(float(value))
            return str(value)

        rows: list[tuple[str, list[str]]] = [
            (self.tr("Period"), [T.range_text(s.period) for s in chosen]),
            (self.tr("Saved on"), [T.date(s.created_at.date()) for s in chosen]),
            (self.tr("Verdict"), [T.verdict_text(s.verdict) for s in chosen]),
            (self.tr("Total time"), [fig(s, "total_minutes", "hours") for s in chosen]),
            (self.tr("Time serving goals"), [fig(s, "goal_minutes", "hours") for s in chosen]),
            (self.tr("Time without a goal"), [fig(s, "no_goal_minutes", "hours") for s in chosen]),
            (self.tr("Conversations"), [fig(s, "conversations", "n") for s in chosen]),
            (self.tr("Outcomes"), [fig(s, "outcomes", "n") for s in chosen]),
            (self.tr("New contacts"), [fig(s, "new_contacts", "n") for s in chosen]),
            (self.tr("Average enjoyment"), [fig(s, "enjoyment", "enjoyment") for s in chosen]),
        ]
        rows.append(
            (
                self.tr("Time per goal"),
                [
                    "\n".join(
                        f"{g.get('title', '')}: "
                        + F.hours(float(g.get("minutes", 0))).replace(" ", "\u00a0")
                        for g in s.figures.get("goals", [])
                        if g.get("minutes")
                    )
                    or "–"
                    for s in chosen
                ],
            )
        )
        rows.append(
            (
                self.tr("Findings"),
                ["\n".join(_finding_lines(s.figures.get("findings", []))) or "–" for s in chosen],
            )
        )
        for key in R.QUESTIONS:
            rows.append((T.question(key), [s.answers.get(key, "") or "–" for s in chosen]))
        head = cell("", True) + "".join(cell(T.period_name(s.period), True) for s in chosen)
        body = "".join(
            "<tr>" + cell(label, True) + "".join(cell(v) for v in values) + "</tr>"
            for label, values in rows
        )
        return (
            "<table cellspacing='0' cellpadding='6' border='1' "
            "style='border-collapse:collapse' width='100%'>"
            f"<tr>{head}</tr>{body}</table>"
        )


class ReflectionView(View):
    """Is the time you invest justified by your own goals – and do you enjoy it?"""

    watches = frozenset(
        {"conversation", "event", "goal", "network", "contact", "reflection", "follow_up"}
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.data: R.Panel | None = None
        picker_row = QHBoxLayout()
        picker_label = QLabel(self.tr("&Period:"))
        self.picker = QComboBox()
        self.picker.setObjectName("periodPicker")
        for code, _kind, _back in R.PICKER_CHOICES:
            self.picker.addItem(T.picker_text(code), code)
        self.picker.addItem(T.picker_text("custom"), "custom")
        picker_label.setBuddy(self.picker)
        today = ctx.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.date_from, "dateFrom"), (self.date_to, "dateTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._custom_changed)
        self.to_label = QLabel(self.tr("to"))
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.period_label.setWordWrap(True)  # long custom periods wrap in a narrow window
        picker_row.addWidget(picker_label)
        picker_row.addWidget(self.picker)
        picker_row.addWidget(self.date_from)
        picker_row.addWidget(self.to_label)
        picker_row.addWidget(self.date_to)
        picker_row.addSpacing(12)
        picker_row.addWidget(self.period_label, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reflectionTabs")
        self.overview = OverviewTab()
        self.overview.open_item.connect(lambda kind, item: ctx.events.open_item.emit(kind, item))
        self.charts: ChartsTab | None = None
        self._charts_stale = False  # new figures not yet drawn (charts tab not shown)
        self._trend_missing = False  # the figures came without the trend the charts need
        self._trend_now: dt.datetime | None = None
        # The period before is read right after the chosen period is on screen; a new
        # period restarts the timer, so a pending read for an old period never runs.
        self._previous_timer = QTimer(self)
        self._previous_timer.setSingleShot(True)
        self._previous_timer.setInterval(0)
        self._previous_timer.timeout.connect(self._fill_previous)
        self.charts_holder = QWidget()
        QVBoxLayout(self.charts_holder).setContentsMargins(0, 0, 0, 0)
        self.guided = GuidedTab()
        self.guided.save_requested.connect(self.save_reflection)
        self.past = PastTab()
        self.tabs.addTab(_scroll(self.overview), self.tr("Figures"))
        self.tabs.addTab(self.charts_holder, self.tr("Charts"))
        self.tabs.addTab(self.guided, self.tr("Reflect"))
        self.tabs.addTab(self.past, self.tr("Past reflections"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(picker_row)
        layout.addWidget(self.tabs, 1)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self._save_shortcut)

        choice = default_choice(ctx.settings.reflection_interval, today)
        self.picker.setCurrentIndex(max(0, self.picker.findData(choice)))
        self.picker.currentIndexChanged.connect(self._picker_changed)
        self._picker_changed()

    # --- period ---------------------------------------------------------------

    def period(self) -> P.Period:
        code = self.picker.currentData()
        if code == "custom":
            a, b = self.date_from.date(), self.date_to.date()
            first = dt.date(a.year(), a.month(), a.day())
            last = dt.date(b.year(), b.month(), b.day())
            return P.custom(min(first, last), max(first, last))
        return R.picker_period(code, self.ctx.today())

    def _picker_changed(self) -> None:
        custom = self.picker.currentData() == "custom"
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)
        self.refresh()

    def _custom_changed(self) -> None:
        if self.picker.currentData() == "custom":
            self.refresh()

    # --- data -----------------------------------------------------------------

    def refresh(self) -> None:
        """Show the chosen period's figures now, the period before's right after.

        The period before costs about as much as the chosen one; its "before" cells
        say "…" until :meth:`_fill_previous` runs from the event loop, after the
        first paint. Every figure ends the same as :func:`R.panel`'s.
        """
        period = self.period()
        now = self.ctx.clock()
        # The trend and the period before's event list are not on the figures tab:
        # the trend is read when the charts are first looked at (see _update_charts).
        self.data = R.current_panel(
            period,
            R.Thresholds.from_settings(self.ctx.settings),
            now,
            with_trend=False,
        )
        self._trend_now = now
        self._trend_missing = True
        if period.kind == "custom":
            text = self.tr("%1 · compared with %2").replace("%1", T.range_text(period))
        else:
            text = (
                self.tr("%1 (%2) · compared with %3")
                .replace("%1", T.period_name(period))
                .replace("%2", T.range_text(period))
            )
        self.period_label.setText(
            text.replace("%3", T.period_name(period.previous())).replace(
                "%2", T.range_text(period.previous())
            )
        )
        self.overview.show_panel(self.data)
        self.guided.set_panel(self.data)
        self._charts_stale = True
        if self.tabs.currentWidget() is self.charts_holder:
            self._update_charts()
        self.past.reload()
        self._previous_timer.start()  # restarts: replaces a read still pending

    @property
    def previous_pending(self) -> bool:
        """True while the "before" column still waits for the period before."""
        return self.data is not None and self.data.previous is None

    def _fill_previous(self) -> None:
        """Read the period before the shown one and fill in the "before" column."""
        data = self.data
        if data is None or data.previous is not None:
            return
        data.previous = R.previous_figures(data.current.period, self._trend_now, details=False)
        self.overview.show_panel(data, with_findings=False)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.charts_holder:
            self._update_charts()

    def ensure_charts(self) -> ChartsTab:
        """Charts are built the first time their tab is shown (Qt Charts loads slowly)."""
        if self.charts is None:
            self.charts = ChartsTab()
            self.charts_holder.layout().addWidget(self.charts)
            self._charts_stale = True
        return self.charts

    def _update_charts(self) -> None:
        """Draw the figures into the charts, once per new period, when they are looked at.

        Hundreds of networks make hundreds of chart series: redrawing them on every
        period change, while the figures tab is in front, would double its cost.
        """
        charts = self.ensure_charts()
        if self._charts_stale and self.data is not None:
            if self._trend_missing:
                self.data.trend = R.trend(self.data.current.period.last_day, 12, self._trend_now)
                self._trend_missing = False
            charts.show_panel(self.data, self.ctx.settings.finding_low_enjoyment)
            self._charts_stale = False

    # --- saving ---------------------------------------------------------------

    def _save_shortcut(self) -> None:
        if self.tabs.currentWidget() is self.guided and self.guided.save_button.isEnabled():
            self.save_reflection()

    def save_reflection(self) -> int | None:
        if self.data is None:
            return None
        try:
            reflection_id = R.save_reflection(
                self.data.current.period,
                self.guided.answer_texts(),
                self.guided.verdict(),
                self.data.current,
                self.data.findings,
                now=self.ctx.clock(),
            )
        except R.ReflectionError:
            return None
        self.guided.clear()
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Reflection saved."), 6000)
        self.ctx.events.notify("reflection")
        self.tabs.setCurrentWidget(self.past)
        return reflection_id

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind != "reflection":
            return False
        self.tabs.setCurrentWidget(self.past)
        return True

    def focus_primary(self) -> None:
        self.picker.setFocus()
