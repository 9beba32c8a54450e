"""The sync state inside the journal (tables of migration 10), read and written.

Plain SQL: these tables have no models, so the archive (which exports every
model) never carries one computer's sync state to another journal. Each write
here runs in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kontaktbuch.exchange.sync.records import TABLE_KINDS, Record, new_uid
from kontaktbuch.store.models import database_proxy

ROLES = ("contacts", "events", "tasks", "journal", "internal")
# which role's collection carries each kind
ROLE_OF_KIND = {
    "contact": "contacts",
    "network": "contacts",
    "event": "events",
    "follow_up": "tasks",
    "conversation": "journal",
    "goal": "internal",
    "reflection": "internal",
    "settings": "internal",
}


def _sql(sql: str, params: Sequence[object] = ()) -> Any:
    return database_proxy.execute_sql(sql, list(params))


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


@dataclass
class Account:
    url: str
    username: str
    ca_file: str = ""
    last_sync_at: str | None = None
    last_result: dict[str, Any] | None = None


@dataclass
class Collection:
    id: int
    url: str
    kind: str  # addressbook | calendar
    roles: tuple[str, ...]
    display_name: str = ""
    vcard_version: str = ""
    sync_token: str | None = None
    use_sync_token: bool = True
    ctag: str | None = None


@dataclass
class Item:
    id: int
    kind: str
    uid: str
    local_id: int | None
    local_created: str | None
    deleted: bool
    dirty: int
    carried: bool
    collection_id: int | None
    href: str | None
    etag: str | None
    base: Record | None
    raw: str | None


@dataclass
class ConflictRow:
    id: int
    kind: str
    uid: str
    field: str
    local: Any
    remote: Any
    base: Any
    detected_at: str


@dataclass
class ProposalRow:
    id: int
    conversation_uid: str
    name: str
    email: str
    state: str
    detected_at: str


_ITEM_COLUMNS = (
    "id, kind, uid, local_id, local_created, deleted, dirty, carried, collection_id, href, "
    "etag, base, raw"
)


def _item(row: tuple[Any, ...]) -> Item:
    base = json.loads(row[11]) if row[11] else None
    return Item(
        int(row[0]),
        row[1],
        row[2],
        row[3],
        row[4],
        bool(row[5]),
        int(row[6]),
        bool(row[7]),
        row[8],
        row[9],
        row[10],
        base,
        row[12],
    )


# --- account and collections -------------------------------------------------------


def account() -> Account | None:
    row = _sql(
        "SELECT url, username, ca_file, last_sync_at, last_result FROM sync_account WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    try:
        result = json.loads(row[4] or "{}")
    except ValueError:
        result = {}
    return Account(row[0], row[1], row[2], row[3], result or None)


def save_account(url: str, username: str, ca_file: str, collections: list[Collection]) -> None:
    """Set the account up; a different server or user starts the sync state afresh."""
    old = account()
    if old is None or (old.url, old.username) != (url, username):
        forget_everything()
    _sql(
        "INSERT INTO sync_account (id, url, username, ca_file, created_at) VALUES (1, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET url = excluded.url, username = excluded.username, "
        "ca_file = excluded.ca_file",
        [url, username, ca_file, _now()],
    )
    keep = {c.url for c in collections}
    for existing in all_collections():
        if existing.url not in keep:
            # things there must be uploaded again to where their role now points
            _sql(
                "UPDATE sync_item SET href = NULL, etag = NULL, collection_id = NULL, "
                "dirty = dirty + 1 WHERE collection_id = ?",
                [existing.id],
            )
            _sql("DELETE FROM sync_collection WHERE id = ?", [existing.id])
    for c in collections:
        _sql(
            "INSERT INTO sync_collection (url, kind, roles, display_name, vcard_version) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, "
            "roles = excluded.roles, display_name = excluded.display_name, "
            "vcard_version = excluded.vcard_version",
            [c.url, c.kind, ",".join(c.roles), c.display_name, c.vcard_version],
        )


def forget_everything() -> None:
    """Remove the account and all sync state (the journal's own data stays)."""
    for table in ("sync_item", "sync_collection", "sync_conflict", "sync_proposal", "sync_account"):
        _sql(f'DELETE FROM "{table}"')


def record_result(result: dict[str, Any]) -> None:
    _sql(
        "UPDATE sync_account SET last_sync_at = ?, last_result = ? WHERE id = 1",
        [_now(), json.dumps(result, ensure_ascii=False)],
    )


def _every(table: str, columns: str) -> list[tuple[Any, ...]]:
    """``columns`` of every row of ``table``, oldest first (the order a list shows)."""
    return list(_sql(f'SELECT {columns} FROM "{table}" ORDER BY id').fetchall())


def all_collections() -> list[Collection]:
    rows = _every(
        "sync_collection",
        "id, url, kind, roles, display_name, vcard_version, sync_token, use_sync_token, ctag",
    )
    return [
        Collection(
            int(r[0]),
            r[1],
            r[2],
            tuple(x for x in r[3].split(",") if x),
            r[4],
            r[5],
            r[6],
            bool(r[7]),
            r[8],
        )
        for r in rows
    ]


def set_token(
    collection_id: int, token: str | None, use_sync_token: bool, ctag: str | None
) -> None:
    """Remember where the collection stood when its changes were read."""
    _sql(
        "UPDATE sync_collection SET sync_token = ?, use_sync_token = ?, ctag = ? WHERE id = ?",
        [token, int(use_sync_token), ctag, collection_id],
    )


# --- things ------------------------------------------------------------------------------


def register_new() -> int:
    """Give every thing made here since the last sync its UID (an intent to upload it).

    A thing that was deleted and is back (an undo, a restore) gets its old row again:
    its UID is derived from its id and creation time.
    """
    count = 0
    for kind in TABLE_KINDS:
        ids = _unregistered_ids(kind)
        rows = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows += _sql(
                f'SELECT id, created_at FROM "{kind}" WHERE id IN ({marks})', chunk
            ).fetchall()
        for local_id, created in rows:
            created_text = str(created)
            uid = new_uid(kind, int(local_id), created_text)
            _sql(
                "INSERT INTO sync_item (kind, uid, local_id, local_created, dirty) "
                "VALUES (?, ?, ?, ?, 1) ON CONFLICT (kind, uid) DO UPDATE SET deleted = 0, "
                "local_id = excluded.local_id, local_created = excluded.local_created, "
                "dirty = dirty + 1 WHERE deleted = 1",
                [kind, uid, int(local_id), created_text],
            )
            count += 1
    return count


def _unregistered_ids(kind: str) -> list[int]:
    """Ids of things of ``kind`` without a sync row. Only the id is read, so SQLite
    walks a small index instead of the table (a decade of notes)."""
    rows = _sql(
        f'SELECT t.id FROM "{kind}" t WHERE NOT EXISTS (SELECT 1 FROM sync_item s '
        "WHERE s.kind = ? AND s.local_id = t.id AND s.deleted = 0)",
        [kind],
    ).fetchall()
    return [int(r[0]) for r in rows]


def unregistered_count() -> int:
    """How many things have no sync state yet (for a dry run, which writes nothing)."""
    return sum(len(_unregistered_ids(kind)) for kind in TABLE_KINDS)


def _item_where(condition: str, *params: object) -> Item | None:
    """The item ``condition`` picks out (its callers name one), or None."""
    row = _sql(f"SELECT {_ITEM_COLUMNS} FROM sync_item WHERE {condition}", params).fetchone()
    return _item(row) if row else None


def item_by_id(item_id: int) -> Item | None:
    return _item_where("id = ?", item_id)


def item_by_href(collection_id: int, href: str) -> Item | None:
    return _item_where("collection_id = ? AND href = ?", collection_id, href)


def item_by_uid(kind: str, uid: str) -> Item | None:
    return _item_where("kind = ? AND uid = ?", kind, uid)


def item_by_local(kind: str, local_id: int) -> Item | None:
    return _item_where("kind = ? AND local_id = ? AND deleted = 0", kind, local_id)


def pending_ids() -> list[int]:
    """Things changed, deleted or waiting for a reference since the last sync."""
    # exactly the partial index's condition and no ORDER BY: SQLite then reads the
    # index of the few waiting rows, not the whole table (140,000 rows with texts)
    rows = _sql("SELECT id FROM sync_item WHERE dirty > 0 OR deleted = 1 OR carried = 1").fetchall()
    return sorted(int(r[0]) for r in rows)


def carried_ids() -> list[int]:
    rows = _sql("SELECT id FROM sync_item WHERE carried = 1 AND deleted = 0").fetchall()
    return [int(r[0]) for r in rows]


def deleted_uids() -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in _sql("SELECT kind, uid FROM sync_item WHERE deleted = 1")}


def hrefs(collection_id: int) -> dict[str, str | None]:
    """href → ETag of everything we believe is in a collection."""
    rows = _sql(
        "SELECT href, etag FROM sync_item WHERE collection_id = ? AND href IS NOT NULL",
        [collection_id],
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def etags_of(collection_id: int, hrefs: list[str]) -> dict[str, str | None]:
    """href → ETag of just these resources (a few changes need not read them all)."""
    out: dict[str, str | None] = {}
    for start in range(0, len(hrefs), 500):
        chunk = hrefs[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = _sql(
            f"SELECT href, etag FROM sync_item WHERE collection_id = ? AND href IN ({marks})",
            [collection_id, *chunk],
        ).fetchall()
        out.update({r[0]: r[1] for r in rows})
    return out


def new_item(kind: str, uid: str, local_id: int | None) -> int:
    created = None
    if local_id is not None and kind != "settings":
        row = _sql(f'SELECT created_at FROM "{kind}" WHERE id = ?', [local_id]).fetchone()
        created = str(row[0]) if row else None
    cursor = _sql(
        "INSERT INTO sync_item (kind, uid, local_id, local_created) VALUES (?, ?, ?, ?)",
        [kind, uid, local_id, created],
    )
    return int(cursor.lastrowid)


def set_local(item_id: int, kind: str, local_id: int) -> None:
    """Point a row at a (re-)created local thing."""
    created = None
    if kind != "settings":
        row = _sql(f'SELECT created_at FROM "{kind}" WHERE id = ?', [local_id]).fetchone()
        created = str(row[0]) if row else None
    _sql(
        "UPDATE sync_item SET local_id = ?, local_created = ?, deleted = 0 WHERE id = ?",
        [local_id, created, item_id],
    )


def set_location(item_id: int, collection_id: int | None, href: str | None) -> None:
    _sql(
        "UPDATE sync_item SET collection_id = ?, href = ? WHERE id = ?",
        [collection_id, href, item_id],
    )


def set_server(item_id: int, etag: str | None, raw: str | None) -> None:
    _sql("UPDATE sync_item SET etag = ?, raw = ? WHERE id = ?", [etag, raw, item_id])


def agree(item_id: int, base: Record, dirty_seen: int | None, carried: bool = False) -> None:
    """Both sides now hold ``base``; clear the change count unless it moved meanwhile."""
    _sql(
        "UPDATE sync_item SET base = ?, carried = ?, "
        "dirty = CASE WHEN ? IS NULL OR dirty = ? THEN 0 ELSE dirty END WHERE id = ?",
        [
            json.dumps(base, ensure_ascii=False, sort_keys=True),
            int(carried),
            dirty_seen,
            dirty_seen,
            item_id,
        ],
    )


def forget(item_id: int) -> None:
    _sql("DELETE FROM sync_item WHERE id = ?", [item_id])


# --- conflicts and proposals -------------------------------------------------------------


def add_conflict(kind: str, uid: str, field: str, local: Any, remote: Any, base: Any) -> None:
    """Remember both values; an open conflict of the same field is updated."""
    values = [json.dumps(v, ensure_ascii=False) for v in (local, remote, base)]
    row = _sql(
        "SELECT id FROM sync_conflict WHERE kind = ? AND uid = ? AND field = ?", [kind, uid, field]
    ).fetchone()
    if row:
        _sql(
            "UPDATE sync_conflict SET local_value = ?, remote_value = ?, base_value = ?, "
            "detected_at = ? WHERE id = ?",
            [*values, _now(), row[0]],
        )
    else:
        _sql(
            "INSERT INTO sync_conflict (kind, uid, field, local_value, remote_value, base_value, "
            "detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [kind, uid, field, *values, _now()],
        )


def conflicts() -> list[ConflictRow]:
    rows = _every(
        "sync_conflict", "id, kind, uid, field, local_value, remote_value, base_value, detected_at"
    )
    return [
        ConflictRow(
            int(r[0]), r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), json.loads(r[6]), r[7]
        )
        for r in rows
    ]


def drop_conflict(conflict_id: int) -> None:
    _sql("DELETE FROM sync_conflict WHERE id = ?", [conflict_id])


def add_proposal(conversation_uid: str, name: str, email: str) -> bool:
    """Propose a person once per conversation; False when already proposed (or decided)."""
    cursor = _sql(
        "INSERT OR IGNORE INTO sync_proposal (conversation_uid, name, email, detected_at) "
        "VALUES (?, ?, ?, ?)",
        [conversation_uid, name, email, _now()],
    )
    return bool(cursor.rowcount)


def proposals(state: str = "open") -> list[ProposalRow]:
    rows = _sql(
        "SELECT id, conversation_uid, name, email, state, detected_at FROM sync_proposal "
        "WHERE state = ? ORDER BY id",
        [state],
    ).fetchall()
    return [ProposalRow(*r) for r in rows]


def decided_names(conversation_uid: str) -> set[str]:
    rows = _sql(
        "SELECT name, email FROM sync_proposal WHERE conversation_uid = ?", [conversation_uid]
    ).fetchall()
    return {f"{r[0]}\x00{r[1]}" for r in rows}


def set_proposal_state(proposal_id: int, state: str) -> None:
    _sql("UPDATE sync_proposal SET state = ? WHERE id = ?", [state, proposal_id])


def counts() -> dict[str, int]:
    """For ``sync status``: how much is waiting, how many conflicts and proposals."""
    return {
        "synced": _sql("SELECT count(*) FROM sync_item WHERE etag IS NOT NULL").fetchone()[0],
        "pending": len(pending_ids()) + unregistered_count(),
        "conflicts": _sql("SELECT count(*) FROM sync_conflict").fetchone()[0],
        "proposals": _sql("SELECT count(*) FROM sync_proposal WHERE state = 'open'").fetchone()[0],
    }
