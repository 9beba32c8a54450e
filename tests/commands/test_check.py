"""``kontaktbuch check`` finds the reflection's stored figures out of step and counts them again."""

from __future__ import annotations

import json

import pytest

from kontaktbuch.journal import periods as P
from kontaktbuch.journal import reflection as R
from kontaktbuch.paths import Paths
from kontaktbuch.store.db import opened
from tests.commands.test_cli import run_cli


def _year(app_paths: Paths) -> dict[str, object]:
    with opened(app_paths.database):
        return R.figures_to_dict(R.compute_figures(P.parse("2026")))


def test_check_counts_damaged_figures_again(
    capsys: pytest.CaptureFixture[str], app_paths: Paths
) -> None:
    assert run_cli(capsys, "demo")[0] == 0
    year = _year(app_paths)
    with opened(app_paths.database) as db:
        db.execute_sql("UPDATE refl_conversation SET minutes = minutes + 600")
        db.execute_sql("DELETE FROM refl_network WHERE length(bucket) = 7")
    assert _year(app_paths) != year
    code, out, _ = run_cli(capsys, "--lang", "de", "check")
    assert code == 0
    assert "neu gezählt (refl_conversation, refl_network)" in out
    assert "in Ordnung" in out
    assert json.dumps(_year(app_paths)) == json.dumps(year)
    code, out, _ = run_cli(capsys, "--lang", "en", "check")
    assert code == 0 and out.strip() == "The journal is in good order."
