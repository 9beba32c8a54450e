"""Done, snooze and announced: kept across a restart, for thousands at once, undoable."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal import reminders as r
from kontaktbuch.journal.reminders import state
from kontaktbuch.paths import Paths
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database
from tests.journal.reminders.helpers import NOW, at


def test_state_survives_a_restart(db: pw.SqliteDatabase, app_paths: Paths) -> None:
    fu = m.FollowUp.create(text="Anrufen", due_date=dt.date(2026, 11, 25))
    bday = m.Contact.create(first_name="Sophie", birthday_day=26, birthday_month=11)
    key_fu, key_b = f"follow_up:{fu.id}", f"birthday:{bday.id}:2026"
    agenda = r.collect(NOW)
    assert {x.key for x in agenda.to_announce()} == {key_fu, key_b}
    r.mark_announced([key_fu, key_b], NOW)
    r.snooze([key_b], r.snooze_target("hour", NOW))
    db.close()

    reopened = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    try:
        agenda = r.collect(NOW + dt.timedelta(minutes=5))
        assert [x.key for x in agenda.due] == [key_fu]
        assert agenda.to_announce() == ()  # nothing is announced twice
        assert agenda.next_change() == at(2026, 11, 26, 11)  # when the snooze ends
        snoozed = next(x for x in agenda.upcoming if x.key == key_b)
        assert r.is_snoozed(snoozed, agenda.now)
        later = r.collect(at(2026, 11, 26, 11, 1))
        assert {x.key for x in later.due} == {key_fu, key_b}
        assert [x.key for x in later.to_announce()] == [key_b]  # back from the snooze
    finally:
        reopened.close()


@pytest.mark.parametrize("json_functions", [True, False])
def test_many_due_at_once_are_announced_once(
    db: pw.SqliteDatabase, monkeypatch: pytest.MonkeyPatch, json_functions: bool
) -> None:
    """A big journal: 1,200 contacts gone quiet at once, one of them already done."""
    if not json_functions:  # an SQLite without JSON: the same with one executemany
        monkeypatch.setattr(state, "_ANNOUNCED_JSON_SQL", "SELECT no_such_function(?, ?)")
    old = NOW - dt.timedelta(days=100)
    m.Contact.insert_many(
        [{"first_name": f"K{i}", "keep_in_touch_days": 30, "created_at": old} for i in range(1200)]
    ).execute()
    agenda = r.collect(NOW)
    fresh = [x.key for x in agenda.to_announce()]
    assert len(fresh) == 1200
    r.mark_done(fresh[:1], NOW)
    r.mark_announced([*fresh, *fresh[:5]], NOW)  # repeated keys are fine
    again = r.collect(NOW + dt.timedelta(minutes=1))
    assert len(again.due) == 1199  # the done one stays done
    assert again.to_announce() == ()
    later = r.collect(NOW + dt.timedelta(days=31))  # the next round is news again
    assert len(later.to_announce()) == 1200


def test_done_and_snooze_of_many_at_once_and_undo(db: pw.SqliteDatabase) -> None:
    """Selecting everything on a big journal: more reminders than one lookup takes."""
    old = NOW - dt.timedelta(days=100)
    m.Contact.insert_many(
        [{"first_name": f"K{i}", "keep_in_touch_days": 30, "created_at": old} for i in range(600)]
    ).execute()
    fus = [m.FollowUp.create(text=f"F{i}", due_date=NOW.date()) for i in range(3)]
    agenda = r.collect(NOW)
    every = [x.key for x in agenda.due]
    assert len(every) == 603
    r.mark_announced(every[:10], NOW)
    before = r.mark_done(every, NOW)
    assert r.collect(NOW).due == ()
    assert all(m.FollowUp.get_by_id(f.id).done_at == NOW for f in fus)
    r.restore(before)
    back = r.collect(NOW)
    assert [x.key for x in back.due] == every
    assert {x.key for x in back.to_announce()} == set(every[10:])  # announced ones stay so
    assert all(m.FollowUp.get_by_id(f.id).done_at is None for f in fus)
    until = r.snooze_target("tomorrow", NOW)
    before = r.snooze(every, until)
    later = r.collect(NOW)
    assert later.due == () and len(later.upcoming) == 603
    assert all(x.snoozed_until == until for x in later.upcoming)
    r.restore(before)
    assert [x.key for x in r.collect(NOW).due] == every


def test_follow_up_snooze_and_undo(db: pw.SqliteDatabase) -> None:
    fu = m.FollowUp.create(text="Anrufen", due_date=dt.date(2026, 11, 25))
    key = f"follow_up:{fu.id}"
    before = r.snooze([key], at(2026, 11, 27, 8))
    assert m.FollowUp.get_by_id(fu.id).snoozed_until == at(2026, 11, 27, 8)
    assert not r.collect(NOW).due
    r.restore(before)
    assert [x.key for x in r.collect(NOW).due] == [key]
    assert m.ReminderState.select().count() == 0
    undo = r.mark_done([key], NOW)
    r.restore(undo)
    assert m.FollowUp.get_by_id(fu.id).done_at is None
