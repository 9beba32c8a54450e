"""What the user reads: no mnemonic marker shown as it is, no English in the German
window, and the help names the keys as the keyboard does.

Every view (with an item open, every tab page), the menus and the dialogs are
walked in German and in English. A stray marker is an "&" inside a word where
Qt does not read it ("Ziel&wert") or an "& " where it does (an underlined
space: "Veranstaltungen _Netzwerke"). In German, a text is English when it is
the source of a translation that exists — the check that found the
conversation details' "Event:" and "Outcomes" (lupdate cannot see a tr()
inside an f-string; a static check below keeps that from happening again).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kontaktbuch.text.i18n import install_translators
from kontaktbuch.ui.common.context import AppContext
from tests.ui import visible_text as vt
from tests.ui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["de", "en"])
def lang(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    install_translators(request.param, tmp_path / "cache")
    return str(request.param)


def _problems(texts: list[vt.Shown], lang: str, sources: dict[str, str]) -> list[str]:
    problems: list[str] = []
    for shown in texts:
        found = vt.stray_marker(shown)
        if found is None and lang == "de":
            found = vt.untranslated(shown, sources)
        if found is not None:
            problems.append(f"{shown.where}: {shown.widget} “{shown.text[:90]}”: {found}")
    return problems


def test_every_view_and_menu_reads_right(
    lang: str, demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    show_active(qtbot, window)  # type: ignore[arg-type]
    sources = vt.english_sources()
    assert "Outcomes" in sources  # the check knows what English looks like
    problems = vt.walk(window, lambda texts: _problems(texts, lang, sources))  # type: ignore[arg-type]
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_every_dialog_reads_right(
    lang: str, demo_ctx: AppContext, make_window: Callable[..., object], qtbot: QtBot
) -> None:
    window = make_window(demo_ctx)
    sources = vt.english_sources()
    problems: list[str] = []
    for where, dialog in vt.dialogs(window, demo_ctx):  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        problems += _problems(list(vt.shown_texts(dialog, where)), lang, sources)
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_help_names_every_key_in_the_users_language(lang: str) -> None:
    from kontaktbuch.ui.help import help_html

    text = vt.plain(help_html())
    if lang == "de":
        for words in ("Strg+1", "Strg+L", "Strg+N", "Strg+Eingabe", "Strg+K", "Rückgängig"):
            assert words in text, words
        assert "Ctrl" not in text and "Undo" not in text
    else:
        for words in ("Ctrl+1", "Ctrl+L", "Ctrl+N", "Ctrl+Enter", "Ctrl+K", "Undo"):
            assert words in text, words


def test_no_translation_hides_inside_an_f_string() -> None:
    """lupdate reads only plain tr()/translate() calls: one inside an f-string's braces
    is never offered for translation, so the window shows it in English."""
    hidden: list[str] = []
    for path in sorted((ROOT / "kontaktbuch").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in ("tr", "translate"):
                        where = path.relative_to(ROOT)
                        hidden.append(f"{where}:{inner.lineno}: {ast.unparse(inner)}")
    assert not hidden, "\n".join(hidden)
