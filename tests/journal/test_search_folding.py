"""Search and duplicate detection read names in every spelling (issue 14, point 10).

"yildiz" did not find "Yıldız" and "Gruenderinnen" did not find "Gründerinnen".
Now ı and İ fold to i, and ae/oe/ue/ss stand for ä/ö/ü/ß both ways — in the
search (migration 9's ``alt`` column and the query's spellings) and in the
duplicate checks (``journal.names.fold``). Every way rows get written keeps the
index right: the journal's own writes, the command line, imports, archive
restores, another SQLite client, and an old journal migrated.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee as pw

from kontaktbuch.exchange import archive, importer
from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal import duplicates, names
from kontaktbuch.journal import search as s
from kontaktbuch.journal.choices import complete_contacts
from kontaktbuch.paths import Paths
from kontaktbuch.store import migrations
from kontaktbuch.store import models as m
from tests.journal_files import connect_file

WHEN = dt.datetime(2026, 11, 26, 19, 30)


def _found(query: str, kind: str) -> list[int]:
    return [h.item_id for h in s.search(query) if h.kind == kind]


def test_every_spelling_finds_every_other(db: pw.SqliteDatabase) -> None:
    kemal = m.Contact.create(first_name="Kemal", last_name="Yıldız")
    mueller = m.Contact.create(first_name="Anna", last_name="Mueller")
    mueller2 = m.Contact.create(first_name="Jörg", last_name="Müller", organisation="Straße 5")
    istanbul = m.Contact.create(first_name="İlkay", last_name="Aydın", organisation="İstanbul")
    event = m.Event.create(title="Stammtisch Gründerinnen", starts_at=WHEN)
    talk = cv.create_conversation(
        cv.ConversationInput(WHEN, [kemal.id], notes="Über die Gruenderinnen-Förderung")
    )
    assert _found("yildiz", "contact") == [kemal.id]
    assert _found("Yıldız", "contact") == [kemal.id]
    assert _found("YILDIZ kemal", "contact") == [kemal.id]
    assert _found("aydin ilkay", "contact") == [istanbul.id]
    assert _found("istanbul", "contact") == [istanbul.id]
    assert _found("Gruenderinnen", "event") == [event.id]
    assert _found("gründerinnen", "conversation") == [talk]
    assert _found("gruenderinnen stammtisch", "event") == [event.id]
    assert sorted(_found("Müller", "contact")) == sorted([mueller.id, mueller2.id])
    assert sorted(_found("mueller", "contact")) == sorted([mueller.id, mueller2.id])
    assert _found("strasse", "contact") == [mueller2.id]
    assert _found("Straße", "contact") == [mueller2.id]
    assert _found("yildiz gruenderinnen", "conversation") == []  # the note names no Yıldız
    # The matching words are marked in the text as it is written.
    hit = next(h for h in s.search("Gruenderinnen") if h.kind == "event")
    start, end = hit.title_marks[0]
    assert hit.title[start:end] == "Gründerinnen"
    # Completing a name in quick capture asks the same index.
    assert [c.id for c in complete_contacts("yildiz")] == [kemal.id]


def _marked(text: str, marks: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start:end] for start, end in marks]


def test_words_found_through_their_spelled_out_form_are_marked(db: pw.SqliteDatabase) -> None:
    """ı, æ, ø, œ are kept by the index's tokenizer, so "yildiz" finds "Yıldız"
    through the spelled-out ``alt`` column, where FTS5 cannot mark it: the word is
    marked all the same, in the name and in the text it was found in."""
    kemal = m.Contact.create(first_name="Kemal", last_name="Yıldız", notes="kennt Søren Ærø")
    soeren = m.Contact.create(first_name="Søren", last_name="Ærø")
    talk = cv.create_conversation(
        cv.ConversationInput(WHEN, [kemal.id], notes="Mit Søren über Æbler")
    )
    hits = {(h.kind, h.item_id): h for h in s.search("yildiz")}
    kemal_hit = hits["contact", kemal.id]
    assert _marked(kemal_hit.title, kemal_hit.title_marks) == ["Yıldız"]
    assert kemal_hit.snippet_marks == ()  # found by the name: the notes stay as FTS5 leaves them
    hits = {(h.kind, h.item_id): h for h in s.search("kemal YILDIZ")}
    assert _marked(hits["contact", kemal.id].title, hits["contact", kemal.id].title_marks) == [
        "Kemal",
        "Yıldız",
    ]
    hits = {(h.kind, h.item_id): h for h in s.search("soeren aero")}
    named = hits["contact", soeren.id]
    assert _marked(named.title, named.title_marks) == ["Søren", "Ærø"]
    by_notes = hits["contact", kemal.id]
    assert by_notes.title_marks == ()
    assert _marked(by_notes.snippet, by_notes.snippet_marks) == ["Søren", "Ærø"]
    conversation = next(h for h in s.search("soeren aebler") if h.kind == "conversation")
    assert conversation.item_id == talk
    assert _marked(conversation.snippet, conversation.snippet_marks) == ["Søren", "Æbler"]
    # A word that merely holds such a letter is not marked when it does not match.
    plain = next(h for h in s.search("kemal") if h.item_id == kemal.id)
    assert _marked(plain.title, plain.title_marks) == ["Kemal"]


def test_a_name_found_through_its_spelled_out_form_finds_whom_it_introduced(
    db: pw.SqliteDatabase,
) -> None:
    from kontaktbuch.journal import relationships

    kemal = m.Contact.create(first_name="Kemal", last_name="Yıldız").id
    anna = m.Contact.create(first_name="Anna", last_name="Schmidt").id
    relationships.add(anna, kemal, "introduced_by")
    hits = [(h.item_id, h.snippet) for h in s.search("yildiz") if h.kind == "contact"]
    assert hits == [(kemal, ""), (anna, "↔ Kemal Yıldız")]


def test_spellings_of_a_typed_word() -> None:
    assert names.spellings("Gruenderinnen") == ["gruenderinnen", "grunderinnen"]
    assert names.spellings("Yıldız") == ["yıldız", "yildiz"]
    assert names.spellings("Strasse") == ["strasse", "straße"]
    assert len(names.spellings("uebermaessigessuesse")) == 16  # at most 2**4 readings


def test_duplicates_and_capture_read_names_alike(db: pw.SqliteDatabase) -> None:
    kemal = m.Contact.create(first_name="Kemal", last_name="Yıldız")
    twin = m.Contact.create(first_name="Kemal", last_name="Yildiz")
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    anna2 = m.Contact.create(first_name="Anna", last_name="Mueller")
    pairs = {(a, b) for a, b, _why in duplicates.possible_duplicates()}
    assert (kemal.id, twin.id) in pairs and (anna.id, anna2.id) in pairs
    typed = cv.resolve_name("kemal yildiz")
    assert {c.id for c in typed.same_name} == {kemal.id, twin.id}
    m.Contact.delete().where(m.Contact.id == twin.id).execute()
    assert cv.resolve_name("Kemal Yildiz").contact_id == kemal.id
    assert cv.resolve_name("KEMAL YILDIZ").contact_id == kemal.id


def test_imports_and_restores_keep_the_folded_index(db: pw.SqliteDatabase, tmp_path: Path) -> None:
    card = tmp_path / "kemal.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Yıldız;Kemal;;;\r\nFN:Kemal Yıldız\r\n"
        "ORG:Gründerinnen e.V.\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    importer.import_file("vcard", card)
    (kemal,) = _found("yildiz", "contact")
    assert _found("gruenderinnen", "contact") == [kemal]
    saved = tmp_path / "journal.json"
    archive.export_archive(saved)
    m.Contact.delete().execute()
    assert _found("yildiz", "contact") == []
    archive.restore_archive(saved, force=True)
    assert _found("yildiz", "contact") == [kemal]


def test_another_sqlite_client_keeps_the_index_right(
    db: pw.SqliteDatabase, app_paths: Paths
) -> None:
    """The folding is plain SQL in the triggers: no function to register first."""
    other = connect_file(app_paths.database)  # plain sqlite3, or SQLCipher when encrypted
    with other:
        other.execute(
            "INSERT INTO contact (created_at, updated_at, prefix, first_name, last_name, "
            "organisation, position, first_met, offers, seeks, interests, notes, archived) "
            "VALUES ('2026-11-26 10:00:00', '2026-11-26 10:00:00', '', 'Aslı', 'Kılıç', "
            "'', '', '', '', '', '', '', 0)"
        )
    other.close()
    assert [h.title for h in s.search("asli kilic")] == ["Aslı Kılıç"]


def test_an_older_journal_is_folded_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = pw.SqliteDatabase(str(path))
    old.connect()
    migrations.migrate(old, target=8)
    old.execute_sql(
        "INSERT INTO network (created_at, updated_at, name, kind, description) "
        "VALUES ('2026-01-01', '2026-01-01', 'Türkische Gemeinde Yıldız', 'other', '')"
    )
    expression = s.match_expression("yildiz")
    query = "SELECT rowid FROM fts_network WHERE fts_network MATCH ?"
    assert old.execute_sql(query, (expression,)).fetchall() == []  # schema 8 cannot
    migrations.migrate(old, target=9)
    assert migrations.schema_version(old) == 9
    assert old.execute_sql(query, (expression,)).fetchall() == [(1,)]
    old.close()
