"""Storage the user did not expect: read-only folder, file and disk, a full disk, a
lock held by another program (issue 16, points 4, 5 and the message of 8).

Each fault is made for real (modes, a tmpfs that fills up or is remounted
read-only, a second connection holding the write lock), on a plain and on an
encrypted journal: reading keeps working, a write is refused with the cause and
what to do — never "damaged, restore a backup", never a traceback — and the
journal is exactly as before.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from kontaktbuch.store import transactions
from kontaktbuch.store.errors import StorageError
from kontaktbuch.text.messages import describe_store_error
from tests.reliability.conftest import (
    contact_names,
    fill_up,
    make_journal,
    remount_read_only,
    run_cli,
)


def _conversations(path: Path, passphrase: str | None) -> int:
    from kontaktbuch.store import cipher
    from kontaktbuch.store.cipher import FileKey, Passphrase

    key = FileKey.for_file(Passphrase(passphrase), path) if passphrase else None
    conn = cipher.connect(f"{path.absolute().as_uri()}?immutable=1", key, uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM conversation").fetchone()[0])
    finally:
        conn.close()


def _reads_work(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    """info, search and an export work on a journal that cannot be written."""
    code, out, err = run_cli(capsys, data, "info", "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["contacts"] == 1
    code, out, err = run_cli(capsys, data, "search", "Müller")
    assert code == 0 and "Anna Müller" in out, err
    target = tmp_path / "export.vcf"
    code, _, err = run_cli(capsys, data, "export", "vcard", str(target))
    assert code == 0, err
    assert "Müller" in target.read_text(encoding="utf-8")


def _write_refused(
    capsys: pytest.CaptureFixture[str], data: Path, path: Path, form: str | None
) -> str:
    """``log`` is refused with a message (not "damaged", no traceback), and writes
    nothing; returns the message."""
    code, _, err = run_cli(capsys, data, "log", "--with", "Anna Müller", "--note", "x")
    assert code == 3, err
    assert "damaged" not in err and "Traceback" not in err
    assert _conversations(path, form) == 0
    return err


def test_a_read_only_folder_is_read_and_a_write_refused_as_such(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, journal_form: str | None
) -> None:
    data = tmp_path / "data"
    path = make_journal(data, "Anna Müller", passphrase=journal_form)
    data.chmod(0o500)
    try:
        _reads_work(capsys, data, tmp_path)
        err = _write_refused(capsys, data, path, journal_form)
    finally:
        data.chmod(0o700)
    assert "folder" in err and "read-only" in err and "chmod u+w" in err


def test_a_read_only_journal_file_stays_read_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, journal_form: str | None
) -> None:
    data = tmp_path / "data"
    path = make_journal(data, "Anna Müller", passphrase=journal_form)
    path.chmod(0o400)
    _reads_work(capsys, data, tmp_path)
    err = _write_refused(capsys, data, path, journal_form)
    assert f"{path} is read-only" in err and "does not make it writable" in err
    assert stat.S_IMODE(path.stat().st_mode) == 0o400  # never made writable behind one's back


def test_a_read_only_disk_is_read_and_a_write_refused_as_such(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small_tmpfs: Path, journal_form: str | None
) -> None:
    data = small_tmpfs / "data"
    path = make_journal(data, "Anna Müller", passphrase=journal_form)
    remount_read_only(small_tmpfs)
    _reads_work(capsys, data, tmp_path)
    assert "mounted read-only" in _write_refused(capsys, data, path, journal_form)


def test_a_full_disk_during_log_and_import_is_said_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, small_tmpfs: Path, journal_form: str | None
) -> None:
    data = small_tmpfs / "data"
    path = make_journal(data, "Anna Müller", passphrase=journal_form)
    assert run_cli(capsys, data, "info")[0] == 0  # settings, translations: in place
    cards = tmp_path / "many.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person{i};Anna;;;\r\nFN:Anna Person{i}\r\n"
            f"NOTE:{'Notiz ' * 150}\r\nEND:VCARD\r\n"
            for i in range(400)
        ),
        encoding="utf-8",
    )
    filler = fill_up(small_tmpfs)
    note = " ".join(f"Gesprächsnotiz {i}" for i in range(5000))
    code, _, err = run_cli(capsys, data, "log", "--with", "Anna Müller", "--note", note)
    assert code == 3, err
    assert "is full" in err and "damaged" not in err and "Traceback" not in err
    code, _, err = run_cli(capsys, data, "import", "vcard", str(cards))
    assert code == 3, err
    assert "is full" in err and "damaged" not in err
    filler.unlink()
    code, out, _ = run_cli(capsys, data, "check")
    assert code == 0 and "good order" in out
    assert contact_names(path, journal_form) == ["Anna Müller"]
    assert _conversations(path, journal_form) == 0
    assert not list(small_tmpfs.rglob("*.part"))


def test_a_writer_that_cannot_get_the_lock_says_so_and_writes_nothing(
    db: object, app_paths: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kontaktbuch.journal import conversations as cv
    from kontaktbuch.store import models as m

    monkeypatch.setattr(transactions, "LOCK_WAIT_SECONDS", 0.5)
    m.database_proxy.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(str(app_paths.database))  # type: ignore[attr-defined]
    other.execute("BEGIN IMMEDIATE")  # another program writes and does not finish
    try:
        with pytest.raises(StorageError) as info:
            cv.save_capture(
                [cv.ConversationInput(dt.datetime(2026, 11, 26, 18), new_contact_names=["Anna"])]
            )
    finally:
        other.rollback()
        other.close()
    assert info.value.reason == "locked"
    assert "Another program is writing" in describe_store_error(info.value)
    assert m.Conversation.select().count() == 0 and m.Contact.select().count() == 0
    # once the other program is done, the same write goes through
    cv.save_capture([cv.ConversationInput(dt.datetime(2026, 11, 26, 18), new_contact_names=["A"])])
    assert m.Conversation.select().count() == 1
