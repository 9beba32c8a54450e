"""The models and the migrated schema must agree, column for column."""

from __future__ import annotations

import peewee as pw

from kontaktbuch.store import models as m


def test_every_model_matches_its_table(db: pw.SqliteDatabase) -> None:
    tables = set(db.get_tables())
    for model in m.ALL_MODELS:
        table = model._meta.table_name
        assert table in tables, table
        columns = {c.name: c for c in db.get_columns(table)}
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(columns) == set(fields), table
        # the models' order is the archive's key order; the table's is migration 1's
        assert list(columns) == list(fields), table
        for name, field in fields.items():
            assert columns[name].null == field.null, f"{table}.{name}"


def test_every_model_can_store_and_read_a_row(db: pw.SqliteDatabase) -> None:
    import datetime as dt

    network = m.Network.create(name="Gründerstammtisch", kind="founders")
    event = m.Event.create(
        title="Stammtisch", starts_at=dt.datetime(2026, 3, 1, 19), network=network
    )
    contact = m.Contact.create(
        first_name="Anna",
        last_name="Müller",
        birthday_day=29,
        birthday_month=2,
        first_met_event=event,
    )
    m.ContactEmail.create(contact=contact, address="anna@example.de")
    m.ContactPhone.create(contact=contact, number="+49 89 1234")
    m.ContactLink.create(contact=contact, url="https://www.xing.com/profile/anna", kind="xing")
    tag = m.Tag.create(name="Mentor")
    m.ContactTag.create(contact=contact, tag=tag)
    m.Membership.create(contact=contact, network=network, role="Vorstand")
    m.EventAttendee.create(event=event, contact=contact)
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 3, 1, 20), event=event)
    m.ConversationContact.create(conversation=conv, contact=contact)
    m.Outcome.create(conversation=conv, kind="insight", text="Förderprogramme früh beantragen")
    m.FollowUp.create(
        conversation=conv, contact=contact, text="Folien schicken", due_date=dt.date(2026, 3, 6)
    )
    goal = m.Goal.create(
        title="Sichtbarkeit", kind="visibility", budget_hours=4.5, starts_on=dt.date(2026, 2, 1)
    )
    m.GoalConversation.create(goal=goal, conversation=conv)
    m.GoalEvent.create(goal=goal, event=event)
    m.Reflection.create(period_start=dt.date(2026, 3, 1), period_end=dt.date(2026, 3, 31))
    m.ReminderState.create(key="follow_up:1")
    bernd = m.Contact.create(first_name="Bernd")
    m.Relationship.create(contact=contact, other=bernd, kind="introduced_by")
    m.IntroductionState.create(
        pair=f"{contact.id}-{bernd.id}", contact=contact, other=bernd, status="dismissed"
    )
    for model in m.ALL_MODELS:
        assert model.select().count() == (2 if model is m.Contact else 1), model.__name__
    assert m.Tag.get(m.Tag.name == "mentor").id == tag.id  # tags compare without case
