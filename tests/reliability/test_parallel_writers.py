"""Two writers at once (issue 16, point 8): the command line beside the window, or
two commands at once. Every write is saved or refused with a clear message; none
ends in a traceback, none is lost, none is written twice.

Scaled to stay fast on CI's two cores (docs/reliability.md): 2 × 200 writes by
two processes that each write without pause (the contention of many more
processes started one after the other), and 2 × 12 separate ``kontaktbuch log``
processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.reliability.conftest import make_journal

WORKER = Path(__file__).with_name("writer_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def _notes(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT notes FROM conversation ORDER BY id")]
    finally:
        conn.close()


def _worker(mode: str, data: Path, count: int, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), mode, str(data), str(count), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )


def _check(results: dict[str, list[tuple[int, int, str]]], notes: list[str]) -> None:
    saved = {f"{tag} {n}" for tag, rows in results.items() for n, code, _ in rows if code == 0}
    for tag, rows in results.items():
        for number, code, message in rows:
            assert "Traceback" not in message, message
            assert code in (0, 3), (tag, number, message)
            if code:
                assert "Another program is writing" in message, message
    assert len(notes) == len(set(notes)), "a write was saved twice"
    assert set(notes) == saved, "a write was lost, or one refused was kept"
    # with the write lock waited for, both writers get through
    assert len(saved) == sum(len(rows) for rows in results.values())


@pytest.mark.parametrize("modes", [("cli", "cli"), ("window", "cli")])
def test_two_writers_at_once_lose_nothing(tmp_path: Path, modes: tuple[str, str]) -> None:
    data = tmp_path / "data"
    make_journal(data, "Anna Müller")
    workers = {f"{mode}{i}": _worker(mode, data, 200, f"{mode}{i}") for i, mode in enumerate(modes)}
    results: dict[str, list[tuple[int, int, str]]] = {}
    for tag, process in workers.items():
        out, err = process.communicate(timeout=400)
        assert process.returncode == 0, err
        results[tag] = [tuple(row) for row in json.loads(out)]  # type: ignore[misc]
    _check(results, _notes(data / "kontaktbuch.sqlite"))


def test_separate_log_processes_at_once_lose_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_journal(data, "Anna Müller")
    results: dict[str, list[tuple[int, int, str]]] = {"a": [], "b": []}

    def loop(tag: str) -> None:
        for number in range(12):
            done = subprocess.run(
                [sys.executable, "-m", "kontaktbuch", "--data-dir", str(data), "--lang", "en",
                 "log", "--with", "Anna Müller", "--note", f"{tag} {number}"],
                capture_output=True, text=True, timeout=120, cwd=ROOT,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )  # fmt: skip
            results[tag].append((number, done.returncode, done.stderr))

    threads = [threading.Thread(target=loop, args=(tag,)) for tag in results]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    _check(results, _notes(data / "kontaktbuch.sqlite"))
