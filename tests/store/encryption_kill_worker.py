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
import sys
import time
from pathlib import Path

from kontaktbuch.store import backup, cipher, encryption
from kontaktbuch.store.cipher import Passphrase
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
    if delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
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
    # The whole step, uninterrupted (twice: the first also warms the caches): the
    # kills land within the shortest length seen. Its length varies (fsync), so a
    # trial whose step finished before its kill is kept (it is checked too), its
    # length taken into account, and trials go on until ``trials`` kills landed.
    full = trial(step, template, work / "full", None)
    again = trial(step, template, work / "full", None)
    lengths = [float(full["elapsed"]), float(again["elapsed"])]  # type: ignore[arg-type]
    results: list[dict[str, object]] = []
    while sum(1 for r in results if r["killed"]) < trials and len(results) < trials * 4:
        length = 0.9 * min(lengths)
        result = trial(step, template, work / f"t{len(results)}", rng.uniform(0.0, length))
        if not result["killed"]:
            lengths.append(float(result["elapsed"]))  # type: ignore[arg-type]
        results.append(result)
    print(json.dumps({"full": full, "length": 0.9 * min(lengths), "trials": results}))


if __name__ == "__main__":
    main()
