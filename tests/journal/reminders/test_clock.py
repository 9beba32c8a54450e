"""Snooze and pause on the wall clock, real hours across daylight saving time, aware times."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import peewee as pw
import pytest

from kontaktbuch.journal import reminders as r
from kontaktbuch.store import models as m
from tests.journal.reminders.helpers import BERLIN, NOW, at


def test_snooze_choices() -> None:
    assert r.snooze_target("hour", NOW) == at(2026, 11, 26, 11)
    assert r.snooze_target("tomorrow", NOW) == at(2026, 11, 27, 8)
    assert r.snooze_target("tomorrow", at(2026, 11, 27, 1)) == at(2026, 11, 27, 8)
    assert r.snooze_target("next_week", NOW) == at(2026, 11, 30, 8)
    assert r.snooze_target("next_week", at(2026, 11, 30, 9)) == at(2026, 12, 7, 8)
    with pytest.raises(ValueError):
        r.snooze_target("never", NOW)


def test_pause_for_today() -> None:
    end = r.pause_end(NOW)
    assert end == at(2026, 11, 27, 0)
    assert r.is_paused(end.isoformat(), NOW)
    assert not r.is_paused(end.isoformat(), at(2026, 11, 27, 0, 1))
    assert not r.is_paused("", NOW) and not r.is_paused("kaputt", NOW)


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
