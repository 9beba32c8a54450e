"""The quick-capture draft: unsaved input kept on disk so a crash loses nothing.

One JSON file in the drafts folder, written atomically (a temporary file renamed
over the old one), so a crash while writing leaves the previous draft intact.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DRAFT_NAME = "capture.json"


def draft_path(drafts_dir: Path) -> Path:
    return drafts_dir / DRAFT_NAME


def write_draft(drafts_dir: Path, state: dict[str, Any]) -> None:
    drafts_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".capture-", suffix=".json", dir=drafts_dir)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, draft_path(drafts_dir))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_draft(drafts_dir: Path) -> dict[str, Any] | None:
    """The saved draft, or None (also for a damaged file, which is then set aside)."""
    path = draft_path(drafts_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("Draft %s unreadable: %s", path, exc)
        return None
    return data if isinstance(data, dict) else None


def delete_draft(drafts_dir: Path) -> None:
    draft_path(drafts_dir).unlink(missing_ok=True)


def has_draft(drafts_dir: Path) -> bool:
    return draft_path(drafts_dir).exists()
