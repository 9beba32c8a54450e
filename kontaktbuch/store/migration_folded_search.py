"""Migration 9: the search index also holds the folded spelling of what its
tokenizer cannot fold (frozen; :mod:`kontaktbuch.store.search_index` uses it
as the live definition of the index).

FTS5's ``unicode61 remove_diacritics 2`` tokenizer folds case and accents —
"munchen" finds "München" — but not the Turkish dotless ı, nor æ, ø, œ: "yildiz"
did not find "Yıldız". Every index table gets a third kind of column, ``alt``:
for an entry whose text holds one of those letters, the whole text spelled
out in ASCII the way :func:`kontaktbuch.journal.names.fold` spells names (ı→i,
æ→ae, ø→oe, œ→oe, and ä→ae, ö→oe, ü→ue, ß→ss alike); empty for every other
entry, which is nearly all of them, so the index hardly grows. The query side
(``journal.search.match_expression``) looks for each typed word also in its
spelled-out and its umlaut forms, so "Gruenderinnen" finds "Gründerinnen" and
"Müller" finds "Mueller" without any help from the index.

The folding is plain SQL in the triggers, so every writer — the window, the
command line, imports, archive restores, a future sync, even another SQLite
client — keeps the index right; nothing has to be registered on a connection.

The migration writes the index anew: on the benchmark's decade journal
(100,000 conversations) that takes 7–9 s once, on a journal of a few thousand
entries a fraction of a second; per write the triggers cost what they did (an
``alt`` is written for the few entries that need one). A hit found only through
``alt`` has no highlight on that word (FTS5 marks matches in the column shown).

Each entry is written from a subquery that computes the entry's text once
(``LIMIT -1 OFFSET 0`` keeps SQLite from flattening it, which would compute the
tags' and e-mails' subqueries three times per entry).

Frozen: the index of schema 9. A later change of the index is a new migration,
and ``search_index`` then takes its definitions from that one.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

# the options of every index table (as migration 3 made them)
FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

# letters the tokenizer keeps as they are: an entry holding one gets its ``alt``
UNFOLDED = "ıæøœÆØŒ"
# what ``alt`` spells out (the tokenizer folds case and other accents itself)
SPELLED_OUT: tuple[tuple[str, str], ...] = (
    ("ı", "i"),
    ("æ", "ae"),
    ("Æ", "ae"),
    ("ø", "oe"),
    ("Ø", "oe"),
    ("œ", "oe"),
    ("Œ", "oe"),
    ("ä", "ae"),
    ("Ä", "ae"),
    ("ö", "oe"),
    ("Ö", "oe"),
    ("ü", "ue"),
    ("Ü", "ue"),
    ("ß", "ss"),
    ("ẞ", "ss"),
)


def _joined(*parts: str) -> str:
    """SQL joining non-empty text expressions with " · " (no stray separators)."""
    pieces = " || ".join(f"(CASE WHEN ({p}) <> '' THEN ' · ' || ({p}) ELSE '' END)" for p in parts)
    return f"substr({pieces}, 4)"


@dataclass(frozen=True)
class Document:
    """What one index table holds: its text columns, and the query that makes an
    entry (``id`` and the columns, by name) from the table the entry describes."""

    table: str
    columns: tuple[str, ...]
    select: str
    id_column: str


DOCUMENTS: dict[str, Document] = {
    "fts_contact": Document(
        "contact",
        ("title", "body"),
        "SELECT c.id AS id, trim(c.prefix || ' ' || c.first_name || ' ' || c.last_name) AS title, "
        + _joined(
            "c.organisation",
            "c.position",
            "c.offers",
            "c.seeks",
            "c.interests",
            "coalesce((SELECT group_concat(t.name, ', ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '')",  # noqa: E501
            "coalesce((SELECT group_concat(e.address, ', ') FROM contact_email e WHERE e.contact_id = c.id), '')",  # noqa: E501
            "c.first_met",
            "c.notes",
        )
        + " AS body FROM contact c",
        "c.id",
    ),
    "fts_conversation": Document(
        "conversation",
        ("body",),
        "SELECT v.id AS id, "
        + _joined(
            "v.notes",
            "coalesce((SELECT group_concat(o.text, ' · ') FROM outcome o WHERE o.conversation_id = v.id AND o.text <> ''), '')",  # noqa: E501
            "coalesce((SELECT group_concat(f.text, ' · ') FROM follow_up f WHERE f.conversation_id = v.id AND f.text <> ''), '')",  # noqa: E501
        )
        + " AS body FROM conversation v",
        "v.id",
    ),
    "fts_event": Document(
        "event",
        ("title", "body"),
        "SELECT e.id AS id, e.title AS title, " + _joined("e.place", "e.notes") + " AS body "
        "FROM event e",
        "e.id",
    ),
    "fts_network": Document(
        "network",
        ("title", "body"),
        "SELECT n.id AS id, n.name AS title, n.description AS body FROM network n",
        "n.id",
    ),
}


def spelled_out_sql(text: str) -> str:
    """SQL: ``text`` spelled out when it holds a letter the tokenizer keeps, else ''."""
    folded = text
    for letter, spelling in SPELLED_OUT:
        folded = f"replace({folded}, '{letter}', '{spelling}')"
    return f"(CASE WHEN {text} GLOB '*[{UNFOLDED}]*' THEN {folded} ELSE '' END)"


def index_columns(index: str) -> str:
    """The index table's columns, in order: the document's, then ``alt``."""
    return ", ".join((*DOCUMENTS[index].columns, "alt"))


def entries_sql(index: str, where: str = "") -> str:
    """SELECT of (rowid, columns…, alt) for the index's entries; ``where`` (an SQL
    condition on the document's table) picks some."""
    doc = DOCUMENTS[index]
    text = " || ' ' || ".join(f"d.{column}" for column in doc.columns)
    columns = ", ".join(f"d.{column}" for column in doc.columns)
    condition = f" WHERE {where}" if where else ""
    return (
        f"SELECT d.id, {columns}, {spelled_out_sql(text)} "
        f"FROM ({doc.select}{condition} LIMIT -1 OFFSET 0) AS d"
    )


def refresh_sql(index: str, id_expr: str) -> str:
    """Statements that rebuild the entry of row ``id_expr`` (gone if the row is)."""
    doc = DOCUMENTS[index]
    return (
        f"DELETE FROM {index} WHERE rowid = {id_expr}; "
        f"INSERT INTO {index}(rowid, {index_columns(index)}) "
        f"{entries_sql(index, f'{doc.id_column} = {id_expr}')};"
    )


def _trigger(name: str, when: str, table: str, body: str) -> tuple[str, str]:
    return name, f'CREATE TRIGGER IF NOT EXISTS "{name}" {when} ON "{table}" BEGIN {body} END'


def _triggers() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    # The things themselves.
    for index, doc in DOCUMENTS.items():
        out.append(_trigger(f"{index}_ai", "AFTER INSERT", doc.table, refresh_sql(index, "NEW.id")))
        out.append(
            _trigger(
                f"{index}_au",
                "AFTER UPDATE",
                doc.table,
                refresh_sql(index, "OLD.id") + " " + refresh_sql(index, "NEW.id"),
            )
        )
        out.append(
            _trigger(
                f"{index}_ad",
                "AFTER DELETE",
                doc.table,
                f"DELETE FROM {index} WHERE rowid = OLD.id;",
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
            _trigger(f"{index}_{table}_ai", "AFTER INSERT", table, refresh_sql(index, f"NEW.{key}"))
        )
        out.append(
            _trigger(
                f"{index}_{table}_au",
                "AFTER UPDATE",
                table,
                refresh_sql(index, f"OLD.{key}") + " " + refresh_sql(index, f"NEW.{key}"),
            )
        )
        out.append(
            _trigger(f"{index}_{table}_ad", "AFTER DELETE", table, refresh_sql(index, f"OLD.{key}"))
        )
    # A renamed tag changes the entries of everyone carrying it.
    carriers = "(SELECT contact_id FROM contact_tag WHERE tag_id = NEW.id)"
    out.append(
        _trigger(
            "fts_contact_tag_rename",
            "AFTER UPDATE OF name",
            "tag",
            f"DELETE FROM fts_contact WHERE rowid IN {carriers}; "
            f"INSERT INTO fts_contact(rowid, {index_columns('fts_contact')}) "
            f"{entries_sql('fts_contact', f'c.id IN {carriers}')};",
        )
    )
    return out


# (trigger name, its CREATE TRIGGER statement)
TRIGGERS: tuple[tuple[str, str], ...] = tuple(_triggers())


def m009_folded_search(db: pw.SqliteDatabase) -> None:
    """Migration 9: make every index table again with its ``alt`` column, fill it,
    and make the triggers that keep it (the old ones of migration 3 have the same
    names). Run inside the migration's transaction, after the backup."""
    for name, _sql in TRIGGERS:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    for index in DOCUMENTS:
        db.execute_sql(f"DROP TABLE IF EXISTS {index}")
        db.execute_sql(
            f"CREATE VIRTUAL TABLE {index} USING fts5({index_columns(index)}, {FTS_OPTIONS})"
        )
        db.execute_sql(f"INSERT INTO {index}(rowid, {index_columns(index)}) {entries_sql(index)}")
    for _name, sql in TRIGGERS:
        db.execute_sql(sql)
