"""At home on the desktop: palette colours, sharp icons, names for screen readers.

These tests look at the whole UI package and every registered view, so a view
added later is held to the same rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kontaktbuch.ui.common import icons, palette
from kontaktbuch.ui.common.context import AppContext
from kontaktbuch.ui.views import VIEWS

UI = Path(__file__).resolve().parents[2] / "kontaktbuch" / "ui"
# a colour named in code: QColor("#…")/QColor(1, 2, 3), a style sheet colour, Qt.red …
HARD_CODED = re.compile(
    r"QColor\(\s*[\"'#\d]|(?<![\w.])(?:color|background(?:-color)?)\s*:\s*(?:#|rgb|[a-z]+;)"
    r"|GlobalColor\.(?!transparent)\w+|Qt\.(?:red|green|blue|black|white|gray|yellow)\b",
    re.IGNORECASE,
)
ALLOWED_MARK = "colour-ok"


def test_no_hard_coded_colours_in_the_ui() -> None:
    """Colours come from the palette (or ui/palette.py), so dark desktops stay readable."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "palette.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HARD_CODED.search(line) and ALLOWED_MARK not in line:
                offenders.append(f"{path.relative_to(UI.parent.parent)}:{number}: {line.strip()}")
    assert not offenders, (
        "use QPalette roles or kontaktbuch.ui.common.palette (error_color, muted_color, "
        "set_text_color …) instead:\n" + "\n".join(offenders)
    )


def test_palette_colours_fit_light_and_dark(qapp: QApplication) -> None:
    label = QWidget()
    light = QPalette(QColor("#f0f0f0"))
    dark = QPalette(QColor("#2b2b2b"))
    label.setPalette(light)
    assert not palette.is_dark(label)
    on_light = palette.error_color(label)
    label.setPalette(dark)
    assert palette.is_dark(label)
    on_dark = palette.error_color(label)
    assert on_light.lightness() < 128 < on_dark.lightness()


@pytest.mark.parametrize("name", sorted(icons._THEME))
def test_every_icon_has_a_sharp_fallback(name: str, qapp: QApplication) -> None:
    """Without a desktop theme, every icon comes from our SVGs, crisp at any size."""
    stem = icons._FILES.get(name, name)
    assert icons.icon_path(f"{stem}.svg").exists()
    icon = icons.icon(name)
    for size in (16, 256):
        pixmap = icon.pixmap(QSize(size, size))
        assert pixmap.width() == size, f"{name} at {size} px is {pixmap.width()} px"
        image = pixmap.toImage()
        assert any(
            image.pixelColor(x, y).alpha() > 0 for x in range(0, size, 2) for y in range(size)
        )


def keyboard_controls_without_name(top: QWidget) -> list[str]:
    """Visible widgets one can tab to that a screen reader could not name."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(widget, (QTabBar, QScrollBar, QDialog)) or widget.isWindow():
            continue  # tabs are named one by one; windows have titles
        if type(widget) is QScrollArea:
            continue  # a plain container: its controls are checked one by one
        if widget.focusProxy() is not None:
            continue  # the proxy gets the focus and is checked itself
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            continue  # the spin box or combo box itself is checked
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__}({widget.objectName() or '-'})")
    return missing


def test_controls_of_the_window_and_views_have_accessible_names(
    demo_ctx: AppContext, make_window, qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    window.show()
    qtbot.waitExposed(window)
    missing: list[str] = []
    for spec in VIEWS:
        window.show_view(spec.key)
        QApplication.processEvents()
        missing += [f"{spec.key}: {m}" for m in keyboard_controls_without_name(window)]
    window.search_field.setText("Anna")
    qtbot.waitUntil(lambda: window.search_panel.isVisible())
    missing += [f"search: {m}" for m in keyboard_controls_without_name(window)]
    assert not sorted(set(missing)), "\n".join(sorted(set(missing)))


def test_welcome_and_settings_controls_have_accessible_names(
    demo_ctx: AppContext, make_window, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_ctx, first_start=True)
    window.show()
    qtbot.waitExposed(window)
    missing = [f"welcome: {m}" for m in keyboard_controls_without_name(window)]
    shown: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        shown.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    window.open_settings()
    assert shown
    missing += [f"settings: {m}" for m in keyboard_controls_without_name(shown[0])]
    assert not missing, "\n".join(missing)


def test_search_field_and_navigation_are_named_for_screen_readers(
    demo_ctx: AppContext, make_window
) -> None:
    window = make_window(demo_ctx)
    for widget in (window.search_field, window.nav):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (what Alt+letter triggers), if any."""
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).lower() if match else None


def clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            found.append(f"{seen[letter]!r} and {text!r} share Alt+{letter.upper()}")
        seen[letter] = text
    return found


@pytest.mark.parametrize("lang", ["de", "en"])
def test_menu_mnemonics_are_unique_in_each_language(
    lang: str, demo_ctx: AppContext, make_window, tmp_path: Path, qapp: QApplication
) -> None:
    """Keyboard users open menus with Alt+letter; two entries on one letter break that."""
    from PySide6.QtCore import QLocale

    from kontaktbuch.text.i18n import install_translators, remove_translators

    previous = QLocale()
    install_translators(lang, tmp_path / "cache")
    try:
        window = make_window(demo_ctx)
        bar = window.menuBar()
        problems = clashes([a.text() for a in bar.actions() if a.isVisible()])
        for action in bar.actions():
            menu = action.menu()
            if menu is not None:
                texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
                problems += [f"{action.text()}: {c}" for c in clashes(texts)]
    finally:
        remove_translators()
        QLocale.setDefault(previous)
    assert not problems, "\n".join(problems)
