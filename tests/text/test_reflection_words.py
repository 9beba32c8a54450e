"""How the reflection words scaled targets, joined findings and verdicts (text/)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.text import reflection as T
from kontaktbuch.text import verdicts as V
from kontaktbuch.text.i18n import install_translators


@pytest.fixture(params=["en", "de"])
def lang(request: pytest.FixtureRequest, _translation_cache: Path) -> Iterator[str]:
    previous = QLocale()
    install_translators(request.param, _translation_cache)
    yield request.param
    install_translators("en", _translation_cache)
    QLocale.setDefault(previous)


def _goal(**kw: object) -> R.GoalFigures:
    fields: dict[str, object] = {
        "goal_id": 1,
        "title": "Kunden",
        "kind": "clients",
        "status": "active",
        "goal_period": "year",
        "target_kind": "new_contacts",
        "goal_target_value": 20,
    }
    fields.update(kw)
    return R.GoalFigures(**fields)  # type: ignore[arg-type]


WORDS = {
    "en": {
        "scaled": "0 of 2 new contacts (target: 20 a year)",
        "one": "0 of 1 outcome (target: 3 a quarter)",
        "nothing": "0 (target: 20 a year)",
        "own": "3 of 10 conversations",
        "joined": "Club took 40 % of your time, brought no outcome and felt like 2.0 of 5. "
        "Is Club still worth it for you?",
        "line": "3.0 h of 2.0 h budget · 1 of 3 conversations (target: 4 a month) · "
        "enjoyment 3.5 of 5",
        "earlier": "In October 2026 you wanted to halve the budget (8.0 h → 4.0 h a month).",
        "week": "In Week 43, 2026 you wanted to drop the goal.",
        "over": "You spent 10.0 h on “Kunden”, more than its budget of 5.0 h. "
        "Is it worth that much to you?",
    },
    "de": {
        "scaled": "0 von 2 neuen Kontakten (Ziel: 20 im Jahr)",
        "one": "0 von 1 Ergebnis (Ziel: 3 im Quartal)",
        "nothing": "0 (Ziel: 20 im Jahr)",
        "own": "3 von 10 Gesprächen",
        "joined": "Club hat 40 % deiner Zeit gekostet, kein Ergebnis gebracht und sich wie "
        "2,0 von 5 angefühlt. Lohnt sich Club noch für dich?",
        "line": "3,0 Std. von 2,0 Std. Zeitbudget · 1 von 3 Gesprächen (Ziel: 4 im Monat) · "
        "Freude 3,5 von 5",
        "earlier": "Im Oktober 2026 wolltest du das Budget halbieren "
        "(8,0 Std. → 4,0 Std. im Monat).",
        "week": "In Woche 43, 2026 wolltest du das Ziel aufgeben.",
        "over": "Du hast 10,0 Std. in „Kunden“ gesteckt – mehr als sein Zeitbudget "
        "(5,0 Std.). Ist es dir so viel wert?",
    },
}


def test_targets_are_whole_numbers_beside_the_goals_own(lang: str) -> None:
    """A target scaled to a month reads "0 of 2 new contacts (target: 20 a year)"."""
    words = WORDS[lang]
    assert T.target_text(_goal(target_value=20 / 12)) == words["scaled"]  # 1.67 → 2
    one = _goal(
        goal_period="quarter",
        target_kind="outcomes",
        goal_target_value=3,
        target_value=1.0,
    )
    assert T.target_text(one) == words["one"]
    assert T.target_text(_goal(target_value=20 / 52.18)) == words["nothing"]  # 0.38 → 0
    own = _goal(
        goal_period="month", target_kind="conversations", goal_target_value=10, target_value=10.0
    )
    own.progress = 3
    assert T.target_text(own) == words["own"]  # its own period, whole: nothing beside
    assert T.rounded(0.5) == 1 and T.rounded(2.5) == 3 and T.rounded(0.49) == 0


def test_findings_about_one_network_read_as_one_sentence(lang: str) -> None:
    values = {"share": 0.4, "minutes": 600.0, "outcomes": 0.0, "enjoyment": 2.0}
    found = [
        R.Finding("network_costly", "Club", 7, values),
        R.Finding("network_no_outcome", "Club", 7, values),
    ]
    lines = T.finding_lines(found)
    assert [(f.kind, text) for f, text in lines] == [("network_costly", WORDS[lang]["joined"])]


def test_a_finding_puts_each_value_where_its_sentence_names_it(lang: str) -> None:
    # the sentence names the hours (%2) before the goal (%1)
    over = R.Finding("goal_over_budget", "Kunden", 1, {"minutes": 600.0, "budget": 300.0})
    assert T.finding_text(over) == WORDS[lang]["over"]


def test_a_goals_line_and_an_earlier_verdict(lang: str) -> None:
    goal = _goal(
        goal_period="month",
        minutes=180,
        budget_minutes=120.0,
        target_kind="conversations",
        goal_target_value=4,
        target_value=3.0,
        enjoyment=3.5,
    )
    goal.progress = 1
    assert V.goal_line(goal) == WORDS[lang]["line"]
    halved = R.GoalVerdict(1, "Kunden", "budget", "month", 8.0, 4.0)
    earlier = R.EarlierVerdict(halved, P.parse("2026-10"), P.parse("2026-11").start_dt())
    assert V.earlier_text(earlier) == WORDS[lang]["earlier"]
    dropped = R.EarlierVerdict(
        R.GoalVerdict(1, "Kunden", "drop"), P.parse("2026-W43"), P.parse("2026-11").start_dt()
    )
    assert V.earlier_text(dropped) == WORDS[lang]["week"]


PLURAL_FINDINGS = {
    "en": (
        "Club felt good (2.0 of 5) and brought 1 outcome in little time. "
        "Would more time there be worth it?",
        "Club felt good (2.0 of 5) and brought 5 outcomes in little time. "
        "Would more time there be worth it?",
        "Your enjoyment has fallen over the last 5 periods, from 4.0 of 5 to 2.5 of 5. "
        "What has changed?",
    ),
    "de": (
        "Club hat sich gut angefühlt (2,0 von 5) und in wenig Zeit 1 Ergebnis gebracht. "
        "Wäre dort mehr Zeit gut investiert?",
        "Club hat sich gut angefühlt (2,0 von 5) und in wenig Zeit 5 Ergebnisse gebracht. "
        "Wäre dort mehr Zeit gut investiert?",
        "Deine Freude ist über die letzten 5 Zeiträume gesunken, von 4,0 von 5 auf 2,5 von 5. "
        "Was hat sich verändert?",
    ),
}


def test_a_finding_counts_in_the_languages_plural_forms(lang: str) -> None:
    """A finding with a count reads "1 outcome" / "5 outcomes" (in German too)."""

    def worthwhile(outcomes: float) -> R.Finding:
        values = {"enjoyment": 2.0, "outcomes": outcomes}
        return R.Finding("network_worthwhile", "Club", 7, values)

    one, many, falling = PLURAL_FINDINGS[lang]
    assert T.finding_text(worthwhile(1.0)) == one
    assert T.finding_text(worthwhile(5.0)) == many
    periods = {"periods": 5.0, "first": 4.0, "last": 2.5}
    assert T.finding_text(R.Finding("enjoyment_falling", "", None, periods)) == falling
