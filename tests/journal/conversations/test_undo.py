"""Deleting a conversation and putting it back with the same ids."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal import conversations as cv
from kontaktbuch.store import models as m
from tests.journal.conversations.helpers import conversation_input as _input


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
