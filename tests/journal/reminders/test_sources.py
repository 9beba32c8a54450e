"""Each kind of reminder on a fixed clock: when it is due, when it comes back, when it ends."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from kontaktbuch.journal import reminders as r
from kontaktbuch.store import models as m
from tests.journal.reminders.helpers import NOW, at, event_keys, keys


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
