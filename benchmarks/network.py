"""Introductions and the network graph on the large journal (section "8 network").

- **proposals**: ``journal.introductions.proposals`` (the Introductions view and
  ``kontaktbuch introductions``), from reading the journal to the ranked list,
  with its caches emptied before each run; target < 1 s.
- **who offers, per keystroke**: quick capture's hint while a seek is typed,
  after the journal's offers were read once (that read is reported too).
- **graph, first paint**: a subprocess builds the graph view over the large
  journal and shows it; from creating the view to its canvas's first paint;
  target < 1 s. Also a network's people and a contact's neighbourhood.
- **networkx spring layout** (only where networkx is installed; it is not a
  dependency): the force-directed layout the issue suggested, on the same
  contacts, networks and relationships — the reason the graph lays itself out
  in one pass instead (``docs/performance.md``).

``python -m benchmarks.network paint DATA_DIR`` is the subprocess.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.generate import TODAY


def measure_proposals(runs: int) -> dict[str, Any]:
    from kontaktbuch.journal import introductions as intro
    from kontaktbuch.journal.introductions import terms
    from kontaktbuch.journal.introductions.proposals import _phrases_meet

    times, reads = [], []
    found: list[Any] = []
    for _ in range(runs):
        terms.phrases.cache_clear()
        _phrases_meet.cache_clear()
        began = time.perf_counter()
        journal = intro.read_journal(TODAY)
        read = time.perf_counter()
        found = intro.find_proposals(journal, TODAY, limit=50)
        times.append(time.perf_counter() - began)
        reads.append(read - began)
    typed = "eine Steuerberaterin"
    journal = intro.read_journal(TODAY)
    keys = []
    for end in range(3, len(typed) + 1):
        began = time.perf_counter()
        intro.who_offers(typed[:end], journal)
        keys.append(time.perf_counter() - began)
    return {
        "proposals_ms": [round(t * 1000, 1) for t in times],
        "read_ms": [round(t * 1000, 1) for t in reads],
        "count": len(found),
        "people": len(journal.people),
        "who_offers_ms": [round(t * 1000, 2) for t in keys],
    }


def paint(data_dir: Path) -> dict[str, Any]:
    """In a subprocess: the graph view's first paint, then two more pictures."""
    from PySide6.QtCore import QEvent, QObject

    from benchmarks.worker import Harness

    h = Harness(data_dir, "de")
    from kontaktbuch.ui.graph.view import GraphView

    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = Watch()
    began = time.perf_counter()
    view = GraphView(h.ctx)
    view.canvas.viewport().installEventFilter(watch)
    view.resize(1100, 700)
    view.show()
    while not painted and time.perf_counter() - began < 30:
        h.app.processEvents()
    first = painted[0] - began if painted else None
    mode, hubs = view.picture.mode, len(view.picture.hubs)

    def timed(action: Any) -> float:
        painted.clear()
        start = time.perf_counter()
        action()
        while not painted and time.perf_counter() - start < 30:
            h.app.processEvents()
        return (painted[0] if painted else time.perf_counter()) - start

    network_id = h.ctx.db.execute_sql(
        "SELECT network_id FROM membership GROUP BY network_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    one_network = timed(lambda: view.activate("network", int(network_id)))
    people = len(view.picture.nodes)
    around = timed(lambda: view.show_neighbourhood(1))
    return {
        "first_paint_ms": None if first is None else round(first * 1000, 1),
        "mode": mode,
        "clusters": hubs,
        "network_paint_ms": round(one_network * 1000, 1),
        "network_people": people,
        "neighbourhood_paint_ms": round(around * 1000, 1),
        "neighbourhood_people": len(view.picture.nodes),
    }


def networkx_layout(timeout_s: float = 300) -> dict[str, Any]:
    """spring_layout over the large journal's graph, where networkx is installed."""
    try:
        import networkx as nx  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return {"available": False}
    from kontaktbuch.store.models import database_proxy as db

    g = nx.Graph()
    for (cid,) in db.execute_sql("SELECT id FROM contact WHERE archived = 0"):
        g.add_node(("c", cid))
    for cid, nid in db.execute_sql("SELECT contact_id, network_id FROM membership"):
        g.add_edge(("c", cid), ("n", nid))
    for a, b in db.execute_sql("SELECT contact_id, other_id FROM relationship"):
        g.add_edge(("c", a), ("c", b))
    began = time.perf_counter()
    nx.spring_layout(g, iterations=50, seed=1)
    return {
        "available": True,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "spring_layout_s": round(time.perf_counter() - began, 2),
        "version": nx.__version__,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("paint", "networkx"))
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args(argv)
    if args.mode == "paint":
        result = paint(args.data_dir)
    else:
        from kontaktbuch.store.db import open_database

        open_database(args.data_dir / "kontaktbuch.sqlite", backups_dir=args.data_dir / "b")
        result = networkx_layout()
    print("RESULT " + json.dumps(result))
    return 0


def run_subprocess(
    mode: str, data_dir: Path, env: dict[str, str], cwd: Path, timeout: float
) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.network", mode, str(data_dir)]
    done = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return result
    raise RuntimeError(f"network {mode} failed ({done.returncode}): {done.stderr[-1500:]}")


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values), 1)


if __name__ == "__main__":
    sys.exit(main())
