"""The import-layer check (tools/check_layers.py) that CI runs: it passes on the
package as it is, and it catches each way an arrow could point upward."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import check_layers  # noqa: E402

sys.path.remove(str(ROOT / "tools"))


def test_the_package_keeps_its_layers() -> None:
    assert [str(o) for o in check_layers.check_tree(ROOT)] == []


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in {"kontaktbuch/__init__.py": "", **files}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(tmp_path).parents:
            init = tmp_path / parent / "__init__.py"
            if parent != Path(".") and not init.exists():
                init.write_text("")
        path.write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        ("kontaktbuch/journal/a.py", "from kontaktbuch.ui import x\n", "journal imports upward"),
        ("kontaktbuch/store/a.py", "import kontaktbuch.journal.b\n", "store imports upward"),
        (
            "kontaktbuch/journal/a.py",
            "def f():\n    from kontaktbuch.text import labels\n",
            "journal imports upward",
        ),
        ("kontaktbuch/commands/a.py", "from kontaktbuch.ui.common import palette\n", "peer ui"),
        ("kontaktbuch/ui/a.py", "from kontaktbuch.commands import cli\n", "peer commands"),
        ("kontaktbuch/ui/a.py", "from kontaktbuch import commands\n", "peer commands"),
        ("kontaktbuch/exchange/a.py", "from ..text import labels\n", "exchange imports upward"),
        (
            "kontaktbuch/journal/a.py",
            "import importlib\nimportlib.import_module('kontaktbuch.ui.views')\n",
            "journal imports upward",
        ),
        (
            "kontaktbuch/journal/a.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from kontaktbuch.exchange.records import X\n",
            "journal imports upward",
        ),
        ("kontaktbuch/store/a.py", "from PySide6.QtCore import QDate\n", "store imports"),
        ("kontaktbuch/text/a.py", "from PySide6.QtWidgets import QLabel\n", "QtWidgets"),
        ("kontaktbuch/commands/a.py", "import PySide6.QtGui\n", "QtGui"),
        ("kontaktbuch/paths.py", "from kontaktbuch.store import db\n", "foundation imports"),
    ],
)
def test_an_upward_import_is_an_offence(
    tmp_path: Path, path: str, source: str, expected: str
) -> None:
    root = _tree(tmp_path, {path: source})
    offences = [str(o) for o in check_layers.check_tree(root)]
    assert len(offences) == 1, offences
    assert expected in offences[0]
    assert check_layers.main([str(root)]) == 1


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("kontaktbuch/ui/a.py", "from kontaktbuch.text import labels\nimport PySide6.QtWidgets\n"),
        ("kontaktbuch/commands/a.py", "from kontaktbuch.exchange import archive\n"),
        ("kontaktbuch/text/a.py", "from PySide6.QtCore import QLocale\n"),
        ("kontaktbuch/app.py", "from kontaktbuch.ui import application\n"),
        ("kontaktbuch/journal/a.py", "from . import b\nfrom kontaktbuch import APP_NAME\n"),
    ],
)
def test_a_downward_import_is_fine(tmp_path: Path, path: str, source: str) -> None:
    root = _tree(tmp_path, {path: source})
    assert check_layers.check_tree(root) == []


def test_a_module_outside_every_layer_is_named(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"kontaktbuch/gadgets.py": ""})
    with pytest.raises(ValueError, match="not in any layer"):
        check_layers.check_tree(root)
