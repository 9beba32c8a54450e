"""``kontaktbuch due``: what is due, for scripts and status bars."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kontaktbuch.app import main
from kontaktbuch.paths import Paths
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def journal(app_paths: Paths) -> None:
    today = dt.date.today()
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    anna = m.Contact.create(first_name="Anna", last_name="Müller")
    m.FollowUp.create(contact=anna, text="Folien schicken", due_date=today - dt.timedelta(days=2))
    m.FollowUp.create(text="Angebot schicken", due_date=today + dt.timedelta(days=5))
    m.FollowUp.create(
        text="Erledigt", due_date=today - dt.timedelta(days=5), done_at=dt.datetime.now()
    )
    db.close()


def test_due_lists_what_is_due(capsys: pytest.CaptureFixture[str], journal: None) -> None:
    code, out, _ = run(capsys, "--lang", "en", "due")
    assert code == 0
    assert "Follow up: Folien schicken – Anna Müller" in out and "Overdue since" in out
    assert "Angebot" not in out and "Erledigt" not in out
    code, out, _ = run(capsys, "--lang", "de", "due", "--days", "7")
    assert "Nachfassen: Folien schicken – Anna Müller" in out
    assert "Angebot schicken" in out


def test_due_json(capsys: pytest.CaptureFixture[str], journal: None) -> None:
    code, out, _ = run(capsys, "due", "--json", "--days", "7")
    assert code == 0
    data = json.loads(out)
    assert [d["subject"] for d in data["due"]] == ["Folien schicken"]
    assert data["due"][0]["kind"] == "follow_up" and data["due"][0]["contact_name"] == "Anna Müller"
    assert [d["subject"] for d in data["upcoming"]] == ["Angebot schicken"]
    assert data["days"] == 7 and data["paused"] is False
    data = json.loads(run(capsys, "due", "--json")[1])
    assert data["upcoming"] == []


def test_due_on_an_empty_journal_and_bad_days(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "en", "due")
    assert code == 0 and "Nothing is due." in out
    with pytest.raises(SystemExit) as exit_info:
        main(["--lang", "en", "due", "--days", "-3"])
    assert exit_info.value.code == 2
    assert "0 to 366" in capsys.readouterr().err
