"""The contact list: pages by key, sorting like people, filters, timing in SQL."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal import interactions
from kontaktbuch.journal.contacts import ContactData, ContactFilter
from kontaktbuch.store import models as m
from tests.journal.contacts.helpers import NOW
from tests.journal.contacts.helpers import anna as _anna


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
