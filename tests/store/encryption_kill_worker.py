"""Run by test_encryption_kill.py: ``kill -9`` at random moments of a step, N times.

Arguments: step (encrypt|decrypt|passphrase), template folder (a data folder with
``kontaktbuch.sqlite`` and ``backups/``), work folder, trials, seed.

The step's full length is measured once; then each trial copies the template,
forks a child that runs the step, sends it SIGKILL after a random delay within
that length, and checks what is left: exactly one journal under the journal's name
that opens (plain, or with the old or the new passphrase), passes its integrity
check and holds every row it held before, every backup likewise, and no leftover
of the step once the journal has been opened again. Forking (instead of starting
Python for every trial) keeps 20 trials to a few seconds. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import statistics
import sys
import time
from pathlib import Path

from kontaktbuch.store import backup, cipher, encryption
from kontaktbuch.store.cipher import FileKey, Passphrase
from kontaktbuch.store.db import open_database

OLD = "Kontaktbuch-Testlauf 2026"
NEW = "ein neues, langes Geheimnis"
TABLES = ("contact", "conversation", "contact_email", "outcome", "event", "network")


def run_step(step: str, folder: Path) -> None:
    journal, backups = folder / "kontaktbuch.sqlite", folder / "backups"
    if step == "encrypt":
        encryption.encrypt_journal(journal, Passphrase(OLD), backups_dir=backups)
    elif step == "decrypt":
        encryption.decrypt_journal(journal, Passphrase(OLD), backups_dir=backups)
    else:
        encryption.change_passphrase(journal, Passphrase(OLD), Passphrase(NEW), backups_dir=backups)


def counts(db: object) -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[attr-defined]


def open_any(path: Path) -> tuple[str, dict[str, int]]:
    """Open the journal in whichever form it is; returns (form, counts)."""
    forms = [("plain", None)] if cipher.is_plain_file(path) else [("old", OLD), ("new", NEW)]
    last: Exception | None = None
    for form, secret in forms:
        try:
            db = open_database(path, backups_dir=path.parent / "backups", passphrase=secret)
        except Exception as exc:  # the other passphrase
            last = exc
            continue
        try:
            assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
            return form, counts(db)
        finally:
            db.close()
    raise AssertionError(f"{path} opens in no form: {last}")


def check_backup(path: Path) -> str:
    for form, secret in (("plain", None), ("old", OLD), ("new", NEW)):
        try:
            backup.verify_backup(path, 1000, passphrase=secret)
            return form
        except Exception:
            continue
    raise AssertionError(f"backup {path} opens in no form")


def _inode(folder: Path) -> int | None:
    try:
        return (folder / "kontaktbuch.sqlite").stat().st_ino
    except FileNotFoundError:  # pragma: no cover - os.replace is atomic
        return None


def trial(step: str, template: Path, folder: Path, delay: float | None) -> dict[str, object]:
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    pid = os.fork()
    if pid == 0:  # the child: the step, then out without Python's clean-up
        try:
            run_step(step, folder)
        finally:
            os._exit(0)
    started = time.perf_counter()
    swapped_at = None
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
    else:  # watch for the moment the new journal takes the name
        inode = (folder / "kontaktbuch.sqlite").stat().st_ino
        while True:
            _pid, status = os.waitpid(pid, os.WNOHANG)
            if swapped_at is None and _inode(folder) not in (inode, None):
                swapped_at = time.perf_counter() - started
            if _pid:
                break
            time.sleep(0.0005)
    elapsed = time.perf_counter() - started
    killed = os.WIFSIGNALED(status)
    journal = folder / "kontaktbuch.sqlite"
    names = sorted(p.name for p in folder.iterdir() if p.name.startswith(("kontaktbuch", ".")))
    form, found = open_any(journal)
    left = [p.name for p in folder.rglob("*convert*")]
    backups = [check_backup(p) for p in sorted((folder / "backups").glob("*.sqlite"))]
    return {
        "killed": killed,
        "elapsed": elapsed,
        "swapped_at": swapped_at,
        "form": form,
        "counts": found,
        "names_after_kill": names,
        "leftovers_after_open": left,
        "backups": backups,
    }


def main() -> None:
    step, template, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    trials, seed = int(sys.argv[4]), int(sys.argv[5])
    rng = random.Random(seed)
    # Every key the trials need is derived here once and inherited by each forked
    # child: the template's salt, and one fixed salt for the files the steps write
    # (FileKey.new draws a random one; a fixed one spares each trial two key
    # derivations of 0.2 s, and the step's crash safety does not depend on it).
    fixed = os.urandom(cipher.SALT_BYTES)
    FileKey.new = classmethod(lambda cls, passphrase: cls(passphrase, fixed))  # type: ignore[method-assign, assignment]
    for secret in (OLD, NEW):
        for salt in (fixed, cipher.read_salt(template / "kontaktbuch.sqlite")):
            Passphrase(secret).key(salt)
    # The whole step, uninterrupted (three times, the first also warms the caches),
    # timing when the new journal takes the name and when the step ends. Kills land
    # half at a random moment before the swap, half between the swap and the end
    # (the backups are converted then); trials go on until ``trials`` kills landed.
    # A trial whose step finished before its kill is checked too.
    runs = [trial(step, template, work / "full", None) for _ in range(3)]
    full = runs[-1]
    swap = statistics.median(float(r["swapped_at"]) for r in runs)  # type: ignore[arg-type]
    end = statistics.median(float(r["elapsed"]) for r in runs)  # type: ignore[arg-type]
    results: list[dict[str, object]] = []
    sides = {"before": 0, "after": 0}
    while sum(sides.values()) < trials and len(results) < trials * 8:
        side = "before" if sides["before"] <= sides["after"] else "after"
        if side == "before":
            delay = rng.uniform(0.0, swap)
        else:
            delay = rng.uniform(swap, swap + 0.6 * max(0.0, end - swap))
        result = trial(step, template, work / f"t{len(results)}", delay)
        result["aimed"] = side
        if result["killed"]:
            sides[side] += 1
        results.append(result)
    print(json.dumps({"full": full, "length": end, "swap": swap, "trials": results}))


if __name__ == "__main__":
    main()
