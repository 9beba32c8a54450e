"""The hostile-files-and-storage suite: helpers to break storage for real.

A small tmpfs is mounted where the test can (as root, as CI runs on Debian 12):
it fills up for real and can be remounted read-only. Where mounting is
impossible the tests that need it are skipped and say why; everything else
(modes, links, devices, pipes, parallel writers) runs everywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kontaktbuch.app import main
from kontaktbuch.store import models as m
from kontaktbuch.store.db import open_database

ROOT = os.geteuid() == 0
PASSPHRASE = "Kontaktbuch-Testlauf 2026"


def run_cli(
    capsys: pytest.CaptureFixture[str], data: Path, *args: str, lang: str = "en"
) -> tuple[int, str, str]:
    """The command line in this process, on the journal in ``data``."""
    code = main(["--data-dir", str(data), "--lang", lang, *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_cli_process(
    data: Path, *args: str, timeout: float = 60, memory_mib: int = 1536, lang: str = "en"
) -> subprocess.CompletedProcess[str]:
    """The command line as its own process, with a time and memory limit: a hang or
    a read without end fails the test instead of the machine."""

    def limit_memory() -> None:
        import resource

        size = memory_mib * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    return subprocess.run(
        [sys.executable, "-m", "kontaktbuch", "--data-dir", str(data), "--lang", lang, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit_memory,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def make_journal(data: Path, *names: str, passphrase: str | None = None) -> Path:
    """A journal in ``data`` holding a contact per name (plain, or encrypted)."""
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data / "kontaktbuch.sqlite"
    db = open_database(path, backups_dir=data / "backups", passphrase=passphrase)
    try:
        for name in names:
            first, _, last = name.partition(" ")
            m.Contact.create(first_name=first, last_name=last)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


def contact_names(path: Path, passphrase: str | None = None) -> list[str]:
    """The contacts' names, read from outside (no migration, no models bound)."""
    from kontaktbuch.store import cipher
    from kontaktbuch.store.cipher import FileKey, Passphrase

    key = FileKey.for_file(Passphrase(passphrase), path) if passphrase else None
    conn = cipher.connect(f"{path.absolute().as_uri()}?immutable=1", key, uri=True)
    try:
        rows = conn.execute("SELECT first_name || ' ' || last_name FROM contact ORDER BY id")
        return [r[0] for r in rows]
    finally:
        conn.close()


@pytest.fixture(params=["plain", "encrypted"])
def journal_form(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """Each storage test on a plain and on an encrypted journal (the passphrase given
    to the command line as KONTAKTBUCH_PASSPHRASE)."""
    if request.param == "plain":
        return None
    monkeypatch.setenv("KONTAKTBUCH_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs of its own: it fills up for real and can be made read-only."""
    if not ROOT:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def remount_read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)


def fill_up(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (1 << 16, 1 << 10, 1):
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError:
                continue
    finally:
        os.close(fd)
    return filler
