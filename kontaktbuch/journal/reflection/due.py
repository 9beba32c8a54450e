"""When the next reflection is due: weekly or monthly, after the latest one.

A pure rule (:func:`next_reflection_date`, ``today`` passed in) the reminders use
too, so the reminder and the reflection panel never disagree about the date.
"""

from __future__ import annotations

import datetime as dt

from kontaktbuch.journal import periods as P
from kontaktbuch.journal.reflection.saved import last_reflection_date

# how often the user wants to reflect (the settings' choice)
INTERVALS: tuple[str, ...] = ("weekly", "monthly")


def next_reflection_date(interval: str, last: dt.date | None, today: dt.date) -> dt.date:
    """When the next reflection is due.

    Counted from the latest reflection, or from ``today`` when there is none yet:
    weekly, the first Monday after that day; monthly, the first day of the month
    after it. A date on or before ``today`` means a reflection is due now.
    """
    base = last if last is not None else today
    if interval == "weekly":
        return base + dt.timedelta(days=7 - base.weekday())
    return P.containing("month", base).end


def reflection_due(interval: str, today: dt.date) -> dt.date:
    """The next reflection date for the journal in use (latest saved reflection as base)."""
    return next_reflection_date(interval, last_reflection_date(), today)
