"""The rules of a contact's fields: birthdays, intervals, when two entries are one."""

from __future__ import annotations

import pytest

from kontaktbuch.journal import contacts as c
from kontaktbuch.journal.contacts import ContactData


def test_leap_day_with_leap_year_and_interval_parts() -> None:
    assert c.birthday_problem(29, 2, 1980) is None
    assert c.birthday_problem(29, 2, None) is None
    assert c.interval_parts(90) == (3, "months")
    assert c.interval_parts(14) == (2, "weeks")
    assert c.interval_parts(10) == (10, "days")
    assert c.interval_parts(None) is None
    assert c.interval_days(2, "weeks") == 14


def test_one_rule_for_same_tags_e_mails_phones_and_links() -> None:
    """The editor's tags and an import's entries are matched by the same rules."""
    assert c.clean_tags([" Kunde  A", "kunde a", "", "B "]) == ["Kunde A", "B"]
    data = ContactData(first_name="Anna", tags=["Kunde  A"])
    data.add_tag("KUNDE A ")
    data.add_email(" Anna@Example.de", "work")
    data.add_email("anna@example.de")
    data.add_phone("+49 170 1", "mobile")
    data.add_phone("+49-170-1")
    data.add_link("https://www.linkedin.com/in/anna/", "linkedin")
    data.add_link("linkedin.com/in/anna")
    assert data.tags == ["Kunde  A"]
    assert [(e.address, e.label) for e in data.emails] == [("Anna@Example.de", "work")]
    assert [(p.number, p.label) for p in data.phones] == [("+49 170 1", "mobile")]
    assert [(li.url, li.kind) for li in data.links] == [
        ("https://www.linkedin.com/in/anna/", "linkedin")
    ]
    assert data.has_name() and not ContactData(prefix="Dr.").has_name()


def test_a_contacts_fields_are_given_by_name_only() -> None:
    """Twelve of its fields are strings: a value given by position would land in the
    wrong one silently, so the record refuses it (an importer's record too)."""
    from kontaktbuch.exchange.records import ContactRecord

    with pytest.raises(TypeError):
        ContactData(None, "Dr.", "Anna")  # type: ignore[misc]
    with pytest.raises(TypeError):
        ContactRecord(None, "Dr.", "Anna")  # type: ignore[misc]
    assert ContactData(prefix="Dr.", first_name="Anna").display_name == "Dr. Anna"
