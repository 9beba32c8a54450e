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


def _plain_rows(count: int) -> list[Row]:
    rows = [Row([f"Treffen {i}", f"{i % 9},5 Std.", f"{i % 5}"]) for i in range(count)]
    rows[count // 2].cells[1] = "12.345,5 Std."  # the widest figure, mid-table
    return rows


def test_rows_promised_for_later_are_worded_when_the_table_is_painted(
    qtbot: QtBot, qtmodeltester: Any
) -> None:
    """A year's hundreds of events: read and worded only once their table is on screen."""
    worded: list[int] = []

    def make() -> list[Row]:
        worded.append(1)
        return _plain_rows(300)

    eager = FigureTable(["Event", "Time", "Talks"], "eagerTable")
    eager.set_rows(_plain_rows(300))
    table = FigureTable(["Event", "Time", "Talks"], "lazyTable")
    for widget in (eager, table):
        qtbot.addWidget(widget)
    table.set_rows_later(300, make)
    # as tall as its rows will be, before a single one is worded
    assert table.figures.rowCount() == 300
    assert table.height() == eager.height()
    assert table.rowHeight(0) == eager.rowHeight(0)
    table.minimumSizeHint()
    table.horizontalHeader().resizeSections()
    assert worded == []
    table.resize(600, table.height())
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: table.columnWidth(1) >= _qt_width(table, 1))
    assert worded == [1]
    assert table.figures.index(150, 1).data() == "12.345,5 Std."
    for column in (1, 2):
        assert table.sizeHintForColumn(column) == eager.sizeHintForColumn(column)
    assert table.minimumSizeHint() == eager.minimumSizeHint()
    assert table.height() == eager.height()
    qtmodeltester.check(table.figures)
    assert worded == [1]


def test_promised_rows_are_worded_for_anyone_who_asks(qtbot: QtBot) -> None:
    """Not only a paint: a screen reader's or a test's look at a cell words them too."""
    model = FigureTableModel(["Event", "Time"])
    model.set_rows_later(3, lambda: [Row(["A", "1 Std."]), Row(["B", "2 Std."])])
    assert model.pending
    with qtbot.waitSignal(model.rows_worded):
        assert model.index(1, 0).data() == "B"
    assert not model.pending
    # fewer rows than promised: the rest stay blank, the count holds
    assert model.rowCount() == 3
    assert model.index(2, 0).data() == ""
    # new rows before the promised ones were asked for: those are never worded
    model.set_rows_later(1, lambda: pytest.fail("replaced rows were worded"))
    model.set_rows([Row(["C"])])
    assert model.rows()[0].cells == ["C"]


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_the_row_height_without_rows_is_that_of_a_plain_row(qtbot: QtBot, scale: float) -> None:
    table = FigureTable(["Event", "Time"], "testTable")
    qtbot.addWidget(table)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    table.setFont(font)
    table.set_rows([Row(["Frühstück Ägypten", "1,5 Std."])])
    measured = max(table.sizeHintForRow(0), table.verticalHeader().minimumSectionSize())
    other = FigureTable(["Event", "Time"], "otherTable")
    qtbot.addWidget(other)
    other.setFont(font)
    other.set_rows_later(5, lambda: [])
    assert other.rowHeight(0) == measured


def test_rows_that_cannot_be_read_leave_the_count_the_views_know() -> None:
    """A journal that fails while the promised rows are read (a full disk, a locked
    file) must not leave the table with fewer rows than its views were told."""

    def broken() -> list[Row]:
        raise OSError("disk I/O error")

    model = FigureTableModel(["Event", "Time"])
    model.set_rows_later(4, broken)
    with pytest.raises(OSError):
        model.index(0, 0).data()
    assert not model.pending
    assert model.rowCount() == 4
    assert model.index(3, 0).data() == ""
