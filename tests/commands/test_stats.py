"""``kontaktbuch stats`` prints the panel's figures, as text and as JSON."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from kontaktbuch.app import main
from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.paths import resolve
from kontaktbuch.store import models as m
from kontaktbuch.store.db import opened

pytestmark = pytest.mark.usefixtures("english")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _fill() -> None:
    paths = resolve()
    paths.ensure_dirs()
    with opened(paths.database):
        net = m.Network.create(name="Stammtisch")
        anna = m.Contact.create(first_name="Anna", last_name="Roth")
        m.Membership.create(contact=anna, network=net)
        goal = m.Goal.create(
            title="Kunden", period="month", budget_hours=1.0, created_at=dt.datetime(2026, 1, 5)
        )
        k = m.Conversation.create(occurred_at=dt.datetime(2026, 10, 5, 18), minutes=90, enjoyment=2)
        m.ConversationContact.create(conversation=k, contact=anna)
        m.GoalConversation.create(goal=goal, conversation=k)
        m.Event.create(
            title="Pitch Night", starts_at=dt.datetime(2026, 9, 30, 19), duration_minutes=60
        )


def test_stats_json_matches_the_panel(capsys: pytest.CaptureFixture[str]) -> None:
    _fill()
    code, out, _ = run(capsys, "stats", "--period", "2026-10", "--json")
    assert code == 0
    data = json.loads(out)
    cur, prev = data["current"], data["previous"]
    assert cur["period"] == {"kind": "month", "start": "2026-10-01", "end": "2026-11-01"}
    assert (cur["total_minutes"], cur["goal_minutes"], cur["no_goal_minutes"]) == (90, 90, 0)
    assert prev["total_minutes"] == 60 and prev["period"]["start"] == "2026-09-01"
    assert cur["networks"][0]["name"] == "Stammtisch" and cur["networks"][0]["share"] == 1.0
    # every rule that holds gives its finding (issue 15, point 1): Stammtisch is costly
    # and brought no outcome
    assert [f["kind"] for f in data["findings"]] == [
        "network_costly",
        "goal_over_budget",
        "network_no_outcome",
    ]
    assert len(data["trend"]) == 12
    paths = resolve()
    with opened(paths.database):
        panel = R.panel(P.parse("2026-10"), R.Thresholds(), dt.datetime.now())
        assert R.panel_to_dict(panel) == data


@pytest.mark.parametrize(
    ("args", "start", "end", "minutes"),
    [
        (["--period", "2026-W40"], "2026-09-28", "2026-10-05", 60),
        (["--period", "2026-Q4"], "2026-10-01", "2027-01-01", 90),
        (["--period", "2026"], "2026-01-01", "2027-01-01", 150),
        (["--from", "2026-09-30", "--to", "2026-10-05"], "2026-09-30", "2026-10-06", 150),
    ],
)
def test_stats_periods(
    capsys: pytest.CaptureFixture[str], args: list[str], start: str, end: str, minutes: int
) -> None:
    _fill()
    code, out, _ = run(capsys, "stats", *args, "--json")
    assert code == 0
    period = json.loads(out)["current"]["period"]
    assert (period["start"], period["end"]) == (start, end)
    assert json.loads(out)["current"]["total_minutes"] == minutes


def test_stats_text_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    _fill()
    code, out, _ = run(capsys, "--lang", "de", "stats", "--period", "2026-10")
    assert code == 0
    assert "Oktober 2026" in out and "September 2026" in out
    assert "1,5 Std." in out  # 90 minutes, with the German decimal comma
    assert "Lohnt sich Stammtisch noch für dich?" in out
    assert "Zeit ohne Ziel" in out


def test_stats_rejects_a_bad_period(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "stats", "--period", "2026-13")
    assert code == 2 and "Not a period" in err
    code, _, err = run(
        capsys, "--lang", "en", "stats", "--from", "2026-10-05", "--to", "2026-10-01"
    )
    assert code == 2 and "ends before it starts" in err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--to", "2026-03-31"], "--to needs --from"),
        (["--from", "2026-02-30"], "Not a date: 2026-02-30"),
        (["--period", "0001"], "too far in the past or the future"),
        (["--period", "9999"], "too far in the past or the future"),
        (["--from", "0001-01-01", "--to", "9999-12-31"], "too far in the past or the future"),
        (["--from", "0001-01-01", "--to", "0001-12-31"], "too far in the past or the future"),
    ],
)
def test_stats_says_what_is_wrong_without_a_traceback(
    capsys: pytest.CaptureFixture[str], args: list[str], says: str
) -> None:
    code, out, err = run(capsys, "--lang", "en", "stats", *args)
    assert code == 2 and out == ""
    assert says in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_stats_of_the_first_comparable_years(capsys: pytest.CaptureFixture[str]) -> None:
    """The calendar's early years work as far as the comparisons fit in it."""
    code, out, _ = run(capsys, "--lang", "en", "stats", "--period", "0005", "--json")
    assert code == 0
    assert json.loads(out)["previous"]["period"]["start"] == "0004-01-01"


def test_stats_text_shows_verdict_lines_and_the_running_period(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each goal's line beside the question, and an earlier reflection's verdict."""
    _fill()
    paths = resolve()
    with opened(paths.database):
        goal = m.Goal.get(m.Goal.title == "Kunden")
        september = P.parse("2026-09")
        R.save_reflection(
            september,
            {},
            "",
            R.compute_figures(september),
            now=dt.datetime(2026, 10, 1, 9),
            goal_verdicts=[R.GoalVerdict(goal.id, "", "budget", budget_after=0.5)],
        )
    code, out, _ = run(capsys, "--lang", "en", "stats", "--period", "2026-10")
    assert code == 0
    assert "Is it worth it to you?" in out
    assert "  Kunden: 1.5 h of 0.5 h budget · enjoyment 2.0 of 5" in out
    assert "In September 2026 you wanted to halve the budget (1.0 h → 0.5 h a month)." in out
    code, out, _ = run(capsys, "--lang", "de", "stats", "--period", "2026-10")
    assert "Ist es dir das wert?" in out
    assert (
        "Im September 2026 wolltest du das Budget halbieren (1,0 Std. → 0,5 Std. im Monat)." in out
    )
    # The month that holds today is judged up to today, and says so.
    code, out, _ = run(capsys, "--lang", "en", "stats")
    assert re.search(r", up to today, day \d+ of (28|29|30|31)\), compared with ", out)


def test_stats_on_an_empty_journal_says_where_to_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--lang", "en", "stats")
    assert code == 0
    assert "Where to start" in out and "kontaktbuch log --with NAME" in out
    code, out, _ = run(capsys, "stats", "--json")
    assert json.loads(out)["first_steps"] == ["log", "goal"]
