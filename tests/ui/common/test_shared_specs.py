"""The small shared builders several views rely on: a button that follows its action,
form rows with their problem lines, and list columns described as data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.common import build
from kontaktbuch.ui.common.detail_editor import Row, add_rows
from kontaktbuch.ui.common.paged_model import Column, PagedTableModel


def test_an_action_button_triggers_its_action_and_is_enabled_with_it(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    fired: list[bool] = []
    action = QAction("&Done", owner)
    action.triggered.connect(lambda: fired.append(True))
    action.setEnabled(False)

    button = build.action_button(action, name="doneButton", tip="Mark as done")

    assert button.text() == "&Done" and button.objectName() == "doneButton"
    assert button.toolTip() == "Mark as done"
    assert not button.isEnabled()  # as the action was when the button was made
    action.setEnabled(True)
    assert button.isEnabled()
    button.click()
    assert fired == [True]
    action.setEnabled(False)
    assert not button.isEnabled()


def test_form_rows_put_each_problem_line_under_its_field(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    title, place, when = QLineEdit(), QLineEdit(), QLineEdit()
    problem = QLabel("Too long")

    shown = add_rows(
        form,
        Row("&Title:", title, "title", problem),
        Row("&When:", when),
        Row("&Place:", place, "place"),
    )

    fields = [form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget() for row in range(4)]
    assert fields == [title, problem, when, place]
    assert form.labelForField(problem) is None  # under the field, with no label of its own
    # the fields that show a dataclass field as it is, in the order of the form
    assert list(shown.items()) == [("title", title), ("place", place)]


@dataclass(frozen=True)
class _Item:
    id: int
    name: str
    count: int


class _Model(PagedTableModel[_Item]):
    def __init__(self) -> None:
        super().__init__()
        self.columns = (
            Column("Name", lambda item: item.name, tip=True),
            Column("Count", lambda item: str(item.count), right=True),
        )

    def load_page(self, after: _Item | None, limit: int) -> list[_Item]:
        return [] if after is not None else [_Item(7, "Anna Berger", 3)][:limit]


def test_columns_give_titles_texts_tooltips_and_alignment(qtmodeltester: Any) -> None:
    model = _Model()
    model.reload()
    qtmodeltester.check(model)
    name, count = model.index(0, 0), model.index(0, 1)

    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert (name.data(), count.data()) == ("Anna Berger", "3")
    # a tooltip where a column may cut its text, not on every cell
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "Anna Berger"
    assert count.data(Qt.ItemDataRole.ToolTipRole) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert name.data(Qt.ItemDataRole.TextAlignmentRole) is None
