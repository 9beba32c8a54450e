"""The first view remembered at close paints the next start before the journal opens.

It must show exactly what the journal would show, and only while the journal is
the file the window closed: any change, a conversation coming due, an encrypted
journal — then the start reads the journal as before. A new day alone changes
nothing it shows.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import peewee as pw
from pytestqt.qtbot import QtBot

from kontaktbuch.paths import Paths
from kontaktbuch.store.db import open_database
from kontaktbuch.ui import first_view
from kontaktbuch.ui.common.context import AppContext

ROOT = Path(__file__).resolve().parents[2]
PAGE = 50


def _now(ctx: AppContext) -> dt.datetime:
    return ctx.clock()


def _remember(ctx: AppContext) -> first_view.FirstView:
    """Close the journal as the window does, and read back what it remembered."""
    first_view.save(ctx.paths, ctx.db, _now(ctx), PAGE)
    remembered = first_view.load(ctx.paths, _now(ctx))
    assert remembered is not None
    return remembered


def _reopen(ctx: AppContext) -> None:
    ctx.db = open_database(ctx.paths.database, backups_dir=ctx.paths.backups_dir)


def test_it_holds_what_the_journal_shows(demo_ctx: AppContext) -> None:
    from kontaktbuch.journal import contacts, overview

    now = _now(demo_ctx)
    rows = contacts.list_contacts(contacts.ContactFilter(), now, limit=PAGE)
    shown = contacts.count_contacts(contacts.ContactFilter(), now)
    counts = overview.counts()
    remembered = _remember(demo_ctx)
    assert [vars(row) for row in remembered.rows] == [vars(row) for row in rows]
    assert remembered.shown == shown
    assert remembered.everyone == counts["contacts"]
    assert remembered.counts == counts
    assert remembered.exhausted == (len(rows) < PAGE)


def test_any_change_of_the_journal_makes_it_unusable(demo_ctx: AppContext) -> None:
    from kontaktbuch.journal import contacts

    _remember(demo_ctx)
    _reopen(demo_ctx)
    assert first_view.load(demo_ctx.paths, _now(demo_ctx)) is None  # open: its -wal beside it
    demo_ctx.db.close()  # opened and closed unchanged: usable again
    assert first_view.load(demo_ctx.paths, _now(demo_ctx)) is not None
    _reopen(demo_ctx)
    contacts.save_contact(contacts.ContactData(first_name="Neu", last_name="Aaron"))
    demo_ctx.db.close()
    assert first_view.load(demo_ctx.paths, _now(demo_ctx)) is None


def test_a_journal_in_use_or_touched_is_read_again(demo_ctx: AppContext) -> None:
    paths = demo_ctx.paths
    _remember(demo_ctx)
    wal = Path(f"{paths.database}-wal")
    wal.write_bytes(b"")  # someone has it open (or left it unfinished)
    assert first_view.load(paths, _now(demo_ctx)) is None
    wal.unlink()
    assert first_view.load(paths, _now(demo_ctx)) is not None
    stat = os.stat(paths.database)
    os.utime(paths.database, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert first_view.load(paths, _now(demo_ctx)) is None


def test_a_planned_conversation_reads_again(demo_ctx: AppContext) -> None:
    from kontaktbuch.journal.interactions import next_interaction_after

    now = _now(demo_ctx)
    planned = next_interaction_after(now)
    assert planned is not None, "the demo plans conversations after its today"
    _remember(demo_ctx)
    assert first_view.load(demo_ctx.paths, planned) is None
    assert first_view.load(demo_ctx.paths, planned - dt.timedelta(seconds=1)) is not None
    assert first_view.load(demo_ctx.paths, now - dt.timedelta(minutes=1)) is not None


def test_the_next_morning_paints_the_same_rows_as_the_journal(demo_ctx: AppContext) -> None:
    """A new day alone does not make the file stale: until the next planned
    conversation, the remembered rows are what the journal would list then."""
    from kontaktbuch.journal import contacts
    from kontaktbuch.journal.interactions import next_interaction_after

    now = _now(demo_ctx)
    planned = next_interaction_after(now)
    _remember(demo_ctx)
    assert planned is not None
    later = min(planned - dt.timedelta(seconds=1), now + dt.timedelta(days=1))
    assert later.date() > now.date(), "the demo's next plan lies beyond tomorrow morning"
    remembered = first_view.load(demo_ctx.paths, later)
    assert remembered is not None
    _reopen(demo_ctx)
    try:
        rows = contacts.list_contacts(contacts.ContactFilter(), later, limit=PAGE)
        shown = contacts.count_contacts(contacts.ContactFilter(), later)
    finally:
        demo_ctx.db.close()
    assert [vars(row) for row in remembered.rows] == [vars(row) for row in rows]
    assert remembered.shown == shown


def test_next_interaction_after_now(demo_ctx: AppContext) -> None:
    """Until the next conversation or event, every contact's last contact stays."""
    from kontaktbuch.journal.interactions import last_contact, next_interaction_after

    now = _now(demo_ctx)
    planned = next_interaction_after(now)
    assert planned is not None and planned > now  # the demo plans ahead
    before = last_contact(planned - dt.timedelta(seconds=1))
    assert last_contact(now) == before
    assert last_contact(planned) != before


class _EncryptedJournal:
    encrypted = True
    closed = False

    def close(self) -> None:
        self.closed = True


def test_an_encrypted_journal_leaves_no_names_behind(demo_ctx: AppContext) -> None:
    paths = demo_ctx.paths
    _remember(demo_ctx)
    assert paths.first_view_file.exists()
    journal = _EncryptedJournal()
    first_view.save(paths, journal, _now(demo_ctx), PAGE)  # type: ignore[arg-type]
    assert journal.closed
    assert not paths.first_view_file.exists()


def _shown(window) -> tuple[list[list[str]], str, str]:  # type: ignore[no-untyped-def]
    view = window.view("contacts")
    model = view.model
    cells = [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    return cells, view.count_label.text(), window.statusBar().currentMessage()


def test_the_window_paints_the_same_view_from_it(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from kontaktbuch.ui.main_window import MainWindow

    usual = MainWindow(demo_ctx)
    qtbot.addWidget(usual)
    expected = _shown(usual)
    remembered = _remember(demo_ctx)

    demo_ctx.first_view = remembered
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert _shown(window) == expected
    view = window.view("contacts")
    assert not view.model.canFetchMore()  # nothing is read before the journal is open

    _reopen(demo_ctx)
    window.journal_opened()
    assert demo_ctx.first_view is None
    assert _shown(window) == expected
    assert view.model.row_at(0) is not remembered.rows[0]  # read from the journal
    assert view.model.canFetchMore() == (not remembered.exhausted)


# Starts the window and prints, at its first paint, which of these modules it holds.
_PROBE = """
import sys
import kontaktbuch.ui.application as application
from kontaktbuch.app import main

WATCHED = ("kontaktbuch.ui.contacts.view", "peewee", "kontaktbuch.store.db",
           "kontaktbuch.journal.contacts")
after_paint = application._FirstPaint._after_paint

def report(watcher):
    print("loaded:", *[name for name in WATCHED if name in sys.modules])
    after_paint(watcher)

application._FirstPaint._after_paint = report
sys.exit(main(sys.argv[1:]))
"""


def _loaded_at_first_paint(data_dir: Path) -> list[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-c", _PROBE, "--startup-check"]
    command += ["--data-dir", str(data_dir), "--lang", "en"]
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("loaded:"))
    return line.split()[1:]


def test_a_start_from_it_paints_without_the_store(
    app_paths: Paths, demo_db: pw.SqliteDatabase
) -> None:
    """The second start of an unchanged journal paints before importing the store."""
    demo_db.close()
    everything = ["kontaktbuch.ui.contacts.view", "peewee", "kontaktbuch.store.db"]
    everything.append("kontaktbuch.journal.contacts")
    assert _loaded_at_first_paint(app_paths.data_dir) == everything
    assert app_paths.first_view_file.exists()
    assert _loaded_at_first_paint(app_paths.data_dir) == ["kontaktbuch.ui.contacts.view"]
    app_paths.first_view_file.unlink()
    assert _loaded_at_first_paint(app_paths.data_dir) == everything
