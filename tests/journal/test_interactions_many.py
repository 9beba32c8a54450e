"""Last contact for thousands of contacts at once (the reminders ask for all of them)."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import interactions
from kontaktbuch.store import models as m

NOW = dt.datetime(2026, 11, 26, 10, 0)


@pytest.fixture
def many(db: pw.SqliteDatabase) -> list[int]:
    with db.atomic():
        m.Contact.insert_many([{"first_name": f"P{i}"} for i in range(600)]).execute()
        ids = [c.id for c in m.Contact.select(m.Contact.id).order_by(m.Contact.id)]
        conv = m.Conversation.create(occurred_at=NOW - dt.timedelta(days=3))
        later = m.Conversation.create(occurred_at=NOW + dt.timedelta(days=3))
        m.ConversationContact.insert_many(
            [{"conversation": conv, "contact": cid} for cid in ids[::2]]
            + [{"conversation": later, "contact": cid} for cid in ids[1::2]]
        ).execute()
    return ids


def test_a_long_id_list_gives_the_same_answer_without_a_huge_in_list(
    db: pw.SqliteDatabase, many: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[int] = []
    real = db.execute_sql

    def spy(sql: str, params: object = None, *args: object) -> object:
        sent.append(len(params or ()))  # type: ignore[arg-type]
        return real(sql, params, *args)

    monkeypatch.setattr(db, "execute_sql", spy)
    wanted = many[:500]
    result = interactions.last_contact(NOW, wanted)
    assert set(result) == set(wanted[::2])  # the future conversation does not count
    assert all(at == NOW - dt.timedelta(days=3) for at in result.values())
    assert max(sent) <= interactions.MAX_IDS_IN_SQL + 2


def test_a_short_id_list_asks_only_for_those(many: list[int]) -> None:
    result = interactions.last_contact(NOW, many[:4])
    assert set(result) == {many[0], many[2]}
