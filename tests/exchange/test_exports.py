"""vCard export re-imports to the same contacts; calendar and CSV open correctly."""

from __future__ import annotations

import csv
import datetime as dt

import icalendar
import pytest

from kontaktbuch.exchange import csv_export, ics, importer, vcard_export
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from tests.exchange.helpers import all_contacts


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_export_reimports_to_the_same_contacts(demo_db, tmp_path, version):
    path = tmp_path / "all.vcf"
    assert vcard_export.export_vcards(path, version=version) == 60
    assert path.read_bytes().startswith(f"BEGIN:VCARD\r\nVERSION:{version}\r\n".encode())
    expected = all_contacts()
    demo_db.close()
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        summary = importer.import_file("vcard", path)
        assert summary.created == 60 and summary.merged == 0
        assert all_contacts() == expected
    finally:
        empty.close()


def test_vcard_export_of_selected_contacts(demo_db, tmp_path):
    ids = [c.id for c in m.Contact.select().limit(3)]
    path = tmp_path / "some.vcf"
    assert vcard_export.export_vcards(path, ids) == 3
    assert path.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3


def test_ics_has_open_follow_ups_and_events_with_alarms(demo_db, tmp_path):
    path = tmp_path / "k.ics"
    ics.export_ics(path, now=dt.datetime(2026, 11, 26, 10))
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    todos = [c for c in cal.walk("VTODO")]
    events = [c for c in cal.walk("VEVENT")]
    assert len(todos) == m.FollowUp.select().where(m.FollowUp.done_at.is_null()).count()
    assert len(events) == m.Event.select().count()
    assert all(c.walk("VALARM") for c in events)
    assert all(c.walk("VALARM") for c in todos if c.get("due"))
    first = m.Event.select().order_by(m.Event.starts_at).first()
    entry = next(e for e in events if str(e["uid"]) == f"event-{first.id}@kontaktbuch")
    assert entry.decoded("dtstart") == first.starts_at
    assert str(entry["summary"]) == first.title


def test_csv_for_german_excel(demo_db, tmp_path):
    path = tmp_path / "g.csv"
    rows = csv_export.export_csv(path, "de")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads umlauts right
    text = raw.decode("utf-8-sig")
    table = list(csv.reader(text.splitlines(), delimiter=";"))
    assert table[0][:3] == ["Datum", "Uhrzeit", "Kanal"]
    assert len(table) == rows + 1
    links = m.ConversationContact.select().count()
    lonely = (
        m.Conversation.select()
        .where(
            ~m.Conversation.id.in_(m.ConversationContact.select(m.ConversationContact.conversation))
        )
        .count()
    )
    assert rows == links + lonely
    conv = m.Conversation.select().order_by(m.Conversation.occurred_at, m.Conversation.id).first()
    assert table[1][0] == conv.occurred_at.strftime("%d.%m.%Y")
    assert any("," in row[4] for row in table[1:])  # decimal comma in hours
    assert any(ch in text for ch in "äöüß")


def test_csv_english(demo_db, tmp_path):
    path = tmp_path / "e.csv"
    csv_export.export_csv(path, "en")
    table = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert table[0][:3] == ["Date", "Time", "Channel"]
    dt.date.fromisoformat(table[1][0])


def test_csv_does_not_let_spreadsheets_run_notes_as_formulas(demo_db, tmp_path):
    conv = m.Conversation.select().order_by(m.Conversation.occurred_at, m.Conversation.id).first()
    m.Conversation.update(notes='=HYPERLINK("http://x")').where(
        m.Conversation.id == conv.id
    ).execute()
    path = tmp_path / "f.csv"
    csv_export.export_csv(path, "de")
    table = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert table[1][-1] == '\'=HYPERLINK("http://x")'
