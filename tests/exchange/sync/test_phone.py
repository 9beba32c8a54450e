"""What a phone does on the server, done here with plain HTTP as DAVx⁵ would.

A task ticked off on the phone marks the follow-up done (and back); a journal
entry written on the phone becomes a conversation (known names linked, unknown
names proposed, never created); a photo, a related person and properties we do
not know survive our own edits of the same contact.
"""

from __future__ import annotations

import base64
import datetime as dt
import urllib.request
import uuid
from pathlib import Path

from kontaktbuch.exchange.sync import state
from kontaktbuch.journal import contacts as jc
from kontaktbuch.store import models as m
from tests.exchange.sync.helpers import Journal, one, small_journal
from tests.exchange.sync.servers import DavServer, User


def _http(
    server: DavServer, user: User, method: str, path: str, body: str = "", **headers: str
) -> tuple[int, str, str]:
    """(status, ETag, body) of one plain request through the server's front door."""
    token = base64.b64encode(f"{user.name}:{user.password}".encode()).decode()
    request = urllib.request.Request(
        server.url.rstrip("/") + path,
        data=body.encode() if body else None,
        method=method,
        headers={"Authorization": f"Basic {token}", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.headers.get("ETag", ""), answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, "", exc.read().decode(errors="replace")


def _get(server: DavServer, user: User, path: str, accept: str) -> tuple[str, str]:
    status, etag, text = _http(server, user, "GET", path, Accept=accept)
    assert status == 200, (status, text)
    return etag, text


def _location(journal: Journal, kind: str, local_id: int) -> tuple[str, str]:
    with journal.open():
        item = state.item_by_local(kind, local_id)
        assert item is not None and item.href
        return item.href, item.uid


def test_a_phone_ticks_tasks_writes_journal_entries_and_keeps_its_own_data(
    server: DavServer, user: User, tmp_path: Path
) -> None:
    a = Journal(tmp_path / "a")
    with a.open():
        ids = small_journal()
    a.set_up(server, user, create=True)
    a.sync(server, user)

    # --- a task ticked off on the phone -----------------------------------------------
    href, _uid = _location(a, "follow_up", ids["follow_up"])
    etag, todo = _get(server, user, href, "text/calendar")
    assert "DUE;VALUE=DATE:20261208" in todo and "BEGIN:VALARM" in todo
    done = todo.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nCOMPLETED:20261207T081500Z")
    status, _, _ = _http(
        server, user, "PUT", href, done, **{"If-Match": etag, "Content-Type": "text/calendar"}
    )
    assert status in (200, 201, 204)
    assert a.sync(server, user).down["follow_up"] == 1
    with a.open():
        follow_up = m.FollowUp.get_by_id(ids["follow_up"])
        expected = dt.datetime(2026, 12, 7, 8, 15, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
        assert follow_up.done_at == expected
        # and back: reopened here, the phone shows it open again
        follow_up.done_at = None
        follow_up.save()
    assert a.sync(server, user).up["follow_up"] == 1
    _etag, todo = _get(server, user, href, "text/calendar")
    assert "STATUS:NEEDS-ACTION" in todo and "COMPLETED:" not in todo
    assert "BEGIN:VALARM" in todo  # the phone's alarm is still there

    # --- a journal entry written on the phone -------------------------------------------
    journal_href, journal_uid = _location(a, "conversation", ids["conversation"])
    folder = journal_href.rsplit("/", 1)[0]
    entry_uid = str(uuid.uuid4())
    entry = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jtx Board//EN\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
        "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE\r\n"
        f"BEGIN:VJOURNAL\r\nUID:{entry_uid}\r\nDTSTAMP:20261210T090000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20261210T183000\r\nSUMMARY:Kaffee auf der Messe\r\n"
        "DESCRIPTION:Clara sucht Leute für ihr Start-up.\r\n"
        "ATTENDEE;CN=Clara Yıldız:mailto:clara@example.de\r\n"
        "ATTENDEE;CN=Egon Unbekannt:mailto:egon@example.org\r\n"
        "CONTACT:Bernd Müller\r\nX-JTX-COLOR:-16711936\r\n"
        "END:VJOURNAL\r\nEND:VCALENDAR\r\n"
    )
    status, _, text = _http(
        server,
        user,
        "PUT",
        f"{folder}/{entry_uid}.ics",
        entry,
        **{"If-None-Match": "*", "Content-Type": "text/calendar"},
    )
    assert status in (200, 201, 204), text
    contacts_before = None
    with a.open():
        contacts_before = m.Contact.select().count()
    report = a.sync(server, user)
    assert report.down["conversation"] == 1 and report.proposals == 1
    with a.open():
        assert m.Contact.select().count() == contacts_before  # nobody created silently
        item = state.item_by_uid("conversation", entry_uid)
        assert item is not None and item.local_id is not None
        conversation = m.Conversation.get_by_id(item.local_id)
        assert conversation.notes == "Clara sucht Leute für ihr Start-up."
        berlin = dt.datetime(2026, 12, 10, 17, 30, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
        assert conversation.occurred_at == berlin
        names = sorted(p.contact.first_name for p in conversation.participants)
        assert names == ["Bernd", "Clara"]
        proposals = state.proposals()
        assert [(p.name, p.email) for p in proposals] == [("Egon Unbekannt", "egon@example.org")]
    # the entry on the server now names the matched people as contacts, keeps Egon
    # and the phone's own properties
    a.sync(server, user)
    _etag, text = _get(server, user, f"{folder}/{entry_uid}.ics", "text/calendar")
    assert "X-JTX-COLOR:-16711936" in text and "egon@example.org" in text
    assert "Kaffee auf der Messe" in text
    assert journal_uid != entry_uid

    # --- what the phone added to a contact survives our edits ---------------------------
    href, _uid = _location(a, "contact", ids["anna"])
    etag, card = _get(server, user, href, "text/vcard")
    extra = (
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA==\r\n"
        "ADR;TYPE=work:;;Marienplatz 1;München;;80331;Deutschland\r\n"
        "X-SOCIALPROFILE;TYPE=mastodon:https://chaos.social/@anna\r\n"
        "RELATED;TYPE=friend:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af\r\n"
    )
    phone_card = card.replace("END:VCARD", extra + "END:VCARD")
    status, _, _ = _http(
        server, user, "PUT", href, phone_card, **{"If-Match": etag, "Content-Type": "text/vcard"}
    )
    assert status in (200, 201, 204)
    a.sync(server, user)
    with a.open():
        data = jc.load_contact(ids["anna"])
        data.position = "CEO"
        data.emails.append(jc.Email("anna.privat@example.de", "home"))
        jc.save_contact(data)
    assert a.sync(server, user).up["contact"] == 1
    _etag, card = _get(server, user, href, "text/vcard")
    for kept in ("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA==", "Marienplatz 1", "chaos.social/@anna"):
        assert kept in card.replace("\r\n ", "").replace("\n ", "")
    assert "03a0e51f-d1aa-4385-8a53-e29025acd8af" in card
    assert "TITLE:CEO" in card and "anna.privat@example.de" in card
    with a.open():
        assert one("SELECT count(*) FROM sync_conflict") == 0
