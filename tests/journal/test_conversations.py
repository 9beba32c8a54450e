"""Logging, editing, listing by key, deleting and restoring conversations."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m

WHEN = dt.datetime(2026, 11, 26, 19, 30)


def _input(**kw: object) -> cv.ConversationInput:
    base = {"occurred_at": WHEN}
    base.update(kw)
    return cv.ConversationInput(**base)  # type: ignore[arg-type]


def test_fold_and_split_names() -> None:
    assert cv.fold_name_for_matching("Jörg  SCHRÖDER") == cv.fold_name_for_matching(
        "joerg schroeder"
    )
    assert cv.fold_name_for_matching("Ayşe") == "ayse"
    assert cv.split_name("Anna Lena Berg") == ("Anna Lena", "Berg")
    assert cv.split_name("Berg, Anna") == ("Anna", "Berg")
    assert cv.split_name("Cher") == ("Cher", "")


def test_capture_saves_event_conversations_and_new_contacts(db: pw.SqliteDatabase) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    goal = m.Goal.create(title="Sichtbarkeit")
    result = cv.save_capture(
        [
            _input(
                contact_ids=[anna.id],
                minutes=20,
                enjoyment=4,
                notes="Über Förderprogramme",
                offers="Kontakte zur IHK",
                seeks="Mitgründerin",
                outcomes=[cv.OutcomeInput("insight", "Früh beantragen")],
                follow_ups=[cv.FollowUpInput("Folien schicken", dt.date(2026, 11, 27))],
                goal_ids=[goal.id],
            ),
            _input(new_contact_names=["Kemal Yıldız"], minutes=10),
        ],
        new_event=cv.NewEvent("Gründerstammtisch", WHEN),
    )
    assert len(result.conversation_ids) == 2 and len(result.created_contact_ids) == 1
    event = m.Event.get_by_id(result.event_id)
    assert event.title == "Gründerstammtisch"
    # The evening's logged minutes become the new event's duration, so the time
    # counts in the reflection (conversations inside an event add none of their own).
    assert event.duration_minutes == 30
    kemal = m.Contact.get_by_id(result.created_contact_ids[0])
    assert (kemal.first_name, kemal.last_name) == ("Kemal", "Yıldız")
    anna = m.Contact.get_by_id(anna.id)
    assert anna.offers == "Kontakte zur IHK" and anna.seeks == "Mitgründerin"
    assert {a.contact_id for a in event.attendees} == {anna.id, kemal.id}
    row = cv.get_conversation(result.conversation_ids[0])
    assert row is not None
    assert row.event_title == "Gründerstammtisch"
    assert [c.name for c in row.contacts] == ["Anna Müller"]
    assert [(o.kind, o.text) for o in row.outcomes] == [("insight", "Früh beantragen")]
    assert [(f.text, f.due_date) for f in row.open_follow_ups] == [
        ("Folien schicken", dt.date(2026, 11, 27))
    ]
    assert row.goal_ids == (goal.id,)


def test_capture_is_all_or_nothing(db: pw.SqliteDatabase) -> None:
    with pytest.raises(cv.ValidationError):
        cv.save_capture(
            [_input(new_contact_names=["Neu Person"]), _input(channel="telepathy")],
            new_event=cv.NewEvent("X", WHEN),
        )
    assert m.Contact.select().count() == 0 and m.Event.select().count() == 0


def test_similar_names_are_found_before_creating(db: pw.SqliteDatabase) -> None:
    joerg = m.Contact.create(first_name="Jörg", last_name="Schröder")
    m.Contact.create(first_name="Zoe", last_name="Zander")
    assert [c.id for c in cv.similar_contacts("Joerg Schroeder")] == [joerg.id]
    assert [c.id for c in cv.similar_contacts("J. Schröder")] == [joerg.id]
    assert [c.id for c in cv.find_contacts_by_name("jörg schröder")] == [joerg.id]
    assert cv.similar_contacts("Peter Pan") == []


def _many(n: int) -> list[int]:
    c = m.Contact.create(first_name="A", last_name="B")
    ids = []
    for i in range(n):
        conv = m.Conversation.create(
            occurred_at=WHEN - dt.timedelta(hours=i // 3), channel="phone" if i % 2 else "video"
        )
        m.ConversationContact.create(conversation=conv, contact=c)
        ids.append(conv.id)
    return ids


def test_keyset_pages_cover_everything_once_in_order(db: pw.SqliteDatabase) -> None:
    _many(25)
    seen: list[cv.ConversationRow] = []
    after = None
    while True:
        page = cv.list_page(after=after, limit=7)
        if not page:
            break
        seen += page
        after = page[-1].key
    assert len(seen) == 25 and len({r.id for r in seen}) == 25
    keys = [(r.occurred_at, r.id) for r in seen]
    assert keys == sorted(keys, reverse=True)


def test_filters_are_applied(db: pw.SqliteDatabase) -> None:
    _many(10)
    net = m.Network.create(name="Netz")
    other = m.Contact.create(first_name="C", last_name="D")
    m.Membership.create(contact=other, network=net)
    conv = cv.create_conversation(
        _input(
            contact_ids=[other.id],
            channel="xing",
            outcomes=[cv.OutcomeInput("trend", "KI")],
            occurred_at=dt.datetime(2025, 1, 1, 12),
        )
    )
    assert [r.id for r in cv.list_page(cv.Filters(channel="xing"))] == [conv]
    assert [r.id for r in cv.list_page(cv.Filters(network_id=net.id))] == [conv]
    assert [r.id for r in cv.list_page(cv.Filters(contact_id=other.id))] == [conv]
    assert [r.id for r in cv.list_page(cv.Filters(outcome_kind="trend"))] == [conv]
    assert cv.count(cv.Filters(channel="phone")) == 5
    assert [
        r.id
        for r in cv.list_page(
            cv.Filters(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 1, 1))
        )
    ] == [conv]
    assert cv.count(cv.Filters(date_to=dt.date(2024, 12, 31))) == 0


def test_delete_and_restore_keep_ids_and_links(db: pw.SqliteDatabase) -> None:
    c = m.Contact.create(first_name="A", last_name="B")
    goal = m.Goal.create(title="Ziel")
    conv_id = cv.create_conversation(
        _input(
            contact_ids=[c.id],
            notes="Wichtig",
            outcomes=[cv.OutcomeInput("insight", "x")],
            follow_ups=[cv.FollowUpInput("anrufen", dt.date(2026, 12, 1))],
            goal_ids=[goal.id],
        )
    )
    before = cv.get_conversation(conv_id)
    snap = cv.delete_conversation(conv_id)
    assert cv.get_conversation(conv_id) is None and m.FollowUp.select().count() == 0
    cv.restore_conversation(snap)
    after = cv.get_conversation(conv_id)
    assert after == before
    from kontaktbuch.journal.search import search

    assert [h.item_id for h in search("wichtig")] == [conv_id]


def test_edit_keeps_follow_up_ids_and_marks_done(db: pw.SqliteDatabase) -> None:
    c = m.Contact.create(first_name="A", last_name="B")
    conv_id = cv.create_conversation(
        _input(contact_ids=[c.id], follow_ups=[cv.FollowUpInput("anrufen")])
    )
    row = cv.get_conversation(conv_id)
    assert row is not None
    fid = row.follow_ups[0].id
    cv.mark_follow_up_done(fid, now=WHEN)
    row = cv.get_conversation(conv_id)
    assert row is not None and row.open_follow_ups == ()
    data = cv.input_from_row(row)
    data.notes = "geändert"
    data.follow_ups.append(cv.FollowUpInput("mailen"))
    cv.update_conversation(conv_id, data)
    row = cv.get_conversation(conv_id)
    assert row is not None and row.notes == "geändert"
    assert row.follow_ups[0].id == fid and row.follow_ups[0].done_at == WHEN
    assert [f.text for f in row.open_follow_ups] == ["mailen"]
    assert cv.follow_up_conversation(fid) == conv_id


def test_completion_finds_names_organisations_and_emails_as_you_type(
    db: pw.SqliteDatabase,
) -> None:
    joerg = m.Contact.create(first_name="Jörg", last_name="Schröder")
    anna = m.Contact.create(first_name="Anna", last_name="Müller", organisation="IHK München")
    m.ContactEmail.create(contact=anna, address="a.mueller@ihk.example", label="work", position=0)
    hanna = m.Contact.create(first_name="Hanna", last_name="Berg")
    m.Contact.create(first_name="Anna", last_name="Alt", archived=True)
    m.Contact.create(first_name="Rabatt", last_name="100%")

    def ids(text: str) -> list[int]:
        return [c.id for c in cv.complete_contacts(text)]

    assert ids("jorg") == [joerg.id]  # umlauts folded for name words
    assert ids("jör") == [joerg.id]
    assert ids("ihk") == [anna.id]  # organisation and e-mail
    assert ids("mueller@") == [anna.id]
    assert ids("chrö") == [joerg.id]  # inside a name, as before
    # Names starting with the text come first, then names containing it; not archived.
    assert ids("ann") == [anna.id, hanna.id]
    choice = cv.complete_contacts("anna m")[0]
    assert (choice.label, choice.detail) == ("Anna Müller", "IHK München · a.mueller@ihk.example")
    assert ids("0%") and ids("00") and not ids("a%z")  # % is taken literally
    assert ids("") == [] and ids('"*') == []


def test_completion_is_limited(db: pw.SqliteDatabase) -> None:
    for i in range(30):
        m.Contact.create(first_name=f"Kim{i:02d}", last_name="Lee")
    found = cv.complete_contacts("kim", limit=20)
    assert [c.label for c in found] == [f"Kim{i:02d} Lee" for i in range(20)]


def test_saved_capture_is_searchable_with_outcomes_and_follow_ups(db: pw.SqliteDatabase) -> None:
    """Outcomes and follow-ups go in before their conversation: the index must still hold all."""
    from kontaktbuch.journal.search import search

    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    before = cv.create_conversation(_input(contact_ids=[anna.id], notes="Erstes Treffen"))
    result = cv.save_capture(
        [
            _input(
                contact_ids=[anna.id],
                notes="Über Förderprogramme gesprochen",
                outcomes=[cv.OutcomeInput("insight", "Anträge früh stellen")],
                follow_ups=[cv.FollowUpInput("Folien schicken", dt.date(2026, 11, 29))],
            ),
            _input(new_contact_names=["Kemal Neumann"], notes="Sucht Mitgründerin"),
        ],
        new_event=cv.NewEvent("Stammtisch", WHEN),
    )
    first, second = result.conversation_ids
    assert before < first < second
    for word, conv_id in (("Förder", first), ("Anträge", first), ("Folien", second - 1)):
        assert [h.item_id for h in search(word) if h.kind == "conversation"] == [conv_id]
    assert [h.item_id for h in search("Mitgründerin") if h.kind == "conversation"] == [second]
    assert not db.execute_sql("PRAGMA foreign_key_check").fetchall()
    attendees = {a.contact_id for a in m.EventAttendee.select()}
    assert attendees == {anna.id, *result.created_contact_ids}
    row = cv.get_conversation(first)
    assert row is not None and [c.name for c in row.contacts] == ["Anna Müller"]
    assert [f.text for f in row.follow_ups] == ["Folien schicken"]
