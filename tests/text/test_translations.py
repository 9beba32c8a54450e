"""The Qt Linguist files are complete, current, and compile.

``tools/update_translations.py --check`` runs lupdate over the source on copies
of the ``.ts`` files and reports every source text missing from them, every
unfinished or obsolete entry and every translation whose ``%1`` placeholders
differ from its source. The ``.qm`` files are never committed: the build (and
the app on first run) compiles them with PySide6's ``lrelease``, checked here.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kontaktbuch.text.i18n import SUPPORTED, lrelease_executable

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TOOL = ROOT / "tools" / "update_translations.py"


def run_check() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def _lupdate_sees_plurals() -> bool:
    """lupdate before PySide6 6.12 misses texts and plural forms in
    ``QCoreApplication.translate(…, n)`` calls, so it cannot judge our files."""
    import PySide6

    return PySide6.__version_info__[:2] >= (6, 12)


@pytest.mark.skipif(
    not _lupdate_sees_plurals(),
    reason="the source-to-.ts comparison needs PySide6 >= 6.12's lupdate (Python >= 3.12)",
)
def test_every_text_is_translated_and_nothing_is_obsolete() -> None:
    result = run_check()
    assert result.returncode == 0, (
        "Translations are not complete; run `python tools/update_translations.py` "
        "and translate what it lists:\n" + result.stdout + result.stderr
    )


@pytest.mark.parametrize("lang", SUPPORTED)
def test_committed_files_have_nothing_unfinished(lang: str) -> None:
    """Whatever lupdate this machine has: no entry of the committed file is left
    unfinished, obsolete or vanished."""
    left = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(I18N / f"kontaktbuch_{lang}.ts").getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert left == []


def test_no_compiled_translations_are_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "*.qm"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    assert tracked.stdout.strip() == "", "the .qm files are built, never committed"


def finished_messages(ts: Path) -> list[tuple[str, str, str, list[str]]]:
    """(context, source, comment, forms) of every finished message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
            found.append(
                (name, message.findtext("source") or "", message.findtext("comment") or "", forms)
            )
    return found


@pytest.mark.parametrize("lang", SUPPORTED)
def test_lrelease_compiles_the_translation(lang: str, tmp_path: Path) -> None:
    """The .ts compiles, and the .qm answers with the translations the .ts holds."""
    tool = lrelease_executable()
    assert tool is not None, "lrelease comes with PySide6"
    ts = I18N / f"kontaktbuch_{lang}.ts"
    qm = tmp_path / f"kontaktbuch_{lang}.qm"
    result = subprocess.run(
        [tool, str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()
    translator = QTranslator()
    assert translator.load(str(qm))
    messages = finished_messages(ts)
    assert messages, f"{ts.name} has no finished translation at all"
    for context, source, comment, forms in messages:
        n = 1 if len(forms) > 1 else -1
        expected = forms[0]
        assert translator.translate(context, source, comment or None, n) == expected, (
            context,
            source,
        )
