"""A discarded capture never comes back; one left open at quit is offered once.

Each start is the app's real start in a process of its own
(``restart_scenario.py``), quit as the tray's Quit quits it, so what the
application does on quitting really happens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]


def run(work: Path, step: str, answer: str = "no") -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KONTAKTBUCH_")}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.capture.restart_scenario", str(work), step, answer],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and lines, result.stdout + result.stderr
    found: dict[str, Any] = json.loads(lines[-1])
    assert found.get("ok"), found
    return found


def test_discard_then_quit_then_start_offers_nothing(tmp_path: Path) -> None:
    first = run(tmp_path, "discard")
    assert first["draft_while_typing"] and first["closed"]
    assert not first["draft_after_discard"]
    again = run(tmp_path, "start", "yes")
    assert again["asked"] == [] and not again["capture_open"]


def test_quit_with_the_capture_open_keeps_it_once(tmp_path: Path) -> None:
    assert run(tmp_path, "quit-open")["capture_open_at_quit"]
    # "No" to the question: the draft goes, and no empty capture opens.
    declined = run(tmp_path, "start", "no")
    assert declined["asked"] == [1] and not declined["capture_open"]
    assert run(tmp_path, "start", "yes")["asked"] == []
    # "Yes" brings back what was typed.
    assert run(tmp_path, "quit-open")["capture_open_at_quit"]
    restored = run(tmp_path, "start", "yes")
    assert restored["asked"] == [1] and restored["restored"] == ["Anna Roth"]
