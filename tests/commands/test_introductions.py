"""``kontaktbuch introductions``: the proposals for scripts and people, and acting on one."""

from __future__ import annotations

import json

import pytest

from kontaktbuch.app import main
from kontaktbuch.store import models as m
from kontaktbuch.store.db import opened


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _proposals(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _ = run_cli(capsys, "introductions", "--json", "--limit", "200")
    assert code == 0
    return json.loads(out)["proposals"]


def test_the_demo_gives_proposals_with_people_words_and_score(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(capsys, "demo")[0] == 0
    proposals = _proposals(capsys)
    assert len(proposals) >= 5
    first = proposals[0]
    assert {"id", "score", "contacts", "matches"} <= set(first)
    assert len(first["contacts"]) == 2 and all(c["name"] for c in first["contacts"])
    match = first["matches"][0]
    assert match["seeks"] and match["offers"] and match["words"]
    scores = [p["score"] for p in proposals]
    assert scores == sorted(scores, reverse=True)
    code, out, _ = run_cli(capsys, "--lang", "de", "introductions", "--limit", "3")
    assert code == 0 and "sucht „" in out and "bietet „" in out


def test_dismissed_proposals_are_gone_for_good(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "demo")[0] == 0
    key = _proposals(capsys)[0]["id"]
    code, out, _ = run_cli(capsys, "introductions", "dismiss", key)
    assert code == 0 and key in out
    assert key not in [p["id"] for p in _proposals(capsys)]


def test_making_one_logs_it_on_both_sides(capsys: pytest.CaptureFixture[str], app_paths) -> None:
    assert run_cli(capsys, "demo")[0] == 0
    proposal = _proposals(capsys)[0]
    ids = [c["id"] for c in proposal["contacts"]]
    code, _, _ = run_cli(capsys, "introductions", "make", proposal["id"])
    assert code == 0
    assert proposal["id"] not in [p["id"] for p in _proposals(capsys)]
    with opened(app_paths.database, backups_dir=app_paths.backups_dir):
        outcome = m.Outcome.select().order_by(m.Outcome.id.desc()).get()
        assert outcome.kind == "recommendation_given"
        people = {p.contact_id for p in outcome.conversation.participants}
        assert people == set(ids)
        asked = m.FollowUp.select().where(m.FollowUp.conversation == outcome.conversation)
        assert {f.contact_id for f in asked} == set(ids)


@pytest.mark.parametrize("key", ["nonsense", "3-2"])
def test_bad_ids_get_a_clear_message(capsys: pytest.CaptureFixture[str], key: str) -> None:
    assert run_cli(capsys, "demo")[0] == 0
    code, _, err = run_cli(capsys, "--lang", "de", "introductions", "dismiss", key)
    assert code == 1 and key in err and "12-34" in err


def test_an_id_that_is_no_open_proposal_is_not_made(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "demo")[0] == 0
    key = _proposals(capsys)[0]["id"]
    assert run_cli(capsys, "introductions", "dismiss", key)[0] == 0
    code, _, err = run_cli(capsys, "introductions", "make", key)
    assert code == 1 and key in err
