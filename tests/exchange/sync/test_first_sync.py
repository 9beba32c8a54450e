"""Computer A's demo journal through the server into an empty journal B.

A's first sync runs as the command a user types and is killed (SIGKILL) half-way;
the next ``sync`` must finish without a duplicate on the server or in the journal,
and B, synced from the server, must hold the same journal as A (``export archive``
equal apart from local ids and timestamps).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from kontaktbuch.exchange.sync import ical_map, state, vcard_map
from kontaktbuch.exchange.sync.client import Connection
from kontaktbuch.journal.demo import create_demo
from tests.exchange.sync.archive_compare import canonical_archive, differences
from tests.exchange.sync.conftest import SERVERS, running
from tests.exchange.sync.helpers import ROOT, Journal
from tests.exchange.sync.servers import DavServer, User
from tests.journal_files import TEST_PASSPHRASE, connect_file

pytestmark = pytest.mark.slow


def _uploaded(database: Path) -> int:
    """Things the killed run had sent, read as another program would (read-only)."""
    try:
        connection = connect_file(database)
    except Exception:  # not created yet
        return 0
    try:
        return int(
            connection.execute("SELECT count(*) FROM sync_item WHERE raw IS NOT NULL").fetchone()[0]
        )
    except Exception:  # busy or not migrated yet: not yet
        return 0
    finally:
        connection.close()


def _server_uids(server: DavServer, user: User, journal: Journal) -> Counter[tuple[str, str]]:
    """(kind, UID) of every resource on the server, counted."""
    with journal.open():
        collections = state.all_collections()
    conn = Connection(server.url, user.name, user.password, timeout=10)
    found: Counter[tuple[str, str]] = Counter()
    try:
        for collection in collections:
            hrefs = list(conn.etags(collection.url))
            for _href, _etag, text in conn.multiget(collection.url, collection.kind, hrefs):
                if collection.kind == "addressbook":
                    kind, uid, _record = vcard_map.parse(text)
                else:
                    parsed = ical_map.parse(text)
                    kind, uid = parsed.kind, parsed.uid
                found[(kind, uid)] += 1
    finally:
        conn.close()
    return found


def _kill_half_way(journal: Journal, user: User) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["KONTAKTBUCH_SYNC_PASSWORD"] = user.password
    env["KONTAKTBUCH_PASSPHRASE"] = TEST_PASSPHRASE
    command = [sys.executable, "-m", "kontaktbuch", "--data-dir", str(journal.folder), "sync"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    try:
        while _uploaded(journal.database) < 150:
            assert process.poll() is None, "the first sync ended before it was killed"
            assert time.monotonic() < deadline, "the first sync made no progress"
            time.sleep(0.05)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL


@dataclass
class FirstSync:
    """Computer A after its killed and resumed first sync, on one server."""

    server: DavServer
    user: User
    a: Journal
    before: dict[str, list[str]]
    uploaded_when_killed: int
    resumed: subprocess.CompletedProcess[str]


def _first_sync(name: str, folder: Path) -> FirstSync:
    server = running(name)
    user = server.new_user()
    a = Journal(folder / name / "a")
    a.set_up(server, user, create=True)
    _kill_half_way(a, user)
    killed_at = _uploaded(a.database)
    resumed = a.cli("sync", "--json", password=user.password)
    return FirstSync(server, user, a, {}, killed_at, resumed)


@pytest.fixture(scope="module")
def first_syncs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, FirstSync]:
    """Both servers' first syncs at once: each is bound by its server's speed, and the
    two servers are separate processes, so running them side by side halves the wait."""
    folder = tmp_path_factory.mktemp("first-sync")
    demo = folder / "demo"
    demo_journal = Journal(demo)
    with demo_journal.open():
        create_demo()
        before = canonical_archive()
    for name in SERVERS:
        (folder / name).mkdir()
        shutil.copytree(demo, folder / name / "a")
    with ThreadPoolExecutor(len(SERVERS)) as pool:
        done = dict(zip(SERVERS, pool.map(lambda n: _first_sync(n, folder), SERVERS), strict=True))
    for result in done.values():
        result.before = before
    return done


@pytest.mark.parametrize("name", SERVERS)
def test_killed_first_sync_resumes_and_b_gets_the_same_journal(
    name: str, first_syncs: dict[str, FirstSync], tmp_path: Path
) -> None:
    run = first_syncs[name]
    server, user, a, before = run.server, run.user, run.a, run.before
    things = sum(len(before[t]) for t in ("contact", "network", "event", "conversation"))
    things += len(before["follow_up"]) + len(before["goal"])
    assert 150 <= run.uploaded_when_killed < things  # really killed in the middle
    assert run.resumed.returncode == 0, run.resumed.stderr

    on_server = _server_uids(server, user, a)
    assert max(on_server.values()) == 1  # no thing twice
    kinds = Counter(kind for kind, _uid in on_server)
    assert kinds == {
        "contact": len(before["contact"]),
        "network": len(before["network"]),
        "event": len(before["event"]),
        "conversation": len(before["conversation"]),
        "follow_up": len(before["follow_up"]),
        "goal": len(before["goal"]),
        "settings": 1,
    }
    with a.open():
        assert canonical_archive() == before  # the sync changed nothing in A
        assert state.counts()["pending"] == 0

    b = Journal(tmp_path / "b")
    b.set_up(server, user, create=False)
    report = b.sync(server, user)
    assert not report.error and report.conflicts == 0
    assert report.down["conversation"] == len(before["conversation"])
    with b.open():
        after = canonical_archive()
    assert after == before, "\n".join(differences(before, after))

    # Nothing left to do on either side.
    for report in (b.sync(server, user), a.sync(server, user)):
        assert not (report.up or report.down or report.deleted_here or report.deleted_there)
