"""Input that must be refused or must not hang (issue 16, points 12 and 13): the
journal's limits hold for the command line, the window's journal functions and
imports alike, and a search answers whatever is typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee as pw
import pytest

from kontaktbuch.journal import contacts, events, limits, networks
from kontaktbuch.journal import conversations as cv
from kontaktbuch.journal import goals as G
from kontaktbuch.journal.search import MAX_QUERY_WORDS, capped_query, search
from kontaktbuch.store import models as m
from tests.reliability.conftest import make_journal, run_cli

NOW = dt.datetime(2026, 11, 26, 18, 30)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--with", ""], "A name needs a text"),
        (["--with", "   "], "A name needs a text"),
        (["--with", "A" * 100_000], "A name is too long: at most 200 characters"),
        (["--with", "Anna Müller", "--event", "E" * 50_000], "title is too long: at most 300"),
        (["--with", "Anna Müller", "--note", "n" * 100_001], "notes is too long"),
        (["--with", "Anna Müller", "--date", "9999-12-31"], "outside the dates"),
        (["--with", "Anna Müller", "--date", "0001-01-01"], "outside the dates"),
        (["--with", "Anna Müller", "--outcome", "insight:"], "An outcome needs a text"),
        (["--with", "Anna Müller", "--outcome", "insight:  "], "An outcome needs a text"),
        (["--with", "Anna Müller", "--follow-up", "F" * 301 + "@+3d"], "follow-up is too long"),
    ],
)
def test_log_refuses_with_a_message_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], said: str
) -> None:
    data = tmp_path / "data"
    make_journal(data, "Anna Müller")
    code, out, err = run_cli(capsys, data, "log", *args)
    assert code == 2, out
    assert said in err and "Traceback" not in err
    code, out, _ = run_cli(capsys, data, "info", "--json")
    assert '"conversations": 0' in out and '"contacts": 1' in out


def test_control_and_bidi_characters_are_removed_on_input_and_never_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    name = "Eve\x07 \x1b[31mRot\x1b[0m Ev\u202eil"
    code, out, err = run_cli(capsys, data, "log", "--with", name, "--note", "Hi\x1b]0;x\x07!")
    assert code == 0, err
    for text in (out, err):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    code, out, _ = run_cli(capsys, data, "search", "Evil", "--json")
    assert "Eve [31mRot[0m Evil" in out and "\\u001b" not in out
    code, out, _ = run_cli(capsys, data, "search", "Hi")
    assert "Hi]0;x!" in out


def test_the_window_s_journal_functions_keep_the_same_limits(db: pw.SqliteDatabase) -> None:
    too_long_name = contacts.ContactData(first_name="A" * 201)
    with pytest.raises(contacts.ValidationFailed) as failed:
        contacts.save_contact(too_long_name)
    assert failed.value.errors == {"name": "too_long"}
    with pytest.raises(contacts.ValidationFailed) as failed:
        contacts.save_contact(contacts.ContactData(first_name="Anna", notes="x" * 100_001))
    assert failed.value.errors == {"notes": "too_long"}
    saved = contacts.save_contact(
        contacts.ContactData(first_name="An\x00na\u202e", last_name="Mül\tler", notes="a\x1bb\nc")
    )
    row = m.Contact.get_by_id(saved)
    assert (row.first_name, row.last_name, row.notes) == ("Anna", "Mül ler", "ab\nc")

    with pytest.raises(cv.ValidationError) as invalid:
        cv.save_capture([cv.ConversationInput(NOW, new_contact_names=["B" * 201])])
    assert (invalid.value.field, invalid.value.problem) == ("name", "too_long")
    with pytest.raises(cv.ValidationError) as invalid:
        cv.save_capture([cv.ConversationInput(dt.datetime(1, 1, 1), contact_ids=[saved])])
    assert invalid.value.problem == "date_range"
    with pytest.raises(cv.ValidationError) as invalid:
        cv.save_capture(
            [cv.ConversationInput(NOW, contact_ids=[saved])],
            new_event=cv.NewEvent("E" * 301, NOW),
        )
    assert (invalid.value.field, invalid.value.problem) == ("event", "too_long")

    event = events.EventData(title="T" * 301, starts_at=NOW)
    assert events.validate(event)["title"] == "too_long"
    far = events.EventData(title="Ball", starts_at=dt.datetime(9999, 12, 31))
    assert events.validate(far)["starts_at"] == "date_range"
    assert networks.validate(networks.NetworkData(None, "N" * 201, "other", ""))["name"] == (
        "too_long"
    )
    with pytest.raises(G.GoalError) as goal:
        G.GoalInput(title="G" * 301, kind="other", period="month").cleaned()
    assert goal.value.code == "too_long"
    assert m.Conversation.select().count() == 0 and m.Event.select().count() == 0


def test_the_limits_are_what_the_documentation_says() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "reliability.md").read_text("utf-8")
    for figure in (limits.NAME_MAX, limits.TITLE_MAX):
        assert f"{figure} characters" in text
    assert "100,000 characters" in text and limits.TEXT_MAX == 100_000
    assert f"{limits.EARLIEST.year}" in text and f"{limits.YEARS_AHEAD} years" in text


@pytest.mark.parametrize("query", ['a OR ' * 2000, '"a" ' * 2000, "x" * 100_000,
                                   " ".join(f"wort{i}" for i in range(2000))])  # fmt: skip
def test_a_hostile_search_is_cut_to_a_few_words(demo_db: pw.SqliteDatabase, query: str) -> None:
    capped = capped_query(query)
    assert len(capped.split()) <= MAX_QUERY_WORDS and len(capped) <= 200
    assert search(query) == search(capped)


def test_a_capped_search_finds_what_its_words_find(demo_db: pw.SqliteDatabase) -> None:
    person = m.Contact.select().order_by(m.Contact.id).first()
    typed = f"{person.first_name} " * 30 + person.last_name
    assert capped_query(typed) == f"{person.first_name} {person.last_name}"
    hits = search(typed)
    assert hits and hits == search(f"{person.first_name} {person.last_name}")
    assert hits[0].item_id == person.id
