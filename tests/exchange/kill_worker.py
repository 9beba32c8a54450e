"""Run by test_kill.py in a subprocess: a large import that stops to be killed.

Arguments: database path, vCard file, "middle" or "after". Prints "writing" once
the transaction has written half of the contacts ("middle") or "committed" after
the import ("after"), then waits for stdin — the test kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kontaktbuch.exchange import importer
from kontaktbuch.store.db import open_database


def main() -> None:
    database, cards, when = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    # Under --encrypted-journal the test passes the journal's passphrase.
    db = open_database(database, passphrase=os.environ.get("KONTAKTBUCH_PASSPHRASE") or None)
    # A tiny page cache makes SQLite spill uncommitted pages into the WAL file,
    # so the kill really lands in the middle of writing.
    db.execute_sql("PRAGMA cache_size = 20")
    plan = importer.plan_import(importer.read_file("vcard", cards))

    def progress(done: int, total: int) -> None:
        if when == "middle" and done >= total // 2 > 0:
            print("writing", flush=True)
            sys.stdin.readline()

    importer.apply_plan(plan, progress)
    print("committed", flush=True)
    sys.stdin.readline()


if __name__ == "__main__":
    main()
