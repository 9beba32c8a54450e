"""A real ``kill -9`` in the middle of a large import leaves all or nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kontaktbuch.store.db import open_database
from tests.journal_files import TEST_PASSPHRASE, connect_file

ROOT = Path(__file__).resolve().parents[2]
CARDS = 5000


def _cards(path: Path) -> None:
    parts = []
    for i in range(CARDS):
        parts.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:Größe{i};Jürgen;;;\r\nFN:Jürgen Größe{i}\r\n"
            f"EMAIL;TYPE=work:person{i}@example.de\r\nTEL;TYPE=cell:+49 170 {i:07d}\r\n"
            f"NOTE:Notiz {i} mit Umlauten äöü\r\nCATEGORIES:Import,Test{i % 7}\r\n"
            "END:VCARD\r\n"
        )
    path.write_text("".join(parts), encoding="utf-8")


@pytest.mark.parametrize(("when", "expected"), [("middle", 1), ("after", CARDS + 1)])
def test_kill_during_import_leaves_all_or_nothing(request, tmp_path, when, expected):
    database = tmp_path / "journal.sqlite"
    db = open_database(database)
    from kontaktbuch.store import models as m

    m.Contact.create(first_name="Schon", last_name="Da")
    db.close()
    cards = tmp_path / "big.vcf"
    _cards(cards)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if request.config.getoption("--encrypted-journal"):
        env["KONTAKTBUCH_PASSPHRASE"] = TEST_PASSPHRASE
    proc = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("kill_worker.py")),
            str(database),
            str(cards),
            when,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        text=True,
    )
    try:
        line = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert line == ("writing" if when == "middle" else "committed"), proc.stderr.read()  # type: ignore[union-attr]
        if when == "middle":
            assert Path(f"{database}-wal").stat().st_size > 0  # uncommitted pages on disk
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
        proc.stdin.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    conn = connect_file(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == expected
        emails = conn.execute("SELECT COUNT(*) FROM contact_email").fetchone()[0]
        assert emails == expected - 1
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
