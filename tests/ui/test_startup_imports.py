"""What the window's start imports: only what the first view needs.

Each module imported at start costs start-up time (icalendar alone about
45 ms); import and export libraries load when an import or export is chosen.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Needed only once an import, export or restore is chosen, …
NOT_AT_START = (
    "icalendar",
    "vobject",
    "kontaktbuch.exchange.ics",
    "kontaktbuch.exchange.vcard",
    "kontaktbuch.exchange.vcard_export",
    "kontaktbuch.exchange.csv_export",
    "kontaktbuch.exchange.archive",
    "kontaktbuch.exchange.importer",
    "kontaktbuch.ui.exchange.preview",
    "kontaktbuch.ui.exchange.restore",
    "kontaktbuch.exchange.records",
    # Needed when merging contacts, or once reminders are collected (after the paint).
    "kontaktbuch.journal.merge",
    "kontaktbuch.ui.contacts.merge_dialog",
    "kontaktbuch.journal.reflection",
    # The reminders feature (tray, scheduler) is set up right after the first paint.
    "kontaktbuch.ui.reminders.tray",
    "kontaktbuch.ui.reminders.scheduler",
    "kontaktbuch.journal.reminders",
    # The single-instance server listens after the first paint (the lock is taken before).
    "PySide6.QtNetwork",
    # The search results are built at the first search.
    "kontaktbuch.ui.search_panel",
    "kontaktbuch.journal.search",
    # The contact editor is built once the window has painted (the detail pane
    # says "No contact selected" until then), and so are the File menu's import,
    # export and restore entries and the settings pages of the reflection and
    # of encryption.
    "kontaktbuch.ui.contacts.editor",
    "kontaktbuch.ui.exchange",
    "kontaktbuch.ui.reflection.settings",
    "kontaktbuch.ui.security",
)


def test_start_leaves_import_and_export_libraries_unloaded(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-X", "importtime", "-m", "kontaktbuch", "--startup-check"]
    command += ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "kontaktbuch.ui.capture" in imported  # the toolbar's button is there
    assert sorted(imported.intersection(NOT_AT_START)) == []
