"""Alt+letters and view shortcuts that do what they say, in German and in English.

A letter underlined twice in one window makes Alt+letter go to whichever Qt finds
first: in Contacts with a contact open, Alt+F went to "Offers" instead of the
File menu. Every view (with an item open, every tab page) and every dialog is
walked with the menu bar, in both languages. Ctrl+1… show a view and put the
focus into its main list, so the next ↓ moves in that list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from kontaktbuch.text.i18n import install_translators
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.views import VIEWS
from tests.ui import visible_text as vt
from tests.ui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture(params=["de", "en"])
def lang(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    install_translators(request.param, tmp_path / "cache")
    return str(request.param)


def test_no_alt_letter_is_claimed_twice_in_any_view(
    lang: str, demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    problems = vt.walk(window, vt.mnemonic_clashes)  # type: ignore[arg-type]
    problems += vt.menu_clashes(window, "menus")  # type: ignore[arg-type]
    assert not problems, "\n".join(problems)


def test_no_alt_letter_is_claimed_twice_in_any_dialog(
    lang: str, demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    problems: list[str] = []
    for where, dialog in vt.dialogs(window, demo_ctx):  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        problems += vt.mnemonic_clashes(list(vt.shown_texts(dialog, where)))
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("english")
def test_alt_f_opens_the_file_menu_with_a_contact_open(
    demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    view = window.go_to_view("contacts")  # type: ignore[attr-defined]
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.editor.contact_id is not None)
    view.editor.tabs.setCurrentIndex(0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.file_menu.isVisible())  # type: ignore[attr-defined]
    window.file_menu.hide()  # type: ignore[attr-defined]


@pytest.mark.usefixtures("english")
def test_ctrl_digit_puts_the_focus_into_the_views_list(
    demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    window.nav.setFocus()  # type: ignore[attr-defined]
    for number, spec in enumerate(VIEWS, start=1):
        if number > 9:
            break
        key = getattr(Qt.Key, f"Key_{number}")
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        view = window.view(spec.key)  # type: ignore[attr-defined]
        assert window.current_view_key() == spec.key  # type: ignore[attr-defined]
        focus = QApplication.focusWidget()
        assert focus is not window.nav, spec.key  # type: ignore[attr-defined]
        assert focus is not None and view.isAncestorOf(focus), (spec.key, focus)
    # ↓ now moves in the list, and the view stays.
    window.go_to_view("contacts")  # type: ignore[attr-defined]
    table = window.view("contacts").table  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert isinstance(table, QAbstractItemView) and table.currentIndex().row() >= 1
    assert window.current_view_key() == "contacts"  # type: ignore[attr-defined]
