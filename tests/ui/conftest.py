"""Fixtures for widget tests: a context over a temporary journal, and the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TypeVar

import peewee as pw
import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kontaktbuch.paths import Paths
from kontaktbuch.settings import Settings
from kontaktbuch.ui.common.context import AppContext
from tests.conftest import DEMO_TODAY

W = TypeVar("W", bound=QWidget)


def make_ctx(app_paths: Paths, database: pw.SqliteDatabase, settings: Settings) -> AppContext:
    return AppContext(
        paths=app_paths,
        settings=settings,
        db=database,
        lang="en",
        clock=lambda: dt.datetime.combine(DEMO_TODAY, dt.time(10, 0)),
    )


def show_active(qtbot: QtBot, widget: W) -> W:
    """Show a view as the active window, so that keys and focus reach it as a user's would."""
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def ctx(app_paths: Paths, db: pw.SqliteDatabase, settings: Settings) -> AppContext:
    """A context over an empty journal."""
    return make_ctx(app_paths, db, settings)


@pytest.fixture
def demo_ctx(app_paths: Paths, demo_db: pw.SqliteDatabase, settings: Settings) -> AppContext:
    """A context over the demo journal, with the clock on the demo's today."""
    return make_ctx(app_paths, demo_db, settings)


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[..., object]]:
    """Build the main window (with every feature installed) for a context."""

    def build(context: AppContext, first_start: bool = False):  # type: ignore[no-untyped-def]
        from kontaktbuch.ui.main_window import MainWindow
        from kontaktbuch.ui.plugins import install_features

        window = MainWindow(context, first_start=first_start)
        install_features(window, context)
        qtbot.addWidget(window)
        return window

    yield build
