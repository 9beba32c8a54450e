"""The reminders feature (tray, scheduler) is set up once the window has painted.

The start leaves it out of the first paint (``install_features(tray_later=True)``)
and installs it right after; the user must find the same window: the due
indicator, the reminders settings page in its usual place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMenu, QWidget
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


def _menu_entries(menu: QMenu) -> list[str]:
    """Every entry of a menu, submenus opened: what a user finds in it, in order."""
    entries: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            entries.append("---")
            continue
        entries.append(f"{action.text()} [{action.shortcut().toString()}]")
        sub = action.menu()
        if isinstance(sub, QMenu):
            entries += [f"  {entry}" for entry in _menu_entries(sub)]
    return entries


def _window_parts(window, monkeypatch) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    bar = window.statusBar()
    return {
        "menus": [
            entry for menu in (window.file_menu, window.edit_menu) for entry in _menu_entries(menu)
        ],
        "toolbar": [action.text() for action in window.toolbar.actions()],
        "status bar": [w.objectName() for w in bar.findChildren(QWidget) if w.parent() is bar],
        "settings": _tab_titles(window, monkeypatch),
    }


def test_features_installed_around_the_first_paint_give_the_same_window(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The start installs quick capture and the sync status before the first paint
    and the other features after it: menus, toolbar, status bar and settings pages
    end up as when all but the tray are installed at once, the tray after them
    (the start before issue 20)."""
    from kontaktbuch.ui.main_window import MainWindow
    from kontaktbuch.ui.plugins import (
        install_after_paint,
        install_before_paint,
        install_features,
        install_tray,
    )

    eager = MainWindow(demo_ctx)
    qtbot.addWidget(eager)
    install_features(eager, demo_ctx, tray_later=True)
    install_tray(eager, demo_ctx)
    expected = _window_parts(eager, monkeypatch)
    assert any("vCard" in entry for entry in expected["menus"])  # the import menu is there

    started = MainWindow(demo_ctx)
    qtbot.addWidget(started)
    install_before_paint(started, demo_ctx)
    first_paint = _window_parts(started, monkeypatch)
    assert first_paint["toolbar"] == expected["toolbar"]
    assert not any("vCard" in entry for entry in first_paint["menus"])
    install_after_paint(started, demo_ctx)
    assert _window_parts(started, monkeypatch) == expected
    for window in (eager, started):
        window.reminders_feature.scheduler.stop()  # type: ignore[attr-defined]


def test_the_contact_editor_is_built_after_the_first_paint(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The first paint shows "No contact selected"; the editor is there once the
    window has painted, and opening a contact shows it."""
    from kontaktbuch.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    view = window.view("contacts")
    assert window.findChild(QWidget, "contactEditor") is None
    assert view.detail.currentWidget() is view.placeholder  # type: ignore[attr-defined]
    window.build_deferred()
    editor = window.findChild(QWidget, "contactEditor")
    assert editor is not None
    assert view.detail.currentWidget() is view.placeholder  # type: ignore[attr-defined]
    view.table.setCurrentIndex(view.model.index(0, 0))  # type: ignore[attr-defined]
    assert view.detail.currentWidget() is editor  # type: ignore[attr-defined]
