"""The conversation log: pages by key, filters in SQL."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m
from tests.journal.conversations.helpers import WHEN
from tests.journal.conversations.helpers import conversation_input as _input


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
