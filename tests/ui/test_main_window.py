"""The main window as a user meets it: views, first start, search, settings, memory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kontaktbuch.journal import overview
from kontaktbuch.settings import Settings
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.views import VIEWS


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts only reach the active window, as on a real desktop."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _visible_children(widget: QWidget) -> int:
    return sum(1 for child in widget.findChildren(QWidget) if child.isVisible())


def test_every_view_opens_and_is_never_blank(
    qtbot: QtBot, demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(demo_ctx)
    show_active(qtbot, window)
    for spec in VIEWS:
        qtbot.keyClick(window, spec.shortcut[-1], Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_key() == spec.key
        view = window.stack.currentWidget()
        assert view is window.view(spec.key)
        assert _visible_children(view) > 0, spec.key
    assert set(window.created_views()) == {spec.key for spec in VIEWS}
    assert "60" in window.statusBar().currentMessage()


def test_views_are_created_only_when_shown(
    demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    demo_ctx.settings.last_view = "goals"
    window = make_window(demo_ctx)
    assert list(window.created_views()) == ["goals"]


def test_first_start_offers_the_demo_journal(
    qtbot: QtBot, ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(ctx, first_start=True)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isVisible()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert overview.counts()["contacts"] == 60
    assert window.current_view_key() == VIEWS[0].key
    assert window.stack.currentWidget() is window.view(VIEWS[0].key)


def test_start_empty_shows_an_explaining_empty_state(
    qtbot: QtBot, ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(ctx, first_start=True)
    window.show()
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)
    view = window.stack.currentWidget()
    titles = [w for w in view.findChildren(QLabel, "emptyStateTitle") if w.isVisible()]
    assert titles and titles[0].text() == "No contacts yet"


def test_search_field_finds_a_contact_with_umlauts(
    qtbot: QtBot, demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(demo_ctx)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "S")
    window.search_field.insert("chröder")  # QTest can only type ASCII keys
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.search_panel)
    items = [
        window.search_panel.results.item(i).text()
        for i in range(window.search_panel.results.count())
    ]
    assert any("Schröder" in text for text in items)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    window.search_field.clear()
    assert window.stack.currentWidget() is not window.search_panel


def test_size_position_and_last_view_are_remembered(
    qtbot: QtBot, demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    window = make_window(demo_ctx)
    window.show()
    window.resize(720, 540)  # the offscreen screen is 800x600
    window.show_view("reminders")
    window.close()
    saved = Settings.load(demo_ctx.paths.settings_file)
    assert saved.last_view == "reminders" and saved.window_geometry
    demo_ctx.settings = saved
    again = make_window(demo_ctx)
    again.show()
    assert again.current_view_key() == "reminders"
    assert (again.width(), again.height()) == (720, 540)


def test_settings_dialog_saves(qtbot: QtBot, ctx: AppContext) -> None:
    from kontaktbuch.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.backups.setValue(4)
    dialog.accept()
    saved = Settings.load(ctx.paths.settings_file)
    assert (saved.language, saved.backups_to_keep) == ("de", 4)


def test_backup_now_from_the_menu(
    qtbot: QtBot, demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    from kontaktbuch.store import backup

    window = make_window(demo_ctx)
    window.backup_action.trigger()
    assert len(backup.list_backups(demo_ctx.paths.backups_dir)) == 1
    assert "backups" in window.statusBar().currentMessage()


def test_german_interface(
    qtbot: QtBot, demo_ctx: AppContext, make_window: Callable[..., object]
) -> None:
    from kontaktbuch.text.i18n import install_translators

    install_translators("de", demo_ctx.paths.cache_dir)
    try:
        window = make_window(demo_ctx)
        assert window.file_menu.title() == "&Datei"
        assert window.nav.item(0).text() == "Kontakte"
        assert "Kontakte" in window.statusBar().currentMessage()
        # Qt's own standard texts are German too.
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        install_translators("en", demo_ctx.paths.cache_dir)
