"""How long hostile queries take on the demo journal (issue 16, point 13).

``python benchmarks/hostile_search.py`` prints the milliseconds of each query —
typed as is, and as the search field's words would be without the cut — for the
target "any query answers within 100 ms on the demo journal" (docs/reliability.md).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontaktbuch.journal import demo  # noqa: E402
from kontaktbuch.journal.search import capped_query, match_expression, search  # noqa: E402
from kontaktbuch.store.db import open_database  # noqa: E402
from kontaktbuch.store.models import database_proxy  # noqa: E402

HOSTILE: tuple[tuple[str, str], ...] = (
    ('"a OR " x 2,000', "a OR " * 2000),
    ("'\"a\" ' x 2,000", '"a" ' * 2000),
    ("2,000 different words", " ".join(f"wort{i}" for i in range(2000))),
    ("one word of 100,000 letters", "x" * 100_000),
    ("'a' x 50", "a " * 50),
    ("Müller", "Müller"),
)


def _millis(work: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _uncut(query: str) -> float:
    """The old way: every word of the query as a required prefix."""
    expr = match_expression(query)
    sql = "SELECT count(*) FROM fts_conversation WHERE fts_conversation MATCH ?"
    return _millis(lambda: database_proxy.execute_sql(sql, (expr,)).fetchone(), repeat=1)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite")
        demo.create_demo()
        print(f"{'query':<32} {'words kept':>10} {'ms':>8} {'uncut ms (one index)':>22}")
        for label, query in HOSTILE:
            kept = len(capped_query(query).split())
            print(f"{label:<32} {kept:>10} {_millis(lambda q=query: search(q)):>8.1f} "
                  f"{_uncut(query):>22.1f}")  # fmt: skip
        db.close()


if __name__ == "__main__":
    main()
