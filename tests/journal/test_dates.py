"""Due dates as people type them, relative to a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

from kontaktbuch.journal import dates
from kontaktbuch.journal.dates import DateParseError, parse_due, try_parse_due

TODAY = dt.date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+3d", dt.date(2026, 11, 29)),
        ("+2w", dt.date(2026, 12, 10)),
        ("+1m", dt.date(2026, 12, 26)),
        ("3d", dt.date(2026, 11, 29)),
        ("+10t", dt.date(2026, 12, 6)),
        ("Freitag", dt.date(2026, 11, 27)),
        ("fr", dt.date(2026, 11, 27)),
        ("friday", dt.date(2026, 11, 27)),
        ("Fr.", dt.date(2026, 11, 27)),
        ("donnerstag", dt.date(2026, 12, 3)),  # today is Thursday: next week's
        ("Mo", dt.date(2026, 11, 30)),
        ("morgen", dt.date(2026, 11, 27)),
        ("tomorrow", dt.date(2026, 11, 27)),
        ("heute", TODAY),
        ("5.12.", dt.date(2026, 12, 5)),
        ("05.12.2026", dt.date(2026, 12, 5)),
        ("5.12.27", dt.date(2027, 12, 5)),
        ("1.3.", dt.date(2027, 3, 1)),  # already past this year: next year
        ("2026-12-05", dt.date(2026, 12, 5)),
    ],
)
def test_parse_due(text: str, expected: dt.date) -> None:
    assert parse_due(text, TODAY) == expected


def test_month_end_is_clamped() -> None:
    assert parse_due("+1m", dt.date(2026, 1, 31)) == dt.date(2026, 2, 28)


@pytest.mark.parametrize("text", ["", "bald", "31.2.", "+3x", "2026-13-01", "+99999999d"])
def test_nonsense_is_refused(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_due(text, TODAY)
    assert try_parse_due(text, TODAY) is None


# --- when a conversation happened, typed in one field ---------------------------------

_NOW = dt.datetime(2026, 11, 26, 10, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.12.2026 19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("5.12.2026 19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("5.12.26, 19 Uhr", dt.datetime(2026, 12, 5, 19, 0)),
        ("5.12. 19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("5.12. 19", dt.datetime(2026, 12, 5, 19, 0)),
        ("5.12.2026 19.30", dt.datetime(2026, 12, 5, 19, 30)),
        ("5.12.2026 um 19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("2026-12-05 19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("2026-12-05T19:00", dt.datetime(2026, 12, 5, 19, 0)),
        ("12/5/2026 7:00 PM", dt.datetime(2026, 12, 5, 19, 0)),
        ("12/5/2026 7:00 AM", dt.datetime(2026, 12, 5, 7, 0)),
        ("heute 19:00", dt.datetime(2026, 11, 26, 19, 0)),
        ("gestern 19 Uhr", dt.datetime(2026, 11, 25, 19, 0)),
        ("19:30", dt.datetime(2026, 11, 26, 19, 30)),  # the field's day
        ("5.12.2026", dt.datetime(2026, 12, 5, 10, 0)),  # the field's time
        ("28.11.", dt.datetime(2026, 11, 28, 10, 0)),
        ("2.1.", dt.datetime(2027, 1, 2, 10, 0)),  # the nearest 2 January
        ("20.6.", dt.datetime(2026, 6, 20, 10, 0)),
    ],
)
def test_parse_when(text: str, expected: dt.datetime) -> None:
    assert dates.parse_when(text, _NOW.date(), _NOW) == expected


@pytest.mark.parametrize("text", ["", "19", "19.30", "abc", "25:00", "31.02.2026 19:00", "13 pm"])
def test_parse_when_refuses_what_is_no_moment(text: str) -> None:
    with pytest.raises(dates.DateParseError):
        dates.parse_when(text, _NOW.date(), _NOW)
    assert dates.try_parse_when(text, _NOW.date(), _NOW) is None
