"""What the user does with a proposal: make it, postpone it, or dismiss it for good.

Making an introduction between two contacts is logged like anything else the
user does for their network: one conversation with both (channel and minutes
as given), an outcome of kind ``recommendation_given`` on it — so it shows on
both contacts' pages and counts in the reflection —, and a follow-up on each
contact to ask how it went. A proposal between the user and a contact is made
by a follow-up on that contact only (nothing has happened yet to log).

The words (note, outcome, follow-up) come from the caller, in the user's
language; this module only writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kontaktbuch.journal.introductions.proposals import ME, pair_key, parse_key
from kontaktbuch.journal.snapshots import NotFound
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

# how long "later" is when the user postpones a proposal
POSTPONE_DAYS = 30


class BadKey(ValueError):
    """The text is not the key of a proposal ("12-34", "me-34")."""


@dataclass(frozen=True)
class Introduction:
    """The words of an introduction being made, in the user's language."""

    note: str  # the conversation's note
    outcome: str  # the outcome's text
    follow_up: dict[int, str]  # per contact id: what to ask
    due: dt.date
    channel: str = "email"
    minutes: int = 10


def _ids(key: str) -> tuple[int, int]:
    parsed = parse_key(key)
    if parsed is None:
        raise BadKey(key)
    first, second = parsed
    wanted = [i for i in parsed if i != ME]
    found = {c.id for c in m.Contact.select(m.Contact.id).where(m.Contact.id.in_(wanted))}
    if set(wanted) - found:
        raise NotFound(key)
    return first, second


def _decide(key: str, status: str, until: dt.date | None, now: dt.datetime) -> None:
    first, second = _ids(key)
    key = pair_key(first, second)
    m.IntroductionState.insert(
        pair=key,
        contact=None if first == ME else first,
        other=second,
        status=status,
        until=until,
        updated_at=now,
    ).on_conflict(
        conflict_target=[m.IntroductionState.pair],
        update={
            m.IntroductionState.status: status,
            m.IntroductionState.until: until,
            m.IntroductionState.updated_at: now,
        },
    ).execute()


def dismiss(key: str, now: dt.datetime | None = None) -> None:
    """Never propose this pair again."""
    with database_proxy.atomic():
        _decide(key, "dismissed", None, now or dt.datetime.now().replace(microsecond=0))


def postpone(key: str, until: dt.date | None = None, now: dt.datetime | None = None) -> dt.date:
    """Propose this pair again from ``until`` on (default: in :data:`POSTPONE_DAYS` days)."""
    now = now or dt.datetime.now().replace(microsecond=0)
    until = until or now.date() + dt.timedelta(days=POSTPONE_DAYS)
    with database_proxy.atomic():
        _decide(key, "postponed", until, now)
    return until


def make(key: str, words: Introduction, now: dt.datetime | None = None) -> int | None:
    """Log the introduction and mark the pair made; returns the conversation's id
    (None for a proposal with the user, which gets only a follow-up)."""
    now = now or dt.datetime.now().replace(second=0, microsecond=0)
    first, second = _ids(key)
    people = [i for i in (first, second) if i != ME]
    with database_proxy.atomic():
        conversation_id: int | None = None
        if first != ME:
            conversation = m.Conversation.create(
                occurred_at=now,
                channel=words.channel,
                minutes=words.minutes,
                notes=words.note,
                created_at=now,
                updated_at=now,
            )
            conversation_id = conversation.id
            for cid in people:
                m.ConversationContact.create(conversation=conversation, contact=cid)
            m.Outcome.create(
                conversation=conversation, kind="recommendation_given", text=words.outcome
            )
        for cid in people:
            m.FollowUp.create(
                conversation=conversation_id,
                contact=cid,
                text=words.follow_up.get(cid, words.outcome),
                due_date=words.due,
                created_at=now,
                updated_at=now,
            )
        _decide(key, "made", None, now)
    return conversation_id


def decision(key: str) -> tuple[str, dt.date | None] | None:
    """(status, until) of a pair, or None when the user never decided."""
    row = m.IntroductionState.get_or_none(m.IntroductionState.pair == key)
    return None if row is None else (row.status, row.until)
