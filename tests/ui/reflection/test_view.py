"""The reflection panel with the demo journal: figures, findings, charts, saving."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.reflection.view import ReflectionView, default_choice
from tests.conftest import DEMO_TODAY

# The offscreen platform says so whenever a top-level window is shown.
pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("english"),
]


@pytest.fixture
def view(qtbot: QtBot, demo_ctx: AppContext) -> ReflectionView:
    widget = ReflectionView(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _cells(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_panel_shows_the_period_beside_the_one_before(
    view: ReflectionView, demo_ctx: AppContext, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert view.picker.currentData() == "this_month"  # monthly, late in the month
    assert "November 2026" in view.period_label.text()
    assert "October 2026" in view.period_label.text()
    summary = view.overview.summary.figures
    qtmodeltester.check(summary)
    assert summary.headerData(1, summary_orientation()) == "November 2026"
    expected = R.compute_figures(P.parse("2026-11"), demo_ctx.clock())
    rows = {row[0]: row[1:] for row in _cells(summary)}
    hours = f"{expected.total_minutes / 60:.1f} h"
    assert rows["Total time"][0] == hours
    assert rows["Conversations"][0] == str(expected.conversations)
    for table in (view.overview.goals, view.overview.networks, view.overview.events):
        qtmodeltester.check(table.figures)
    assert [r[0] for r in _cells(view.overview.goals.figures)] == [g.title for g in expected.goals]
    assert view.overview.finding_lines  # the demo raises questions
    assert all(line.rstrip().endswith("?") for line in view.overview.finding_lines)
    assert _shown_findings(view) == view.overview.finding_lines

    view.picker.setCurrentIndex(view.picker.findData("last_quarter"))
    assert "Q3 2026" in view.period_label.text() and "Q2 2026" in view.period_label.text()
    assert summary.headerData(2, summary_orientation()) == "Q2 2026"


def summary_orientation():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_custom_range(view: ReflectionView, qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    assert not view.date_from.isVisible()
    view.picker.setCurrentIndex(view.picker.findData("custom"))
    assert view.date_from.isVisible()
    view.date_from.setDate(QDate(2026, 1, 1))
    view.date_to.setDate(QDate(2026, 3, 31))
    assert view.period() == P.custom(P.parse("2026-01").start, P.parse("2026-03").last_day)
    from kontaktbuch.text import reflection as T

    assert view.period_label.text().startswith(T.date(P.parse("2026-01").start))
    # compared with the 90 days before: 3 Oct – 31 Dec 2025
    assert T.date(dt.date(2025, 10, 3)) in view.period_label.text()
    assert view.data is not None and view.data.current.total_minutes > 0


def test_charts_show_goals_networks_and_twelve_months(view: ReflectionView) -> None:
    view.tabs.setCurrentIndex(1)
    charts = view.ensure_charts()
    assert view.data is not None
    goals = view.data.current.goals
    assert charts.goal_chart.series.barSets()[1].count() == len(goals)
    assert charts.goal_chart.chart().title() == "Time per goal against budget"
    axes = charts.goal_chart.chart().axes()
    assert {a.titleText() for a in axes} == {"Goal", "Hours"}
    rated = [n for n in view.data.current.networks if n.enjoyment is not None]
    assert len(charts.scatter.points) == len(rated)
    assert charts.trend.bars.count() == 12
    assert charts.trend.chart().legend().isVisible()
    assert charts.goal_chart.over_marker is None  # nothing over budget in November

    view.picker.setCurrentIndex(view.picker.findData("last_month"))
    over = [
        i
        for i, g in enumerate(reversed(view.data.current.goals))
        if g.budget_ratio is not None and g.budget_ratio > 1
    ]
    assert over  # October: "Erfahrungsaustausch" took more than its 4 hours
    assert charts.goal_chart.series.barSets()[1].selectedBars() == over  # drawn in red
    assert charts.goal_chart.over_marker is not None
    assert charts.goal_chart.over_marker.name() == "Over budget"


def test_charts_follow_a_period_changed_on_another_tab(view: ReflectionView) -> None:
    """Charts are redrawn when their tab is shown again, with the period chosen meanwhile."""
    view.tabs.setCurrentIndex(1)
    charts = view.ensure_charts()
    assert charts.goal_chart.over_marker is None  # November: nothing over budget
    view.tabs.setCurrentIndex(0)
    view.picker.setCurrentIndex(view.picker.findData("last_month"))
    assert view.data is not None
    over = [
        i
        for i, g in enumerate(reversed(view.data.current.goals))
        if g.budget_ratio is not None and g.budget_ratio > 1
    ]
    view.tabs.setCurrentIndex(1)
    assert charts.goal_chart.series.barSets()[1].selectedBars() == over
    assert charts.goal_chart.over_marker is not None
    rated = [n for n in view.data.current.networks if n.enjoyment is not None]
    assert len(charts.scatter.points) == len(rated)


def test_saving_a_reflection(view: ReflectionView, qtbot: QtBot, demo_ctx: AppContext) -> None:
    view.tabs.setCurrentWidget(view.guided)
    assert not view.guided.save_button.isEnabled()
    qtbot.keyClicks(view.guided.answers["brought"], "Zwei Empfehlungen")
    qtbot.keyClicks(view.guided.answers["change"], "Weniger Stammtisch")
    view.guided.verdict_buttons["less"].click()
    assert view.guided.save_button.isEnabled()
    with qtbot.waitSignal(demo_ctx.events.changed):
        qtbot.mouseClick(view.guided.save_button, qt_left())
    row = m.Reflection.get()
    assert row.verdict == "less" and str(row.period_start) == "2026-11-01"
    assert json.loads(row.answers)["brought"] == "Zwei Empfehlungen"
    snapshot = json.loads(row.figures)
    assert view.data is not None
    assert snapshot["total_minutes"] == view.data.current.total_minutes
    assert view.tabs.currentWidget() is view.past
    assert view.guided.answers["brought"].toPlainText() == ""  # ready for the next one
    assert view.past.model.rowCount() == 1
    assert "Zwei Empfehlungen" in view.past.browser.toPlainText()

    # A second reflection of last month: both side by side, older first.
    view.picker.setCurrentIndex(view.picker.findData("last_month"))
    view.tabs.setCurrentWidget(view.guided)
    qtbot.keyClicks(view.guided.answers["enjoyed"], "Alumni-Abend")
    view.save_reflection()
    text = view.past.browser.toPlainText()
    assert text.index("October 2026") < text.index("November 2026")
    assert "Alumni-Abend" in text and "Zwei Empfehlungen" in text
    assert R.next_reflection_date("monthly", R.last_reflection_date(), DEMO_TODAY).day == 1


def qt_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_view_follows_changes_of_the_journal(view: ReflectionView, demo_ctx: AppContext) -> None:
    assert view.data is not None
    before = view.data.current.total_minutes
    m.Conversation.create(occurred_at=demo_ctx.clock().replace(hour=8), minutes=120)
    demo_ctx.events.notify("conversation")
    assert view.data.current.total_minutes == before + 120


def test_settings_page_changes_the_findings(
    demo_ctx: AppContext, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from kontaktbuch.ui.settings_dialog import SettingsDialog

    window = make_window(demo_ctx)
    view = window.show_view("reflection")
    window.show()
    assert view.data is not None
    before = {f.kind for f in view.data.findings}
    assert "no_goal_time" not in before

    def fake_exec(dialog: SettingsDialog) -> int:
        page = dialog.findChild(object, "reflectionSettingsPage")
        assert page is not None
        page.limits["finding_no_goal_share"].setValue(5)
        page.interval.setCurrentIndex(page.interval.findData("weekly"))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.settings_action.trigger()
    assert demo_ctx.settings.finding_no_goal_share == pytest.approx(0.05)
    assert demo_ctx.settings.reflection_interval == "weekly"
    assert "no_goal_time" in {f.kind for f in view.data.findings}
    saved = demo_ctx.paths.settings_file.read_text(encoding="utf-8")
    assert '"finding_no_goal_share": 0.05' in saved


def test_default_period_choice() -> None:
    assert default_choice("monthly", dt.date(2026, 12, 2)) == "last_month"
    assert default_choice("monthly", dt.date(2026, 11, 26)) == "this_month"
    assert default_choice("weekly", dt.date(2026, 11, 30)) == "last_week"  # Monday
    assert default_choice("weekly", dt.date(2026, 11, 27)) == "this_week"  # Friday


def test_empty_journal_panel(qtbot: QtBot, ctx: AppContext) -> None:
    view = ReflectionView(ctx)
    qtbot.addWidget(view)
    assert view.data is not None and view.data.current.total_minutes == 0
    assert _shown_findings(view) == ["Nothing stands out in this period."]
    view.ensure_charts()


def test_an_empty_journal_says_what_to_do_first(
    qtbot: QtBot, ctx: AppContext, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """No wall of empty tables: what to do first, with a button for each step."""
    from kontaktbuch.ui.goals.dialog import GoalDialog

    opened: list[GoalDialog] = []
    monkeypatch.setattr(GoalDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window = make_window(ctx)
    window.show()
    view = window.show_view("reflection")
    steps = view.overview.first_steps
    assert steps.isVisible() and not view.overview.summary.isVisible()
    assert not view.overview.goals.isVisible() and not view.overview.events.isVisible()
    assert steps.log_button.isVisible() and steps.goal_button.isVisible()
    assert "Log a conversation" in steps.text.text() and "Set a goal" in steps.text.text()
    steps.goal_button.click()  # the goals view with its form for a new goal
    assert window.current_view_key() == "goals"
    assert len(opened) == 1 and opened[0].windowTitle() == "New goal"


def test_a_nearly_empty_journal_shows_its_figures_and_the_next_step(
    qtbot: QtBot, ctx: AppContext
) -> None:
    m.Goal.create(title="Kunden", budget_hours=4.0, created_at=ctx.clock() - dt.timedelta(days=60))
    m.Conversation.create(occurred_at=ctx.clock() - dt.timedelta(hours=2), minutes=30)
    view = ReflectionView(ctx)
    qtbot.addWidget(view)
    view.show()
    steps = view.overview.first_steps
    assert steps.isVisible() and view.overview.summary.isVisible()
    assert steps.log_button.isVisible() and not steps.goal_button.isVisible()
    for _ in range(2):
        m.Conversation.create(occurred_at=ctx.clock() - dt.timedelta(hours=1), minutes=30)
    ctx.events.notify("conversation")
    assert not steps.isVisible()  # three items and a goal: nothing left to start with


def test_network_shares_say_why_they_add_up_to_more(view: ReflectionView) -> None:
    from PySide6.QtCore import Qt

    assert view.data is not None
    assert sum(n.share for n in view.data.current.networks) > 1.0  # the demo: ~ 190 %
    note = view.overview.share_note
    assert note.isVisible() and "more than 100 %" in note.text()
    header = view.overview.networks.figures.headerData(
        2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header == note.text()


def test_the_running_period_says_up_to_today(view: ReflectionView) -> None:
    assert "up to today, day 26 of 30" in view.period_label.text()  # 26 November
    view.picker.setCurrentIndex(view.picker.findData("last_month"))
    assert "up to today" not in view.period_label.text()
    assert view.overview.summary.figures.headerData(1, summary_orientation()) == "October 2026"


def test_the_settings_page_opens_without_scrolling_and_says_its_rules(
    demo_ctx: AppContext, make_window, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QScrollArea

    from kontaktbuch.ui.settings_dialog import SettingsDialog

    window = make_window(demo_ctx)
    window.show()
    seen: dict[str, object] = {}

    def fake_exec(dialog: SettingsDialog) -> int:
        dialog.show()
        page = dialog.findChild(object, "reflectionSettingsPage")
        dialog.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        area = page.findChild(QScrollArea)
        seen["scroll"] = area.verticalScrollBar().maximum()
        sentence = page.findChild(object, "networkShareSentence")
        seen["before"] = sentence.text()
        page.limits["finding_network_share"].setValue(30)
        seen["after"] = sentence.text()
        page.limits["finding_budget_underuse"].setValue(40)
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    window.settings_action.trigger()
    assert seen["scroll"] == 0  # tall enough: nothing to scroll
    assert seen["before"] == "Ask about a network when it takes at least 25 % of your time"
    assert seen["after"] == "Ask about a network when it takes at least 30 % of your time"
    assert demo_ctx.settings.finding_budget_underuse == pytest.approx(0.4)


def test_double_click_opens_the_goal(demo_ctx: AppContext, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_ctx)
    view = window.show_view("reflection")
    table = view.overview.goals
    first = view.data.current.goals[0]
    assert table.figures.index(0, 0).data() == first.title
    view.overview._open_row(table, table.figures.index(0, 0))
    assert window.current_view_key() == "goals"
    assert window.view("goals").current_goal_id() == first.goal_id


def _before_column(view: ReflectionView) -> list[str]:
    return [row[2] for row in _cells(view.overview.summary.figures)]


def test_before_column_comes_with_the_period(view: ReflectionView, demo_ctx: AppContext) -> None:
    """The period before is read with the chosen one: every "before" cell shows its figure."""
    from kontaktbuch.text import formatting as F

    view.picker.setCurrentIndex(view.picker.findData("last_quarter"))
    assert view.data is not None and view.data.previous is not None
    assert view.data.previous.period == P.parse("2026-Q2")
    summary = view.overview.summary.figures
    assert summary.headerData(2, summary_orientation()) == "Q2 2026"
    now, before = (
        R.compute_figures(P.parse("2026-Q3"), demo_ctx.clock()),
        R.compute_figures(P.parse("2026-Q2"), demo_ctx.clock()),
    )
    rows = {row[0]: row[1:] for row in _cells(summary)}
    assert rows["Conversations"] == [str(now.conversations), str(before.conversations)]
    assert rows["Total time"][1] == f"{before.total_minutes / 60:.1f} h"
    earlier = {n.network_id: n.minutes for n in before.networks}
    expected = [
        F.hours(earlier[n.network_id]) if n.network_id in earlier else "–" for n in now.networks
    ]
    assert expected and any(cell != "–" for cell in expected)
    assert [row[-1] for row in _cells(view.overview.networks.figures)] == expected


# A new period replaces what the overview and the guided tab show, built or reused:
# the view keeps the findings' labels from one period to the next and fills the
# guided reflection only when its tab is shown (both for speed).


def _shown_findings(view: ReflectionView) -> list[str]:
    """The findings' paragraphs as the label shows them."""
    document = QTextDocument()
    document.setHtml(view.overview.findings_label.text())
    return document.toPlainText().split("\n")


def _choose(view: ReflectionView, first: str, last: str) -> None:
    view.picker.setCurrentIndex(view.picker.findData("custom"))
    view.date_from.setDate(view.date_from.date().fromString(first, "yyyy-MM-dd"))
    view.date_to.setDate(view.date_to.date().fromString(last, "yyyy-MM-dd"))


def test_findings_of_the_new_period_only(view: ReflectionView) -> None:
    _choose(view, "2026-01-01", "2026-11-26")
    many = _shown_findings(view)
    assert len(many) > 1 and all(text.startswith("• ") for text in many)
    assert view.overview.finding_lines == many
    _choose(view, "2000-01-01", "2000-01-31")  # nothing happened then
    assert _shown_findings(view) == ["Nothing stands out in this period."]
    assert view.overview.finding_lines == []
    _choose(view, "2026-01-01", "2026-11-26")
    assert _shown_findings(view) == many


def test_findings_are_selectable_and_shown_as_written(view: ReflectionView) -> None:
    label = view.overview.findings_label
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    values = {"share": 0.5, "enjoyment": 1.5}
    odd = R.Finding("network_costly", "<b>Kunst & Bau</b>  e.V.", 1, values)
    view.overview.show_panel(dataclasses.replace(view.data, findings=[odd]))
    (shown,) = _shown_findings(view)
    assert "<b>Kunst & Bau</b>  e.V." in shown  # not markup, spaces kept
    assert label.selectedText() == ""
    label.setSelection(0, len(shown))
    assert label.selectedText().replace("\u00a0", " ") == shown


def test_guided_tab_follows_the_period_when_shown(view: ReflectionView) -> None:
    view.picker.setCurrentIndex(view.picker.findData("last_month"))
    view.tabs.setCurrentWidget(view.guided)
    assert view.data is not None and view.data.current.period == P.parse("2026-10")
    assert "October 2026" in view.guided.heading.text()
    view.tabs.setCurrentWidget(view.overview.parentWidget().parentWidget())
    view.picker.setCurrentIndex(view.picker.findData("this_month"))
    view.tabs.setCurrentWidget(view.guided)
    assert "November 2026" in view.guided.heading.text()
    shown = {row.goal.goal_id for row in view.guided.goal_verdicts.rows}
    asked = {g.goal_id for g in view.data.current.goals if g.status in ("active", "paused")}
    assert shown == asked and all(row.isVisible() for row in view.guided.goal_verdicts.rows)


def test_the_events_are_read_when_their_table_is_scrolled_to(
    view: ReflectionView, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    """A year's events lie far below the first screen: read and worded only when shown."""
    view.picker.setCurrentIndex(view.picker.findData("this_year"))
    qtbot.waitExposed(view)
    assert view.data is not None
    expected = R.compute_figures(view.data.current.period, demo_ctx.clock()).event_list
    assert len(expected) > 5
    events = view.overview.events
    assert events.figures.rowCount() == len(expected)
    qtbot.wait(50)  # painted: the first screen, not the events
    assert events.figures.pending and view.data.current.event_list == []
    area = view.findChild(QScrollArea)
    assert area is not None
    area.ensureWidgetVisible(events)
    qtbot.waitUntil(lambda: not events.figures.pending)
    assert [row[0] for row in _cells(events.figures)] == [e.title for e in expected]
    assert view.data.current.event_list == expected
    # measured once worded: every date fits its column
    qtbot.waitUntil(lambda: events.columnWidth(1) >= QTableView.sizeHintForColumn(events, 1))


def test_a_saved_reflection_keeps_the_events_not_looked_at(
    view: ReflectionView, demo_ctx: AppContext, qtbot: QtBot
) -> None:
    view.picker.setCurrentIndex(view.picker.findData("this_year"))
    qtbot.waitExposed(view)
    assert view.overview.events.figures.pending
    view.tabs.setCurrentWidget(view.guided)
    view.guided.answers["brought"].setPlainText("Drei Aufträge")
    view.save_reflection()
    snapshot = json.loads(m.Reflection.get().figures)
    assert view.data is not None
    expected = R.compute_figures(view.data.current.period, demo_ctx.clock()).event_list
    assert len(expected) > 5
    assert [e["event_id"] for e in snapshot["event_list"]] == [e.event_id for e in expected]


def test_key_figures_stay_at_the_top_and_whole_beside_many_findings(
    view: ReflectionView, qtbot: QtBot
) -> None:
    """A long custom range's dates and thirty findings once pushed the key figures
    down beside the findings, their names cut to "Total ti…"."""
    from PySide6.QtCore import QDate

    view.picker.setCurrentIndex(view.picker.findData("custom"))
    view.date_from.setDate(QDate(2025, 11, 27))
    view.date_to.setDate(QDate(2026, 11, 26))
    assert view.data is not None and view.data.findings
    view.overview.show_panel(dataclasses.replace(view.data, findings=view.data.findings * 30))
    qtbot.waitExposed(view)
    summary, box = view.overview.summary, view.overview.findings_box
    qtbot.waitUntil(lambda: box.height() > 3 * summary.height())
    assert abs(summary.y() - box.y()) < 20
    for column in range(3):
        assert summary.columnWidth(column) >= QTableView.sizeHintForColumn(summary, column)
