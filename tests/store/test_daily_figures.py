"""The reflection's stored figures: migrated, kept by triggers, refilled after bulk writes."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.journal.event_time import event_minutes_sql
from kontaktbuch.paths import Paths
from kontaktbuch.store import daily_figures
from kontaktbuch.store import migration_daily_figures as frozen
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from kontaktbuch.store.models import database_proxy

FIXTURE = Path(__file__).with_name("fixtures") / "schema1.sqlite"


def _triggers(db: pw.SqliteDatabase) -> dict[str, str]:
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'refl%'"
    )
    return dict(rows.fetchall())


def _content(db: pw.SqliteDatabase) -> dict[str, list[tuple[object, ...]]]:
    return {
        name: db.execute_sql(f'SELECT * FROM "{name}" ORDER BY 1, 2, 3').fetchall()
        for name in daily_figures.ALL_TABLES
    }


def test_live_definition_is_the_migrated_one(db: pw.SqliteDatabase) -> None:
    assert _triggers(db) == dict(daily_figures.TRIGGERS)
    # The frozen SQL counts an event's time as the journal's one rule does.
    assert event_minutes_sql("e") == frozen._EVENT_MINUTES


def test_the_shipped_triggers_never_change() -> None:
    """Migration 11 is frozen: its code may be tidied, the SQL it writes may not (the
    triggers of journals migrated before must stay what a new journal gets)."""
    text = "\n".join(sql for _name, sql in frozen.TRIGGERS)
    assert len(frozen.TRIGGERS) == 52
    assert hashlib.sha256(text.encode()).hexdigest() == (
        "f4e9e257bf706d46d96a11f43d9a137cffb3e5b3a19c452ff9613bad22422ffe"
    )


def _schema(db: pw.SqliteDatabase) -> set[tuple[str, str]]:
    return set(db.execute_sql("SELECT name, sql FROM sqlite_master").fetchall())


def test_a_fill_gives_what_the_triggers_gave(demo_db: pw.SqliteDatabase) -> None:
    before, schema = _content(demo_db), _schema(demo_db)
    assert all(before.values())
    assert daily_figures.repair(demo_db) == []
    assert _content(demo_db) == before
    assert _schema(demo_db) == schema  # the pairs' index is built again after the fill


def test_repair_refills_what_is_out_of_step(demo_db: pw.SqliteDatabase) -> None:
    before = _content(demo_db)
    demo_db.execute_sql("UPDATE refl_goal SET minutes = minutes + 7 "
                        "WHERE bucket = (SELECT min(bucket) FROM refl_goal)")  # fmt: skip
    demo_db.execute_sql("DELETE FROM refl_goal_contact WHERE contact_id = "
                        "(SELECT min(contact_id) FROM refl_goal_contact)")  # fmt: skip
    assert daily_figures.repair(demo_db) == ["refl_goal", "refl_goal_contact"]
    assert _content(demo_db) == before
    assert daily_figures.repair(demo_db) == []


def test_bulk_write_fills_the_tables_once_and_restores_the_triggers(db: pw.SqliteDatabase) -> None:
    with database_proxy.atomic(), daily_figures.deferred_figures(db):
        assert _triggers(db) == {}
        conv = m.Conversation.create(occurred_at=dt.datetime(2026, 3, 29, 2, 30), minutes=25)
        m.Outcome.create(conversation=conv, kind="insight")
        assert db.execute_sql("SELECT count(*) FROM refl_conversation").fetchone()[0] == 0
    fig = R.compute_figures(P.parse("2026-03"))
    assert (fig.total_minutes, fig.outcomes) == (25, 1)
    assert _triggers(db) == dict(daily_figures.TRIGGERS)
    # The triggers work again: a later change is counted without a fill.
    m.Conversation.update(minutes=40).where(m.Conversation.id == conv.id).execute()
    assert R.compute_figures(P.parse("2026-03")).total_minutes == 40
    assert daily_figures.repair(db) == []


def test_failed_bulk_write_keeps_the_old_tables_and_triggers(db: pw.SqliteDatabase) -> None:
    m.Conversation.create(occurred_at=dt.datetime(2026, 3, 2, 9), minutes=10)
    before = _content(db)
    with pytest.raises(RuntimeError), database_proxy.atomic(), daily_figures.deferred_figures(db):
        m.Conversation.create(occurred_at=dt.datetime(2026, 3, 3, 9), minutes=99)
        raise RuntimeError("cancelled")
    assert _content(db) == before
    assert _triggers(db) == dict(daily_figures.TRIGGERS)
    assert R.compute_figures(P.parse("2026-03")).total_minutes == 10


def test_bulk_write_needs_a_transaction(db: pw.SqliteDatabase) -> None:
    with pytest.raises(RuntimeError), daily_figures.deferred_figures(db):
        pass


def test_an_old_journal_gets_its_figures_filled(app_paths: Paths) -> None:
    shutil.copy(FIXTURE, app_paths.database)
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    try:
        assert db.execute_sql("SELECT count(*) FROM refl_conversation").fetchone()[0] > 0
        assert daily_figures.repair(db) == []
    finally:
        db.close()
