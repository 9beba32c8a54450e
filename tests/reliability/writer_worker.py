"""One of two writers of ``test_parallel_writers``, run as its own process.

``cli``: ``kontaktbuch log`` again and again, each run opening and closing the
journal as a command in a terminal does. ``window``: the journal opened once and
kept open, reading between its writes, as the window does. Prints one JSON line:
per write its number, exit code (0 saved, else the command's code) and message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_cli(data: Path, count: int, tag: str) -> list[tuple[int, int, str]]:
    from kontaktbuch.app import main

    results = []
    for number in range(count):
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = main(
                    ["--data-dir", str(data), "--lang", "en", "log",
                     "--with", "Anna Müller", "--note", f"{tag} {number}"]
                )  # fmt: skip
        except BaseException:  # a traceback is what this test must never see
            code, err = 99, io.StringIO(traceback.format_exc())
        results.append((number, code, err.getvalue()))
    return results


def run_window(data: Path, count: int, tag: str) -> list[tuple[int, int, str]]:
    from kontaktbuch.journal import conversations as cv
    from kontaktbuch.store.db import open_database
    from kontaktbuch.store.errors import StoreError

    db = open_database(data / "kontaktbuch.sqlite", backups_dir=data / "backups")
    anna = cv.find_contacts_by_name("Anna Müller")[0].id
    results = []
    try:
        for number in range(count):
            cv.count(cv.Filters())  # the log view refreshes between saves
            data_in = cv.ConversationInput(
                dt.datetime.now().replace(microsecond=0),
                contact_ids=[anna],
                notes=f"{tag} {number}",
            )
            try:
                cv.save_capture([data_in])
                results.append((number, 0, ""))
            except StoreError as exc:
                results.append((number, 3, str(exc)))
            except BaseException:
                results.append((number, 99, traceback.format_exc()))
    finally:
        db.close()
    return results


if __name__ == "__main__":
    mode, folder, how_many, name = sys.argv[1:5]
    work = run_cli if mode == "cli" else run_window
    print(json.dumps(work(Path(folder), int(how_many), name)))
