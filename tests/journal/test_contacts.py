"""Contacts as one piece: validation, saving, the paged list, delete and undo, timeline."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal import interactions
from kontaktbuch.journal.contacts import ContactData, ContactFilter, Email, Link, MembershipData
from kontaktbuch.store import models as m

NOW = dt.datetime(2026, 11, 26, 10, 0)


def _anna(network_id: int | None = None) -> ContactData:
    return ContactData(
        first_name="Anna",
        last_name="Müller",
        organisation="Stadtwerke",
        offers="Steuerberatung für Gründer",
        emails=[Email("anna@example.de"), Email("anna.mueller@example.org")],
        links=[Link("linkedin.com/in/anna-mueller")],
        tags=["Mentor", "mentor", " Kunde "],
        memberships=[MembershipData(network_id, "Vorstand")] if network_id else [],
        birthday_day=29,
        birthday_month=2,
    )


def test_save_and_load_whole_contact(db: pw.SqliteDatabase) -> None:
    net = m.Network.create(name="VDI", kind="association")
    cid = c.save_contact(_anna(net.id))
    loaded = c.load_contact(cid)
    assert [e.address for e in loaded.emails] == ["anna@example.de", "anna.mueller@example.org"]
    assert loaded.links[0].url == "https://linkedin.com/in/anna-mueller"
    assert loaded.links[0].kind == "linkedin"
    assert loaded.tags == ["Mentor", "Kunde"]
    assert [(ms.network_name, ms.role) for ms in loaded.memberships] == [("VDI", "Vorstand")]
    assert (loaded.birthday_day, loaded.birthday_month, loaded.birthday_year) == (29, 2, None)
    loaded.emails = loaded.emails[1:]
    loaded.tags = ["Kunde"]
    loaded.memberships[0].role = "Mitglied"
    c.save_contact(loaded)
    again = c.load_contact(cid)
    assert [e.address for e in again.emails] == ["anna.mueller@example.org"]
    assert again.tags == ["Kunde"] and again.memberships[0].role == "Mitglied"
    assert c.all_tags() == ["Kunde", "Mentor"]


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (
            {"emails": [Email("ok@example.de"), Email("anna at example")]},
            "emails.1",
            "email_invalid",
        ),
        ({"links": [Link("not a link")]}, "links.0", "url_invalid"),
        ({"birthday_day": 31, "birthday_month": 2}, "birthday", "birthday_invalid"),
        (
            {"birthday_day": 29, "birthday_month": 2, "birthday_year": 1981},
            "birthday",
            "birthday_invalid",
        ),
        ({"birthday_day": 3, "birthday_month": None}, "birthday", "birthday_incomplete"),
        ({"first_name": "", "last_name": "", "organisation": ""}, "name", "name_missing"),
        ({"keep_in_touch_days": -7}, "keep_in_touch", "interval_invalid"),
    ],
)
def test_invalid_contact_writes_nothing(
    db: pw.SqliteDatabase, change: dict[str, object], field: str, code: str
) -> None:
    data = _anna()
    for key, value in change.items():
        setattr(data, key, value)
    with pytest.raises(c.ValidationFailed) as info:
        c.save_contact(data)
    assert info.value.errors[field] == code
    assert m.Contact.select().count() == 0 and m.Tag.select().count() == 0


def test_leap_day_with_leap_year_and_interval_parts() -> None:
    assert c.birthday_problem(29, 2, 1980) is None
    assert c.birthday_problem(29, 2, None) is None
    assert c.interval_parts(90) == (3, "months")
    assert c.interval_parts(14) == (2, "weeks")
    assert c.interval_parts(10) == (10, "days")
    assert c.interval_parts(None) is None
    assert c.interval_days(2, "weeks") == 14


def _people(n: int) -> list[int]:
    return [
        c.save_contact(ContactData(first_name=f"P{i:02}", last_name=name))
        for i, name in enumerate(["Zimmermann", "Müller", "Mueller", "Yıldız", "Adler"] * n)
    ]


def test_list_pages_by_key_and_sorts_umlauts_like_people(db: pw.SqliteDatabase) -> None:
    ids = _people(9)
    seen: list[c.ContactRow] = []
    after = None
    while page := c.list_contacts(ContactFilter(), NOW, after=after, limit=7):
        seen += page
        after = (page[-1].key, page[-1].id)
    assert sorted(r.id for r in seen) == sorted(ids)
    last_names = [r.name.split()[-1] for r in seen]
    assert last_names.index("Müller") < last_names.index("Yıldız") < last_names.index("Zimmermann")
    assert [c.position_of(ContactFilter(), NOW, r.id) for r in seen] == list(range(len(seen)))
    backwards = c.list_contacts(ContactFilter(), NOW, sort="organisation", descending=True)
    assert [
        c.position_of(ContactFilter(), NOW, r.id, sort="organisation", descending=True)
        for r in backwards
    ] == list(range(len(backwards)))
    assert c.position_of(ContactFilter(text="nobody"), NOW, ids[0]) is None
    desc = c.list_contacts(ContactFilter(), NOW, descending=True, limit=1)
    assert desc[0].name.endswith("Zimmermann")
    assert c.count_contacts(ContactFilter(), NOW) == len(ids)


def test_filters_text_network_tag_overdue_archived(db: pw.SqliteDatabase) -> None:
    net = m.Network.create(name="Gründerstammtisch", kind="founders")
    anna = c.save_contact(_anna(net.id))
    jörg = c.save_contact(
        ContactData(first_name="Jörg", seeks="Mitgründer", keep_in_touch_days=30, archived=True)
    )
    lena = c.save_contact(ContactData(first_name="Lena", notes="Über Umwege", keep_in_touch_days=7))
    m.Contact.update(created_at=dt.datetime(2026, 1, 1)).execute()

    def ids(**kwargs: object) -> set[int]:
        return {r.id for r in c.list_contacts(ContactFilter(**kwargs), NOW)}  # type: ignore[arg-type]

    assert ids(text="steuerberatung") == {anna}
    assert ids(text="ÜBER") == {lena}  # umlauts fold case-insensitively
    assert ids(text="mueller") == {anna}
    assert ids(text="mentor anna") == {anna}  # every word must match somewhere
    assert ids(network_id=net.id) == {anna}
    assert ids(tag="KUNDE") == {anna}
    assert ids() == {anna, lena}
    assert ids(include_archived=True) == {anna, jörg, lena}
    assert ids(overdue=True) == {lena}
    rows = c.list_contacts(ContactFilter(), NOW, sort="next_due")
    assert rows[0].id == lena and rows[0].next_due == dt.date(2026, 1, 8)
    never = c.load_contact(lena)
    never.keep_in_touch_days = 0  # "no reminder", even where a network has a default
    c.save_contact(never)
    assert ids(overdue=True) == set()


def test_timing_in_sql_agrees_with_keep_in_touch(demo_db: pw.SqliteDatabase) -> None:
    due = interactions.keep_in_touch(NOW)
    rows = c.list_contacts(ContactFilter(overdue=True), NOW, limit=10_000, sort="next_due")
    assert {r.id for r in rows} == {cid for cid, k in due.items() if k.due < NOW.date()}
    assert all(r.next_due == due[r.id].due for r in rows)
    by_last = c.list_contacts(ContactFilter(), NOW, sort="last_contact", descending=True)
    lasts = interactions.last_contact(NOW)
    assert by_last[0].last_contact == max(lasts.values())


def test_delete_keeps_shared_conversations_and_restore_brings_all_back(
    db: pw.SqliteDatabase,
) -> None:
    net = m.Network.create(name="VDI")
    anna = c.save_contact(_anna(net.id))
    bob = c.save_contact(ContactData(first_name="Bob"))
    shared = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 1, 18), notes="zu dritt")
    alone = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 2, 18), notes="nur Anna")
    for conv, people in ((shared, (anna, bob)), (alone, (anna,))):
        for person in people:
            m.ConversationContact.create(conversation=conv, contact=person)
    m.Outcome.create(conversation=alone, kind="insight", text="gelernt")
    follow = m.FollowUp.create(conversation=shared, contact=anna, text="Folien schicken")
    event = m.Event.create(title="Stammtisch", starts_at=dt.datetime(2026, 10, 1, 19))
    m.EventAttendee.create(event=event, contact=anna)

    snap = c.delete_contacts([anna])
    assert not c.contact_exists(anna)
    with pytest.raises(c.NotFound):
        c.load_contact(anna)
    assert m.Conversation.get_or_none(m.Conversation.id == shared.id) is not None
    assert m.Conversation.get_or_none(m.Conversation.id == alone.id) is None
    assert m.FollowUp.get_by_id(follow.id).contact_id is None

    c.restore(snap)
    back = c.load_contact(anna)
    assert back.first_name == "Anna" and len(back.emails) == 2 and back.tags == ["Mentor", "Kunde"]
    assert back.memberships[0].network_id == net.id
    assert m.Conversation.get_by_id(alone.id).notes == "nur Anna"
    assert m.Outcome.select().count() == 1
    assert m.FollowUp.get_by_id(follow.id).contact_id == anna
    kinds = [e.kind for e in c.timeline(anna)]
    assert sorted(kinds) == ["conversation", "conversation", "event", "follow_up", "outcome"]


def test_timeline_newest_first(db: pw.SqliteDatabase) -> None:
    anna = c.save_contact(ContactData(first_name="Anna"))
    old = m.Conversation.create(occurred_at=dt.datetime(2025, 1, 1, 9), channel="phone")
    new = m.Conversation.create(occurred_at=dt.datetime(2026, 1, 1, 9), channel="video")
    for conv in (old, new):
        m.ConversationContact.create(conversation=conv, contact=anna)
    m.Outcome.create(conversation=new, kind="trend", text="Vier-Tage-Woche")
    entries = c.timeline(anna)
    assert [(e.kind, e.open_id) for e in entries] == [
        ("conversation", new.id),
        ("outcome", new.id),
        ("conversation", old.id),
    ]


def test_archive_and_add_tag(db: pw.SqliteDatabase) -> None:
    anna = c.save_contact(ContactData(first_name="Anna"))
    bob = c.save_contact(ContactData(first_name="Bob", tags=["Presse"]))
    c.add_tag([anna, bob], "presse")
    assert c.load_contact(anna).tags == ["Presse"]
    c.set_archived([anna], True)
    assert c.load_contact(anna).archived
    assert c.count_contacts(ContactFilter(), NOW) == 1
