"""The quick-capture draft: unsaved input kept so that a crash loses nothing.

The draft lives inside the journal (:mod:`kontaktbuch.journal.drafts`), written
in a transaction, so a crash while writing leaves the previous draft intact and an
encrypted journal encrypts it too. Older versions kept it as ``capture.json`` in
the drafts folder; such a file is moved into the journal the first time it is
looked for, and then overwritten and removed (it holds what the user typed).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from kontaktbuch.journal import drafts as journal_drafts

log = logging.getLogger(__name__)

DRAFT_NAME = "capture.json"
# the draft's name inside the journal
JOURNAL_NAME = "capture"


def draft_path(drafts_dir: Path) -> Path:
    """Where older versions kept the draft (read once, then removed)."""
    return drafts_dir / DRAFT_NAME


def write_draft(drafts_dir: Path, state: dict[str, Any]) -> None:
    journal_drafts.save_draft(JOURNAL_NAME, state)
    _forget_file(drafts_dir)


def read_draft(drafts_dir: Path) -> dict[str, Any] | None:
    """The saved draft, or None (also for a damaged one)."""
    _adopt_file(drafts_dir)
    return journal_drafts.load_draft(JOURNAL_NAME)


def delete_draft(drafts_dir: Path) -> None:
    journal_drafts.delete_draft(JOURNAL_NAME)
    _forget_file(drafts_dir)


def has_draft(drafts_dir: Path) -> bool:
    _adopt_file(drafts_dir)
    return journal_drafts.has_draft(JOURNAL_NAME)


def _adopt_file(drafts_dir: Path) -> None:
    """Move a draft file left by an older version into the journal."""
    path = draft_path(drafts_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError) as exc:
        log.warning("Draft %s unreadable: %s", path, exc)
        data = None
    if isinstance(data, dict) and not journal_drafts.has_draft(JOURNAL_NAME):
        journal_drafts.save_draft(JOURNAL_NAME, data)
    _forget_file(drafts_dir)


def _forget_file(drafts_dir: Path) -> None:
    """Overwrite and remove the old draft file: it holds what the user typed."""
    path = draft_path(drafts_dir)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    except OSError:
        return
    try:
        with open(path, "r+b") as fh:
            fh.write(bytes(size))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    except OSError as exc:
        log.warning("Could not remove the old draft file %s: %s", path, exc)
