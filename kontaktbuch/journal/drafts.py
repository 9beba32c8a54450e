"""Drafts: what a dialog holds but has not saved yet, kept in the journal.

A draft lives in the journal's own file (table ``draft``), so it is as safe as
the journal — written in a transaction, encrypted when the journal is — and goes
wherever the journal goes (backups, encrypt, decrypt). It is no part of archives.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from kontaktbuch.store import models as m

log = logging.getLogger(__name__)


def save_draft(name: str, state: dict[str, Any]) -> None:
    """Keep ``state`` (JSON-able data) as the draft called ``name``, replacing it."""
    text = json.dumps(state, ensure_ascii=False)
    now = dt.datetime.now().replace(microsecond=0)
    with m.database_proxy.atomic():
        (
            m.Draft.insert(name=name, state=text, updated_at=now)
            .on_conflict(
                conflict_target=[m.Draft.name],
                update={m.Draft.state: text, m.Draft.updated_at: now},
            )
            .execute()
        )


def load_draft(name: str) -> dict[str, Any] | None:
    """The draft called ``name``, or None (also for one that no longer parses)."""
    row = m.Draft.get_or_none(m.Draft.name == name)
    if row is None:
        return None
    try:
        data = json.loads(row.state)
    except ValueError as exc:
        log.warning("Draft %s unreadable: %s", name, exc)
        return None
    return data if isinstance(data, dict) else None


def delete_draft(name: str) -> None:
    m.Draft.delete().where(m.Draft.name == name).execute()


def has_draft(name: str) -> bool:
    return m.Draft.select().where(m.Draft.name == name).exists()
