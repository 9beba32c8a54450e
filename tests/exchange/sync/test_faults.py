"""A server that fails: a clear reason, the journal untouched, and the next sync works.

The proxy in front of the real server answers 401, 403, 404, 412, 507, 500 or
503, drops the connection, answers too late or sends garbage. Each time the sync
stops with a reason the window and the command line word for the user; nothing
in the journal changed; once the server behaves, the waiting change goes up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kontaktbuch.exchange.sync.client import SyncError
from kontaktbuch.store import models as m
from kontaktbuch.text.sync import describe_error
from tests.exchange.sync.archive_compare import canonical_archive
from tests.exchange.sync.helpers import Journal, small_journal
from tests.exchange.sync.proxy import Fault
from tests.exchange.sync.servers import DavServer, User

#: (fault, the reason the sync must give)
FAULTS = [
    (Fault("status", 401), "auth"),
    (Fault("status", 403), "forbidden"),
    (Fault("status", 404), "not_found"),
    (Fault("status", 500), "server"),
    (Fault("status", 503), "server"),
    (Fault("status", 507), "storage_full"),
    (Fault("drop"), "offline"),
    (Fault("delay", delay=3.0), "timeout"),
    (Fault("garbage", method="REPORT"), "garbage"),
]


def _snapshot(journal: Journal) -> dict[str, list[str]]:
    with journal.open():
        return canonical_archive()


def test_every_failure_leaves_the_journal_untouched_and_is_retried(
    radicale: DavServer, tmp_path: Path
) -> None:
    user = radicale.new_user()
    a, b = Journal(tmp_path / "a"), Journal(tmp_path / "b")
    with a.open():
        small_journal()
    a.set_up(radicale, user, create=True)
    a.sync(radicale, user)
    b.set_up(radicale, user, create=False)
    b.sync(radicale, user)
    with b.open():  # a change waiting to come down to A …
        m.Goal.update(why="Drei neue Kunden bis Ostern").execute()
    b.sync(radicale, user)
    with a.open():  # … and one waiting to go up from A
        m.Event.update(place="Hofbräuhaus").execute()
    for number, (fault, reason) in enumerate(FAULTS):
        before = _snapshot(a)
        radicale.proxy.fault = fault
        with pytest.raises(SyncError) as failed:
            report = a.sync(radicale, user, timeout=1)
            radicale.proxy.fault = None
            pytest.fail(f"{fault} gave no error but {report}")
        radicale.proxy.fault = None
        assert failed.value.reason == reason, (number, fault)
        assert describe_error(reason) != describe_error("unknown-reason")
        assert _snapshot(a) == before, f"{fault} changed the journal"
    # A full server takes nothing: what came down stays, what goes up waits.
    radicale.proxy.fault = Fault("status", 507, method="PUT")
    report = a.sync(radicale, user)
    radicale.proxy.fault = None
    assert report.error == "storage_full" and report.down == {"goal": 1} and not report.up
    with a.open():
        assert m.Goal.get().why == "Drei neue Kunden bis Ostern"
    report = a.sync(radicale, user)
    assert report.up == {"event": 1} and not report.error


def test_a_changed_version_on_the_server_is_merged_not_overwritten(
    radicale: DavServer, tmp_path: Path
) -> None:
    """412 on a write: the server's version is newer; it is merged at the next sync."""
    user = radicale.new_user()
    a = Journal(tmp_path / "a")
    with a.open():
        small_journal()
    a.set_up(radicale, user, create=True)
    a.sync(radicale, user)
    with a.open():
        m.Event.update(place="Hofbräuhaus").execute()
    radicale.proxy.fault = Fault("status", 412, method="PUT")
    report = a.sync(radicale, user)
    radicale.proxy.fault = None
    assert report.up == {} and not report.error
    report = a.sync(radicale, user)
    assert report.up == {"event": 1}


def test_wrong_password_from_the_real_server(radicale: DavServer, tmp_path: Path) -> None:
    user = radicale.new_user()
    a = Journal(tmp_path / "a")
    with a.open():
        small_journal()
    a.set_up(radicale, user, create=True)
    with pytest.raises(SyncError) as failed:
        a.sync(radicale, User(user.name, "not-the-password"))
    assert failed.value.reason == "auth"


def test_a_server_without_sync_tokens_is_compared_by_etags(
    radicale: DavServer, tmp_path: Path
) -> None:
    """RFC 6578 missing (or refused): every ETag is listed and compared instead."""
    user = radicale.new_user()
    a, b = Journal(tmp_path / "a"), Journal(tmp_path / "b")
    with a.open():
        small_journal()
    radicale.proxy.fault = Fault("status", 403, method="REPORT", body="sync-collection")
    a.set_up(radicale, user, create=True)
    a.sync(radicale, user)
    b.set_up(radicale, user, create=False)
    assert b.sync(radicale, user).down["contact"] == 3
    with b.open():
        m.Contact.update(position="Vorständin").where(m.Contact.first_name == "Anna").execute()
    assert b.sync(radicale, user).up == {"contact": 1}
    assert a.sync(radicale, user).down == {"contact": 1}
    radicale.proxy.fault = None
    with a.open():
        assert m.Contact.get(m.Contact.first_name == "Anna").position == "Vorständin"
        from kontaktbuch.exchange.sync import state

        assert all(not c.use_sync_token for c in state.all_collections())
