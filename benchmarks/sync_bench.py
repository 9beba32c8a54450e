"""Sync figures of the large journal against a local Xandikos server.

Why not upload it: Radicale and Xandikos check the whole collection on every
write, so putting 100,000 conversations up one PUT at a time takes hours there
(see docs/sync.md, "Limits"). The server is therefore filled the way it would
look after A's first sync: every thing rendered by Kontaktbuch's own mapping,
written into Xandikos' git store in one commit per collection, with A's sync
state (place, ETag = the git blob id Xandikos reports, agreed record and text)
recorded as that first sync would have. Measured then:

- A's first sync against that server (every ETag listed and compared);
- A's unchanged sync (the target: under 2 s);
- the first sync of an empty journal B, which downloads and writes everything;
- B's unchanged sync;
- the upload rate into an empty collection (PUTs of the first 500 conversations),
  to size a first upload.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

_UPLOAD_SAMPLE = 500


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _xandikos() -> str | None:
    found = Path(sys.executable).with_name("xandikos")
    return str(found) if found.exists() else shutil.which("xandikos")


class _Server:
    def __init__(self, binary: str, root: Path) -> None:
        self.binary, self.root = binary, root
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        log = (self.root.parent / "xandikos.log").open("ab")
        self.process = subprocess.Popen(
            [
                self.binary,
                "serve",
                "-d",
                str(self.root),
                "-l",
                "127.0.0.1",
                "-p",
                str(self.port),
                "--autocreate",
                "--current-user-principal",
                "/bench/",
                "--no-detect-systemd",
                "--state-dir",
                str(self.root.parent / "xandikos-state"),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url, timeout=2)
                return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("xandikos did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None


def _blob_etag(data: bytes) -> str:
    """The ETag Xandikos gives a resource: the git blob id of its bytes."""
    return '"' + hashlib.sha1(b"blob %d\x00" % len(data) + data).hexdigest() + '"'


def _settings() -> Any:
    from kontaktbuch.exchange.sync.engine import settings_access
    from kontaktbuch.settings import Settings

    settings = Settings()
    return settings_access(settings, lambda: None)


def _connection(server: _Server) -> Any:
    from kontaktbuch.exchange.sync.client import Connection

    return Connection(server.url, "bench", "unused", timeout=600)


def _names() -> dict[str, str]:
    return {r: f"Kontaktbuch {r}" for r in ("contacts", "events", "tasks", "journal", "internal")}


def _fill_server(a_db: Path, server: _Server) -> int:
    """Write A's things into the server's store and record A as synced; returns how many."""
    from kontaktbuch.exchange.sync import account, local_read, state
    from kontaktbuch.exchange.sync.reconcile import Reconciler, Report
    from kontaktbuch.exchange.sync.records import SETTINGS_UID, TABLE_KINDS
    from kontaktbuch.store.db import close_database, open_database
    from kontaktbuch.store.models import database_proxy

    server.start()
    conn = _connection(server)
    result = account.set_up(conn, create=True, names=_names())
    conn.close()
    server.stop()
    db = open_database(a_db, backups_dir=a_db.parent / "backups")
    count = 0
    try:
        with database_proxy.atomic():
            state.save_account(server.url, "bench", "", result.collections)
            state.register_new()
        collections = state.all_collections()
        reconciler = Reconciler(None, collections, _settings(), Report())
        folders = set()
        for kind in (*TABLE_KINDS, "settings"):
            collection = reconciler.target(kind)
            assert collection is not None
            path = collection.url.split("127.0.0.1", 1)[1].split("/", 1)[1]
            folder = server.root / path
            folders.add(folder)
            if kind == "settings":
                item = state.item_by_uid("settings", SETTINGS_UID) or reconciler.settings_item()
                assert item is not None
                pairs = [(item, reconciler.local("settings", None) or {})]
            else:
                ids = [r[0] for r in database_proxy.execute_sql(f'SELECT id FROM "{kind}"')]
                pairs = []
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    records = local_read.read_records(kind, chunk)
                    for local_id in chunk:
                        item = state.item_by_local(kind, local_id)
                        assert item is not None
                        pairs.append((item, records[local_id]))
            with database_proxy.atomic():
                for item, record in pairs:
                    reconciler.place(item)
                    text = reconciler.render(item, record, collection)
                    data = text.encode("utf-8")
                    (folder / str(item.href).rsplit("/", 1)[1]).write_bytes(data)
                    state.set_server(item.id, _blob_etag(data), text)
                    state.agree(item.id, record, None, False)
                    count += 1
        with database_proxy.atomic():
            state.record_result({"filled": count})
    finally:
        close_database(db)
    for folder in folders:
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost"]
        subprocess.run([*git, "add", "-A"], cwd=folder, check=True, capture_output=True)
        subprocess.run(
            [*git, "commit", "-q", "-m", "filled by the benchmark"],
            cwd=folder,
            check=True,
            capture_output=True,
        )
    return count


def _sync(db_path: Path, server: _Server) -> tuple[float, dict[str, Any]]:
    from kontaktbuch.exchange.sync.engine import run_sync
    from kontaktbuch.store.db import close_database, open_database

    db = open_database(db_path, backups_dir=db_path.parent / "backups")
    try:
        conn = _connection(server)
        began = time.perf_counter()
        report = run_sync(conn, _settings())
        seconds = time.perf_counter() - began
        conn.close()
    finally:
        close_database(db)
    return seconds, report.as_dict()


def _upload_rate(a_db: Path, server: _Server) -> float:
    """Milliseconds per PUT of a conversation into a new, empty collection."""
    from kontaktbuch.exchange.sync import local_read, state
    from kontaktbuch.exchange.sync.reconcile import Reconciler, Report
    from kontaktbuch.store.db import close_database, open_database
    from kontaktbuch.store.models import database_proxy

    conn = _connection(server)
    url = server.url + "bench/calendars/upload-rate/"
    conn.create_calendar(url, "upload rate", ["VJOURNAL"])
    db = open_database(a_db, backups_dir=a_db.parent / "backups")
    try:
        collections = state.all_collections()
        reconciler = Reconciler(None, collections, _settings(), Report())
        ids = [
            r[0]
            for r in database_proxy.execute_sql(
                f"SELECT id FROM conversation ORDER BY id LIMIT {_UPLOAD_SAMPLE}"
            )
        ]
        records = local_read.read_records("conversation", ids)
        journal = reconciler.target("conversation")
        assert journal is not None
        texts = []
        for local_id in ids:
            item = state.item_by_local("conversation", local_id)
            assert item is not None
            texts.append((item.uid, reconciler.render(item, records[local_id], journal)))
    finally:
        close_database(db)
    began = time.perf_counter()
    for uid, text in texts:
        conn.put(f"/bench/calendars/upload-rate/{uid}.ics", text, "text/calendar", None)
    conn.close()
    return (time.perf_counter() - began) * 1000 / len(texts)


def bench_sync(journal: Path, work: Path, quick: bool) -> list[Any]:
    from benchmarks.run import NA, Row, _check, copy_journal

    section = "9 sync"
    binary = _xandikos()
    if binary is None:
        return [Row(section, "unchanged sync (large)", None, "s", "< 2 s", NA, "no xandikos")]
    root = work / "sync" / "xandikos"
    root.mkdir(parents=True)
    server = _Server(binary, root)
    a_dir = copy_journal(journal, work / "sync" / "a")
    a_db = a_dir / "kontaktbuch.sqlite"
    began = time.perf_counter()
    things = _fill_server(a_db, server)
    fill_s = time.perf_counter() - began
    rows = []
    server.start()
    try:
        runs = 3 if quick else 5
        # A's state was written without sync tokens: its first run lists every
        # collection once and compares 143,000 ETags (nothing to fetch)
        adopt_s, adopt = _sync(a_db, server)
        rows.append(
            Row(
                section,
                "A's first sync against a server already holding its journal",
                round(adopt_s, 1),
                "s",
                "",
                "info",
                "every ETag listed and compared, nothing fetched"
                if not adopt["down"]
                else f"fetched {sum(adopt['down'].values())}",
            )
        )
        a_times, a_reports = zip(*(_sync(a_db, server) for _ in range(runs)), strict=True)
        a_median = round(statistics.median(a_times), 2)
        moved = any(r["up"] or r["down"] or r["deleted_here"] for r in a_reports)
        rows.append(
            Row(
                section,
                f"unchanged sync, {things:,} things (A)",
                a_median,
                "s",
                "< 2 s",
                "error" if moved else _check(a_median, 2),
                f"runs {', '.join(f'{t:.2f}' for t in a_times)} s"
                + ("; SOMETHING MOVED" if moved else ""),
                {"reports": list(a_reports), "fill_seconds": round(fill_s, 1)},
            )
        )
        b_dir = work / "sync" / "b"
        b_dir.mkdir(parents=True)
        b_db = b_dir / "kontaktbuch.sqlite"
        _set_up_b(b_db, server)
        b_first, b_report = _sync(b_db, server)
        rows.append(
            Row(
                section,
                "first sync of an empty journal B (download everything)",
                round(b_first, 1),
                "s",
                "",
                "info",
                f"{sum(b_report['down'].values()):,} things came down",
                {"report": b_report},
            )
        )
        b_times = [_sync(b_db, server)[0] for _ in range(runs)]
        b_median = round(statistics.median(b_times), 2)
        rows.append(Row(section, "unchanged sync (B)", b_median, "s", "< 2 s", _check(b_median, 2)))
        per_put = round(_upload_rate(a_db, server), 1)
        rows.append(
            Row(
                section,
                f"upload: ms per new conversation (first {_UPLOAD_SAMPLE} into an empty calendar)",
                per_put,
                "ms",
                "",
                "info",
                "grows with the collection on Radicale and Xandikos (docs/sync.md)",
            )
        )
    finally:
        server.stop()
    return rows


def _set_up_b(b_db: Path, server: _Server) -> None:
    from kontaktbuch.exchange.sync import account, state
    from kontaktbuch.store.db import close_database, open_database
    from kontaktbuch.store.models import database_proxy

    conn = _connection(server)
    result = account.set_up(conn, create=False, names=_names())
    conn.close()
    db = open_database(b_db, backups_dir=b_db.parent / "backups")
    try:
        with database_proxy.atomic():
            state.save_account(server.url, "bench", "", result.collections)
    finally:
        close_database(db)


if __name__ == "__main__":  # python -m benchmarks.sync_bench: this section alone
    from benchmarks import generate

    work_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/kontaktbuch-sync-bench")
    shutil.rmtree(work_dir, ignore_errors=True)
    for row in bench_sync(generate.ensure_journal(), work_dir, quick=True):
        print(json.dumps({k: v for k, v in row.__dict__.items() if k != "details"}))
