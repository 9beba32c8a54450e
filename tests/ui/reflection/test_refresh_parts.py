"""A new period replaces what the overview and the guided tab show, built or reused.

The view keeps the findings' labels from one period to the next and fills the
guided reflection only when its tab is shown (both for speed): the user must
still see exactly the new period's findings and goals.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import periods as P
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.reflection.view import ReflectionView

pytestmark = [pytest.mark.usefixtures("english")]


@pytest.fixture
def view(qtbot: QtBot, demo_ctx: AppContext) -> ReflectionView:
    widget = ReflectionView(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _shown_findings(view: ReflectionView) -> list[str]:
    layout = view.overview.findings_layout
    labels = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [label.text() for label in labels if label is not None and label.isVisible()]


def _choose(view: ReflectionView, first: str, last: str) -> None:
    view.picker.setCurrentIndex(view.picker.findData("custom"))
    view.date_from.setDate(view.date_from.date().fromString(first, "yyyy-MM-dd"))
    view.date_to.setDate(view.date_to.date().fromString(last, "yyyy-MM-dd"))


def test_findings_of_the_new_period_only(view: ReflectionView) -> None:
    _choose(view, "2026-01-01", "2026-11-26")
    many = _shown_findings(view)
    assert len(many) > 1 and all(text.startswith("• ") for text in many)
    assert [label.text() for label in view.overview.finding_labels] == many
    _choose(view, "2000-01-01", "2000-01-31")  # nothing happened then
    assert _shown_findings(view) == ["Nothing stands out in this period."]
    assert view.overview.finding_labels == []
    _choose(view, "2026-01-01", "2026-11-26")
    assert _shown_findings(view) == many


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
