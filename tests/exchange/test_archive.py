"""The full archive: export → restore → export gives the same file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kontaktbuch.exchange import archive
from kontaktbuch.exchange.records import ExchangeError
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from tests.exchange.helpers import journal_fingerprint

NOW = dt.datetime(2026, 11, 26, 10, 0)


def test_round_trip_of_the_demo_journal(demo_db, tmp_path):
    m.ReminderState.create(key="follow-up:1", notified_at=NOW, snoozed_until=NOW)
    m.Reflection.create(
        period_kind="month",
        period_start=dt.date(2026, 10, 1),
        period_end=dt.date(2026, 10, 31),
        answers='{"q": "Äpfel"}',
        verdict="more",
    )
    first = tmp_path / "first.json"
    summary = archive.export_archive(first, now=NOW)
    assert summary.counts["contact"] == 60
    assert summary.counts["reminder_state"] == 1
    fingerprint = journal_fingerprint()
    demo_db.close()
    empty = open_database(tmp_path / "empty.sqlite")
    try:
        restored = archive.restore_archive(first)
        assert restored.rows == summary.rows
        assert journal_fingerprint() == fingerprint
        second = tmp_path / "second.json"
        archive.export_archive(second, now=NOW)
        assert second.read_bytes() == first.read_bytes()
    finally:
        empty.close()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "kontaktbuch-archive" and data["version"] == 1
    assert set(data["tables"]) == {model._meta.table_name for model in m.ALL_MODELS}


def test_restore_into_a_journal_with_data_is_refused_unless_forced(demo_db, tmp_path):
    path = tmp_path / "a.json"
    archive.export_archive(path, now=NOW)
    m.Contact.create(first_name="Neu", last_name="Person")
    before = journal_fingerprint()
    with pytest.raises(ExchangeError) as info:
        archive.restore_archive(path)
    assert info.value.code == "not_empty"
    assert journal_fingerprint() == before
    archive.restore_archive(path, force=True)
    assert not m.Contact.select().where(m.Contact.first_name == "Neu").exists()
    assert m.Contact.select().count() == 60


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: d.update(version=99), "archive_version"),
        (lambda d: d.update(format="other"), "not_archive"),
        (lambda d: d["tables"]["contact"][0].update(first_name=5), "archive_value"),
        (lambda d: d["tables"]["conversation"][0].update(occurred_at="gestern"), "archive_value"),
        (lambda d: d["tables"]["membership"][0].update(network_id=9999), "archive_value"),
        (lambda d: d["tables"].update(unknown=[]), "archive_value"),
    ],
)
def test_bad_archives_change_nothing(demo_db, tmp_path, change, code):
    data = archive.build_archive(now=NOW)
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = journal_fingerprint()
    with pytest.raises(ExchangeError) as info:
        archive.restore_archive(path, force=True)
    assert info.value.code == code
    assert journal_fingerprint() == before


@pytest.mark.parametrize(
    ("stamp", "error"),
    [
        ("2026-10-01 20:00:00", None),
        ("2026-10-01 20:00:00.250000", None),
        ("2026-13-01 20:00:00", "month must be in 1..12"),
        ("2026-10-01 25:00:00", "hour must be in 0..23"),
        ("2026-10-01T20:00:00", "not a date-time 'YYYY-MM-DD HH:MM:SS'"),
        ("2026-10-01", "not a date-time 'YYYY-MM-DD HH:MM:SS'"),
    ],
)
def test_date_times_are_checked_and_a_wrong_one_is_named(db, tmp_path, stamp, error):
    data = {
        "format": "kontaktbuch-archive",
        "version": 1,
        "tables": {"conversation": [{"id": 1, "occurred_at": "2026-10-01 19:00:00"},
                                    {"id": 2, "occurred_at": stamp}]},
    }  # fmt: skip
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    if error is None:
        archive.restore_archive(path)
        assert str(m.Conversation.get_by_id(2).occurred_at).startswith(stamp[:19])
        return
    with pytest.raises(ExchangeError) as info:
        archive.restore_archive(path)
    assert info.value.detail == f"conversation #2: occurred_at: {error}"
    assert not m.Conversation.select().exists()


@pytest.mark.parametrize("content", [b"", b" \r\n\t\x0b\x0c "])
def test_an_empty_file_is_named_empty(db, tmp_path, content):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as info:
        archive.restore_archive(path)
    assert info.value.code == "empty"


def test_not_json(db, tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"format": "kontaktbuch-archive",\n oops}')
    with pytest.raises(ExchangeError) as info:
        archive.restore_archive(path)
    assert (info.value.code, info.value.line) == ("not_archive", 2)


ODD_TEXT = ['Ä"ö\\ü', "Zeile 1\nZeile 2\t", "},\n    {", "\x01\x7f\u2028", "😀 {}[]", ""]


def test_archive_text_is_what_json_dumps_writes(demo_db):
    """The fast writer keeps the promised layout (``indent=1``, UTF-8 as it is)."""
    data = archive.build_archive(now=NOW)
    data["tables"]["contact"][0]["notes"] = "".join(ODD_TEXT)
    data["tables"]["contact"][1].update(first_name=ODD_TEXT[2], notes=ODD_TEXT[1])
    data["tables"]["goal"] = [{"id": 1, "budget_hours": 2.5, "title": ODD_TEXT[0]}]
    data["tables"]["odd"] = [{}, {"a": [1, {"b": None}]}, 3, [], {"k": True}]
    assert archive.dumps(data) == json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def test_the_export_writes_what_json_dumps_writes_of_the_journal(demo_db, tmp_path):
    """The export encodes a table's values in one go and cuts them apart at NULs:
    a NUL, a line break or a separator inside a text must not move a value."""
    db = m.database_proxy.obj
    db.execute_sql("UPDATE contact SET notes = ? WHERE id = 1", ("\x00".join(ODD_TEXT),))
    db.execute_sql("UPDATE contact SET first_name = ? WHERE id = 2", ('\x00", "x": \x00',))
    m.Goal.create(title=ODD_TEXT[0], why="\x00", budget_hours=2.5)
    assert not m.ReminderState.select().exists()  # an empty table, too
    path = tmp_path / "a.json"
    summary = archive.export_archive(path, now=NOW)
    expected = json.dumps(archive.build_archive(now=NOW), ensure_ascii=False, indent=1) + "\n"
    assert path.read_text(encoding="utf-8") == expected
    assert summary.counts["contact"] == 60 and summary.counts["goal"] == m.Goal.select().count()
    tables = json.loads(expected)["tables"]
    assert tables["contact"][0]["notes"] == "\x00".join(ODD_TEXT)
    assert tables["reminder_state"] == []


@pytest.mark.parametrize("foreign_keys", ["ON", "OFF"])
def test_a_reference_to_a_missing_row_is_refused_and_changes_nothing(
    demo_db, tmp_path, foreign_keys
):
    """The restore writes with foreign keys off and checks the references once at the
    end: it names the row, and the connection keeps its setting."""
    data = archive.build_archive(now=NOW)
    data["tables"]["conversation_contact"][-1]["contact_id"] = 99_999
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = journal_fingerprint()
    m.database_proxy.obj.execute_sql(f"PRAGMA foreign_keys = {foreign_keys}")
    with pytest.raises(ExchangeError) as info:
        archive.restore_archive(path, force=True)
    assert info.value.code == "archive_value"
    row = len(data["tables"]["conversation_contact"])
    assert info.value.detail == f"conversation_contact #{row}: refers to a missing contact"
    assert journal_fingerprint() == before
    on = m.database_proxy.obj.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    assert on == (foreign_keys == "ON")


def test_null_takes_the_default_where_a_value_cannot_be_empty(db, tmp_path):
    """``null`` minutes are 0 minutes (docs/archive-format.md), not "minutes: missing";
    a goal without ``starts_on`` (an archive older than the field) counts from its creation."""
    data = {
        "format": "kontaktbuch-archive",
        "version": 1,
        "tables": {
            "event": [
                {"id": 1, "title": "Abend", "starts_at": "2026-10-01 19:00:00",
                 "duration_minutes": None, "travel_minutes": None}
            ],
            "conversation": [
                {"id": 1, "occurred_at": "2026-10-01 20:00:00", "event_id": 1, "minutes": None,
                 "channel": None, "notes": None}
            ],
            "goal": [{"id": 1, "title": "Kunden", "created_at": "2026-09-01 10:00:00"}],
        },
    }  # fmt: skip
    path = tmp_path / "nulls.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    archive.restore_archive(path)
    event, conversation = m.Event.get_by_id(1), m.Conversation.get_by_id(1)
    assert (event.duration_minutes, event.travel_minutes) == (0, 0)
    assert (conversation.minutes, conversation.channel, conversation.notes) == (0, "in_person", "")
    assert m.Goal.get_by_id(1).starts_on is None
    data["tables"]["event"][0]["title"] = None  # no default: still refused
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        archive.restore_archive(path, force=True)
    assert "title: missing" in str(info.value.detail)


def test_relationships_and_decisions_survive_the_archive_and_old_archives_still_restore(
    demo_db, tmp_path
):
    from kontaktbuch.journal import introductions

    first = m.Relationship.select().order_by(m.Relationship.id).first()
    key = introductions.pair_key(
        first.contact_id, m.Contact.select().order_by(m.Contact.id.desc()).first().id
    )
    introductions.dismiss(key, now=NOW)
    path = tmp_path / "a.json"
    archive.export_archive(path, now=NOW)
    relations = sorted((r.contact_id, r.other_id, r.kind, r.label) for r in m.Relationship.select())
    assert len(relations) > 20
    demo_db.close()
    for name, drop in (("new", False), ("old", True)):
        data = json.loads(path.read_text(encoding="utf-8"))
        if drop:  # an archive written before relationships existed
            del data["tables"]["relationship"], data["tables"]["introduction_state"]
        source = tmp_path / f"{name}.json"
        source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        empty = open_database(tmp_path / f"{name}.sqlite")
        try:
            archive.restore_archive(source)
            assert m.Contact.select().count() == 60
            got = sorted(
                (r.contact_id, r.other_id, r.kind, r.label) for r in m.Relationship.select()
            )
            assert got == ([] if drop else relations)
            assert introductions.decision(key) == (None if drop else ("dismissed", None))
        finally:
            empty.close()
