"""``kill -9`` during encrypt, decrypt and a passphrase change, 20 times each, at
random moments: every time one intact journal that opens, with all its rows."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kontaktbuch.store import backup, encryption
from kontaktbuch.store.cipher import Passphrase
from kontaktbuch.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("encryption_kill_worker.py")
TRIALS = 20
OLD = "Kontaktbuch-Testlauf 2026"


def _template(folder: Path, demo: Path, *, encrypted: bool) -> Path:
    """A data folder: the demo journal (plain or encrypted) and two backups."""
    folder.mkdir()
    journal = folder / "kontaktbuch.sqlite"
    shutil.copyfile(demo, journal)
    db = open_database(journal, backups_dir=folder / "backups")
    backup.make_backup(db, folder / "backups", reason="a")
    backup.make_backup(db, folder / "backups", reason="b")
    db.close()
    if encrypted:
        encryption.encrypt_journal(journal, Passphrase(OLD), backups_dir=folder / "backups")
    return folder


@pytest.mark.parametrize("step", ["encrypt", "decrypt", "passphrase"])
def test_kill_during_a_step_leaves_one_intact_journal(
    step: str, tmp_path: Path, demo_template: Path, pytestconfig: pytest.Config
) -> None:
    if pytestconfig.getoption("--encrypted-journal"):
        pytest.skip("makes its own plain and encrypted journals")
    template = _template(tmp_path / "template", demo_template, encrypted=step != "encrypt")
    seed = random.randrange(1 << 30)
    proc = subprocess.run(
        [sys.executable, str(WORKER), step, str(template), str(tmp_path / "work"), str(TRIALS),
         str(seed)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )  # fmt: skip
    assert proc.returncode == 0, f"seed {seed}: {proc.stderr[-3000:]}"
    report = json.loads(proc.stdout)
    expected = report["full"]["counts"]
    assert expected["contact"] == 60 and expected["conversation"] == 400
    start_form = "plain" if step == "encrypt" else "old"
    end_form = {"encrypt": "old", "decrypt": "plain", "passphrase": "new"}[step]
    assert report["full"]["form"] == end_form
    for number, result in enumerate(report["trials"]):
        where = f"seed {seed}, trial {number}: {result}"
        # one journal, in the old form or the new, with every row
        assert result["form"] in (start_form, end_form), where
        assert result["counts"] == expected, where
        assert "kontaktbuch.sqlite" in result["names_after_kill"], where
        assert result["leftovers_after_open"] == [], where
        assert len(result["backups"]) == 2, where
        assert set(result["backups"]) <= {start_form, end_form}, where
    killed = [r for r in report["trials"] if r["killed"]]
    # The kills really landed inside the step (not after it), before and after the
    # journal's swap.
    assert len(killed) == TRIALS, report["length"]
    assert {r["form"] for r in killed} == {start_form, end_form}, [r["form"] for r in killed]
