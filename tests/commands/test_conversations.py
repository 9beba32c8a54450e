"""``kontaktbuch log`` and ``kontaktbuch search`` from a terminal."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import AbstractContextManager

import pytest

from kontaktbuch.app import main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_log_then_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        capsys,
        "--lang",
        "en",
        "log",
        "--with",
        "Jörg Schröder",
        "--event",
        "Gründerstammtisch",
        "--channel",
        "in_person",
        "--minutes",
        "25",
        "--enjoyment",
        "5",
        "--note",
        "Über Förderprogramme in München",
        "--outcome",
        "insight:Früh beantragen",
        "--follow-up",
        "Folien schicken@+3d",
        "--date",
        "2026-11-26 19:30",
    )
    assert code == 0, err
    assert "Jörg Schröder" in out and "New event: Gründerstammtisch" in out
    code, out, _ = run_cli(capsys, "search", "munchen", "--json")
    hits = json.loads(out)
    assert [h["kind"] for h in hits] == ["conversation"]
    assert hits[0]["title"].startswith("2026-11-26") and "Jörg Schröder" in hits[0]["title"]
    start, end = hits[0]["snippet_marks"][0]
    assert hits[0]["snippet"][start:end] == "München"
    code, out, _ = run_cli(capsys, "--lang", "de", "search", "munchen")
    assert "26.11.2026 – Jörg Schröder" in out  # German dates in German output
    # The same name again is the same contact, and a similar one is refused.
    assert run_cli(capsys, "log", "--with", "joerg schroeder", "--note", "x")[0] == 0
    code, _, err = run_cli(capsys, "--lang", "en", "log", "--with", "Jörg Schröders")
    assert code == 2 and "similar names" in err
    code, out, _ = run_cli(capsys, "--lang", "en", "search", "Schröder")
    assert code == 0 and out.startswith("Contacts") and out.count("Jörg Schröder") >= 1


def test_bad_input_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ("--outcome", "wonder:x"),
        ("--follow-up", "x@someday"),
        ("--channel", "pigeon"),
        ("--enjoyment", "9"),
    ):
        code, _, err = run_cli(capsys, "--lang", "en", "log", "--with", "A B", *args)
        assert code == 2 and err
    code, out, _ = run_cli(capsys, "info", "--json")
    assert json.loads(out)["counts"]["contacts"] == 0
    code, out, _ = run_cli(capsys, "--lang", "en", "search", 'AND ( * "')
    assert code == 1 and "Nothing found" in out


def test_log_names_goals_like_the_dialog_ticks_them(capsys: pytest.CaptureFixture[str]) -> None:
    """``--goal`` (repeatable) takes an active goal by its title; a title that names none
    is refused with the near ones, and nothing is written. The event serves the goals
    of its conversations, so the goal gets the evening's time."""
    from kontaktbuch.journal import goals as G
    from kontaktbuch.journal import periods as P
    from kontaktbuch.journal.reflection import compute_figures
    from kontaktbuch.store import models as m

    with _journal():
        clients = m.Goal.create(title="Neue Kunden").id
        knowledge = m.Goal.create(title="Wissen teilen").id
        m.Goal.create(title="Neuer Job", status="done")
    code, _, err = run_cli(
        capsys, "--lang", "en", "log", "--with", "Anna Müller", "--goal", "neue kundne"
    )
    assert code == 2 and "No active goal is called “neue kundne”" in err
    assert "“Neue Kunden”" in err and "Neuer Job" not in err
    code, _, err = run_cli(capsys, "--lang", "de", "log", "--with", "Anna Müller", "--goal", "Xy")
    assert code == 2 and "Aktive Ziele: „Neue Kunden“; „Wissen teilen“" in err
    code, _, err = run_cli(
        capsys,
        "--lang",
        "en",
        "log",
        "--with",
        "Anna Müller",
        "--event",
        "Stammtisch Gründerinnen",
        "--minutes",
        "45",
        "--goal",
        "NEUE KUNDEN",
        "--goal",
        "wissen  teilen",
        "--date",
        "26.11.2026 19:30",
    )
    assert code == 0, err
    with _journal():
        conv = m.Conversation.get()
        assert sorted(g.goal_id for g in conv.goal_links) == sorted([clients, knowledge])
        assert sorted(G.event_goals(conv.event_id)) == sorted([clients, knowledge])
        month = P.containing("month", dt.date(2026, 11, 26))
        figures = compute_figures(month, dt.datetime(2026, 11, 30))
        assert {g.title: g.minutes for g in figures.goals}["Neue Kunden"] == 45
    # The event title means that day's event of that title, as in the dialog; the
    # same title on another day is another evening.
    for date, events in (("26.11.2026 21:00", 1), ("3.12.2026 19:30", 2)):
        args = ("log", "--with", "Anna Müller", "--event", "stammtisch gruenderinnen")
        assert run_cli(capsys, *args, "--date", date)[0] == 0
        with _journal():
            assert m.Event.select().count() == events


def _journal() -> AbstractContextManager[object]:
    """The test's journal (the data folder the tests point every command at)."""
    from kontaktbuch.paths import resolve
    from kontaktbuch.store.db import opened

    paths = resolve()
    paths.ensure_dirs()
    return opened(paths.database)
