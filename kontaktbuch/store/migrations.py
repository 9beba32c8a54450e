"""Numbered schema migrations, applied in order inside one transaction each.

``PRAGMA user_version`` records how many migrations a file has seen. Each
migration is frozen SQL (never today's model classes), checks before it acts, and
runs after a backup of the file has been taken by :mod:`kontaktbuch.store.db`.
Migration 1 creates the tables; nothing else ever calls ``create_tables``.

To change the schema: append a function to :data:`MIGRATIONS`, never edit one that
has shipped, and update ``models.py`` to match (``tests/store/test_schema.py``
compares them).

A little over 500 lines: the first eight migrations' frozen SQL, which is never
edited once shipped, so it is not split or shortened either (later, larger
migrations have modules of their own, ``migration_*.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import peewee as pw

# Migrations 9 to 12 (the search index spelling out ı, æ, ø, œ; the state of sync;
# the reflection's figures per day, month and year; one-letter search prefixes) are
# frozen in modules of their own.
from kontaktbuch.store.migration_daily_figures import migrate as _m011_daily_figures
from kontaktbuch.store.migration_folded_search import m009_folded_search as _m009_folded_search
from kontaktbuch.store.migration_search_prefixes import (
    m012_one_letter_prefixes as _m012_one_letter_prefixes,
)
from kontaktbuch.store.migration_sync_state import m010_sync_state as _m010_sync_state

log = logging.getLogger(__name__)

Migration = Callable[[pw.SqliteDatabase], None]

_INITIAL_SCHEMA = (
    """CREATE TABLE "network" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "name" TEXT NOT NULL, "kind" TEXT NOT NULL, "description" TEXT NOT NULL, "keep_in_touch_days" INTEGER)""",
    """CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "title" TEXT NOT NULL, "starts_at" DATETIME NOT NULL, "duration_minutes" INTEGER NOT NULL, "travel_minutes" INTEGER NOT NULL, "place" TEXT NOT NULL, "network_id" INTEGER, "enjoyment" INTEGER, "notes" TEXT NOT NULL, FOREIGN KEY ("network_id") REFERENCES "network" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "event_network_id" ON "event" ("network_id")""",
    """CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "prefix" TEXT NOT NULL, "first_name" TEXT NOT NULL, "last_name" TEXT NOT NULL, "organisation" TEXT NOT NULL, "position" TEXT NOT NULL, "first_met" TEXT NOT NULL, "first_met_event_id" INTEGER, "offers" TEXT NOT NULL, "seeks" TEXT NOT NULL, "interests" TEXT NOT NULL, "notes" TEXT NOT NULL, "birthday_day" INTEGER, "birthday_month" INTEGER, "birthday_year" INTEGER, "keep_in_touch_days" INTEGER, "archived" INTEGER NOT NULL, FOREIGN KEY ("first_met_event_id") REFERENCES "event" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "contact_first_met_event_id" ON "contact" ("first_met_event_id")""",
    """CREATE TABLE "contact_email" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "address" TEXT NOT NULL, "label" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "contact_email_contact_id" ON "contact_email" ("contact_id")""",
    """CREATE TABLE "contact_phone" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "number" TEXT NOT NULL, "label" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "contact_phone_contact_id" ON "contact_phone" ("contact_id")""",
    """CREATE TABLE "contact_link" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "url" TEXT NOT NULL, "kind" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "contact_link_contact_id" ON "contact_link" ("contact_id")""",
    """CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL COLLATE NOCASE)""",
    """CREATE UNIQUE INDEX "tag_name" ON "tag" ("name")""",
    """CREATE TABLE "contact_tag" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "contact_tag_contact_id" ON "contact_tag" ("contact_id")""",
    """CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id")""",
    """CREATE UNIQUE INDEX "contact_tag_contact_id_tag_id" ON "contact_tag" ("contact_id", "tag_id")""",
    """CREATE TABLE "membership" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "network_id" INTEGER NOT NULL, "role" TEXT NOT NULL, "since" DATE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("network_id") REFERENCES "network" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "membership_contact_id" ON "membership" ("contact_id")""",
    """CREATE INDEX "membership_network_id" ON "membership" ("network_id")""",
    """CREATE UNIQUE INDEX "membership_contact_id_network_id" ON "membership" ("contact_id", "network_id")""",
    """CREATE TABLE "event_attendee" ("id" INTEGER NOT NULL PRIMARY KEY, "event_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "event_attendee_event_id" ON "event_attendee" ("event_id")""",
    """CREATE INDEX "event_attendee_contact_id" ON "event_attendee" ("contact_id")""",
    """CREATE UNIQUE INDEX "event_attendee_event_id_contact_id" ON "event_attendee" ("event_id", "contact_id")""",
    """CREATE TABLE "conversation" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "occurred_at" DATETIME NOT NULL, "event_id" INTEGER, "channel" TEXT NOT NULL, "minutes" INTEGER NOT NULL, "notes" TEXT NOT NULL, "enjoyment" INTEGER, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "conversation_event_id" ON "conversation" ("event_id")""",
    """CREATE TABLE "conversation_contact" ("id" INTEGER NOT NULL PRIMARY KEY, "conversation_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, FOREIGN KEY ("conversation_id") REFERENCES "conversation" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "conversation_contact_conversation_id" ON "conversation_contact" ("conversation_id")""",
    """CREATE INDEX "conversation_contact_contact_id" ON "conversation_contact" ("contact_id")""",
    """CREATE UNIQUE INDEX "conversation_contact_conversation_id_contact_id" ON "conversation_contact" ("conversation_id", "contact_id")""",
    """CREATE TABLE "outcome" ("id" INTEGER NOT NULL PRIMARY KEY, "conversation_id" INTEGER NOT NULL, "kind" TEXT NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("conversation_id") REFERENCES "conversation" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "outcome_conversation_id" ON "outcome" ("conversation_id")""",
    """CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "conversation_id" INTEGER, "contact_id" INTEGER, "text" TEXT NOT NULL, "due_date" DATE, "done_at" DATETIME, "snoozed_until" DATETIME, FOREIGN KEY ("conversation_id") REFERENCES "conversation" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL)""",
    """CREATE INDEX "follow_up_conversation_id" ON "follow_up" ("conversation_id")""",
    """CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id")""",
    """CREATE TABLE "goal" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "title" TEXT NOT NULL, "why" TEXT NOT NULL, "kind" TEXT NOT NULL, "period" TEXT NOT NULL, "budget_hours" REAL, "target_kind" TEXT, "target_value" INTEGER, "target_outcome_kind" TEXT, "status" TEXT NOT NULL)""",
    """CREATE TABLE "goal_conversation" ("id" INTEGER NOT NULL PRIMARY KEY, "goal_id" INTEGER NOT NULL, "conversation_id" INTEGER NOT NULL, FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE, FOREIGN KEY ("conversation_id") REFERENCES "conversation" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "goal_conversation_goal_id" ON "goal_conversation" ("goal_id")""",
    """CREATE INDEX "goal_conversation_conversation_id" ON "goal_conversation" ("conversation_id")""",
    """CREATE UNIQUE INDEX "goal_conversation_goal_id_conversation_id" ON "goal_conversation" ("goal_id", "conversation_id")""",
    """CREATE TABLE "goal_event" ("id" INTEGER NOT NULL PRIMARY KEY, "goal_id" INTEGER NOT NULL, "event_id" INTEGER NOT NULL, FOREIGN KEY ("goal_id") REFERENCES "goal" ("id") ON DELETE CASCADE, FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE)""",
    """CREATE INDEX "goal_event_goal_id" ON "goal_event" ("goal_id")""",
    """CREATE INDEX "goal_event_event_id" ON "goal_event" ("event_id")""",
    """CREATE UNIQUE INDEX "goal_event_goal_id_event_id" ON "goal_event" ("goal_id", "event_id")""",
    """CREATE TABLE "reflection" ("id" INTEGER NOT NULL PRIMARY KEY, "period_kind" TEXT NOT NULL, "period_start" DATE NOT NULL, "period_end" DATE NOT NULL, "answers" TEXT NOT NULL, "verdict" TEXT NOT NULL, "figures" TEXT NOT NULL, "created_at" DATETIME NOT NULL)""",
)


def _m001_initial_schema(db: pw.SqliteDatabase) -> None:
    """Create every table of the first release."""
    if "contact" in db.get_tables():
        return
    for statement in _INITIAL_SCHEMA:
        db.execute_sql(statement)


def _m002_reminder_state_and_indexes(db: pw.SqliteDatabase) -> None:
    """Remember what the user did with reminders; index the columns lists sort by."""
    if "reminder_state" not in db.get_tables():
        db.execute_sql(
            'CREATE TABLE "reminder_state" ("id" INTEGER NOT NULL PRIMARY KEY, '
            '"key" TEXT NOT NULL, "notified_at" DATETIME, "snoozed_until" DATETIME, '
            '"done_at" DATETIME)'
        )
    statements = (
        'CREATE UNIQUE INDEX IF NOT EXISTS "reminder_state_key" ON "reminder_state" ("key")',
        'CREATE INDEX IF NOT EXISTS "conversation_occurred_at_id" '
        'ON "conversation" ("occurred_at", "id")',
        'CREATE INDEX IF NOT EXISTS "event_starts_at" ON "event" ("starts_at")',
        'CREATE INDEX IF NOT EXISTS "follow_up_due_date" ON "follow_up" ("due_date")',
        'CREATE INDEX IF NOT EXISTS "contact_name" ON "contact" '
        '("last_name" COLLATE NOCASE, "first_name" COLLATE NOCASE, "id")',
    )
    for statement in statements:
        db.execute_sql(statement)


# --- Migration 3: the full-text search index (FTS5) -------------------------------
#
# One FTS5 table per kind of thing, its rowid the id of the row it describes, so
# a trigger replaces one entry by rowid without scanning. Triggers on every table
# that feeds an entry keep the index in step with any writer (the window, the
# CLI, imports, merges). The tokenizer folds case and diacritics ("munchen" finds
# "München"); the prefix index keeps "Gesch…" queries fast.

_FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


def _joined(*parts: str) -> str:
    """SQL joining non-empty text expressions with " · " (no stray separators)."""
    pieces = " || ".join(f"(CASE WHEN ({p}) <> '' THEN ' · ' || ({p}) ELSE '' END)" for p in parts)
    return f"substr({pieces}, 4)"


_CONTACT_DOC = (
    "SELECT c.id, trim(c.prefix || ' ' || c.first_name || ' ' || c.last_name), "
    + _joined(
        "c.organisation",
        "c.position",
        "c.offers",
        "c.seeks",
        "c.interests",
        "coalesce((SELECT group_concat(t.name, ', ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '')",
        "coalesce((SELECT group_concat(e.address, ', ') FROM contact_email e WHERE e.contact_id = c.id), '')",
        "c.first_met",
        "c.notes",
    )
    + " FROM contact c"
)
_CONVERSATION_DOC = (
    "SELECT v.id, "
    + _joined(
        "v.notes",
        "coalesce((SELECT group_concat(o.text, ' · ') FROM outcome o WHERE o.conversation_id = v.id AND o.text <> ''), '')",
        "coalesce((SELECT group_concat(f.text, ' · ') FROM follow_up f WHERE f.conversation_id = v.id AND f.text <> ''), '')",
    )
    + " FROM conversation v"
)
_EVENT_DOC = "SELECT e.id, e.title, " + _joined("e.place", "e.notes") + " FROM event e"
_NETWORK_DOC = "SELECT n.id, n.name, n.description FROM network n"

# index table -> (columns, the SELECT producing (id, columns…), its id column)
_FTS_TABLES: dict[str, tuple[str, str, str]] = {
    "fts_contact": ("title, body", _CONTACT_DOC, "c.id"),
    "fts_conversation": ("body", _CONVERSATION_DOC, "v.id"),
    "fts_event": ("title, body", _EVENT_DOC, "e.id"),
    "fts_network": ("title, body", _NETWORK_DOC, "n.id"),
}


def _refresh(index: str, id_expr: str) -> str:
    """Statements that rebuild the index entry of row ``id_expr`` (gone if the row is)."""
    columns, select, id_column = _FTS_TABLES[index]
    return (
        f"DELETE FROM {index} WHERE rowid = {id_expr}; "
        f"INSERT INTO {index}(rowid, {columns}) {select} WHERE {id_column} = {id_expr};"
    )


def _trigger(name: str, when: str, table: str, body: str) -> str:
    return f'CREATE TRIGGER IF NOT EXISTS "{name}" {when} ON "{table}" BEGIN {body} END'


def _fts_triggers() -> list[str]:
    out: list[str] = []
    # The things themselves.
    for table, index in (
        ("contact", "fts_contact"),
        ("conversation", "fts_conversation"),
        ("event", "fts_event"),
        ("network", "fts_network"),
    ):
        out.append(_trigger(f"{index}_ai", "AFTER INSERT", table, _refresh(index, "NEW.id")))
        out.append(
            _trigger(
                f"{index}_au",
                "AFTER UPDATE",
                table,
                _refresh(index, "OLD.id") + (_refresh(index, "NEW.id")),
            )
        )
        out.append(
            _trigger(
                f"{index}_ad", "AFTER DELETE", table, f"DELETE FROM {index} WHERE rowid = OLD.id;"
            )
        )
    # Rows that feed another thing's entry.
    for table, index, key in (
        ("contact_tag", "fts_contact", "contact_id"),
        ("contact_email", "fts_contact", "contact_id"),
        ("outcome", "fts_conversation", "conversation_id"),
        ("follow_up", "fts_conversation", "conversation_id"),
    ):
        out.append(
            _trigger(f"{index}_{table}_ai", "AFTER INSERT", table, _refresh(index, f"NEW.{key}"))
        )
        out.append(
            _trigger(
                f"{index}_{table}_au",
                "AFTER UPDATE",
                table,
                _refresh(index, f"OLD.{key}") + _refresh(index, f"NEW.{key}"),
            )
        )
        out.append(
            _trigger(f"{index}_{table}_ad", "AFTER DELETE", table, _refresh(index, f"OLD.{key}"))
        )
    # A renamed tag changes the entries of everyone carrying it.
    out.append(
        _trigger(
            "fts_contact_tag_rename",
            "AFTER UPDATE OF name",
            "tag",
            "DELETE FROM fts_contact WHERE rowid IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id); "
            f"INSERT INTO fts_contact(rowid, title, body) {_CONTACT_DOC} "
            "WHERE c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id);",
        )
    )
    return out


_FTS_TRIGGERS: tuple[str, ...] = tuple(_fts_triggers())


def _m003_search_index(db: pw.SqliteDatabase) -> None:
    """Create the full-text index, its triggers, and index what is already there."""
    tables = set(db.get_tables())
    for index, (columns, select, _id_column) in _FTS_TABLES.items():
        if index in tables:
            continue
        db.execute_sql(f"CREATE VIRTUAL TABLE {index} USING fts5({columns}, {_FTS_OPTIONS})")
        db.execute_sql(f"INSERT INTO {index}(rowid, {columns}) {select}")
    for statement in _FTS_TRIGGERS:
        db.execute_sql(statement)


# --- Migration 4: a stored, indexed sort key for contacts' names --------------------
#
# The contacts list sorts "Müller" with "Mueller" and before "Zimmermann". A
# Python function in SQL folded all 10,000 names for every page (~30 ms a page,
# three pages at start). Now the folded name is kept in ``contact_sort_name``
# (one row per contact, indexed by name and id), so a page is read straight from
# the index. Triggers keep it in step with every writer (the window, the CLI,
# imports, undo, restores). It is a table of its own rather than a column of
# ``contact``: an UPDATE of ``contact`` fires the search index's triggers, and
# the folding needs several statements (SQLite's parser allows about 25 nested
# function calls per expression).
#
# Frozen: a change of the folding needs a new migration.

CONTACT_SORT_TABLE = "contact_sort_name"

# Letters and what they fold to (as ``journal.names.fold`` does for Latin-1,
# Latin Extended-A, ș and ț), one statement per string: German and Turkish
# first, so that most names are plain ASCII after the first statement and the
# others skip them.
_FOLD_STEPS: tuple[str, ...] = (
    "Äae äae Öoe öoe Üue üue ßss ẞss ıi İi Şs şs Çc çc Ğg ğg Ée ée Èe èe",
    "Àa Áa Âa Ãa Åa Æae Êe Ëe Ìi Íi Îi Ïi Ñn Òo Óo Ôo Õo Øoe Ùu Úu",
    "Ûu Ýy àa áa âa ãa åa æae êe ëe ìi íi îi ïi ñn òo óo ôo õo øoe",
    "ùu úu ûu ýy ÿy Āa āa Ăa ăa Ąa ąa Ćc ćc Ĉc ĉc Ċc ċc Čc čc Ďd",
    "ďd Đd đd Ēe ēe Ĕe ĕe Ėe ėe Ęe ęe Ěe ěe Ĝg ĝg Ġg ġg Ģg ģg Ĥh",
    "ĥh Ĩi ĩi Īi īi Ĭi ĭi Įi įi Ĳij ĳij Ĵj ĵj Ķk ķk Ĺl ĺl Ļl ļl Ľl",
    "ľl Ŀl ŀl Łl łl Ńn ńn Ņn ņn Ňn ňn ŉn Ōo ōo Ŏo ŏo Őo őo Œoe œoe",
    "Ŕr ŕr Ŗr ŗr Řr řr Śs śs Ŝs ŝs Šs šs Ţt ţt Ťt ťt Ũu ũu Ūu ūu",
    "Ŭu ŭu Ůu ůu Űu űu Ųu ųu Ŵw ŵw Ŷy ŷy Ÿy Źz źz Żz żz Žz žz ſs Șs șs Țt țt",
)
# The name a contact sorts by: "last first", else first, else the organisation.
_SORT_SOURCE = (
    "CASE WHEN {c}last_name <> '' THEN {c}last_name || ' ' || {c}first_name "
    "WHEN {c}first_name <> '' THEN {c}first_name ELSE {c}organisation END"
)
# Not plain ASCII (GLOB's class works on whole UTF-8 characters).
_HAS_NON_ASCII = "name GLOB '*[^ -~]*'"


def _replaced(expr: str, pairs: str) -> str:
    for word in pairs.split():
        expr = f"replace({expr}, '{word[0]}', '{word[1:]}')"
    return expr


def _finished(expr: str) -> str:
    """Separators ("Anna-Lena", "O'Brien", "J. R.") as single spaces, trimmed; "~"
    (after every letter) for a contact without any name."""
    for separator in ("-", "''", "’", ".", ","):
        expr = f"replace({expr}, '{separator}', ' ')"
    return f"coalesce(nullif(trim(replace(replace({expr}, '  ', ' '), '  ', ' ')), ''), '~')"


def _sort_name_statements(contact: str | None) -> list[str]:
    """Statements writing the sort key of contact ``contact`` (an SQL expression such as
    ``NEW.id``), or of every contact when None."""
    first = _replaced("lower(" + _SORT_SOURCE + ")", _FOLD_STEPS[0])
    if contact is None:
        out = [
            f'INSERT OR REPLACE INTO "{CONTACT_SORT_TABLE}" (contact_id, name) '
            f"SELECT c.id, {first.format(c='c.')} FROM contact c"
        ]
        only = ""
    else:
        out = [
            f'INSERT OR REPLACE INTO "{CONTACT_SORT_TABLE}" (contact_id, name) '
            f"VALUES ({contact}, {first.format(c='NEW.')})"
        ]
        only = f"contact_id = {contact} AND "
    for pairs in _FOLD_STEPS[1:]:
        out.append(
            f'UPDATE "{CONTACT_SORT_TABLE}" SET name = {_replaced("name", pairs)} '
            f"WHERE {only}{_HAS_NON_ASCII}"
        )
    where = f" WHERE contact_id = {contact}" if contact is not None else ""
    out.append(f'UPDATE "{CONTACT_SORT_TABLE}" SET name = {_finished("name")}{where}')
    return out


# Whether the new name holds anything but plain ASCII (then it needs every step).
_NEW_NAME_NON_ASCII = "((NEW.first_name || NEW.last_name || NEW.organisation) GLOB '*[^ -~]*')"


def _sort_name_triggers() -> list[str]:
    """After an insert, a rename and a delete; a plain-ASCII name in one statement."""
    ascii_only = (
        f'INSERT OR REPLACE INTO "{CONTACT_SORT_TABLE}" (contact_id, name) '
        f"VALUES (NEW.id, {_finished('lower(' + _SORT_SOURCE.format(c='NEW.') + ')')});"
    )
    every_step = " ".join(s + ";" for s in _sort_name_statements("NEW.id"))
    out = []
    for suffix, event in (
        ("ai", "AFTER INSERT"),
        ("au", "AFTER UPDATE OF first_name, last_name, organisation"),
    ):
        for name, when, body in (
            (f"contact_sort_name_{suffix}_ascii", f"NOT {_NEW_NAME_NON_ASCII}", ascii_only),
            (f"contact_sort_name_{suffix}", _NEW_NAME_NON_ASCII, every_step),
        ):
            out.append(
                f'CREATE TRIGGER IF NOT EXISTS "{name}" {event} ON "contact" '
                f"WHEN {when} BEGIN {body} END"
            )
    out.append(
        'CREATE TRIGGER IF NOT EXISTS "contact_sort_name_ad" AFTER DELETE ON "contact" '
        f'BEGIN DELETE FROM "{CONTACT_SORT_TABLE}" WHERE contact_id = OLD.id; END'
    )
    return out


def _m004_contact_sort_name(db: pw.SqliteDatabase) -> None:
    """The stored sort key of contacts' names, its index, its triggers, filled."""
    db.execute_sql(
        f'CREATE TABLE IF NOT EXISTS "{CONTACT_SORT_TABLE}" '
        '("contact_id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL)'
    )
    db.execute_sql(
        f'CREATE INDEX IF NOT EXISTS "{CONTACT_SORT_TABLE}_name_id" '
        f'ON "{CONTACT_SORT_TABLE}" ("name", "contact_id")'
    )
    for statement in _sort_name_triggers():
        db.execute_sql(statement)
    for statement in _sort_name_statements(None):
        db.execute_sql(statement)


# --- Migration 5: a covering index for the reflection panel's period ------------


def _m005_conversation_period_index(db: pw.SqliteDatabase) -> None:
    """Index what the reflection panel copies of a period's conversations.

    ``journal.reflection`` reads a short period's conversations (id, event,
    channel, minutes, enjoyment) by date; with these columns in the index it never
    visits the scattered table rows (a year of the large journal: ~20 ms less per
    period read).
    """
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "conversation_period_figures" ON "conversation" '
        '("occurred_at", "event_id", "channel", "minutes", "enjoyment")'
    )


# --- Migration 6: relationships between contacts, and what became of introductions --


def _m006_relationships_and_introductions(db: pw.SqliteDatabase) -> None:
    """Who is related to whom ("introduced by", "works with", …), and the proposals
    of introductions the user made, postponed or dismissed (so they never return).

    ``introduction_state.pair`` is the proposal's key ("12-34", or "me-34" for a
    proposal between the user and a contact); its contacts cascade, so a deleted
    contact takes its decisions along and a later contact with a reused id starts
    afresh.
    """
    tables = set(db.get_tables())
    if "relationship" not in tables:
        db.execute_sql(
            'CREATE TABLE "relationship" ("id" INTEGER NOT NULL PRIMARY KEY, '
            '"created_at" DATETIME NOT NULL, "contact_id" INTEGER NOT NULL, '
            '"other_id" INTEGER NOT NULL, "kind" TEXT NOT NULL, "label" TEXT NOT NULL, '
            'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
            'FOREIGN KEY ("other_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'
        )
    if "introduction_state" not in tables:
        db.execute_sql(
            'CREATE TABLE "introduction_state" ("id" INTEGER NOT NULL PRIMARY KEY, '
            '"pair" TEXT NOT NULL, "contact_id" INTEGER, "other_id" INTEGER NOT NULL, '
            '"status" TEXT NOT NULL, "until" DATE, "updated_at" DATETIME NOT NULL, '
            'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
            'FOREIGN KEY ("other_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'
        )
    for statement in (
        'CREATE INDEX IF NOT EXISTS "relationship_contact_id" ON "relationship" ("contact_id")',
        'CREATE INDEX IF NOT EXISTS "relationship_other_id" ON "relationship" ("other_id")',
        'CREATE UNIQUE INDEX IF NOT EXISTS "relationship_contact_id_other_id_kind_label" '
        'ON "relationship" ("contact_id", "other_id", "kind", "label")',
        'CREATE UNIQUE INDEX IF NOT EXISTS "introduction_state_pair" '
        'ON "introduction_state" ("pair")',
        'CREATE INDEX IF NOT EXISTS "introduction_state_contact_id" '
        'ON "introduction_state" ("contact_id")',
        'CREATE INDEX IF NOT EXISTS "introduction_state_other_id" '
        'ON "introduction_state" ("other_id")',
    ):
        db.execute_sql(statement)


# --- Migration 7: the day a goal counts from ---------------------------------------


def _m007_goal_starts_on(db: pw.SqliteDatabase) -> None:
    """The first day a goal exists for the reflection (null: the day it was created).

    A goal is judged only for the days it existed: a period before it does not list
    it, and a period it covers in part gets its budget and target for those days.
    """
    if "starts_on" not in {c.name for c in db.get_columns("goal")}:
        db.execute_sql('ALTER TABLE "goal" ADD COLUMN "starts_on" DATE')


# --- Migration 8: drafts inside the journal -------------------------------------


def _m008_drafts(db: pw.SqliteDatabase) -> None:
    """Unsaved dialog input in the journal rather than in a file beside it, so that
    an encrypted journal covers it (issue 18)."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "draft" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" TEXT NOT NULL, "state" TEXT NOT NULL, "updated_at" DATETIME NOT NULL)'
    )
    db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "draft_name" ON "draft" ("name")')


MIGRATIONS: tuple[Migration, ...] = (
    _m001_initial_schema,
    _m002_reminder_state_and_indexes,
    _m003_search_index,
    _m004_contact_sort_name,
    _m005_conversation_period_index,
    _m006_relationships_and_introductions,
    _m007_goal_starts_on,
    _m008_drafts,
    _m009_folded_search,
    _m010_sync_state,
    _m011_daily_figures,
    _m012_one_letter_prefixes,
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: pw.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending(db: pw.SqliteDatabase) -> int:
    """How many migrations this file still needs (0 for an up-to-date file)."""
    return max(0, SCHEMA_VERSION - schema_version(db))


def migrate(db: pw.SqliteDatabase, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``target``; returns the new version.

    Each step and its version stamp commit together, so a crash leaves the file at
    the previous version, never between two.
    """
    current = schema_version(db)
    for number in range(current + 1, target + 1):
        step = MIGRATIONS[number - 1]
        log.info("Migrating database to schema %d (%s)", number, step.__name__)
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {number:d}")
    return schema_version(db)
