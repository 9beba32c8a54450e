"""The window fits a small laptop screen, whichever views have been opened."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.views import VIEWS

SMALL_WIDTH = 720


def test_every_view_fits_a_window_720_px_wide(
    demo_ctx: AppContext, make_window, qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    window.show()
    too_wide = []
    for spec in VIEWS:
        window.show_view(spec.key)
        QApplication.processEvents()
        if window.minimumSizeHint().width() > SMALL_WIDTH:
            too_wide.append(f"{spec.key}: {window.minimumSizeHint().width()} px")
    assert not too_wide, "\n".join(too_wide)
    window.resize(SMALL_WIDTH, 540)
    QApplication.processEvents()
    assert window.width() == SMALL_WIDTH
