"""Two journals' archives compared apart from local ids and timestamps.

Each row becomes its content without ``id``, ``created_at`` and ``updated_at``;
a reference to another row becomes that row's content (so two journals that
number their rows differently compare equal). ``reminder_state`` (what this
computer announced) and ``introduction_state`` (decisions on proposed introductions,
keyed by local ids) are left out: they do not sync (docs/sync.md).
"""

from __future__ import annotations

import json
from typing import Any

from kontaktbuch.exchange.archive import build_archive

_REFERS = {
    "contact_id": "contact",
    "network_id": "network",
    "event_id": "event",
    "first_met_event_id": "event",
    "conversation_id": "conversation",
    "tag_id": "tag",
    "goal_id": "goal",
    "other_id": "contact",
}
_LOCAL = {"id", "created_at", "updated_at"}
SKIPPED_TABLES = {"reminder_state", "introduction_state"}


def canonical_archive() -> dict[str, list[str]]:
    """The open journal's archive as sorted row texts per table."""
    tables: dict[str, list[dict[str, Any]]] = build_archive()["tables"]
    keys: dict[tuple[str, int], str] = {}
    out: dict[str, list[str]] = {}
    for table, rows in tables.items():
        if table in SKIPPED_TABLES:
            continue
        texts = []
        for row in rows:
            content = {}
            for column, value in row.items():
                if column in _LOCAL:
                    continue
                if column in _REFERS and value is not None:
                    value = keys[(_REFERS[column], value)]
                content[column] = value
            text = json.dumps(content, sort_keys=True, ensure_ascii=False)
            keys[(table, row["id"])] = text
            texts.append(text)
        out[table] = sorted(texts)
    return out


def differences(a: dict[str, list[str]], b: dict[str, list[str]], limit: int = 5) -> list[str]:
    """Readable differences (rows only in one of them), for a failing assertion."""
    found = []
    for table in sorted(set(a) | set(b)):
        only_a = sorted(set(a.get(table, [])) - set(b.get(table, [])))
        only_b = sorted(set(b.get(table, [])) - set(a.get(table, [])))
        if len(a.get(table, [])) != len(b.get(table, [])):
            found.append(f"{table}: {len(a.get(table, []))} rows vs {len(b.get(table, []))}")
        found += [f"{table} only in A: {t[:300]}" for t in only_a[:limit]]
        found += [f"{table} only in B: {t[:300]}" for t in only_b[:limit]]
    return found
