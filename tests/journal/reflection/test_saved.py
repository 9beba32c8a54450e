"""Saved reflections (saved.py): answers, verdict and a snapshot that reads the same later."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kontaktbuch.journal import reflection as R
from tests.journal.reflection.conftest import W53, T


def test_save_and_read_a_reflection(journal: dict[str, int]) -> None:
    data = R.panel(W53, R.Thresholds())
    with pytest.raises(R.ReflectionError):
        R.save_reflection(W53, {}, "", data.current)
    with pytest.raises(R.ReflectionError):
        R.save_reflection(W53, {"brought": "x"}, "maybe", data.current)
    rid = R.save_reflection(
        W53,
        {"brought": "Zwei Empfehlungen", "change": " Weniger Stammtisch "},
        "less",
        data.current,
        data.findings,
        now=T(2027, 1, 4, 8, 30),
    )
    (saved,) = R.list_reflections()
    assert saved.reflection_id == rid and saved.period == W53 and saved.verdict == "less"
    assert saved.answers["change"] == "Weniger Stammtisch" and saved.answers["worth"] == ""
    assert saved.figures["total_minutes"] == 255
    assert saved.figures["period"] == {"kind": "week", "start": "2026-12-28", "end": "2027-01-04"}
    assert saved.figures["findings"][0]["kind"] == "goal_over_budget"
    json.dumps(saved.figures)  # plain JSON all the way down
    assert R.last_reflection_date() == dt.date(2027, 1, 4)
