"""The reminder rules on a fixed clock: what is due when, and what the user did about it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import peewee as pw
import pytest

from kontaktbuch.journal import reminders as r
from kontaktbuch.journal.reflection import next_reflection_date
from kontaktbuch.paths import Paths
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 11, 26, 10, 0)  # a Thursday


def keys(agenda: r.Agenda) -> tuple[set[str], set[str]]:
    return {x.key for x in agenda.due}, {x.key for x in agenda.upcoming}


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi)


# --- follow-ups -------------------------------------------------------------------


def test_follow_up_due_on_its_day_overdue_until_done(db: pw.SqliteDatabase) -> None:
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    today = m.FollowUp.create(contact=anna, text="Folien schicken", due_date=dt.date(2026, 11, 26))
    old = m.FollowUp.create(text="Angebot", due_date=dt.date(2026, 11, 2))
    later = m.FollowUp.create(text="Kaffee", due_date=dt.date(2026, 12, 5))
    far = m.FollowUp.create(text="Irgendwann", due_date=dt.date(2027, 3, 1))
    m.FollowUp.create(text="ohne Datum")
    m.FollowUp.create(text="erledigt", due_date=dt.date(2026, 11, 1), done_at=at(2026, 11, 1, 9))

    due, upcoming = keys(r.collect(at(2026, 11, 26, 7, 59)))
    assert due == {f"follow_up:{old.id}"}  # today's comes at 08:00
    assert upcoming == {f"follow_up:{today.id}", f"follow_up:{later.id}"}
    assert f"follow_up:{far.id}" not in upcoming

    agenda = r.collect(NOW)
    assert [x.key for x in agenda.due] == [f"follow_up:{old.id}", f"follow_up:{today.id}"]
    first = agenda.due[1]
    assert (first.subject, first.contact_name, first.item_kind, first.item_id) == (
        "Folien schicken",
        "Anna Müller",
        "follow_up",
        today.id,
    )
    assert agenda.due[0].overdue_days(NOW.date()) == 24

    r.mark_done([f"follow_up:{old.id}"], NOW)
    assert m.FollowUp.get_by_id(old.id).done_at == NOW
    due, _ = keys(r.collect(NOW + dt.timedelta(days=30)))
    assert f"follow_up:{old.id}" not in due


def test_follow_up_reopened_elsewhere_comes_back(db: pw.SqliteDatabase) -> None:
    """The follow-up itself says whether it is done (the conversation log can reopen it)."""
    fu = m.FollowUp.create(text="Anrufen", due_date=dt.date(2026, 11, 20))
    r.mark_done([f"follow_up:{fu.id}"], NOW)
    assert not r.collect(NOW).due
    m.FollowUp.update(done_at=None).where(m.FollowUp.id == fu.id).execute()
    assert [x.key for x in r.collect(NOW).due] == [f"follow_up:{fu.id}"]


# --- keep in touch ----------------------------------------------------------------


def test_keep_in_touch_interval_any_interaction_resets(db: pw.SqliteDatabase) -> None:
    net = m.Network.create(name="VDI", keep_in_touch_days=90)
    lena = m.Contact.create(first_name="Lena", keep_in_touch_days=30)
    kemal = m.Contact.create(first_name="Kemal", created_at=at(2026, 1, 1, 9))
    m.Membership.create(contact=kemal, network=net)
    m.Contact.create(first_name="Ohne", created_at=at(2020, 1, 1))
    conv = m.Conversation.create(occurred_at=at(2026, 10, 20, 18), channel="phone")
    m.ConversationContact.create(conversation=conv, contact=lena)
    event = m.Event.create(title="Stammtisch", starts_at=at(2026, 9, 10, 19))
    m.EventAttendee.create(event=event, contact=kemal)

    agenda = r.collect(NOW)
    due, upcoming = keys(agenda)
    assert f"keep_in_touch:{kemal.id}:2026-12-09" in upcoming  # event + 90 (network)
    assert f"keep_in_touch:{lena.id}:2026-11-19" in due  # phone call + 30 (own)
    lena_reminder = next(x for x in agenda.due if x.item_id == lena.id)
    assert lena_reminder.item_kind == "contact"
    assert lena_reminder.last_contact == at(2026, 10, 20, 18)

    # A conversation by e-mail resets the clock: nothing due for Lena any more.
    mail = m.Conversation.create(occurred_at=at(2026, 11, 25, 9), channel="email")
    m.ConversationContact.create(conversation=mail, contact=lena)
    due, upcoming = keys(r.collect(NOW))
    assert not any(k.startswith(f"keep_in_touch:{lena.id}:") for k in due | upcoming)


def test_keep_in_touch_done_dismisses_one_round_only(db: pw.SqliteDatabase) -> None:
    jörg = m.Contact.create(first_name="Jörg", keep_in_touch_days=30, created_at=at(2026, 9, 1))
    key = f"keep_in_touch:{jörg.id}:2026-10-01"
    assert key in keys(r.collect(at(2026, 10, 15)))[0]
    r.mark_done([key], at(2026, 10, 15))
    assert not r.collect(at(2026, 10, 20)).due
    # Still no contact one interval later: it comes back, under a new key.
    due, _ = keys(r.collect(at(2026, 11, 1, 9)))
    assert due == {f"keep_in_touch:{jörg.id}:2026-10-31"}


# --- birthdays --------------------------------------------------------------------


def test_birthdays_with_and_without_year(db: pw.SqliteDatabase) -> None:
    with_year = m.Contact.create(
        first_name="Sophie", birthday_day=26, birthday_month=11, birthday_year=1980
    )
    no_year = m.Contact.create(first_name="Jan", birthday_day=3, birthday_month=12)
    m.Contact.create(first_name="Alt", birthday_day=26, birthday_month=11, archived=True)
    agenda = r.collect(NOW)
    (sophie,) = [x for x in agenda.due if x.kind == "birthday"]
    assert (sophie.key, sophie.age, sophie.item_kind) == (
        f"birthday:{with_year.id}:2026",
        46,
        "contact",
    )
    (jan,) = [x for x in agenda.upcoming if x.kind == "birthday"]
    assert (jan.key, jan.age, jan.on) == (f"birthday:{no_year.id}:2026", None, dt.date(2026, 12, 3))
    # Not yet due before 08:00, gone a few days after the day.
    assert not [x for x in r.collect(at(2026, 11, 26, 7)).due if x.kind == "birthday"]
    assert not [x for x in r.collect(at(2026, 11, 29, 10)).due if x.kind == "birthday"]


def test_leap_day_birthday_on_28_february_in_other_years(db: pw.SqliteDatabase) -> None:
    leap = m.Contact.create(first_name="Lea", birthday_day=29, birthday_month=2, birthday_year=2000)
    due, _ = keys(r.collect(at(2027, 2, 28, 9)))
    assert f"birthday:{leap.id}:2027" in due
    due, _ = keys(r.collect(at(2028, 2, 28, 9)))
    assert f"birthday:{leap.id}:2028" not in due
    agenda = r.collect(at(2028, 2, 29, 9))
    (b,) = [x for x in agenda.due if x.kind == "birthday"]
    assert (b.on, b.age) == (dt.date(2028, 2, 29), 28)
    assert r.birthday_in(2027, 2, 29) == dt.date(2027, 2, 28)
    assert r.birthday_in(2027, 4, 31) is None


def test_birthday_over_new_year(db: pw.SqliteDatabase) -> None:
    c = m.Contact.create(first_name="Neujahr", birthday_day=2, birthday_month=1)
    _, upcoming = keys(r.collect(at(2026, 12, 28, 10)))
    assert f"birthday:{c.id}:2027" in upcoming


# --- events -----------------------------------------------------------------------


def event_keys(agenda: r.Agenda) -> tuple[set[str], set[str]]:
    due, upcoming = keys(agenda)
    return {k for k in due if k.startswith("event:")}, {
        k for k in upcoming if k.startswith("event")
    }


def test_event_the_day_before_and_on_the_morning(db: pw.SqliteDatabase) -> None:
    evening = m.Event.create(title="Stammtisch", starts_at=at(2026, 11, 28, 19), place="Giesing")
    early = m.Event.create(title="Frühstück", starts_at=at(2026, 11, 27, 7, 30))
    m.Event.create(title="Vorbei", starts_at=at(2026, 11, 20, 19))

    due, upcoming = event_keys(r.collect(at(2026, 11, 26, 10)))
    assert due == {f"event:{early.id}:eve"}
    assert {f"event:{evening.id}:eve", f"event:{evening.id}:day", f"event:{early.id}:day"} <= (
        upcoming
    )
    early_day = next(x for x in r.collect(NOW).upcoming if x.key == f"event:{early.id}:day")
    assert early_day.due_at == at(2026, 11, 27, 6, 30)  # an hour before an early start

    due, _ = event_keys(r.collect(at(2026, 11, 27, 8)))
    assert due == {f"event:{early.id}:day", f"event:{evening.id}:eve"}

    agenda = r.collect(at(2026, 11, 28, 8, 5))
    (day,) = [x for x in agenda.due if x.kind == "event"]
    assert (day.key, day.phase, day.place, day.starts_at) == (
        f"event:{evening.id}:day",
        "day",
        "Giesing",
        at(2026, 11, 28, 19),
    )
    assert event_keys(r.collect(at(2026, 11, 28, 23))) == (set(), set())  # over


# --- reflection -------------------------------------------------------------------


def test_next_reflection_rule() -> None:
    rule = next_reflection_date  # the reminders use the reflection panel's rule
    thu = dt.date(2026, 11, 26)
    assert rule("weekly", dt.date(2026, 11, 23), thu) == dt.date(2026, 11, 30)  # Monday after
    assert rule("weekly", dt.date(2026, 11, 30), thu) == dt.date(2026, 12, 7)
    assert rule("weekly", None, thu) == dt.date(2026, 11, 30)
    assert rule("monthly", dt.date(2026, 12, 15), thu) == dt.date(2027, 1, 1)
    assert rule("monthly", None, thu) == dt.date(2026, 12, 1)


def test_reflection_reminder_weekly_and_monthly(db: pw.SqliteDatabase) -> None:
    assert not [x for x in r.collect(NOW).due if x.kind == "reflection"]  # empty journal
    m.Conversation.create(occurred_at=at(2026, 11, 2, 18))
    m.Reflection.create(
        period_start=dt.date(2026, 11, 1),
        period_end=dt.date(2026, 11, 30),
        created_at=at(2026, 11, 23, 20),
    )
    agenda = r.collect(NOW, reflection_interval="weekly")
    (ref,) = [x for x in agenda.upcoming if x.kind == "reflection"]
    assert (ref.key, ref.due_at) == ("reflection:2026-11-30", at(2026, 11, 30, 8))
    assert agenda.next_change() == at(2026, 11, 30, 8)

    monthly = r.collect(NOW, reflection_interval="monthly")
    assert "reflection:2026-12-01" in keys(monthly)[1]

    # Due on the day; "done" skips to the next one.
    due, _ = keys(r.collect(at(2026, 12, 1, 9), reflection_interval="monthly"))
    assert "reflection:2026-12-01" in due
    r.mark_done(["reflection:2026-12-01"], at(2026, 12, 1, 9))
    due, upcoming = keys(r.collect(at(2026, 12, 1, 9), reflection_interval="monthly", days=40))
    assert "reflection:2026-12-01" not in due and "reflection:2027-01-01" in upcoming


def test_reflection_without_any_yet_is_due_this_period(db: pw.SqliteDatabase) -> None:
    m.Conversation.create(occurred_at=at(2026, 5, 2, 18))
    due, _ = keys(r.collect(NOW, reflection_interval="weekly"))
    assert "reflection:2026-11-23" in due  # this week's Monday, not a stale date
    due, _ = keys(r.collect(NOW, reflection_interval="monthly"))
    assert "reflection:2026-11-01" in due


# --- done, snooze, announced: kept across a restart --------------------------------


def test_snooze_choices() -> None:
    assert r.snooze_target("hour", NOW) == at(2026, 11, 26, 11)
    assert r.snooze_target("tomorrow", NOW) == at(2026, 11, 27, 8)
    assert r.snooze_target("tomorrow", at(2026, 11, 27, 1)) == at(2026, 11, 27, 8)
    assert r.snooze_target("next_week", NOW) == at(2026, 11, 30, 8)
    assert r.snooze_target("next_week", at(2026, 11, 30, 9)) == at(2026, 12, 7, 8)
    with pytest.raises(ValueError):
        r.snooze_target("never", NOW)


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
        monkeypatch.setattr(r, "_ANNOUNCED_JSON_SQL", "SELECT no_such_function(?, ?)")
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


def test_pause_for_today() -> None:
    end = r.pause_end(NOW)
    assert end == at(2026, 11, 27, 0)
    assert r.is_paused(end.isoformat(), NOW)
    assert not r.is_paused(end.isoformat(), at(2026, 11, 27, 0, 1))
    assert not r.is_paused("", NOW) and not r.is_paused("kaputt", NOW)


# --- time zones and daylight saving time --------------------------------------------


def test_spring_forward_berlin() -> None:
    """29 March 2026: at 02:00 the clocks in Berlin jump to 03:00."""
    night = at(2026, 3, 29, 1, 30)
    assert r.snooze_target("hour", night, BERLIN) == at(2026, 3, 29, 3, 30)
    # From half past midnight to 08:00 is 7.5 hours on the wall, 6.5 in reality.
    assert r.seconds_until(at(2026, 3, 29, 8), at(2026, 3, 29, 0, 30), BERLIN) == 6.5 * 3600
    assert r.snooze_target("tomorrow", at(2026, 3, 28, 23), BERLIN) == at(2026, 3, 29, 8)


def test_fall_back_berlin(db: pw.SqliteDatabase) -> None:
    """25 October 2026: at 03:00 the clocks go back to 02:00; 02:30 happens twice."""
    assert r.seconds_until(at(2026, 10, 25, 8), at(2026, 10, 25, 0, 30), BERLIN) == 8.5 * 3600
    first = dt.datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=0)  # summer time
    until = r.snooze_target("hour", first, BERLIN)
    assert until == at(2026, 10, 25, 2, 30)  # the second 02:30, a real hour later

    fu = m.FollowUp.create(text="Anrufen", due_date=dt.date(2026, 10, 24))
    key = f"follow_up:{fu.id}"
    r.snooze([key], until)
    still_summer = dt.datetime(2026, 10, 25, 2, 45, tzinfo=BERLIN, fold=0)
    assert not r.collect(still_summer, BERLIN).due  # the snooze has not ended
    winter = dt.datetime(2026, 10, 25, 2, 31, tzinfo=BERLIN, fold=1)
    assert [x.key for x in r.collect(winter, BERLIN).due] == [key]


def test_aware_now_in_the_users_zone(db: pw.SqliteDatabase) -> None:
    fu = m.FollowUp.create(text="Anrufen", due_date=dt.date(2026, 11, 26))
    utc = dt.datetime(2026, 11, 26, 7, 30, tzinfo=dt.UTC)
    assert r.local_naive(utc, BERLIN) == at(2026, 11, 26, 8, 30)
    assert [x.key for x in r.collect(utc, BERLIN).due] == [f"follow_up:{fu.id}"]
    assert not r.collect(utc, ZoneInfo("America/New_York")).due  # 02:30 there
    assert r.seconds_until(at(2026, 11, 26, 8), utc, ZoneInfo("America/New_York")) == (5.5 * 3600)
