"""The Goals view: create, edit, pause, complete, drop and delete goals; their history."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import goals as G
from kontaktbuch.store import models as m
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.common.figure_table import ROW_KEY_ROLE
from kontaktbuch.ui.goals.dialog import GoalDialog
from kontaktbuch.ui.goals.view import GoalsView

pytestmark = [
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
    pytest.mark.usefixtures("english"),
]


def fake_dialog(monkeypatch: pytest.MonkeyPatch, fill) -> list[GoalDialog]:  # type: ignore[no-untyped-def]
    seen: list[GoalDialog] = []

    def exec_(dialog: GoalDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GoalDialog, "exec", exec_)
    return seen


def test_first_goal_from_the_empty_state(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    view = GoalsView(ctx)
    qtbot.addWidget(view)
    assert view.stack.currentWidget() is view.stack.empty

    def fill(dialog: GoalDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Neue Kunden")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("clients"))
        dialog.period_combo.setCurrentIndex(dialog.period_combo.findData("quarter"))
        dialog.budget_spin.setValue(12.5)
        dialog.target_kind.setCurrentIndex(dialog.target_kind.findData("outcomes"))
        dialog.target_value.setValue(3)
        dialog.outcome_kind.setCurrentIndex(dialog.outcome_kind.findData("opportunity"))

    fake_dialog(monkeypatch, fill)
    view.stack.empty.findChildren(object)  # the button is there
    view.new_goal()
    assert view.stack.currentWidget() is view.stack.content
    (goal,) = G.list_goals()
    assert (goal.title, goal.kind, goal.period, goal.budget_hours) == (
        "Neue Kunden",
        "clients",
        "quarter",
        12.5,
    )
    assert (goal.target_kind, goal.target_value, goal.target_outcome_kind) == (
        "outcomes",
        3,
        "opportunity",
    )
    qtmodeltester.check(view.model)
    assert view.detail.title.text() == "Neue Kunden"
    assert "12.5 h" in view.detail.meta.text() or "12,5" in view.detail.meta.text()
    qtmodeltester.check(view.detail.items_model)


def test_dialog_refuses_a_goal_without_title(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = GoalDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden() and "title" in dialog.error_label.text()
    assert m.Goal.select().count() == 0


def test_status_changes_delete_and_undo(qtbot: QtBot, demo_ctx: AppContext) -> None:
    view = GoalsView(demo_ctx)
    qtbot.addWidget(view)
    titles = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert titles[0] == "Ehrenamt bei der Tafel" and len(titles) == 5
    goal_id = view.current_goal_id()
    assert goal_id is not None

    view.pause_button.click()
    assert G.get_goal(goal_id).status == "paused"
    assert view.pause_button.text() == "Res&ume"
    assert view.model.index(view.list.currentIndex().row(), 0).data().endswith("(Paused)")
    view.pause_button.click()
    assert G.get_goal(goal_id).status == "active"

    view.select_goal(goal_id)
    view.complete_button.click()
    assert G.get_goal(goal_id).status == "done"
    assert view.model.rowCount() == 4  # completed goals are hidden …
    view.show_all.setChecked(True)
    assert view.model.rowCount() == 5  # … until asked for
    view.select_goal(goal_id)
    view.drop_button.click()
    assert G.get_goal(goal_id).status == "dropped"

    links = m.GoalConversation.select().where(m.GoalConversation.goal == goal_id).count()
    assert links > 0
    view.select_goal(goal_id)
    view.delete_button.click()
    assert m.Goal.get_or_none(m.Goal.id == goal_id) is None
    assert view.model.rowCount() == 4
    demo_ctx.undo_stack.undo()
    assert G.get_goal(goal_id).status == "dropped"
    assert m.GoalConversation.select().where(m.GoalConversation.goal == goal_id).count() == links
    assert view.model.rowCount() == 5


def test_history_bars_and_served_items(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    view = GoalsView(demo_ctx)
    qtbot.addWidget(view)
    goal = next(g for g in G.list_goals() if g.title.startswith("Sichtbarer"))
    view.select_goal(goal.goal_id)
    history = G.goal_history(goal.goal_id, demo_ctx.today(), 6)
    first = view.detail.rows[0]
    assert first.name.text() == "November 2026"
    # 8 h a month; November is running on the demo's today, the 26th of 30 days:
    # the budget so far (issue 15, point 7: the running period is judged up to today)
    assert first.time_bar.maximum() == round(480 * 26 / 30)
    assert first.time_bar.value() == min(round(480 * 26 / 30), history[0].figures.minutes)
    assert "of 9 conversations" in first.target_text.text()  # 10 × 26 / 30, rounded
    assert "target: 10 a month" in first.target_text.text()
    assert view.detail.rows[1].time_bar.maximum() == 480  # October: the whole budget
    served = view.detail.items_model
    qtmodeltester.check(served)
    total = sum(len(G.served_items(goal.goal_id, h.period)) for h in history)
    assert served.rowCount() == total > 0

    opened: list[tuple[str, int]] = []
    demo_ctx.events.open_item.connect(lambda kind, item: opened.append((kind, item)))
    view._open_served(served.index(0, 1))
    assert opened and opened[0][0] in ("conversation", "event")

    # Take the newest item off the goal; undo puts it back.
    key = served.index(0, 0).data(ROW_KEY_ROLE)
    view.detail.items.selectRow(0)
    assert view.detail.unlink_button.isEnabled()
    view.detail.unlink_button.click()
    assert view.detail.items_model.rowCount() == total - 1
    linked = G.event_goals if key[0] == "event" else G.conversation_goals
    assert goal.goal_id not in linked(key[1])
    demo_ctx.undo_stack.undo()
    assert goal.goal_id in linked(key[1])
    assert view.detail.items_model.rowCount() == total

    def rename(dialog: GoalDialog) -> None:
        assert dialog.title_edit.text() == goal.title
        dialog.title_edit.setText("Sichtbarkeit")

    fake_dialog(monkeypatch, rename)
    view.edit_goal()
    assert G.get_goal(goal.goal_id).title == "Sichtbarkeit"
    assert view.detail.title.text() == "Sichtbarkeit"


def test_the_goal_form_sets_the_first_day(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new goal counts from today unless the form says an earlier (or later) day."""
    from PySide6.QtCore import QDate

    view = GoalsView(ctx)
    qtbot.addWidget(view)

    def fill(dialog: GoalDialog) -> None:
        today = ctx.today()
        assert dialog.starts_on.date() == QDate(today.year, today.month, today.day)
        qtbot.keyClicks(dialog.title_edit, "Sichtbarkeit")
        dialog.starts_on.setDate(QDate(2026, 1, 1))

    fake_dialog(monkeypatch, fill)
    view.new_goal()
    (goal,) = G.list_goals()
    assert goal.starts_on == dt.date(2026, 1, 1)

    def check(dialog: GoalDialog) -> None:
        assert dialog.starts_on.date() == QDate(2026, 1, 1)  # shown again when edited

    fake_dialog(monkeypatch, check)
    view.edit_goal()
