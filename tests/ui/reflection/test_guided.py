"""The guided reflection: figures beside the questions, a verdict per goal, saved and applied."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import reflection as R
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.reflection.view import ReflectionView

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
    widget.tabs.setCurrentWidget(widget.guided)
    return widget


def _row(view: ReflectionView, title: str):  # type: ignore[no-untyped-def]
    return next(r for r in view.guided.goal_verdicts.rows if r.goal.title == title)


def test_each_goal_has_its_line_and_the_question(view: ReflectionView) -> None:
    assert view.data is not None
    asked = [g for g in view.data.current.goals if g.status in ("active", "paused")]
    rows = view.guided.goal_verdicts.rows
    assert [r.goal.goal_id for r in rows] == [g.goal_id for g in asked] and rows
    visible = _row(view, "Sichtbarer werden als Beraterin")
    # time of budget, progress of target, enjoyment – and the question
    line = visible.line.text()
    assert " of " in line and "budget" in line and "conversation" in line
    assert "(target: 10 a month)" in line  # November is running: the target so far
    assert "Is it worth it to you?" in {
        w.text() for w in visible.findChildren(type(visible.line)) if w.text()
    }
    assert [b.text() for b in visible.buttons.values()] == [
        "Keep as it is",
        "Change the budget:",
        "Pause",
        "Drop",
    ]
    # The questions come with the figures that answer them.
    brought = view.guided.question_figures["brought"].text()
    assert brought.startswith(f"Outcomes: {view.data.current.outcomes} · new contacts: ")
    assert "in total" in view.guided.question_figures["worth"].text()
    assert "most enjoyed:" in view.guided.question_figures["enjoyed"].text()
    assert "Recommendation given:" in view.guided.question_figures["gave"].text()
    assert view.guided.question_figures["change"].isHidden()


def test_verdicts_are_saved_applied_and_shown_next_time(
    view: ReflectionView, qtbot: QtBot, demo_ctx: AppContext
) -> None:
    view.picker.setCurrentIndex(view.picker.findData("last_month"))  # October
    assert not view.guided.save_button.isEnabled()
    tafel = _row(view, "Ehrenamt bei der Tafel")
    visible = _row(view, "Sichtbarer werden als Beraterin")
    assert tafel.budget.value() == 6.0  # its budget as set, per month
    tafel.budget.setValue(3.0)  # changing the hours chooses "change the budget"
    assert tafel.buttons["budget"].isChecked()
    visible.buttons["keep"].click()
    _row(view, "Neue Kunden im Mittelstand").buttons["pause"].click()
    assert view.guided.save_button.isEnabled()  # verdicts alone are worth saving
    with qtbot.waitSignal(demo_ctx.events.changed):
        view.guided.save_button.click()
    # applied at once
    assert m.Goal.get(m.Goal.title == "Ehrenamt bei der Tafel").budget_hours == 3.0
    assert m.Goal.get(m.Goal.title == "Neue Kunden im Mittelstand").status == "paused"
    assert m.Goal.get(m.Goal.title == "Sichtbarer werden als Beraterin").status == "active"
    stored = json.loads(m.Reflection.get().answers)["goal_verdicts"]
    assert [(v["verdict"], v["budget_before"], v["budget_after"]) for v in stored] == [
        ("budget", 6.0, 3.0),
        ("pause", 20.0, None),
        ("keep", 8.0, None),
    ]
    assert "Ehrenamt bei der Tafel: halve the budget" in view.past.browser.toPlainText()
    # November's reflection shows what October decided, beside each goal.
    view.picker.setCurrentIndex(view.picker.findData("this_month"))
    view.tabs.setCurrentWidget(view.guided)
    tafel = _row(view, "Ehrenamt bei der Tafel")
    assert tafel.earlier_label.isVisible()
    assert tafel.earlier_label.text() == (
        "In October 2026 you wanted to halve the budget (6.0 h → 3.0 h a month)."
    )
    kept = _row(view, "Sichtbarer werden als Beraterin")
    assert kept.earlier_label.text() == "In October 2026 you wanted to keep the goal as it is."
    # paused now, and listed because something in November served it
    paused = _row(view, "Neue Kunden im Mittelstand")
    assert paused.earlier_label.text() == "In October 2026 you wanted to pause the goal."
    assert _row(view, "Neuen Job im Produktmanagement finden").earlier_label.isHidden()
    assert set(R.earlier_verdicts(view.data.current.period)) == {  # type: ignore[union-attr]
        tafel.goal.goal_id,
        kept.goal.goal_id,
        paused.goal.goal_id,
    }


def test_completed_goals_are_not_asked(view: ReflectionView, demo_ctx: AppContext) -> None:
    m.Goal.update(status="done").where(m.Goal.title == "Ehrenamt bei der Tafel").execute()
    demo_ctx.events.notify("goal")
    titles = [r.goal.title for r in view.guided.goal_verdicts.rows]
    assert "Ehrenamt bei der Tafel" not in titles and titles
