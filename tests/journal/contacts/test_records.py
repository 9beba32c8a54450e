"""The rules of a contact's fields: birthdays and keep-in-touch intervals."""

from __future__ import annotations

from kontaktbuch.journal import contacts as c


def test_leap_day_with_leap_year_and_interval_parts() -> None:
    assert c.birthday_problem(29, 2, 1980) is None
    assert c.birthday_problem(29, 2, None) is None
    assert c.interval_parts(90) == (3, "months")
    assert c.interval_parts(14) == (2, "weeks")
    assert c.interval_parts(10) == (10, "days")
    assert c.interval_parts(None) is None
    assert c.interval_days(2, "weeks") == 14
