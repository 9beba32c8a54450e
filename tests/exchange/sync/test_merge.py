"""The three-way merge, field by field (no server needed)."""

from __future__ import annotations

from kontaktbuch.exchange.sync.merge import merge
from kontaktbuch.exchange.sync.records import clean, empty


def _contact(**fields: object) -> dict[str, object]:
    return clean("contact", {**empty("contact"), "first_name": "Anna", **fields})


def test_a_field_changed_on_one_side_takes_that_side() -> None:
    base = _contact(position="Beraterin", notes="alt")
    mine = _contact(position="CEO", notes="alt")
    theirs = _contact(position="Beraterin", notes="neu")
    merged, conflicts = merge("contact", base, mine, theirs)
    assert merged["position"] == "CEO" and merged["notes"] == "neu" and conflicts == []


def test_the_same_field_changed_on_both_sides_keeps_both_values() -> None:
    base = _contact(notes="alt")
    merged, conflicts = merge("contact", base, _contact(notes="hier"), _contact(notes="dort"))
    assert merged["notes"] == "hier"
    assert [(c.field, c.local, c.remote, c.base) for c in conflicts] == [
        ("notes", "hier", "dort", "alt")
    ]


def test_sets_and_lists_keep_what_either_side_added_and_drop_what_either_removed() -> None:
    base = _contact(tags=["Mentor", "Presse"], emails=[["a@x.de", "work"]])
    mine = _contact(tags=["Mentor", "Investorin"], emails=[["a@x.de", "work"], ["b@y.de", ""]])
    theirs = _contact(
        tags=["mentor", "Presse", "Alumni"], emails=[["c@z.de", "home"], ["a@x.de", "work"]]
    )
    merged, conflicts = merge("contact", base, mine, theirs)
    assert conflicts == []
    assert merged["tags"] == ["Alumni", "Investorin", "Mentor"]  # "Presse" removed here
    assert merged["emails"] == [["a@x.de", "work"], ["b@y.de", ""], ["c@z.de", "home"]]


def test_members_merge_by_person_and_an_edit_beats_a_removal() -> None:
    base = clean(
        "network", {"name": "N", "members": {"urn:uuid:1": ["", None], "urn:uuid:2": ["", None]}}
    )
    mine = clean("network", {"name": "N", "members": {"urn:uuid:1": ["Vorstand", None]}})
    theirs = clean(
        "network",
        {"name": "N", "members": {"urn:uuid:1": ["Kasse", None], "urn:uuid:3": ["", None]}},
    )
    merged, conflicts = merge("network", base, mine, theirs)
    assert merged["members"] == {"urn:uuid:1": ["Vorstand", None], "urn:uuid:3": ["", None]}
    assert [c.field for c in conflicts] == ["members:urn:uuid:1"]


def test_without_a_base_sets_are_united_and_defaults_give_way() -> None:
    mine = _contact(tags=["Mentor"], position="CEO")
    theirs = _contact(tags=["Presse"], position="", notes="vom Telefon")
    merged, conflicts = merge("contact", None, mine, theirs)
    assert merged["tags"] == ["Mentor", "Presse"]
    assert merged["position"] == "CEO" and merged["notes"] == "vom Telefon"
    assert conflicts == []


def test_odd_values_from_a_server_become_defaults() -> None:
    record = clean(
        "conversation",
        {
            "channel": "pigeon",
            "enjoyment": 9,
            "minutes": -5,
            "occurred_at": "yesterday",
            "contacts": [1, "urn:uuid:x"],
        },
    )
    assert record["channel"] == "in_person" and record["enjoyment"] is None
    assert record["minutes"] == 0 and record["occurred_at"] == "2000-01-01 00:00:00"
    assert record["contacts"] == ["urn:uuid:x"]
