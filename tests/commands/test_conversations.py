"""``kontaktbuch log`` and ``kontaktbuch search`` from a terminal."""

from __future__ import annotations

import json

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
