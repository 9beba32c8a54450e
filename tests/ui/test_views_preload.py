"""After the first paint the window imports every view's code in idle time, so a
view opens without waiting for it — including the journal modules the contacts
view imports only where it first reads (its first page can be painted without
the store)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kontaktbuch.ui.views import VIEWS, preload

app = QApplication([])
wanted = [m for spec in VIEWS for m in spec.modules]
before = [m for m in wanted if m in sys.modules]
preload()

def check():
    if all(m in sys.modules for m in wanted):
        app.quit()

timer = QTimer(); timer.timeout.connect(check); timer.start(20)
QTimer.singleShot(20000, app.quit)
app.exec()
print(json.dumps({"before": before, "missing": [m for m in wanted if m not in sys.modules]}))
"""


def test_preload_imports_every_views_code_and_what_it_reads_with() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=True,
    ).stdout  # fmt: skip
    result = json.loads(out.strip().splitlines()[-1])
    assert "kontaktbuch.journal.contacts" not in result["before"]
    assert result["missing"] == []


def test_the_contacts_view_names_the_journal_modules_it_reads_with() -> None:
    from kontaktbuch.ui.views import spec_for

    spec = spec_for("contacts")
    assert spec is not None
    source = (ROOT / "kontaktbuch" / "ui" / "contacts" / "view.py").read_text(encoding="utf-8")
    lazily = set()
    for line in source.splitlines():
        words = line.split()
        if (
            line.startswith(" ")
            and words[:1] == ["from"]
            and words[1].startswith("kontaktbuch.journal")
        ):
            # "from kontaktbuch.journal import contacts" reads kontaktbuch.journal.contacts
            package = words[1] == "kontaktbuch.journal"
            lazily.add(f"{words[1]}.{words[3]}" if package else words[1])
    assert lazily and lazily <= set(spec.reads)
