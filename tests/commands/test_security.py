"""Encryption on the command line: encrypt, decrypt, passphrase, and every command on
an encrypted journal with the passphrase from standard input or the environment."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from kontaktbuch.app import main
from kontaktbuch.paths import Paths
from kontaktbuch.store import cipher
from kontaktbuch.store.cipher import Passphrase

SECRET = "Stammtisch im Mai 2026"
OTHER = "ganz anderes Geheimnis"


def run_cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def encrypted(
    app_paths: Paths,
    demo_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Paths:
    """The demo journal with one plain backup, then encrypted with :data:`SECRET`."""
    shutil.copyfile(demo_template, app_paths.database)
    assert run_cli(capsys, monkeypatch, "backup")[0] == 0
    code, out, err = run_cli(capsys, monkeypatch, "--passphrase-stdin", "encrypt", stdin=SECRET)
    assert code == 0, err
    assert "now encrypted" in out and "1 backup encrypted" in out
    assert "no way to recover it" in err  # said before anything is encrypted
    return app_paths


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_encrypt_removes_the_windows_remembered_names(
    app_paths: Paths,
    demo_template: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window remembers its first page of contacts in plain text when it closes
    (ui/first_view.py); encrypting from the command line must not leave it behind."""
    shutil.copyfile(demo_template, app_paths.database)
    app_paths.first_view_file.parent.mkdir(parents=True, exist_ok=True)
    app_paths.first_view_file.write_text('{"rows": [[1, "Michael Kaya"]]}', encoding="utf-8")
    code, _out, err = run_cli(capsys, monkeypatch, "--passphrase-stdin", "encrypt", stdin=SECRET)
    assert code == 0, err
    assert not app_paths.first_view_file.exists()


def test_encrypt_covers_the_journal_and_its_backups(encrypted: Paths) -> None:
    assert cipher.is_encrypted_file(encrypted.database)
    backups = list(encrypted.backups_dir.glob("*.sqlite"))
    assert backups and all(cipher.is_encrypted_file(p) for p in backups)
    # Nothing plain is left beside them: no leftovers of the step.
    names = {p.name for p in encrypted.data_dir.iterdir()}
    assert not any("convert" in n for n in names)


COMMANDS = [
    ("info", "--json"),
    ("check",),
    ("search", "Kaya"),
    ("stats", "--period", "2026-11"),
    ("due", "--days", "7"),
    ("log", "--with", "Michael Kaya", "--minutes", "15", "--note", "Kurz telefoniert"),
    ("backup",),
]


@pytest.mark.parametrize("source", ["stdin", "env"])
def test_every_command_runs_with_the_passphrase_from_stdin_or_the_environment(
    encrypted: Paths,
    tmp_path: Path,
    source: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def run(*args: str) -> tuple[int, str, str]:
        if source == "env":
            monkeypatch.setenv("KONTAKTBUCH_PASSPHRASE", SECRET)
            return run_cli(capsys, monkeypatch, *args)
        return run_cli(capsys, monkeypatch, "--passphrase-stdin", *args, stdin=SECRET + "\n")

    for args in COMMANDS:
        code, out, err = run(*args)
        assert code == 0, (args, err)
    code, out, _ = run("info", "--json")
    assert json.loads(out)["counts"]["contacts"] == 60
    code, out, _ = run("search", "Kurz telefoniert")
    assert "Kurz telefoniert" in out
    vcf = tmp_path / "out.vcf"
    assert run("export", "vcard", str(vcf))[0] == 0
    assert "BEGIN:VCARD" in vcf.read_text(encoding="utf-8")  # exports are plain
    archive = tmp_path / "all.json"
    assert run("export", "archive", str(archive))[0] == 0
    code, out, err = run("import", "vcard", str(vcf))
    assert code == 0 and "60 merged" in out, err
    code, out, err = run("import", "archive", str(archive), "--yes")
    assert code == 0 and "Archive restored" in out, err
    # restore: the newest encrypted backup, which opens with the same passphrase
    newest = sorted(encrypted.backups_dir.glob("kontaktbuch-*.sqlite"))[-1]
    assert cipher.is_encrypted_file(newest)
    code, out, err = run("restore", str(newest))
    assert code == 0 and "Restored from" in out, err
    assert cipher.is_encrypted_file(encrypted.database)
    assert all(cipher.is_encrypted_file(p) for p in encrypted.backups_dir.glob("*.sqlite"))


@pytest.mark.parametrize("source", ["stdin", "env"])
@pytest.mark.parametrize(
    "args",
    [
        ("info",),
        ("search", "Kaya"),
        ("log", "--with", "Anna", "--note", "nie geschrieben"),
        ("backup",),
        ("import", "vcard", "CARDS"),
        ("export", "csv", "OUT"),
        ("decrypt",),
        ("passphrase",),
        ("encrypt",),
    ],
    ids=lambda a: a[0] if isinstance(a, tuple) else a,
)
def test_a_wrong_passphrase_exits_non_zero_and_changes_no_byte(
    encrypted: Paths,
    tmp_path: Path,
    args: tuple[str, ...],
    source: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Neu\r\nN:Neu;;;;\r\nEND:VCARD\r\n")
    args = tuple(
        str(cards) if a == "CARDS" else str(tmp_path / "out.csv") if a == "OUT" else a for a in args
    )
    before = _snapshot(encrypted.data_dir)
    if source == "env":
        monkeypatch.setenv("KONTAKTBUCH_PASSPHRASE", OTHER)
        code, _out, err = run_cli(capsys, monkeypatch, *args, stdin=OTHER + "\n" + SECRET + "\n")
    else:
        stdin = f"{OTHER}\n{SECRET} neu\n"
        code, _out, err = run_cli(capsys, monkeypatch, "--passphrase-stdin", *args, stdin=stdin)
    assert code != 0
    assert "does not open" in err and "Nothing was changed" in err
    assert _snapshot(encrypted.data_dir) == before  # no byte, no new -wal/-shm
    assert not (tmp_path / "out.csv").exists()


def test_no_passphrase_says_how_to_give_one(
    encrypted: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = run_cli(capsys, monkeypatch, "info")
    assert code == 3
    assert "--passphrase-stdin" in err and "KONTAKTBUCH_PASSPHRASE" in err


def test_passphrase_change_and_decrypt_take_the_backups_along(
    encrypted: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_cli(
        capsys, monkeypatch, "--passphrase-stdin", "passphrase", stdin=f"{SECRET}\n{OTHER}\n"
    )
    assert code == 0 and "was changed" in out and "1 backup re-encrypted" in out, err
    old = run_cli(capsys, monkeypatch, "--passphrase-stdin", "info", stdin=SECRET)
    assert old[0] == 3 and "does not open" in old[2]
    backup_file = next(encrypted.backups_dir.glob("*.sqlite"))
    from kontaktbuch.store import backup, migrations
    from kontaktbuch.store.errors import WrongPassphraseError

    with pytest.raises(WrongPassphraseError):
        backup.verify_backup(backup_file, migrations.SCHEMA_VERSION, passphrase=SECRET)
    assert backup.verify_backup(backup_file, migrations.SCHEMA_VERSION, passphrase=OTHER) > 0

    code, out, err = run_cli(capsys, monkeypatch, "--passphrase-stdin", "decrypt", stdin=OTHER)
    assert code == 0 and "no longer encrypted" in out, err
    assert cipher.is_plain_file(encrypted.database)
    assert all(cipher.is_plain_file(p) for p in encrypted.backups_dir.glob("*.sqlite"))
    code, out, _ = run_cli(capsys, monkeypatch, "info", "--json")
    assert code == 0 and json.loads(out)["counts"]["contacts"] == 60


def test_a_short_new_passphrase_is_refused(
    app_paths: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = run_cli(capsys, monkeypatch, "--passphrase-stdin", "encrypt", stdin="kurz")
    assert code == 2 and "at least 8 characters" in err
    assert not cipher.is_encrypted_file(app_paths.database)


def test_encrypt_refuses_while_another_program_has_the_journal_open(
    encrypted: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window (here: another process) holds the journal: nothing is converted."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from kontaktbuch.store.db import open_database;"
            f"db = open_database(sys.argv[1], passphrase={SECRET!r});"
            "print('open', flush=True); sys.stdin.readline()",
            str(encrypted.database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = encrypted.database.read_bytes()
        started = time.monotonic()
        code, _out, err = run_cli(
            capsys, monkeypatch, "--passphrase-stdin", "decrypt", stdin=SECRET
        )
        assert code == 3 and "Close it and try again" in err
        assert time.monotonic() - started < 15
        assert encrypted.database.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)
    # Free again: the step runs.
    code, _out, err = run_cli(capsys, monkeypatch, "--passphrase-stdin", "decrypt", stdin=SECRET)
    assert code == 0, err


def test_the_file_opens_in_any_sqlcipher_4_with_the_passphrase(encrypted: Paths) -> None:
    """Our raw key is SQLCipher's own derivation: standard tools open the journal."""
    conn = cipher.driver().connect(str(encrypted.database))
    conn.execute(f"PRAGMA key = '{SECRET}'")
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 60
    conn.close()
    assert Passphrase(SECRET) != Passphrase(OTHER)


def test_a_new_journal_can_be_encrypted_empty_and_filled_with_the_demo(
    app_paths: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KONTAKTBUCH_PASSPHRASE", SECRET)
    code, out, err = run_cli(capsys, monkeypatch, "encrypt")
    assert code == 0 and "now encrypted" in out, err
    assert cipher.is_encrypted_file(app_paths.database)
    code, out, err = run_cli(capsys, monkeypatch, "demo")
    assert code == 0 and "60 contacts" in out, err
    assert cipher.is_encrypted_file(app_paths.database)


def test_encrypt_refuses_while_the_window_holds_the_journal(
    encrypted: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's lock file (ui/single_instance.py) keeps the steps out."""
    from PySide6.QtCore import QLockFile

    window = QLockFile(str(encrypted.lock_file))
    assert window.tryLock(100)
    try:
        before = encrypted.database.read_bytes()
        code, _out, err = run_cli(
            capsys, monkeypatch, "--passphrase-stdin", "decrypt", stdin=SECRET
        )
        assert code == 3 and "window" in err
        assert encrypted.database.read_bytes() == before
    finally:
        window.unlock()


def _read_until(fd: int, wanted: bytes, timeout: float = 30.0) -> bytes:
    import os
    import select

    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"no {wanted!r} in {seen!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_on_a_terminal_the_prompt_gives_three_tries(encrypted: Paths) -> None:
    """A prompt that does not echo; a wrong passphrase is asked for again, twice."""
    import os
    import pty

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    env.pop("KONTAKTBUCH_PASSPHRASE", None)
    with warnings.catch_warnings():
        # Python 3.12 warns of fork() in a process with threads (Qt's); the child
        # only calls exec.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid, fd = pty.fork()
    if pid == 0:  # the child: kontaktbuch on a terminal of its own
        os.execve(
            sys.executable,
            [sys.executable, "-m", "kontaktbuch", "--lang", "en", "info", "--json"],
            env,
        )
    try:
        _read_until(fd, b"Passphrase for")
        os.write(fd, OTHER.encode() + b"\n")
        assert b"Try again" in _read_until(fd, b"Passphrase for")
        os.write(fd, SECRET.encode() + b"\n")
        out = _read_until(fd, b'"contacts": 60')
        assert SECRET.encode() not in out  # not echoed
    finally:
        _pid, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
