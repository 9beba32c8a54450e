"""Full-text search: kept in step by triggers, folds umlauts, never raises."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kontaktbuch.journal import search as s
from kontaktbuch.store import models as m


def _kinds(query: str) -> list[tuple[str, int]]:
    return [(h.kind, h.item_id) for h in s.search(query)]


def test_contact_fields_are_found_with_prefix_and_umlauts(db: pw.SqliteDatabase) -> None:
    c = m.Contact.create(
        first_name="Jörg",
        last_name="Schröder",
        organisation="Stadtwerke München",
        position="Geschäftsführer",
        offers="Steuerberatung",
        seeks="Mitgründerin",
    )
    assert ("contact", c.id) in _kinds("Gesch")
    assert ("contact", c.id) in _kinds("munchen")
    assert ("contact", c.id) in _kinds("MÜNCHEN")
    assert ("contact", c.id) in _kinds("schroder jorg")
    assert ("contact", c.id) in _kinds("steuer")
    assert _kinds("steuer münchen hamburg") == []
    hit = s.search("gesch")[0]
    assert hit.title == "Jörg Schröder"
    start, end = hit.snippet_marks[0]
    assert hit.snippet[start:end] == "Geschäftsführer"


def test_insert_edit_delete_keep_the_index_in_step(db: pw.SqliteDatabase) -> None:
    c = m.Contact.create(first_name="Anna", last_name="Berg")
    assert ("contact", c.id) in _kinds("anna")
    c.last_name = "Wolkenstein"
    c.save()
    assert ("contact", c.id) in _kinds("wolken")
    assert _kinds("berg") == []
    tag = m.Tag.create(name="Mentorin")
    m.ContactTag.create(contact=c, tag=tag)
    m.ContactEmail.create(contact=c, address="anna@wolke.example")
    assert ("contact", c.id) in _kinds("mentorin")
    assert ("contact", c.id) in _kinds("wolke example")
    tag.name = "Patin"
    tag.save()
    assert ("contact", c.id) in _kinds("patin")
    assert _kinds("mentorin") == []

    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 5, 1, 19), notes="Über Förderung")
    m.ConversationContact.create(conversation=conv, contact=c)
    out = m.Outcome.create(conversation=conv, kind="insight", text="Gründungszuschuss beantragen")
    fu = m.FollowUp.create(conversation=conv, text="Folien schicken")
    assert ("conversation", conv.id) in _kinds("forderung")
    assert ("conversation", conv.id) in _kinds("zuschuss") or _kinds("gründungs")
    assert ("conversation", conv.id) in _kinds("folien")
    out.text = "Nichts"
    out.save()
    assert _kinds("gründungs") == []
    fu.delete_instance()
    assert _kinds("folien") == []
    hit = next(h for h in s.search("förderung") if h.kind == "conversation")
    assert "Anna Wolkenstein" in hit.title and hit.when == dt.datetime(2026, 5, 1, 19)

    net = m.Network.create(name="Gründerinnen-Netz", description="Treffen im Café")
    ev = m.Event.create(title="Stammtisch", starts_at=dt.datetime(2026, 5, 1), place="Köln")
    assert ("network", net.id) in _kinds("cafe")
    assert ("event", ev.id) in _kinds("koln")
    ev.delete_instance()
    net.delete_instance()
    assert _kinds("cafe") == [] and _kinds("koln") == []

    conv.delete_instance()
    assert _kinds("forderung") == []
    c.delete_instance()
    assert _kinds("wolkenstein") == []
    for table in ("fts_contact", "fts_conversation", "fts_event", "fts_network"):
        assert db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


@pytest.mark.parametrize(
    "query",
    ['AND ( * "', '"', "-", "Müller-Lüdenscheidt", "NOT", "a OR", "NEAR(", "^x", "x:y", "*", "''"],
)
def test_odd_queries_never_raise(db: pw.SqliteDatabase, query: str) -> None:
    m.Contact.create(first_name="Hans", last_name="Müller-Lüdenscheidt")
    s.search(query)


def test_hyphenated_names_are_found(db: pw.SqliteDatabase) -> None:
    c = m.Contact.create(first_name="Hans", last_name="Müller-Lüdenscheidt")
    assert ("contact", c.id) in _kinds("Müller-Lüd")


def test_migration_indexes_existing_rows(db: pw.SqliteDatabase) -> None:
    from kontaktbuch.store import migrations

    m.Contact.create(first_name="Erika", last_name="Mustermann")
    db.execute_sql("DROP TABLE fts_contact")
    for name in [
        r[0]
        for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    ]:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    migrations._m003_search_index(db)
    # the index as today's search reads it (other spellings, one-letter prefixes)
    migrations._m009_folded_search(db)
    migrations._m012_one_letter_prefixes(db)
    assert _kinds("muster") and _kinds("muster")[0][0] == "contact"


def test_demo_journal_search(demo_db: pw.SqliteDatabase) -> None:
    hits = s.search("a", limit=5)
    kinds = [h.kind for h in hits]
    assert kinds == sorted(kinds, key=s.KINDS.index)
    assert len([k for k in kinds if k == "contact"]) <= 5


def test_an_old_journal_is_searchable_after_migrating(app_paths: object) -> None:
    import shutil
    from pathlib import Path

    from kontaktbuch.store.db import open_database

    fixture = Path(__file__).parents[1] / "store" / "fixtures" / "schema1.sqlite"
    shutil.copy(fixture, app_paths.database)  # type: ignore[attr-defined]
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)  # type: ignore[attr-defined]
    try:
        assert ("contact", 1) in _kinds("schroder")
        assert ("conversation", 1) in _kinds("nachfolge")
    finally:
        db.close()


def test_those_found_by_name_come_first_then_the_rest(db: pw.SqliteDatabase) -> None:
    """A name that matches outranks any number of mentions in notes; the notes'
    matches still fill the list after the names, and each group keeps its order."""
    noted = [
        m.Contact.create(first_name="Eva", last_name=f"Noted{i}", notes="Berger Berger Berger")
        for i in range(3)
    ]
    named = m.Contact.create(first_name="Paul", last_name="Bergermann", notes="lange Notizen " * 20)
    evening = dt.datetime(2026, 5, 4, 19)
    event = m.Event.create(title="Stammtisch", starts_at=evening, notes="Berger")
    titled = m.Event.create(title="Berger Abend", starts_at=evening + dt.timedelta(days=1))
    hits = [(h.kind, h.item_id) for h in s.search("berger")]
    contacts = [i for k, i in hits if k == "contact"]
    assert contacts[0] == named.id
    assert sorted(contacts[1:]) == sorted(c.id for c in noted)
    assert [i for k, i in hits if k == "event"] == [titled.id, event.id]
    assert len([k for k, _ in hits if k == "contact"]) == 4
    first = next(h.item_id for h in s.search("berger", limit=2) if h.kind == "contact")
    assert first == named.id


def _unmark_by_character(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The marks read one character at a time: the plain definition _unmark keeps."""
    plain, spans, start = "", [], -1
    for ch in text:
        if ch == "\ue000":
            start = len(plain)
        elif ch == "\ue001":
            if 0 <= start < len(plain):
                spans.append((start, len(plain)))
            start = -1
        else:
            plain += ch
    return plain, tuple(spans)


@given(st.text(alphabet=st.sampled_from(["a", "ü", " ", "…", "\ue000", "\ue001"]), max_size=40))
def test_highlight_marks_become_spans_of_the_plain_text(text: str) -> None:
    assert s._unmark(text) == _unmark_by_character(text)
    plain, spans = s._unmark(text)
    assert "\ue000" not in plain and "\ue001" not in plain
    assert all(0 <= a < b <= len(plain) for a, b in spans)
