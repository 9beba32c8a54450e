"""On an encrypted journal no name, note or e-mail of the demo data is in the bytes of
the database, its WAL, a backup or a draft — and on a plain one they are (so the
search below would find them)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kontaktbuch.journal import drafts
from kontaktbuch.paths import Paths
from kontaktbuch.store import backup, encryption
from kontaktbuch.store import models as m
from kontaktbuch.store.cipher import Passphrase
from kontaktbuch.store.db import open_database
from tests.journal_files import open_file

SECRET = "Stammtisch im Mai 2026"
DRAFT_NOTE = "Entwurf: Gerda Pfefferkorn wechselt im März heimlich zu Siemens"


# Shortest word looked for, in bytes. Ciphertext is random: a given four-byte word
# turns up by chance about once in 4 GB, and the journal, its WAL and three
# backups are ~10 MB, so with dozens of four-letter names ("Roth", "Jung") one
# run in ~15 "found" one in an encrypted backup. At six bytes: once in ~10^6 runs.
MIN_NEEDLE = 6


def _needles(journal: Path) -> set[bytes]:
    """Names, e-mails and notes of the demo data, as SQLite stores them (UTF-8)."""
    db = open_file(journal)
    try:
        words: set[str] = set()
        for first, last in db.execute_sql("SELECT first_name, last_name FROM contact"):
            words.update(w for w in (first, last) if len(w.encode("utf-8")) >= MIN_NEEDLE)
        words.update(a for (a,) in db.execute_sql("SELECT address FROM contact_email"))
        for (notes,) in db.execute_sql("SELECT notes FROM conversation WHERE notes != ''"):
            words.add(notes[:24])
        for (notes,) in db.execute_sql("SELECT notes FROM contact WHERE notes != ''"):
            words.add(notes[:24])
    finally:
        db.close()
    words.update({"Pfefferkorn", DRAFT_NOTE[:30], "geheim@example.org"})
    return {w.encode("utf-8") for w in words if len(w.encode("utf-8")) >= MIN_NEEDLE}


def _use_the_journal(paths: Paths, passphrase: str | None) -> dict[Path, bytes]:
    """Work as the app does, leaving the journal open with its WAL full; returns
    every file in the data folder with its bytes (read while it is still open)."""
    db = open_database(paths.database, backups_dir=paths.backups_dir, passphrase=passphrase)
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # keep every new page in the WAL
    contact = m.Contact.create(first_name="Gerda", last_name="Pfefferkorn", notes=DRAFT_NOTE)
    m.ContactEmail.create(contact=contact, address="geheim@example.org")
    conv = m.Conversation.create(occurred_at=dt.datetime(2026, 11, 20, 19), notes=DRAFT_NOTE)
    m.ConversationContact.create(conversation=conv, contact=contact)
    drafts.save_draft(
        "capture", {"entries": [{"contacts": "Gerda Pfefferkorn", "notes": DRAFT_NOTE}]}
    )
    # rewrite every contact so that the demo's names pass through the WAL too
    db.execute_sql("UPDATE contact SET updated_at = updated_at")
    backup.make_backup(db, paths.backups_dir, reason="test")
    backup.daily_backup(db, paths.backups_dir, now=dt.datetime(2030, 1, 1))
    assert Path(f"{paths.database}-wal").stat().st_size > 100_000
    contents = {p: p.read_bytes() for p in paths.data_dir.rglob("*") if p.is_file()}
    db.close()
    return contents


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_no_word_of_the_journal_in_any_file(
    encrypted: bool, app_paths: Paths, demo_template: Path, pytestconfig: pytest.Config
) -> None:
    if pytestconfig.getoption("--encrypted-journal"):
        pytest.skip("makes its own plain and encrypted journals")
    shutil.copyfile(demo_template, app_paths.database)
    needles = _needles(app_paths.database)
    assert len(needles) > 150
    db = open_database(app_paths.database, backups_dir=app_paths.backups_dir)
    backup.make_backup(db, app_paths.backups_dir, reason="plain")  # made before encrypting
    db.close()
    if encrypted:
        encryption.encrypt_journal(
            app_paths.database, Passphrase(SECRET), backups_dir=app_paths.backups_dir
        )
    contents = _use_the_journal(app_paths, SECRET if encrypted else None)
    names = {p.relative_to(app_paths.data_dir).as_posix() for p in contents}
    journal_files = {n for n in names if not n.startswith(("config/", "cache/"))}
    # Nothing beside the journal, its WAL and shared memory, and the backups: no
    # temporary file, no draft file.
    assert journal_files <= {"kontaktbuch.sqlite", "kontaktbuch.sqlite-wal",
                             "kontaktbuch.sqlite-shm"} | {
        n for n in journal_files if n.startswith("backups/kontaktbuch-") and n.endswith(".sqlite")
    }  # fmt: skip
    assert sum(n.startswith("backups/") for n in journal_files) == 3
    found = {
        name: sorted(n.decode() for n in needles if n in contents[app_paths.data_dir / name])
        for name in sorted(journal_files)
    }
    if encrypted:
        assert all(not words for words in found.values()), found
    else:
        # the same search finds them in a plain journal: in the file, the WAL, every backup
        for name in ("kontaktbuch.sqlite", "kontaktbuch.sqlite-wal"):
            assert len(found[name]) > 100, name
        assert all(len(words) > 100 for n, words in found.items() if n.startswith("backups/"))
        assert DRAFT_NOTE[:30] in found["kontaktbuch.sqlite-wal"]
