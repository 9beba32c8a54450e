"""Every view with every text 40 % longer: nothing may be cut off.

German runs about a third longer than English, and translations change. With
the pseudo-translation of :mod:`kontaktbuch.text.i18n` padding every text by 40 %,
the main window visits every registered view (new views are covered by being in
``VIEWS``), the welcome page and the settings dialog, and every visible label,
button, group box title, tab, column header and menu must still show its whole
text at the window's usual size.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kontaktbuch.text.i18n import STRETCH_FILLER, install_translators, remove_translators
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.views import VIEWS
from tests.ui.cut_text import cut_texts

STRETCH = 1.4
WINDOW_SIZE = (1100, 720)


@pytest.fixture(params=["de", "en"])
def stretched(request: pytest.FixtureRequest, tmp_path: Path, qapp: QApplication) -> Iterator[str]:
    """Translators for the language, with every text padded by 40 %."""
    previous_locale = QLocale()
    install_translators(request.param, tmp_path / "cache", stretch=STRETCH)
    yield request.param
    remove_translators()
    QLocale.setDefault(previous_locale)


def settle(qtbot: QtBot) -> None:
    """Let pending layout requests run (no waiting for time)."""
    QApplication.processEvents()
    QApplication.processEvents()


def test_pseudo_translation_is_active(stretched: str) -> None:
    """Guard: the checks below mean nothing if the texts were not stretched."""
    title = VIEWS[0].translated_title()
    assert title.endswith(STRETCH_FILLER)
    # plurals keep working: Qt fills %n into the stretched form
    counted = QCoreApplication.translate("MainWindow", "%n contact(s)", "", 3)
    assert counted.startswith("3 ") and counted.endswith(STRETCH_FILLER)


def test_no_view_cuts_stretched_text(
    stretched: str, demo_ctx: AppContext, make_window, qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for spec in VIEWS:
        window.show_view(spec.key)
        settle(qtbot)
        problems += cut_texts(window, spec.key, lists=(window.nav,))
    window.search_field.setText("Baumann")
    qtbot.waitUntil(lambda: window.search_panel.isVisible())
    settle(qtbot)
    problems += cut_texts(window, "search", lists=(window.nav,))
    assert not problems, "\n".join(problems)


def test_welcome_page_keeps_stretched_text_whole(
    stretched: str, demo_ctx: AppContext, make_window, qtbot: QtBot
) -> None:
    window = make_window(demo_ctx, first_start=True)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    assert window.welcome is not None and window.welcome.isVisible()
    problems = cut_texts(window, "welcome", lists=(window.nav,))
    assert not problems, "\n".join(problems)


def test_settings_dialog_keeps_stretched_text_whole(
    stretched: str,
    demo_ctx: AppContext,
    make_window,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opened the way the user opens it, with every feature's pages."""
    window = make_window(demo_ctx)
    shown: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        settle(qtbot)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    window.open_settings()
    assert shown
    dialog = shown[0]
    problems: list[str] = []
    tabs = getattr(dialog, "tabs", None)
    pages = range(tabs.count()) if tabs is not None else range(1)
    for index in pages:
        if tabs is not None:
            tabs.setCurrentIndex(index)
            settle(qtbot)
        problems += cut_texts(dialog, f"settings page {index}")
    assert not problems, "\n".join(problems)
