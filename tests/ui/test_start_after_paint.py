"""The reminders feature (tray, scheduler) is set up once the window has painted.

The start leaves it out of the first paint (``install_features(tray_later=True)``)
and installs it right after; the user must find the same window: the due
indicator, the reminders settings page in its usual place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.common.context import AppContext


def _tab_titles(window, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    titles: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        tabs = dialog.tabs  # type: ignore[attr-defined]
        titles.extend(tabs.tabText(i) for i in range(tabs.count()))
        return 0

    monkeypatch.setattr("kontaktbuch.ui.settings_dialog.SettingsDialog.exec", fake_exec)
    window.open_settings()
    return titles


def test_tray_installed_later_gives_the_same_window(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from kontaktbuch.ui.main_window import MainWindow
    from kontaktbuch.ui.plugins import install_features, install_tray

    eager = MainWindow(demo_ctx)
    qtbot.addWidget(eager)
    install_features(eager, demo_ctx)
    expected = _tab_titles(eager, monkeypatch)

    later = MainWindow(demo_ctx)
    qtbot.addWidget(later)
    install_features(later, demo_ctx, tray_later=True)
    assert not hasattr(later, "reminders_feature")
    assert later.findChild(QWidget, "dueIndicator") is None
    install_tray(later, demo_ctx)
    assert later.findChild(QWidget, "dueIndicator") is not None
    assert _tab_titles(later, monkeypatch) == expected
    for window in (eager, later):
        window.reminders_feature.scheduler.stop()  # type: ignore[attr-defined]


def test_after_first_paint_runs_once_after_the_paint(qtbot: QtBot) -> None:
    from kontaktbuch.ui.application import _FirstPaint

    calls: list[bool] = []
    widget = QWidget()
    qtbot.addWidget(widget)
    watcher = _FirstPaint(0.0, lambda: calls.append(widget.isVisible()), report=False)
    widget.installEventFilter(watcher)
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    watcher.run_then()  # the fallback timer, too late: nothing runs twice
    assert calls == [True]
