"""The type check CI runs (``mypy`` with pyproject.toml's settings) is strict enough
for what it is there for: a row's id put where a foreign key wants the row is an
error, while the ways the journal writes links (the row, or the raw ``<name>_id``)
pass. Each case is a small file checked against the real models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import peewee as pw

from kontaktbuch.store import models as m

ROOT = Path(__file__).resolve().parents[2]


def _errors(tmp_path: Path, source: str) -> list[str]:
    """mypy's error lines for ``source``, with the project's configuration."""
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(snippet),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr  # 2: mypy itself failed
    return [
        line.replace(str(snippet), "snippet.py")
        for line in done.stdout.splitlines()
        if ": error:" in line
    ]


def test_an_id_put_into_a_foreign_key_is_an_error(tmp_path: Path) -> None:
    source = (
        "from kontaktbuch.store import models as m\n"
        "\n"
        "\n"
        "def link(conversation: m.Conversation, event_id: int) -> None:\n"
        "    conversation.event = event_id\n"
    )
    assert _errors(tmp_path, source) == [
        'snippet.py:5: error: Incompatible types in assignment (expression has type "int", '
        'variable has type "Event | None")  [assignment]'
    ]


def test_the_row_or_its_raw_id_type_check(tmp_path: Path) -> None:
    source = (
        "from kontaktbuch.store import models as m\n"
        "\n"
        "\n"
        "def link(conversation: m.Conversation, event: m.Event, event_id: int) -> None:\n"
        "    conversation.event = event\n"
        "    conversation.event = None\n"
        "    conversation.event_id = event_id\n"
        "\n"
        "\n"
        "def emails(contact: m.Contact) -> list[str]:\n"
        "    return [e.address for e in contact.emails]\n"
    )
    assert _errors(tmp_path, source) == []


def test_what_the_models_declare_for_the_type_checker_exists() -> None:
    """The bare annotations in store/models.py name what peewee adds on its own (raw
    ids and backrefs); a misspelt or stale one would type-check and fail at run time."""
    for model in m.ALL_MODELS:
        for klass in model.__mro__:
            for name in vars(klass).get("__annotations__", {}):
                accessor = getattr(model, name, None)
                assert isinstance(accessor, pw.BackrefAccessor | pw.ForeignKeyField), (
                    f"{model.__name__}.{name}"
                )
