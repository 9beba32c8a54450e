"""Migration 11 (frozen SQL): the reflection's figures kept per day, month and year.

The reflection panel used to count every item of a period each time it was
shown, so ten years cost ten times one year. These tables hold what the panel
sums instead. Each ``refl_*`` table but the last holds, per *bucket* — a day
(``2026-11-26``: the stored time's first ten characters, local wall-clock time,
so a day with a clock change is just a day), a month (``2026-11``) or a year
(``2026``) — the figures of ``docs/reflection.md`` per organising network,
channel, network of the contacts, outcome kind or goal. A period's figures are
the sums of the fewest buckets that cover it (``journal/reflection/stored.py``);
a day cut off by *now* is counted from the items with the same SELECTs.
``refl_goal_contact`` keeps, per goal and contact, what "new contacts towards a
goal" needs: the contact's creation and the goal's items with them nearest to it.

A day's rows are defined by one SELECT over the journal's own tables for the
days in ``{ranges}`` (a subquery of half-open ranges ``lo``, ``hi`` of stored
text). Triggers on every table that feeds a figure recompute the affected days
from scratch with that SELECT, in the same transaction as the write, and move
the difference into the day's month and year rows: a day's rows are always
exactly what the SELECT gives for it, whoever writes (the window, the command
line, imports, merges, undo, sync), however many rows one statement touches, and
in whatever order SQLite runs cascades (a trigger that finds its conversation
gone recomputes nothing; the conversation's own trigger runs after its cascades
and sees the final state). Bulk writes drop the triggers and refill the tables
once (:mod:`kontaktbuch.store.daily_figures`).

Over 500 lines because it is one migration's frozen SQL — the tables' defining
SELECTs, the goal–contact pairs, the triggers of every source table and the
fill — which never changes once shipped, and is read as one definition.

Frozen like every migration: never changed once shipped. The live definition
(:mod:`kontaktbuch.store.daily_figures`) imports this module; a later migration
that changes the figures brings its own definitions, and the live module points
at those.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

# an event's time, as ``journal/event_time.py`` defines it (a test checks they agree)
_EVENT_MINUTES = "(e.duration_minutes + e.travel_minutes)"
_EVENT_DAYS = "JOIN event e ON e.starts_at >= r.lo AND e.starts_at < r.hi"

# "+f.event_id IS NULL" below: the planner must not read all conversations without an
# event through the event index instead of the day's few through the date index.

# What every figure needs of each conversation of the days in ``{ranges}``, once:
# its day, event, channel, minutes, rating, number of outcomes and whether it
# serves a goal. The tables' SELECTs read it as ``{facts}``: inline for a day a
# trigger recounts, a temporary table when the whole journal is counted at once.
FACTS = (
    "SELECT c.id AS id, substr(c.occurred_at, 1, 10) AS day, c.event_id AS event_id, "
    "c.channel AS channel, c.minutes AS minutes, c.enjoyment AS enjoyment, "
    "(SELECT count(*) FROM outcome o WHERE o.conversation_id = c.id) AS outcomes, "
    "EXISTS (SELECT 1 FROM goal_conversation gc WHERE gc.conversation_id = c.id) AS with_goal "
    "FROM ({ranges}) r JOIN conversation c ON c.occurred_at >= r.lo AND c.occurred_at < r.hi"
)
_FACTS_TABLE = "refl_facts"


@dataclass(frozen=True)
class Table:
    """A table of figures per bucket: its key columns after the bucket, its figures."""

    name: str
    keys: tuple[str, ...]
    figures: tuple[str, ...]
    # the rows of the days in ``{ranges}`` (their conversations: ``{facts}``):
    # bucket, keys, figures
    template: str

    @property
    def columns(self) -> tuple[str, ...]:
        return ("bucket", *self.keys, *self.figures)

    def select(self, ranges: str, facts: str | None = None) -> str:
        """The SELECT of the days of ``ranges``; ``facts``: a table of their conversations."""
        inline = "(" + FACTS.format(ranges=ranges) + ")"
        return self.template.format(ranges=ranges, facts=facts or inline)


TABLES: tuple[Table, ...] = (
    # Events by organising network (0: no network).
    Table(
        "refl_event",
        ("network_id",),
        ("events", "minutes", "enjoyment_sum", "rated", "goal_minutes"),
        f"SELECT substr(e.starts_at, 1, 10), coalesce(e.network_id, 0), count(*), "
        f"sum({_EVENT_MINUTES}), coalesce(sum(e.enjoyment), 0), count(e.enjoyment), "
        f"sum({_EVENT_MINUTES} * EXISTS (SELECT 1 FROM goal_event ge WHERE ge.event_id = e.id)) "
        f"FROM ({{ranges}}) r {_EVENT_DAYS} GROUP BY 1, 2",
    ),
    # Conversations without an event by channel (at_event 0); those at an event
    # in one row per day (at_event 1, channel ''), which add no time of their own.
    Table(
        "refl_conversation",
        ("at_event", "channel"),
        ("conversations", "minutes", "enjoyment_sum", "rated", "goal_minutes", "outcomes"),
        "SELECT f.day, f.event_id IS NOT NULL, "
        "CASE WHEN f.event_id IS NULL THEN f.channel ELSE '' END, count(*), sum(f.minutes), "
        "coalesce(sum(f.enjoyment), 0), count(f.enjoyment), sum(f.minutes * f.with_goal), "
        "sum(f.outcomes) FROM {facts} f GROUP BY 1, 2, 3",
    ),
    # Per network (0: no network): conversations without an event, once for each
    # network of any of their contacts (the inner GROUP BY drops a second contact
    # in the same network; none of the contacts in a network: 0), and the outcomes
    # of conversations at the network's events (event_outcomes).
    Table(
        "refl_network",
        ("network_id",),
        ("conversations", "minutes", "enjoyment_sum", "rated", "outcomes", "event_outcomes"),
        "SELECT day, network_id, sum(n), sum(minutes), coalesce(sum(enjoyment), 0), "
        "count(enjoyment), sum(outcomes), sum(event_outcomes) FROM ("
        "SELECT f.day AS day, ms.network_id AS network_id, 1 AS n, f.minutes AS minutes, "
        "f.enjoyment AS enjoyment, f.outcomes AS outcomes, 0 AS event_outcomes "
        "FROM {facts} f JOIN conversation_contact cc ON cc.conversation_id = f.id "
        "JOIN membership ms ON ms.contact_id = cc.contact_id "
        "WHERE +f.event_id IS NULL GROUP BY f.id, ms.network_id "
        "UNION ALL "
        "SELECT f.day, 0, 1, f.minutes, f.enjoyment, f.outcomes, 0 FROM {facts} f "
        "WHERE +f.event_id IS NULL AND NOT EXISTS (SELECT 1 FROM conversation_contact cc "
        "JOIN membership ms ON ms.contact_id = cc.contact_id WHERE cc.conversation_id = f.id) "
        "UNION ALL "
        "SELECT f.day, coalesce(e.network_id, 0), 0, 0, NULL, 0, f.outcomes FROM {facts} f "
        "LEFT JOIN event e ON e.id = f.event_id WHERE f.event_id IS NOT NULL AND f.outcomes > 0"
        ") GROUP BY 1, 2",
    ),
    # Outcomes by kind, counted by the date of their conversation.
    Table(
        "refl_outcome",
        ("kind",),
        ("outcomes",),
        "SELECT f.day, o.kind, count(*) FROM {facts} f "
        "JOIN outcome o ON o.conversation_id = f.id WHERE f.outcomes > 0 GROUP BY 1, 2",
    ),
    # Each goal: an item counts fully towards every goal it serves; a conversation
    # at an event adds no time and no rating of its own (the event's do, when the
    # event serves the goal), but counts as a conversation with its outcomes.
    Table(
        "refl_goal",
        ("goal_id",),
        ("minutes", "conversations", "events", "enjoyment_sum", "rated", "outcomes"),
        "SELECT day, goal_id, sum(minutes), sum(conversations), sum(events), "
        "coalesce(sum(enjoyment), 0), count(enjoyment), sum(outcomes) FROM ("
        "SELECT substr(e.starts_at, 1, 10) AS day, ge.goal_id AS goal_id, "
        f"{_EVENT_MINUTES} AS minutes, 0 AS conversations, 1 AS events, "
        "e.enjoyment AS enjoyment, 0 AS outcomes "
        f"FROM ({{ranges}}) r {_EVENT_DAYS} JOIN goal_event ge ON ge.event_id = e.id "
        "UNION ALL "
        "SELECT f.day, gc.goal_id, CASE WHEN f.event_id IS NULL THEN f.minutes ELSE 0 END, "
        "1, 0, CASE WHEN f.event_id IS NULL THEN f.enjoyment END, f.outcomes "
        "FROM {facts} f JOIN goal_conversation gc ON gc.conversation_id = f.id WHERE f.with_goal"
        ") GROUP BY 1, 2",
    ),
    Table(
        "refl_goal_outcome",
        ("goal_id", "kind"),
        ("outcomes",),
        "SELECT f.day, gc.goal_id, o.kind, count(*) FROM {facts} f "
        "JOIN goal_conversation gc ON gc.conversation_id = f.id "
        "JOIN outcome o ON o.conversation_id = f.id "
        "WHERE f.with_goal AND f.outcomes > 0 GROUP BY 1, 2, 3",
    ),
)
TABLE: dict[str, Table] = {t.name: t for t in TABLES}

_TEXT_KEYS = ("channel", "kind")


def create_table(table: Table) -> str:
    """A table of buckets: keyed by bucket first, so a period's buckets are few seeks."""
    columns = ", ".join(
        ['"bucket" TEXT NOT NULL']
        + [f'"{k}" {"TEXT" if k in _TEXT_KEYS else "INTEGER"} NOT NULL' for k in table.keys]
        + [f'"{f}" INTEGER NOT NULL' for f in table.figures]
    )
    key = ", ".join(f'"{k}"' for k in ("bucket", *table.keys))
    return (
        f'CREATE TABLE IF NOT EXISTS "{table.name}" ({columns}, PRIMARY KEY ({key})) WITHOUT ROWID'
    )


def _roll_up(table: Table, days: str, sign: str) -> str:
    """Add (``sign`` "") or subtract ("-") the rows of ``days`` to their months and years."""
    keys = ", ".join(table.keys)
    figures = ", ".join(f"{sign}{f}" for f in table.figures)
    update = ", ".join(f"{f} = {f} + excluded.{f}" for f in table.figures)
    pick = f'FROM "{table.name}" WHERE bucket IN ({days})'
    return (
        f'INSERT INTO "{table.name}" ({", ".join(table.columns)}) '
        f"SELECT substr(bucket, 1, 7), {keys}, {figures} {pick} UNION ALL "
        f"SELECT substr(bucket, 1, 4), {keys}, {figures} {pick} "
        f"ON CONFLICT (bucket, {keys}) DO UPDATE SET {update};"
    )


def recompute(table: Table, ranges: str) -> str:
    """Statements that replace the rows of the days of ``ranges`` and their sums above."""
    days = f"SELECT lo FROM ({ranges})"
    above = f"SELECT substr(lo, 1, 7) FROM ({ranges}) UNION SELECT substr(lo, 1, 4) FROM ({ranges})"
    empty = " AND ".join(f"{f} = 0" for f in table.figures)
    return (
        _roll_up(table, days, "-")
        + f' DELETE FROM "{table.name}" WHERE bucket IN ({days});'
        + f' INSERT INTO "{table.name}" ({", ".join(table.columns)}) '
        + table.select(ranges)
        + "; "
        + _roll_up(table, days, "")
        + f' DELETE FROM "{table.name}" WHERE bucket IN ({above}) AND {empty};'
    )


def fill_facts(db: pw.SqliteDatabase) -> str:
    """The facts of every conversation in a temporary table (for :func:`fill`); its name."""
    db.execute_sql(
        f'CREATE TEMP TABLE IF NOT EXISTS "{_FACTS_TABLE}" (id INTEGER PRIMARY KEY, day TEXT, '
        "event_id INTEGER, channel TEXT, minutes INTEGER, enjoyment INTEGER, "
        "outcomes INTEGER, with_goal INTEGER)"
    )
    db.execute_sql(f'DELETE FROM temp."{_FACTS_TABLE}"')
    # A decade of conversations is ~5 MB here: more than the temporary database's
    # default page cache (2 MB), which would spill it to a file.
    db.execute_sql("PRAGMA temp.cache_size = -32000")
    db.execute_sql(f'INSERT INTO temp."{_FACTS_TABLE}" {FACTS.format(ranges=ALL_DAYS)}')
    return f'temp."{_FACTS_TABLE}"'


def drop_facts(db: pw.SqliteDatabase) -> None:
    db.execute_sql(f'DROP TABLE IF EXISTS temp."{_FACTS_TABLE}"')


def fill(db: pw.SqliteDatabase, table: Table, facts: str) -> None:
    """Fill ``table`` from the whole journal: its days, then their months and years.

    ``facts`` is the table :func:`fill_facts` made, so that each conversation's
    outcomes and goal links are looked up once for all tables.
    """
    keys = ", ".join(table.keys)
    sums = ", ".join(f"sum({f})" for f in table.figures)
    columns = ", ".join(table.columns)
    db.execute_sql(f'DELETE FROM "{table.name}"')
    db.execute_sql(f'INSERT INTO "{table.name}" ({columns}) {table.select(ALL_DAYS, facts)}')
    # Months from the days, years from the months (a tenth of the rows to read).
    for length, below in ((7, 10), (4, 7)):
        db.execute_sql(
            f'INSERT INTO "{table.name}" ({columns}) SELECT substr(bucket, 1, {length}), {keys}, '
            f'{sums} FROM "{table.name}" WHERE length(bucket) = {below} GROUP BY 1, {keys}'
        )


# every day there is: the ranges subquery that makes a SELECT read the whole journal
ALL_DAYS = "SELECT '' AS lo, '~' AS hi"

# --- new contacts towards a goal ---------------------------------------------------
#
# A contact counts for a goal in a period when it was created in the period and
# took part in a conversation, or attended an event, serving the goal in that
# period. Given its creation in the period (an interval), that is so exactly when
# the goal's last item with the contact before the creation, or its first one at
# or after it, lies in the period. So one row per goal and contact is enough.

GOAL_CONTACT = "refl_goal_contact"
_CREATE_GOAL_CONTACT = (
    f'CREATE TABLE IF NOT EXISTS "{GOAL_CONTACT}" ("contact_id" INTEGER NOT NULL, '
    '"goal_id" INTEGER NOT NULL, "created_at" TEXT NOT NULL, "before_at" TEXT, "after_at" TEXT, '
    'PRIMARY KEY ("contact_id", "goal_id")) WITHOUT ROWID',
    f'CREATE INDEX IF NOT EXISTS "{GOAL_CONTACT}_goal" ON "{GOAL_CONTACT}" '
    '("goal_id", "created_at", "before_at", "after_at")',
)
# the items (time) of goal ``p.goal_id`` with contact ``p.contact_id``, from the contact
_ITEMS_OF_PAIR = (
    "SELECT c.occurred_at AS at FROM conversation_contact cc "
    "JOIN goal_conversation gc ON gc.conversation_id = cc.conversation_id "
    "AND gc.goal_id = p.goal_id JOIN conversation c ON c.id = cc.conversation_id "
    "WHERE cc.contact_id = p.contact_id UNION ALL "
    "SELECT e.starts_at FROM event_attendee ea JOIN goal_event ge ON ge.event_id = ea.event_id "
    "AND ge.goal_id = p.goal_id JOIN event e ON e.id = ea.event_id "
    "WHERE ea.contact_id = p.contact_id"
)


def recompute_pairs(pairs: str) -> str:
    """Statements that replace the rows of the (goal_id, contact_id) pairs of ``pairs``."""
    return (
        f'DELETE FROM "{GOAL_CONTACT}" WHERE (goal_id, contact_id) IN ({pairs}); '
        f'INSERT INTO "{GOAL_CONTACT}" (contact_id, goal_id, created_at, before_at, after_at) '
        "SELECT contact_id, goal_id, created_at, before_at, after_at FROM ("
        "SELECT p.contact_id AS contact_id, p.goal_id AS goal_id, k.created_at AS created_at, "
        f"(SELECT max(i.at) FROM ({_ITEMS_OF_PAIR}) i WHERE i.at < k.created_at) AS before_at, "
        f"(SELECT min(i.at) FROM ({_ITEMS_OF_PAIR}) i WHERE i.at >= k.created_at) AS after_at "
        f"FROM ({pairs}) p JOIN contact k ON k.id = p.contact_id"
        ") WHERE before_at IS NOT NULL OR after_at IS NOT NULL;"
    )


def fill_pairs(db: pw.SqliteDatabase) -> None:
    """Fill ``refl_goal_contact`` from the whole journal in one pass over the links."""
    db.execute_sql(f'DELETE FROM "{GOAL_CONTACT}"')
    db.execute_sql(
        f'INSERT INTO "{GOAL_CONTACT}" (contact_id, goal_id, created_at, before_at, after_at) '
        "SELECT i.contact_id, i.goal_id, k.created_at, "
        "max(CASE WHEN i.at < k.created_at THEN i.at END), "
        "min(CASE WHEN i.at >= k.created_at THEN i.at END) FROM ("
        "SELECT cc.contact_id AS contact_id, gc.goal_id AS goal_id, c.occurred_at AS at "
        "FROM goal_conversation gc JOIN conversation c ON c.id = gc.conversation_id "
        "JOIN conversation_contact cc ON cc.conversation_id = c.id UNION ALL "
        "SELECT ea.contact_id, ge.goal_id, e.starts_at FROM goal_event ge "
        "JOIN event e ON e.id = ge.event_id JOIN event_attendee ea ON ea.event_id = e.id"
        ") i JOIN contact k ON k.id = i.contact_id GROUP BY i.contact_id, i.goal_id"
    )


# --- triggers ------------------------------------------------------------------------


# A write names the days (or goal–contact pairs) it changed by inserting them into a
# view; the view's INSTEAD OF triggers recount them. So each table's recount is
# written once in the schema, not once per writing trigger: the schema SQLite
# parses at every connection stays small.
DAY_CHANGED = "refl_day_changed"
PAIR_CHANGED = "refl_pair_changed"
_VIEWS = (
    f'CREATE VIEW IF NOT EXISTS "{DAY_CHANGED}" AS SELECT NULL AS day, 0 AS tables WHERE 0',
    f'CREATE VIEW IF NOT EXISTS "{PAIR_CHANGED}" AS SELECT NULL AS goal_id, NULL AS contact_id '
    "WHERE 0",
)
# table -> its bit in ``refl_day_changed.tables``
_BIT = {table.name: 1 << number for number, table in enumerate(TABLES)}


def _day_range(stamp: str) -> str:
    """The day of the stored time ``stamp`` (an SQL expression)."""
    return f"SELECT substr({stamp}, 1, 10) AS day"


def _days_of(where: str) -> str:
    """The days of the conversations ``c2`` (joined as ``cc2`` where asked) matching ``where``."""
    return f"SELECT DISTINCT substr(c2.occurred_at, 1, 10) AS day FROM {where}"


# Each source: the ranges of the days a row changes (``{row}`` is NEW or OLD), the
# tables those days feed, and the columns an update must change to matter.
_CONVERSATION_TABLES = (
    "refl_conversation",
    "refl_network",
    "refl_outcome",
    "refl_goal",
    "refl_goal_outcome",
)
_OF_CONVERSATION = _day_range(
    "(SELECT occurred_at FROM conversation WHERE id = {row}.conversation_id)"
)
_DAY_SOURCES: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "refl_event",
        "event",
        _day_range("{row}.starts_at"),
        ("refl_event", "refl_goal"),
        ("starts_at", "duration_minutes", "travel_minutes", "network_id", "enjoyment"),
    ),
    # The outcomes of conversations at an event count towards its network, and
    # those conversations may lie on other days than the event.
    (
        "refl_event_conversations",
        "event",
        _days_of("conversation c2 WHERE c2.event_id = {row}.id"),
        ("refl_network",),
        ("network_id",),
    ),
    (
        "refl_goal_event",
        "goal_event",
        _day_range("(SELECT starts_at FROM event WHERE id = {row}.event_id)"),
        ("refl_event", "refl_goal"),
        ("goal_id", "event_id"),
    ),
    (
        "refl_conversation",
        "conversation",
        _day_range("{row}.occurred_at"),
        _CONVERSATION_TABLES,
        ("occurred_at", "event_id", "channel", "minutes", "enjoyment"),
    ),
    (
        "refl_conversation_contact",
        "conversation_contact",
        _OF_CONVERSATION,
        ("refl_network",),
        ("conversation_id", "contact_id"),
    ),
    (
        "refl_membership",
        "membership",
        _days_of(
            "conversation_contact cc2 JOIN conversation c2 ON c2.id = cc2.conversation_id "
            "WHERE cc2.contact_id = {row}.contact_id AND c2.event_id IS NULL"
        ),
        ("refl_network",),
        ("contact_id", "network_id"),
    ),
    (
        "refl_outcome",
        "outcome",
        _OF_CONVERSATION,
        _CONVERSATION_TABLES,
        ("conversation_id", "kind"),
    ),
    (
        "refl_goal_conversation",
        "goal_conversation",
        _OF_CONVERSATION,
        ("refl_conversation", "refl_goal", "refl_goal_outcome"),
        ("goal_id", "conversation_id"),
    ),
)

# The (goal, contact) pairs a row changes, as ``{row}`` is NEW or OLD.
_PAIR_SOURCES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "refl_pairs_conversation",
        "conversation",
        "SELECT gc.goal_id AS goal_id, cc.contact_id AS contact_id FROM goal_conversation gc "
        "JOIN conversation_contact cc ON cc.conversation_id = gc.conversation_id "
        "WHERE gc.conversation_id = {row}.id",
        ("occurred_at",),
    ),
    (
        "refl_pairs_conversation_contact",
        "conversation_contact",
        "SELECT gc.goal_id AS goal_id, {row}.contact_id AS contact_id FROM goal_conversation gc "
        "WHERE gc.conversation_id = {row}.conversation_id",
        ("conversation_id", "contact_id"),
    ),
    (
        "refl_pairs_goal_conversation",
        "goal_conversation",
        "SELECT {row}.goal_id AS goal_id, cc.contact_id AS contact_id FROM conversation_contact cc "
        "WHERE cc.conversation_id = {row}.conversation_id",
        ("goal_id", "conversation_id"),
    ),
    (
        "refl_pairs_event",
        "event",
        "SELECT ge.goal_id AS goal_id, ea.contact_id AS contact_id FROM goal_event ge "
        "JOIN event_attendee ea ON ea.event_id = ge.event_id WHERE ge.event_id = {row}.id",
        ("starts_at",),
    ),
    (
        "refl_pairs_event_attendee",
        "event_attendee",
        "SELECT ge.goal_id AS goal_id, {row}.contact_id AS contact_id FROM goal_event ge "
        "WHERE ge.event_id = {row}.event_id",
        ("event_id", "contact_id"),
    ),
    (
        "refl_pairs_goal_event",
        "goal_event",
        "SELECT {row}.goal_id AS goal_id, ea.contact_id AS contact_id FROM event_attendee ea "
        "WHERE ea.event_id = {row}.event_id",
        ("goal_id", "event_id"),
    ),
    (
        "refl_pairs_contact",
        "contact",
        f'SELECT goal_id, contact_id FROM "{GOAL_CONTACT}" WHERE contact_id = {{row}}.id '
        "UNION SELECT gc.goal_id, cc.contact_id FROM conversation_contact cc "
        "JOIN goal_conversation gc ON gc.conversation_id = cc.conversation_id "
        "WHERE cc.contact_id = {row}.id "
        "UNION SELECT ge.goal_id, ea.contact_id FROM event_attendee ea JOIN goal_event ge "
        "ON ge.event_id = ea.event_id WHERE ea.contact_id = {row}.id",
        ("created_at",),
    ),
)


def _trigger(name: str, when: str, table: str, body: str, condition: str = "") -> tuple[str, str]:
    guard = f" WHEN {condition}" if condition else ""
    return name, f'CREATE TRIGGER "{name}" {when} ON "{table}"{guard} BEGIN {body} END'


def _three(
    prefix: str, table: str, columns: tuple[str, ...], rows: str, note: Callable[[str], str]
) -> list[tuple[str, str]]:
    """Insert, update (of ``columns``, when one really changed) and delete triggers that
    ``note`` what ``rows`` selects (``{row}`` stands for the new row, the old one, or
    each in turn)."""
    new, old = rows.format(row="NEW"), rows.format(row="OLD")
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    return [
        _trigger(f"{prefix}_ai", "AFTER INSERT", table, note(new)),
        _trigger(
            f"{prefix}_au",
            f"AFTER UPDATE OF {', '.join(columns)}",
            table,
            note(f"{old} UNION {new}"),
            changed,
        ),
        _trigger(f"{prefix}_ad", "AFTER DELETE", table, note(old)),
    ]


def _note_days(mask: int, days: str) -> str:
    """Note ``days`` as changed for the tables of ``mask`` (recounted by the view's trigger)."""
    return (
        f'INSERT INTO "{DAY_CHANGED}" (day, tables) '
        f"SELECT DISTINCT day, {mask} FROM ({days}) WHERE day IS NOT NULL;"
    )


def _note_pairs(pairs: str) -> str:
    """Note the goal–contact ``pairs`` as changed (recounted by the view's trigger)."""
    return (
        f'INSERT INTO "{PAIR_CHANGED}" (goal_id, contact_id) '
        f"SELECT DISTINCT goal_id, contact_id FROM ({pairs});"
    )


def _triggers() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kept in TABLES:
        out.append(
            _trigger(
                f"{kept.name}_recount",
                "INSTEAD OF INSERT",
                DAY_CHANGED,
                recompute(kept, "SELECT NEW.day AS lo, date(NEW.day, '+1 day') AS hi"),
                f"NEW.tables & {_BIT[kept.name]}",
            )
        )
    out.append(
        _trigger(
            f"{GOAL_CONTACT}_recount",
            "INSTEAD OF INSERT",
            PAIR_CHANGED,
            recompute_pairs("SELECT NEW.goal_id AS goal_id, NEW.contact_id AS contact_id"),
        )
    )
    for prefix, table, days, targets, columns in _DAY_SOURCES:
        mask = sum(_BIT[t] for t in targets)
        out += _three(prefix, table, columns, days, functools.partial(_note_days, mask))
    for prefix, table, pairs, columns in _PAIR_SOURCES:
        out += _three(prefix, table, columns, pairs, _note_pairs)
    return out


# (trigger name, its CREATE TRIGGER statement)
TRIGGERS: tuple[tuple[str, str], ...] = tuple(_triggers())

# indexes for what the panel still reads from the items themselves
INDEXES: tuple[str, ...] = (
    'CREATE INDEX IF NOT EXISTS "contact_created_at" ON "contact" ("created_at")',
    'CREATE INDEX IF NOT EXISTS "follow_up_done_at_created_at" ON "follow_up" '
    '("done_at", "created_at")',
    # (event_id, occurred_at, …) would be chosen for "event_id IS NULL AND
    # occurred_at <= ?" elsewhere (the networks' time invested), a scan of every
    # conversation without an event per network: occurred_at only after enjoyment.
    'CREATE INDEX IF NOT EXISTS "conversation_event_id_enjoyment_occurred_at" '
    'ON "conversation" ("event_id", "enjoyment", "occurred_at")',
)


def migrate(db: pw.SqliteDatabase) -> None:
    """Create the tables and indexes, fill the tables, then create the triggers."""
    facts = fill_facts(db)
    for table in TABLES:
        db.execute_sql(create_table(table))
        fill(db, table, facts)
    drop_facts(db)
    for statement in _CREATE_GOAL_CONTACT:
        db.execute_sql(statement)
    fill_pairs(db)
    for statement in INDEXES + _VIEWS:
        db.execute_sql(statement)
    for name, sql in TRIGGERS:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        db.execute_sql(sql)
