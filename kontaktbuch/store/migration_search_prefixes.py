"""Migration 12 (frozen SQL): one-letter prefixes in the search index.

The search runs at each keystroke, and a word of one letter ("S", or the "S" of
"Rohde & S") was matched by expanding every term beginning with it: 15–30 ms per
keystroke over a decade of conversation notes. With FTS5's prefix index of one
letter too (``prefix = '1 2 3'``) it is a single look-up (about 1 ms). The
contacts' and conversations' tables are made again with that option and filled
with migration 9's entries (:mod:`kontaktbuch.store.migration_folded_search`,
which stays the live definition of the entries and triggers); the
conversations' index grows by a tenth (77 → 85 MB for a decade), and the
migration takes 2–3 s on such a journal.
"""

from __future__ import annotations

import peewee as pw

from kontaktbuch.store.migration_folded_search import entries_sql, index_columns

OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
# the index tables that get one-letter prefixes (events and networks are small)
TABLES = ("fts_contact", "fts_conversation")


def m012_one_letter_prefixes(db: pw.SqliteDatabase) -> None:
    """Make the contacts' and conversations' index tables again, with one-letter prefixes."""
    for index in TABLES:
        columns = index_columns(index)
        db.execute_sql(f"DROP TABLE IF EXISTS {index}")
        db.execute_sql(f"CREATE VIRTUAL TABLE {index} USING fts5({columns}, {OPTIONS})")
        # Filled in one go: FTS5's incremental merging waits until the end.
        db.execute_sql(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 0)")
        db.execute_sql(f"INSERT INTO {index}(rowid, {columns}) {entries_sql(index)}")
        db.execute_sql(f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 4)")
