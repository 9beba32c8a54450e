"""One rule for how a contact's name is shown, in Python and in SQL."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from kontaktbuch.journal.names import display_name, display_name_sql
from kontaktbuch.store import models as m

CASES = [
    # (prefix, first, last, organisation) -> shown
    (("Dr.", "Anna", "Müller", "IHK"), "Dr. Anna Müller"),
    (("", "Anna", "Müller", "IHK"), "Anna Müller"),
    (("Prof.", "", "Berg", ""), "Prof. Berg"),
    (("", "Cher", "", ""), "Cher"),
    (("Dr.", "", "", "ACME GmbH"), "ACME GmbH"),  # no name: the organisation, no title
    (("", "", "", ""), "?"),
    ((" Dr. ", " Anna\t", "\nMüller ", ""), "Dr. Anna Müller"),
    (("", "  ", "\t", " IHK\u00a0"), "IHK"),
]


@pytest.mark.parametrize(("parts", "shown"), CASES)
def test_display_name(parts: tuple[str, str, str, str], shown: str) -> None:
    assert display_name(*parts) == shown


def test_sql_expression_agrees_with_python(db: pw.SqliteDatabase) -> None:
    """Queries that build names in SQL (a goal's served conversations) show the same."""
    ids = [
        m.Contact.create(prefix=p, first_name=f, last_name=la, organisation=o).id
        for (p, f, la, o), _shown in CASES
    ]
    rows = db.execute_sql(
        f"SELECT c.id, {display_name_sql('c')} FROM contact c ORDER BY c.id"
    ).fetchall()
    assert [(int(i), name) for i, name in rows] == [
        (cid, shown) for cid, (_parts, shown) in zip(ids, CASES, strict=True)
    ]


def test_reminders_name_contacts_by_the_same_rule(db: pw.SqliteDatabase) -> None:
    """The tray's birthday and follow-up reminders show "Dr. Sophie Wagner" as the lists do."""
    from kontaktbuch.journal import reminders

    sophie = m.Contact.create(
        prefix="Dr.", first_name="Sophie", last_name="Wagner", birthday_day=26, birthday_month=11
    )
    m.FollowUp.create(contact=sophie, text="Folien schicken", due_date=dt.date(2026, 11, 26))
    agenda = reminders.collect(dt.datetime(2026, 11, 26, 9, 0))
    assert sorted((x.kind, x.contact_name) for x in agenda.due) == [
        ("birthday", "Dr. Sophie Wagner"),
        ("follow_up", "Dr. Sophie Wagner"),
    ]
