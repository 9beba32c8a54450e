"""The log's short columns are shown whole in the window's usual size (issue 14: in
English the time read "11:00 …" and the enjoyment column was off to the right)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from kontaktbuch.text.i18n import install_translators
from kontaktbuch.ui.common.context import AppContext
from tests.ui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_time_to_enjoyment_are_whole_and_in_view(
    lang: str,
    tmp_path: Path,
    demo_ctx: AppContext,
    make_window: Callable[..., object],
    qtbot: QtBot,
) -> None:
    install_translators(lang, tmp_path / "cache")
    window = make_window(demo_ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    window.resize(1100, 720)  # type: ignore[attr-defined]
    view = window.go_to_view("conversations")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    table, model = view.table, view.model
    columns = model.COLUMNS
    short = ("day", "time", "contacts", "channel", "minutes", "enjoyment")
    for name in short:
        column = columns.index(name)
        left = table.columnViewportPosition(column)
        assert left >= 0 and left + table.columnWidth(column) <= table.viewport().width(), name
    for name in ("day", "time", "channel", "minutes", "enjoyment"):
        column = columns.index(name)
        for row in range(min(model.rowCount(), 60)):
            index = model.index(row, column)
            font = index.data(0x6) or table.font()  # FontRole
            needed = QFontMetrics(font).horizontalAdvance(str(index.data() or "")) + 8
            assert needed <= table.columnWidth(column), (name, index.data())
