"""The figure tables of the reflection panel: sized like Qt would, without asking every cell."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.common.figure_table import (
    NAME_MIN_WIDTH,
    ROW_SAMPLE,
    FigureTable,
    FigureTableModel,
    Row,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _rows(count: int) -> list[Row]:
    rows = [Row([f"Netzwerk {i}", f"{i % 7},5 Std.", "12 %"]) for i in range(count)]
    # The widest figure and a bold cell far below the first rows.
    rows[count - 3].cells[1] = "12.345,5 Std."
    rows[count - 2].emphasis = {2}
    rows[count - 2].cells[2] = "100 %"
    return rows


def _qt_width(table: FigureTable, column: int) -> int:
    """What Qt itself finds, asking every cell."""
    return QTableView.sizeHintForColumn(table, column)


@pytest.mark.parametrize("count", [5, ROW_SAMPLE + 1, 600])
def test_columns_fit_the_widest_cell_and_every_row_shows(
    qtbot: QtBot, qtmodeltester: Any, count: int
) -> None:
    table = FigureTable(["Network", "Time", "Share"], "testTable")
    qtbot.addWidget(table)
    table.set_rows(_rows(count))
    table.resize(600, table.height())
    table.show()
    qtbot.waitExposed(table)
    qtmodeltester.check(table.figures)
    for column in (1, 2):
        assert table.sizeHintForColumn(column) == _qt_width(table, column)
        assert table.columnWidth(column) >= _qt_width(table, column)
    heights = {table.rowHeight(r) for r in range(count)}
    tallest = max(table.sizeHintForRow(r) for r in range(count))
    assert heights == {max(tallest, table.verticalHeader().minimumSectionSize())}
    header = table.horizontalHeader().sizeHint().height()
    assert table.height() >= header + count * table.rowHeight(0)
    # A new, shorter set of rows: narrower columns, a lower table.
    table.set_rows([Row(["A", "1,0 Std.", "5 %"])])
    assert table.sizeHintForColumn(1) == _qt_width(table, 1)
    assert table.height() < header + 3 * table.rowHeight(0) + 10


def test_a_long_table_is_not_measured_cell_by_cell(qtbot: QtBot) -> None:
    """Hundreds of networks used to cost hundreds of thousands of ``data()`` calls."""
    calls = [0]

    class Counting(FigureTableModel):
        def data(
            self,
            index: QModelIndex | QPersistentModelIndex,
            role: int = Qt.ItemDataRole.DisplayRole,
        ) -> Any:
            calls[0] += 1
            return super().data(index, role)

    table = FigureTable(["Network", "Time", "Share"], "testTable")
    table.figures = Counting(["Network", "Time", "Share"], table)
    table.setModel(table.figures)
    table.figures.modelReset.connect(table._fit_height)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    calls[0] = 0
    table.set_rows(_rows(2000))
    table.minimumSizeHint()
    table.horizontalHeader().resizeSections()
    assert calls[0] < 2000


@pytest.mark.parametrize("name", ["N", "Arbeitskreis Digitalisierung im Mittelstand"])
@pytest.mark.parametrize("count", [5, 600])
def test_the_minimum_width_keeps_the_names_up_to_their_limit(
    qtbot: QtBot, name: str, count: int
) -> None:
    """The names' column counts with its widest name, but no more than NAME_MIN_WIDTH."""
    table = FigureTable(["Network", "Time", "Share"], "testTable")
    qtbot.addWidget(table)
    rows = _rows(count)
    for n, row in enumerate(rows):
        row.cells[0] = name[: 1 + n % len(name)]
    table.set_rows(rows)
    header = table.horizontalHeader()
    names = min(_qt_width(table, 0), NAME_MIN_WIDTH)
    width = max(header.sectionSizeHint(0), names) + sum(
        max(header.sectionSizeHint(c), _qt_width(table, c)) for c in (1, 2)
    )
    expected = max(QTableView.minimumSizeHint(table).width(), width + 2 * table.frameWidth())
    assert table.minimumSizeHint().width() == expected


def test_a_larger_font_makes_taller_rows_and_wider_columns(qtbot: QtBot) -> None:
    table = FigureTable(["Network", "Time", "Share"], "testTable")
    qtbot.addWidget(table)
    table.set_rows(_rows(100))
    row, width = table.rowHeight(0), table.sizeHintForColumn(1)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)
    assert table.rowHeight(0) > row
    assert table.sizeHintForColumn(1) > width
    assert table.sizeHintForColumn(1) == QTableView.sizeHintForColumn(table, 1)


def test_a_tooltip_is_worded_only_when_asked_for() -> None:
    asked: list[int] = []

    def tooltip() -> str:
        asked.append(1)
        return "Budget: 2 Std. pro Monat"

    model = FigureTableModel(["Ziel", "Zeit"])
    model.set_rows([Row(["Kunden", "3 Std."], tooltip=tooltip), Row(["Netz", "1 Std."])])
    assert asked == []
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Budget: 2 Std. pro Monat"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Netz"
    assert asked == [1]
