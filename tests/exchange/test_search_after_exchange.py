"""Restores and imports update the search index once at the end: the result must be
the same index the per-row triggers would have built, with the triggers back in place."""

from __future__ import annotations

import datetime as dt

import pytest

from kontaktbuch.exchange import archive, importer
from kontaktbuch.exchange.records import Cancelled
from kontaktbuch.journal.search import search
from kontaktbuch.store import models as m
from kontaktbuch.store import search_index
from kontaktbuch.store.db import open_database
from kontaktbuch.store.models import database_proxy

NOW = dt.datetime(2026, 11, 26, 10, 0)


def _index_content() -> dict[str, list[tuple]]:
    db = database_proxy.obj
    return {
        index: db.execute_sql(f"SELECT rowid, * FROM {index} ORDER BY rowid").fetchall()
        for index in search_index.FTS_TABLES
    }


def _trigger_names() -> set[str]:
    rows = database_proxy.obj.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return {name for (name,) in rows.fetchall()}


ALL_TRIGGERS = {name for name, _sql in search_index.TRIGGERS}


def _conversations(text: str) -> list[int]:
    return [hit.item_id for hit in search(text, limit=10_000) if hit.kind == "conversation"]


def _found(text: str, kind: str = "contact") -> list[str]:
    return [hit.title for hit in search(text) if hit.kind == kind]


def test_restored_journal_is_searchable_and_the_triggers_work(demo_db, tmp_path):
    path = tmp_path / "a.json"
    archive.export_archive(path, now=NOW)
    expected = _index_content()
    note = m.Conversation.select().where(m.Conversation.notes != "").first()
    word = max(note.notes.split(), key=len).strip(".,;:!?()")
    demo_db.close()
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        assert _index_content() == {index: [] for index in search_index.FTS_TABLES}
        archive.restore_archive(path)
        assert _index_content() == expected
        assert note.id in _conversations(word)
        assert _trigger_names() >= ALL_TRIGGERS
        # Edits after the restore reach the index through the triggers again.
        contact = m.Contact.create(first_name="Zoë", last_name="Quastenflosser")
        assert _found("Quastenflosser") == ["Zoë Quastenflosser"]
        m.ContactEmail.create(contact=contact, address="zoe@tiefsee.example")
        assert _found("tiefsee") == ["Zoë Quastenflosser"]
        m.Conversation.delete().where(m.Conversation.id == note.id).execute()
        assert note.id not in _conversations(word)
    finally:
        empty.close()


def test_forced_restore_forgets_the_replaced_journal(demo_db, tmp_path):
    path = tmp_path / "a.json"
    archive.export_archive(path, now=NOW)
    expected = _index_content()
    m.Contact.create(first_name="Zoë", last_name="Quastenflosser")
    assert _found("Quastenflosser")
    archive.restore_archive(path, force=True)
    assert _found("Quastenflosser") == []
    assert _index_content() == expected
    assert _trigger_names() >= ALL_TRIGGERS


def test_cancelled_restore_keeps_the_index_and_the_triggers(demo_db, tmp_path):
    path = tmp_path / "a.json"
    archive.export_archive(path, now=NOW)
    m.Contact.create(first_name="Zoë", last_name="Quastenflosser")
    before = _index_content()

    def progress(done: int, total: int) -> bool:
        return done < total // 2

    with pytest.raises(Cancelled):
        archive.restore_archive(path, force=True, progress=progress)
    assert _index_content() == before
    assert _trigger_names() >= ALL_TRIGGERS
    assert _found("Quastenflosser") == ["Zoë Quastenflosser"]
    m.Contact.create(first_name="Ida", last_name="Nachher")
    assert _found("Nachher") == ["Ida Nachher"]


def test_imports_with_merges_index_what_the_triggers_would(db, samples):
    kinds = (
        ("linkedin", "linkedin-connections-2024.csv"),
        ("vcard", "apple-contacts-3.0.vcf"),  # merges into the LinkedIn people
        ("vcard", "nextcloud-4.0.vcf"),
        ("vcard", "outlook-2.1.vcf"),
    )
    for kind, name in kinds:
        summary = importer.import_file(kind, samples / name)
        assert summary.created + summary.merged
        assert _trigger_names() >= ALL_TRIGGERS
    imported = _index_content()
    assert imported["fts_contact"] and imported["fts_network"]
    with database_proxy.atomic():
        search_index.rebuild(database_proxy.obj)
    assert _index_content() == imported
    assert _found("Yıldız") == ["Kemal Yıldız"]
    assert _found("LinkedIn", "network") == ["LinkedIn"]
    # A merged contact is found by what the merge added (Apple's e-mail address).
    assert _found("anna.mueller") == ["Anna Müller"]
    m.Contact.update(last_name="Neumann").where(m.Contact.last_name == "Yıldız").execute()
    assert _found("Neumann") == ["Kemal Neumann"]


def test_dry_run_and_cancelled_import_leave_the_index(db, samples):
    importer.import_file("linkedin", samples / "linkedin-connections-2018.csv")
    before = _index_content()
    importer.import_file("vcard", samples / "apple-contacts-3.0.vcf", dry_run=True)
    assert _index_content() == before
    plan = importer.plan_import(importer.read_file("vcard", samples / "nextcloud-4.0.vcf"))
    with pytest.raises(Cancelled):
        importer.apply_plan(plan, lambda done, total: done < 1)
    assert _index_content() == before
    assert _trigger_names() >= ALL_TRIGGERS


def test_large_linkedin_import_joins_everyone_and_is_searchable(db, tmp_path):
    """9,000 connections: the batched writes (in chunks) carry every row."""
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [
        f"Jörg{i},Schröder{i},https://www.linkedin.com/in/joerg-{i},j{i}@example.de,"
        f"Firma {i % 50},Leitung,12 Mar 2024"
        for i in range(9000)
    ]
    path = tmp_path / "Connections.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = importer.import_file("linkedin", path)
    assert (summary.created, summary.networks_created) == (9000, 1)
    assert m.Membership.select().count() == 9000
    assert m.ContactEmail.select().count() == 9000
    assert _found("Schröder8999") == ["Jörg8999 Schröder8999"]
    assert _found("j4711") == ["Jörg4711 Schröder4711"]
    assert _trigger_names() >= ALL_TRIGGERS
