"""The pure rules, without a journal: the reflection date, and what an agenda holds."""

from __future__ import annotations

import datetime as dt

from kontaktbuch.journal import reminders as r
from kontaktbuch.journal.reflection import next_reflection_date
from kontaktbuch.journal.reminders.rules import State, agenda_of, event_times, keep_in_touch_round
from tests.journal.reminders.helpers import NOW, at


def test_next_reflection_rule() -> None:
    rule = next_reflection_date  # the reminders use the reflection panel's rule
    thu = dt.date(2026, 11, 26)
    assert rule("weekly", dt.date(2026, 11, 23), thu) == dt.date(2026, 11, 30)  # Monday after
    assert rule("weekly", dt.date(2026, 11, 30), thu) == dt.date(2026, 12, 7)
    assert rule("weekly", None, thu) == dt.date(2026, 11, 30)
    assert rule("monthly", dt.date(2026, 12, 15), thu) == dt.date(2027, 1, 1)
    assert rule("monthly", None, thu) == dt.date(2026, 12, 1)


def reminder(key: str, due_at: dt.datetime, expires_at: dt.datetime | None = None) -> r.Reminder:
    kind = key.split(":", 1)[0]
    return r.Reminder(
        key=key,
        kind=kind,
        due_at=due_at,
        on=due_at.date(),
        item_kind=kind,
        item_id=1,
        expires_at=expires_at,
    )


def test_the_agenda_is_decided_without_a_journal() -> None:
    overdue = reminder("birthday:1:2026", at(2026, 11, 25, 8), expires_at=at(2026, 11, 28))
    coming = reminder("birthday:2:2026", at(2026, 12, 3, 8))
    beyond = reminder("birthday:3:2026", at(2026, 12, 20, 8))  # after the horizon
    over = reminder("event:4:day", at(2026, 11, 26, 8), expires_at=at(2026, 11, 26, 9))
    dismissed = reminder("keep_in_touch:5:2026-11-20", at(2026, 11, 20, 8))
    follow_up = reminder("follow_up:6", at(2026, 11, 24, 8))
    put_off = reminder("keep_in_touch:7:2026-11-22", at(2026, 11, 22, 8))
    states = {
        dismissed.key: State(None, None, at(2026, 11, 21, 9)),
        follow_up.key: State(None, None, at(2026, 11, 24, 9)),  # the follow-up decides
        put_off.key: State(at(2026, 11, 22, 8), at(2026, 11, 26, 11), None),
    }
    agenda = agenda_of(
        [overdue, coming, beyond, over, dismissed, follow_up, put_off],
        states,
        NOW,
        None,
        NOW.date() + dt.timedelta(days=14),
    )
    assert [x.key for x in agenda.due] == [follow_up.key, overdue.key]
    assert [x.key for x in agenda.upcoming] == [put_off.key, coming.key]
    assert agenda.next_change() == at(2026, 11, 26, 11)  # when the snooze ends
    assert [x.key for x in agenda.to_announce()] == [follow_up.key, overdue.key]


def test_keep_in_touch_rounds_and_event_times() -> None:
    assert keep_in_touch_round(dt.date(2026, 10, 1), 30, dt.date(2026, 11, 1)) == dt.date(
        2026, 10, 31
    )
    assert keep_in_touch_round(dt.date(2026, 12, 1), 30, dt.date(2026, 11, 1)) == dt.date(
        2026, 12, 1
    )
    # An early start: the day's reminder an hour before; over after at least an hour.
    assert event_times(at(2026, 11, 27, 7, 30), 0) == (
        at(2026, 11, 26, 8),
        at(2026, 11, 27, 6, 30),
        at(2026, 11, 27, 8, 30),
    )
    assert event_times(at(2026, 11, 28, 19), 180)[1:] == (
        at(2026, 11, 28, 8),
        at(2026, 11, 28, 22),
    )
