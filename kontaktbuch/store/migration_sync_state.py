"""Migration 10 (frozen SQL): the state of two-way sync with the user's DAV server.

Everything sync remembers lives here, inside the journal (so that a backup, a
copy and encryption at rest cover it, and nothing sits in side files): the
account (never the password), the collections with their sync tokens, one row
per synced thing (its UID, where it is on the server, its ETag, the record and
the server text last agreed on), the conflicts for the user to resolve, and the
names of journal entries written on a phone that match no contact (kept after
the user decided, so a name is proposed once).

Triggers mark a thing changed (``dirty`` counts changes, so a change made while
a sync runs is not lost), deleted, or back again (an undo re-inserts the row with
its id and creation time). A sync never serialises the whole journal to find
changes: new things are the rows without a ``sync_item``, the rest is indexed.

Frozen: a change needs a new migration.
"""

from __future__ import annotations

import peewee as pw


def _trigger(name: str, when: str, table: str, body: str) -> str:
    return f'CREATE TRIGGER IF NOT EXISTS "{name}" {when} ON "{table}" BEGIN {body} END'


_SYNC_TABLES = (
    'CREATE TABLE IF NOT EXISTS "sync_account" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "url" TEXT NOT NULL, "username" TEXT NOT NULL, "ca_file" TEXT NOT NULL DEFAULT \'\', "created_at" DATETIME NOT NULL, "last_sync_at" DATETIME, "last_result" TEXT NOT NULL DEFAULT \'{}\')',
    'CREATE TABLE IF NOT EXISTS "sync_collection" ("id" INTEGER NOT NULL PRIMARY KEY, "url" TEXT NOT NULL UNIQUE, "kind" TEXT NOT NULL, "roles" TEXT NOT NULL, "display_name" TEXT NOT NULL DEFAULT \'\', "vcard_version" TEXT NOT NULL DEFAULT \'\', "sync_token" TEXT, "ctag" TEXT, "use_sync_token" INTEGER NOT NULL DEFAULT 1)',
    'CREATE TABLE IF NOT EXISTS "sync_item" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" TEXT NOT NULL, "uid" TEXT NOT NULL, "local_id" INTEGER, "local_created" TEXT, "deleted" INTEGER NOT NULL DEFAULT 0, "dirty" INTEGER NOT NULL DEFAULT 0, "carried" INTEGER NOT NULL DEFAULT 0, "collection_id" INTEGER, "href" TEXT, "etag" TEXT, "base" TEXT, "raw" TEXT, FOREIGN KEY ("collection_id") REFERENCES "sync_collection" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "sync_item_local" ON "sync_item" ("kind", "local_id") WHERE "deleted" = 0',
    'CREATE UNIQUE INDEX IF NOT EXISTS "sync_item_uid" ON "sync_item" ("kind", "uid")',
    'CREATE INDEX IF NOT EXISTS "sync_item_href" ON "sync_item" ("collection_id", "href")',
    'CREATE INDEX IF NOT EXISTS "sync_item_pending" ON "sync_item" ("kind") WHERE "dirty" > 0 OR "deleted" = 1 OR "carried" = 1',
    'CREATE TABLE IF NOT EXISTS "sync_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" TEXT NOT NULL, "uid" TEXT NOT NULL, "field" TEXT NOT NULL, "local_value" TEXT NOT NULL, "remote_value" TEXT NOT NULL, "base_value" TEXT NOT NULL, "detected_at" DATETIME NOT NULL)',
    'CREATE TABLE IF NOT EXISTS "sync_proposal" ("id" INTEGER NOT NULL PRIMARY KEY, "conversation_uid" TEXT NOT NULL, "name" TEXT NOT NULL, "email" TEXT NOT NULL DEFAULT \'\', "state" TEXT NOT NULL DEFAULT \'open\', "detected_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "sync_proposal_name" ON "sync_proposal" ("conversation_uid", "name", "email")',
)

# the things sync keeps, and the rows that belong to each: (table, its key column)
_SYNC_THINGS = ("contact", "network", "event", "conversation", "follow_up", "goal", "reflection")
_SYNC_PARTS = (
    ("contact_email", "contact", "contact_id"),
    ("contact_phone", "contact", "contact_id"),
    ("contact_link", "contact", "contact_id"),
    ("contact_tag", "contact", "contact_id"),
    ("membership", "network", "network_id"),
    ("event_attendee", "event", "event_id"),
    ("goal_event", "event", "event_id"),
    ("conversation_contact", "conversation", "conversation_id"),
    ("outcome", "conversation", "conversation_id"),
    ("goal_conversation", "conversation", "conversation_id"),
    ("relationship", "contact", "contact_id"),
)


def _sync_mark(kind: str, local_id: str) -> str:
    return (
        f"UPDATE sync_item SET dirty = dirty + 1 WHERE kind = '{kind}' "
        f"AND local_id = {local_id} AND deleted = 0;"
    )


def _sync_triggers() -> list[str]:
    out = []
    for table in _SYNC_THINGS:
        out.append(
            _trigger(
                f"sync_{table}_ai",
                "AFTER INSERT",
                table,
                f"UPDATE sync_item SET deleted = 0, dirty = dirty + 1 WHERE kind = '{table}' "
                "AND local_id = NEW.id AND deleted = 1 AND local_created = NEW.created_at "
                f"AND NOT EXISTS (SELECT 1 FROM sync_item s WHERE s.kind = '{table}' "
                "AND s.local_id = NEW.id AND s.deleted = 0);",
            )
        )
        out.append(_trigger(f"sync_{table}_au", "AFTER UPDATE", table, _sync_mark(table, "NEW.id")))
        out.append(
            _trigger(
                f"sync_{table}_ad",
                "AFTER DELETE",
                table,
                f"UPDATE sync_item SET deleted = 1, dirty = dirty + 1 WHERE kind = '{table}' "
                "AND local_id = OLD.id AND deleted = 0;",
            )
        )
    for table, kind, key in _SYNC_PARTS:
        out.append(
            _trigger(f"sync_{table}_ai", "AFTER INSERT", table, _sync_mark(kind, f"NEW.{key}"))
        )
        out.append(
            _trigger(
                f"sync_{table}_au",
                "AFTER UPDATE",
                table,
                _sync_mark(kind, f"OLD.{key}") + " " + _sync_mark(kind, f"NEW.{key}"),
            )
        )
        out.append(
            _trigger(f"sync_{table}_ad", "AFTER DELETE", table, _sync_mark(kind, f"OLD.{key}"))
        )
    out.append(
        _trigger(
            "sync_tag_rename",
            "AFTER UPDATE OF name",
            "tag",
            "UPDATE sync_item SET dirty = dirty + 1 WHERE kind = 'contact' AND deleted = 0 "
            "AND local_id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);",
        )
    )
    return out


def m010_sync_state(db: pw.SqliteDatabase) -> None:
    """The sync account, collections, per-thing state, conflicts, proposals, triggers."""
    for statement in _SYNC_TABLES:
        db.execute_sql(statement)
    for statement in _sync_triggers():
        db.execute_sql(statement)
