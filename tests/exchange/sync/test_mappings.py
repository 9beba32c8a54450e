"""Records to vCard and iCalendar and back, and what other programs wrote survives."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from kontaktbuch.exchange.sync import ical_map, ical_render, vcard_map
from kontaktbuch.exchange.sync.records import clean, empty

_TEXT = st.text(
    alphabet=string.ascii_letters + "äöüßÄÖÜ ;,:\\\n\"'-.éçİış€",
    max_size=40,
).map(lambda t: t.replace("\r", ""))
_NAME = _TEXT.map(lambda t: " ".join(t.split()))


@settings(max_examples=25, deadline=None)
@given(
    first=_NAME,
    last=_NAME,
    org=_NAME,
    notes=_TEXT,
    offers=_TEXT,
    tag=_NAME,
    version=st.sampled_from(["3.0", "4.0"]),
)
def test_a_contact_reads_back_from_its_card(
    first: str, last: str, org: str, notes: str, offers: str, tag: str, version: str
) -> None:
    record = clean(
        "contact",
        {
            **empty("contact"),
            "first_name": first,
            "last_name": last,
            "organisation": org,
            "notes": notes.strip("\n"),
            "offers": offers,
            "tags": [tag] if tag else [],
            "emails": [["anna@example.de", "work"]],
            "phones": [["+49 89 1", "mobile"]],
            "links": [["https://www.xing.com/profile/a,b", "xing"]],
            "birthday": [29, 2, None],
            "keep_in_touch_days": 90,
            "archived": True,
        },
    )
    text = vcard_map.render("contact", "urn:uuid:1", record, version, None)
    assert vcard_map.parse(text) == ("contact", "urn:uuid:1", record)


def test_unknown_lines_survive_and_only_the_changed_field_is_rewritten() -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:abc-1\r\nFN:Anna Schmidt\r\nN:Schmidt;Anna;;;\r\n"
        "EMAIL;TYPE=INTERNET,PREF:anna@example.de\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ==\r\n"
        "item1.URL:https://anna.example\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n"
        "RELATED;TYPE=spouse:urn:uuid:42\r\nX-PHONE-APP:kept\r\nEND:VCARD\r\n"
    )
    kind, uid, record = vcard_map.parse(card)
    record["position"] = "CEO"
    text = vcard_map.render(kind, uid, record, "4.0", card)
    for kept in (
        "VERSION:3.0",
        "EMAIL;TYPE=INTERNET,PREF:anna@example.de",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ==",
        "item1.URL:https://anna.example",
        "RELATED;TYPE=spouse:urn:uuid:42",
        "X-PHONE-APP:kept",
    ):
        assert kept in text
    assert "TITLE:CEO" in text


def test_a_network_is_a_group_card_in_both_versions() -> None:
    record = clean(
        "network",
        {
            "name": "Alumni TUM",
            "kind": "alumni",
            "members": {"urn:uuid:1": ["Kasse", "2024-05-01"]},
        },
    )
    four = vcard_map.render("network", "urn:uuid:n", record, "4.0", None)
    three = vcard_map.render("network", "urn:uuid:n", record, "3.0", None)
    assert "KIND:group" in four and "MEMBER:urn:uuid:1" in four
    assert "X-ADDRESSBOOKSERVER-KIND:group" in three
    assert "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:1" in three
    assert vcard_map.parse(four)[2] == vcard_map.parse(three)[2] == record


def test_follow_up_rings_on_the_phone_and_ticking_it_marks_it_done() -> None:
    record = clean(
        "follow_up",
        {"text": "Folien schicken", "due_date": "2026-12-08", "contact": "urn:uuid:1"},
    )
    ctx = ical_render.Context({"urn:uuid:1": "Anna Schmidt"}, {"urn:uuid:1": "Anna Schmidt\nACME"})
    text = ical_render.render("follow_up", "f-1", record, None, ctx)
    assert "DUE;VALUE=DATE:20261208" in text and "TRIGGER;RELATED=END:PT9H" in text
    assert "DESCRIPTION:Anna Schmidt\\nACME" in text
    ticked = text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED")
    assert ical_map.parse(ticked).record["done_at"] is not None
    assert ical_map.parse(text).record == record


def test_a_conversation_reads_back_and_a_phone_entry_names_people() -> None:
    record = clean(
        "conversation",
        {
            "occurred_at": "2026-12-03 20:15:00",
            "contacts": ["urn:uuid:1"],
            "channel": "phone",
            "minutes": 25,
            "enjoyment": 4,
            "notes": "Über; Förder,programme\nzweite Zeile",
            "outcomes": [["insight", "KfW, früh"], ["trend", "KI"]],
            "goals": ["g-1"],
            "event": "e-1",
        },
    )
    text = ical_render.render(
        "conversation", "c-1", record, None, ical_render.Context({"urn:uuid:1": "Anna"})
    )
    assert "ATTENDEE;CN=Anna:urn:uuid:1" in text and "mailto" not in text
    assert ical_map.parse(text).record == record
    phone = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VJOURNAL\r\nUID:p-1\r\nDTSTAMP:20261210T090000Z\r\n"
        "DTSTART;VALUE=DATE:20261210\r\nSUMMARY:Kaffee\r\n"
        "ATTENDEE;CN=Egon:mailto:egon@example.org\r\nCONTACT:Bernd Müller\r\n"
        "END:VJOURNAL\r\nEND:VCALENDAR\r\n"
    )
    parsed = ical_map.parse(phone)
    assert parsed.kind == "conversation" and parsed.record["notes"] == "Kaffee"
    assert parsed.record["occurred_at"] == "2026-12-10 00:00:00"
    assert [(p.name, p.email) for p in parsed.people] == [
        ("Egon", "egon@example.org"),
        ("Bernd Müller", ""),
    ]


def test_goals_travel_in_a_component_phone_apps_ignore() -> None:
    record = clean("goal", {"title": "Neue Kunden", "kind": "clients", "budget_hours": 4.5})
    text = ical_render.render("goal", "g-1", record, None)
    assert "X-KONTAKTBUCH-KIND:goal" in text and "CLASS:PRIVATE" in text
    assert ical_map.parse(text).record == record
