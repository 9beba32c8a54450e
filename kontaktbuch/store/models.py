"""Peewee models of the journal, bound at start-up to the database in use.

The models describe today's schema for queries; they never create tables. Tables
are created and changed only by the numbered migrations in ``migrations.py``
(which use frozen SQL), and a test checks that both agree.

All date-times are naive local wall-clock times: the user thinks in "Tuesday
evening", and periods (weeks, months) are calendar periods in local time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypeVar, cast

import peewee as pw

database_proxy = pw.DatabaseProxy()

_First = TypeVar("_First", bound="BaseModel")
_Second = TypeVar("_Second", bound="BaseModel")


def tuple_rows(query: Any) -> Iterable[tuple[Any, ...]]:
    """A query's rows as plain tuples (``query.tuples()``).

    peewee's stubs type the rows of ``.tuples()`` as model objects; they are
    tuples, and code that unpacks them should say so once, here.
    """
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(pw.Model):
    # Declared (peewee adds the same field on its own) so that a type checker knows
    # it. The bare annotations below do the same for what peewee adds as accessors
    # when the class is built and the code reads: a foreign key's raw id
    # (``<name>_id``, readable and writable) and backrefs (a query of the rows that
    # point here); mypy names one that is missing. Annotations alone create no class
    # attribute, so peewee's own accessors stay in charge.
    #
    # ``help_text`` says what a column holds where its name and type do not (peewee
    # keeps it on the field as documentation; it changes nothing in the table).
    id = pw.AutoField()

    class Meta:
        database = database_proxy
        legacy_table_names = False


class LinkModel(BaseModel):
    """A row that links two others, each pair at most once: its two keys (from
    :func:`link_keys`) come first, and the unique index over them (which migration 1
    made) is derived here from them rather than spelt in every link table."""

    @classmethod
    def validate_model(cls) -> None:
        keys = tuple(f.name for f in cls._meta.sorted_fields if isinstance(f, pw.ForeignKeyField))
        if keys:  # not on this base itself
            cls._meta.indexes = [*cls._meta.indexes, (keys, True)]


def link_keys(
    first: type[_First], first_backref: str, second: type[_Second], second_backref: str
) -> tuple[pw.ForeignKeyField[_First], pw.ForeignKeyField[_Second]]:
    """The two keys of a :class:`LinkModel`, in this order: a link goes with either row."""
    return (
        pw.ForeignKeyField(first, backref=first_backref, on_delete="CASCADE"),
        pw.ForeignKeyField(second, backref=second_backref, on_delete="CASCADE"),
    )


class TimestampedModel(BaseModel):
    created_at = pw.DateTimeField(default=_now)
    updated_at = pw.DateTimeField(default=_now)

    def save(self, force_insert: bool = False, only: Iterable[pw.Field[Any]] | None = None) -> int:
        self.updated_at = _now()
        return super().save(force_insert=force_insert, only=only)

    @classmethod
    def create_or_update(cls, row_id: int | None, values: dict[str, Any]) -> int:
        """A new row of ``values`` when ``row_id`` is None, else row ``row_id`` updated
        with them; the row's id. An update query passes by :meth:`save`, so the time
        of the change is set here."""
        if row_id is None:
            return int(cls.create(**values).id)
        cls.update(**values, updated_at=_now()).where(cls.id == row_id).execute()
        return row_id


class Network(TimestampedModel):
    name = pw.TextField()
    kind = pw.TextField(default="other")
    description = pw.TextField(default="")
    keep_in_touch_days = pw.IntegerField(
        null=True, help_text="how long a member may go unmet before a reminder; null: no limit"
    )
    events: pw.ModelSelect[Event]
    memberships: pw.ModelSelect[Membership]


class Event(TimestampedModel):
    title = pw.TextField()
    starts_at = pw.DateTimeField()
    duration_minutes = pw.IntegerField(default=0)
    travel_minutes = pw.IntegerField(default=0)
    place = pw.TextField(default="")
    network = pw.ForeignKeyField(Network, null=True, backref="events", on_delete="SET NULL")
    network_id: pw.IntegerField[int | None]
    enjoyment = pw.IntegerField(
        null=True, help_text="how much the user enjoyed it, 1 to 5; null: not rated"
    )
    notes = pw.TextField(default="")
    attendees: pw.ModelSelect[EventAttendee]
    conversations: pw.ModelSelect[Conversation]
    goal_links: pw.ModelSelect[GoalEvent]


class Contact(TimestampedModel):
    prefix = pw.TextField(default="")
    first_name = pw.TextField(default="")
    last_name = pw.TextField(default="")
    organisation = pw.TextField(default="")
    position = pw.TextField(default="")
    first_met = pw.TextField(default="")
    first_met_event = pw.ForeignKeyField(Event, null=True, on_delete="SET NULL")
    offers = pw.TextField(default="")
    seeks = pw.TextField(default="")
    interests = pw.TextField(default="")
    notes = pw.TextField(default="")
    birthday_day = pw.IntegerField(null=True)
    birthday_month = pw.IntegerField(null=True)
    birthday_year = pw.IntegerField(null=True)
    keep_in_touch_days = pw.IntegerField(
        null=True, help_text="how long it may go unmet before a reminder; null: its networks' limit"
    )
    archived = pw.BooleanField(default=False)
    emails: pw.ModelSelect[ContactEmail]
    phones: pw.ModelSelect[ContactPhone]
    links: pw.ModelSelect[ContactLink]
    contact_tags: pw.ModelSelect[ContactTag]
    memberships: pw.ModelSelect[Membership]
    attended: pw.ModelSelect[EventAttendee]
    conversation_links: pw.ModelSelect[ConversationContact]
    follow_ups: pw.ModelSelect[FollowUp]

    # The folded name the list sorts by lives in ``contact_sort_name`` (migration 4),
    # written only by its triggers; no model, so archives and snapshots skip it.
    # How a contact's name is shown is the journal's rule: journal.names.display_name.


class ContactEmail(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    contact_id: pw.IntegerField[int]
    address = pw.TextField()
    label = pw.TextField(default="")
    position = pw.IntegerField(default=0)


class ContactPhone(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    number = pw.TextField()
    label = pw.TextField(default="")
    position = pw.IntegerField(default=0)


class ContactLink(BaseModel):
    contact = pw.ForeignKeyField(Contact, backref="links", on_delete="CASCADE")
    contact_id: pw.IntegerField[int]
    url = pw.TextField()
    kind = pw.TextField(default="website", help_text="linkedin, xing, facebook, website or other")
    position = pw.IntegerField(default=0)


class Tag(BaseModel):
    name = pw.TextField(unique=True)
    contact_tags: pw.ModelSelect[ContactTag]


class ContactTag(LinkModel):
    contact, tag = link_keys(Contact, "contact_tags", Tag, "contact_tags")


class Membership(LinkModel):
    contact, network = link_keys(Contact, "memberships", Network, "memberships")
    contact_id: pw.IntegerField[int]
    network_id: pw.IntegerField[int]
    role = pw.TextField(default="")
    since = pw.DateField(null=True)


class EventAttendee(LinkModel):
    event, contact = link_keys(Event, "attendees", Contact, "attended")
    contact_id: pw.IntegerField[int]


class Conversation(TimestampedModel):
    occurred_at = pw.DateTimeField()
    event = pw.ForeignKeyField(Event, null=True, backref="conversations", on_delete="SET NULL")
    event_id: pw.IntegerField[int | None]
    channel = pw.TextField(default="in_person")
    minutes = pw.IntegerField(default=0)
    notes = pw.TextField(default="")
    enjoyment = pw.IntegerField(
        null=True, help_text="how much the user enjoyed it, 1 to 5; null: not rated"
    )
    participants: pw.ModelSelect[ConversationContact]
    outcomes: pw.ModelSelect[Outcome]
    follow_ups: pw.ModelSelect[FollowUp]
    goal_links: pw.ModelSelect[GoalConversation]


class ConversationContact(LinkModel):
    conversation, contact = link_keys(Conversation, "participants", Contact, "conversation_links")
    conversation_id: pw.IntegerField[int]


class Outcome(BaseModel):
    conversation = pw.ForeignKeyField(Conversation, backref="outcomes", on_delete="CASCADE")
    conversation_id: pw.IntegerField[int]
    kind = pw.TextField(default="other")
    text = pw.TextField(default="")


class FollowUp(TimestampedModel):
    conversation = pw.ForeignKeyField(
        Conversation, null=True, backref="follow_ups", on_delete="CASCADE"
    )
    conversation_id: pw.IntegerField[int | None]
    contact = pw.ForeignKeyField(Contact, null=True, backref="follow_ups", on_delete="SET NULL")
    contact_id: pw.IntegerField[int | None]
    text = pw.TextField()
    due_date = pw.DateField(null=True)
    done_at = pw.DateTimeField(null=True)
    snoozed_until = pw.DateTimeField(null=True)


class Goal(TimestampedModel):
    title = pw.TextField()
    why = pw.TextField(default="")
    kind = pw.TextField(default="other")
    period = pw.TextField(default="month")
    budget_hours = pw.FloatField(
        null=True, help_text="at most this many hours a period; null: no budget"
    )
    target_kind = pw.TextField(null=True)
    target_value = pw.IntegerField(null=True)
    target_outcome_kind = pw.TextField(null=True)
    status = pw.TextField(default="active")
    starts_on = pw.DateField(
        null=True,
        help_text="the first day it counts in the reflection; null: the day it was created",
    )
    conversation_links: pw.ModelSelect[GoalConversation]
    event_links: pw.ModelSelect[GoalEvent]


class GoalConversation(LinkModel):
    goal, conversation = link_keys(Goal, "conversation_links", Conversation, "goal_links")
    goal_id: pw.IntegerField[int]
    conversation_id: pw.IntegerField[int]


class GoalEvent(LinkModel):
    goal, event = link_keys(Goal, "event_links", Event, "goal_links")
    goal_id: pw.IntegerField[int]
    event_id: pw.IntegerField[int]


class Reflection(BaseModel):
    period_kind = pw.TextField(default="month")
    period_start = pw.DateField()
    period_end = pw.DateField()
    answers = pw.TextField(default="{}")
    verdict = pw.TextField(default="")
    figures = pw.TextField(default="{}")
    created_at = pw.DateTimeField(default=_now)


class ReminderState(BaseModel):
    """What the user did with a reminder: keyed by a stable reminder key."""

    key = pw.TextField(unique=True)
    notified_at = pw.DateTimeField(null=True)
    snoozed_until = pw.DateTimeField(null=True)
    done_at = pw.DateTimeField(null=True)


class Relationship(BaseModel):
    """How two contacts are related: ``contact`` was introduced by / works with /
    knows / is family of ``other`` (kinds in ``journal.vocabulary``), or a free label."""

    created_at = pw.DateTimeField(default=_now)
    contact = pw.ForeignKeyField(Contact, backref="relationships", on_delete="CASCADE")
    other = pw.ForeignKeyField(Contact, backref="related_from", on_delete="CASCADE")
    kind = pw.TextField(default="knows")
    label = pw.TextField(default="")

    class Meta:
        indexes = ((("contact", "other", "kind", "label"), True),)


class IntroductionState(BaseModel):
    """What the user decided about a proposed introduction (made, postponed, dismissed).

    ``contact`` is None when the proposal is between the user and ``other``.
    """

    pair = pw.TextField(unique=True)
    contact = pw.ForeignKeyField(Contact, null=True, backref="introductions", on_delete="CASCADE")
    other = pw.ForeignKeyField(Contact, backref="introductions_as_other", on_delete="CASCADE")
    status = pw.TextField()
    until = pw.DateField(null=True)
    updated_at = pw.DateTimeField(default=_now)


class Draft(BaseModel):
    """Unsaved input of a dialog (quick capture), kept so that a crash loses nothing.

    Inside the journal so that an encrypted journal encrypts its drafts too. Not in
    :data:`ALL_MODELS`: a draft is no part of an archive.
    """

    name = pw.TextField(unique=True)
    state = pw.TextField()
    updated_at = pw.DateTimeField(default=_now)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Network,
    Event,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactLink,
    Tag,
    ContactTag,
    Membership,
    EventAttendee,
    Conversation,
    ConversationContact,
    Outcome,
    FollowUp,
    Goal,
    GoalConversation,
    GoalEvent,
    Reflection,
    ReminderState,
    Relationship,
    IntroductionState,
)
