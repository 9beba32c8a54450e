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

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.text import reflection as T
from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.view import View
from kontaktbuch.ui.reflection.overview import ChartsTab, OverviewTab
from kontaktbuch.ui.reflection.saved import GuidedTab, PastTab


def default_choice(interval: str, today: dt.date) -> str:
    """The period a reflection is most likely about: the one just ended, early on."""
    if interval == "weekly":
        return "last_week" if today.weekday() < 4 else "this_week"
    return "last_month" if today.day <= 7 else "this_month"


"""What a "before" cell shows in the moment between the period's figures and the one before's."""


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
        self.overview.first_steps.log_requested.connect(self.start_capture)
        self.overview.first_steps.goal_requested.connect(self.new_goal)
        self.charts: ChartsTab | None = None
        self._charts_stale = False  # new figures not yet drawn (charts tab not shown)
        self._trend_missing = False  # the figures came without the trend the charts need
        # the moment the figures shown were read at: the trend and the event list,
        # read later, count up to it too
        self._read_at: dt.datetime | None = None
        self._events_read = True  # the figures' event list is there (or read when painted)
        self.charts_holder = QWidget()
        self._charts_layout = QVBoxLayout(self.charts_holder)
        self._charts_layout.setContentsMargins(0, 0, 0, 0)
        self.guided = GuidedTab()
        self.guided.save_requested.connect(self.save_reflection)
        self._guided_stale = True  # new figures not yet given to the guided tab
        self.past = PastTab()
        self._past_stale = True  # saved reflections changed since the tab was filled
        self.tabs.addTab(build.scrolled(self.overview), self.tr("Figures"))
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
        """Show the chosen period's figures beside the period before's, in one go.

        Both are sums of the journal's stored figures (a few milliseconds even for
        ten years), so the period before is read with the chosen one and the
        tables are filled and laid out once. Every figure is the same as
        :func:`R.panel`'s.
        """
        period = self.period()
        now = self.ctx.clock()
        # The trend and the period before's event list are not on the figures tab:
        # the trend is read when the charts are first looked at (see _update_charts).
        self.data = R.panel(
            period,
            R.Thresholds.from_settings(self.ctx.settings),
            now,
            with_trend=False,
            previous_details=False,
            events=False,
        )
        self._read_at = now
        self._events_read = False
        self._trend_missing = True
        # "up to today, day 6 of 31" beside the dates of a running period
        so_far = T.so_far_text(self.data.current)
        dates = T.range_text(period) + (f", {so_far}" if so_far else "")
        if period.kind == "custom":
            text = self.tr("%1 · compared with %2").replace("%1", dates)
        else:
            text = (
                self.tr("%1 (%2) · compared with %3")
                .replace("%1", T.period_name(period))
                .replace("%2", dates)
            )
        self.period_label.setText(
            text.replace("%3", T.period_name(period.previous())).replace(
                "%2", T.range_text(period.previous())
            )
        )
        self.overview.show_panel(self.data, event_list=self._event_list)
        # The guided reflection builds a row of widgets per goal: only when it is shown.
        self._guided_stale = True
        if self.tabs.currentWidget() is self.guided:
            self._update_guided()
        self._charts_stale = True
        if self.tabs.currentWidget() is self.charts_holder:
            self._update_charts()
        # Saved reflections do not depend on the period: read when their tab is shown.
        self._past_stale = True
        if self.tabs.currentWidget() is self.past:
            self._update_past()

    def _event_list(self) -> list[R.EventFigures]:
        """The period's events: read when their table is first painted, or a reflection
        is saved (its snapshot keeps them), once per refresh."""
        if self.data is None:
            return []
        if not self._events_read:
            self.data.current.event_list = R.event_list(self.data.current.period, self._read_at)
            self._events_read = True
        return self.data.current.event_list

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.charts_holder:
            self._update_charts()
        elif self.tabs.widget(index) is self.past:
            self._update_past()
        elif self.tabs.widget(index) is self.guided:
            self._update_guided()

    def _update_guided(self) -> None:
        if self._guided_stale and self.data is not None:
            self.guided.set_panel(self.data)
            self._guided_stale = False

    def _update_past(self) -> None:
        if self._past_stale:
            self.past.reload()
            self._past_stale = False

    def ensure_charts(self) -> ChartsTab:
        """Charts are built the first time their tab is shown (Qt Charts loads slowly)."""
        if self.charts is None:
            self.charts = ChartsTab()
            self._charts_layout.addWidget(self.charts)
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
                self.data.trend = R.trend(self.data.current.period.last_day, 12, self._read_at)
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
        self._update_guided()  # the guided tab speaks of the period shown
        self._event_list()  # the snapshot keeps every figure, the events too
        verdicts = self.guided.goal_verdicts_chosen()
        try:
            reflection_id = R.save_reflection(
                self.data.current.period,
                self.guided.answer_texts(),
                self.guided.verdict(),
                self.data.current,
                self.data.findings,
                now=self.ctx.clock(),
                goal_verdicts=verdicts,
            )
        except R.ReflectionError:
            return None
        self.guided.clear()
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Reflection saved."), 6000)
        # A verdict per goal may have changed a budget or paused a goal.
        self.ctx.events.notify("reflection", *(["goal"] if verdicts else []))
        self.tabs.setCurrentWidget(self.past)
        return reflection_id

    # --- first steps ----------------------------------------------------------

    def start_capture(self) -> None:
        """Log a conversation: the window's capture action (Ctrl+L)."""
        action = self.window().findChild(QAction, "captureAction")
        if action is not None:
            action.trigger()

    def new_goal(self) -> None:
        """Set a goal: the goals view and its form for a new goal."""
        window = self.window()
        show_view = getattr(window, "show_view", None)
        if callable(show_view):
            goals = show_view("goals")
            new_goal = getattr(goals, "new_goal", None)
            if callable(new_goal):
                new_goal()

    def open_item(self, kind: str, item_id: int) -> bool:
        if kind != "reflection":
            return False
        self.tabs.setCurrentWidget(self.past)
        return True

    def focus_primary(self) -> None:
        self.picker.setFocus()
