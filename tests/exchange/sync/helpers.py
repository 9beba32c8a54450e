"""Journals on "computers" A and B, set up and synced in this process.

Only one journal is open at a time (the models are bound to one database), so
each step opens its journal, works, and closes it again — as two computers would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import peewee as pw

from kontaktbuch.exchange.sync import account, state
from kontaktbuch.exchange.sync.client import Connection
from kontaktbuch.exchange.sync.engine import run_sync, settings_access
from kontaktbuch.exchange.sync.reconcile import Report
from kontaktbuch.settings import Settings
from kontaktbuch.store.db import open_database
from kontaktbuch.store.models import database_proxy
from tests.exchange.sync.servers import DavServer, User
from tests.journal_files import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
NAMES = {
    "contacts": "Kontaktbuch",
    "events": "Kontaktbuch – events",
    "tasks": "Kontaktbuch – follow-ups",
    "journal": "Kontaktbuch – conversations",
    "internal": "Kontaktbuch – internal",
}


class Journal:
    """A data folder standing for one computer's journal."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    @property
    def database(self) -> Path:
        return self.folder / "kontaktbuch.sqlite"

    @property
    def settings_file(self) -> Path:
        return self.folder / "config" / "settings.json"

    @contextmanager
    def open(self) -> Iterator[pw.SqliteDatabase]:
        db = open_database(self.database, backups_dir=self.folder / "backups")
        try:
            yield db
        finally:
            db.close()

    def settings(self) -> Settings:
        return Settings.load(self.settings_file)

    def set_up(self, server: DavServer, user: User, *, create: bool) -> None:
        conn = Connection(server.url, user.name, user.password, timeout=10)
        try:
            result = account.set_up(conn, create=create, names=NAMES)
        finally:
            conn.close()
        assert not result.missing, result.missing
        with self.open(), database_proxy.atomic():
            state.save_account(server.url, user.name, "", result.collections)

    def sync(
        self, server: DavServer, user: User, *, timeout: int = 10, dry_run: bool = False
    ) -> Report:
        settings = self.settings()
        access = settings_access(settings, lambda: settings.save(self.settings_file))
        with self.open():
            conn = Connection(server.url, user.name, user.password, timeout=timeout)
            try:
                return run_sync(conn, access, dry_run=dry_run)
            finally:
                conn.close()

    def cli(
        self, *args: str, password: str | None = None, stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        """Run ``kontaktbuch --data-dir FOLDER ARGS…`` as the user would."""
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["PYTHONPATH"] = str(ROOT)
        env.pop("KONTAKTBUCH_SYNC_PASSWORD", None)
        env["KONTAKTBUCH_PASSPHRASE"] = TEST_PASSPHRASE  # used only if the journal is encrypted
        if password is not None:
            env["KONTAKTBUCH_SYNC_PASSWORD"] = password
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "kontaktbuch",
                "--data-dir",
                str(self.folder),
                "--lang",
                "en",
                *args,
            ],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )


def sql(query: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of a query on the open journal."""
    return list(database_proxy.execute_sql(query, list(params)).fetchall())


def one(query: str, *params: Any) -> Any:
    rows = sql(query, *params)
    return rows[0][0] if rows else None


def small_journal() -> dict[str, int]:
    """A few things of every kind, written the way the window writes them."""
    import datetime as dt

    from kontaktbuch.journal import contacts as jc
    from kontaktbuch.journal import conversations as cv
    from kontaktbuch.journal import goals
    from kontaktbuch.store import models as m

    network = m.Network.create(name="Gründerstammtisch München", kind="founders")
    ids = {}
    for key, first, last, org, email in (
        ("anna", "Anna", "Schmidt", "ACME GmbH", "anna@example.de"),
        ("bernd", "Bernd", "Müller", "Müller & Söhne", "bernd@example.de"),
        ("clara", "Clara", "Yıldız", "", "clara@example.de"),
    ):
        ids[key] = jc.save_contact(
            jc.ContactData(
                first_name=first,
                last_name=last,
                organisation=org,
                position="Geschäftsführerin",
                offers="Steuerberatung",
                emails=[jc.Email(email, "work")],
                phones=[jc.Phone("+49 89 1234", "mobile")],
                tags=["Mentor"],
                memberships=[jc.MembershipData(network.id, "Mitglied", dt.date(2024, 5, 1))],
            )
        )
    event = m.Event.create(
        title="Stammtisch Dezember",
        starts_at=dt.datetime(2026, 12, 3, 19, 0),
        duration_minutes=150,
        place="Augustiner",
        network=network,
    )
    m.EventAttendee.create(event=event, contact=ids["anna"])
    goal_id = goals.create_goal(goals.GoalInput(title="Neue Kunden", kind="clients"))
    conversation = cv.create_conversation(
        cv.ConversationInput(
            occurred_at=dt.datetime(2026, 12, 3, 20, 15),
            contact_ids=[ids["anna"], ids["bernd"]],
            event_id=event.id,
            channel="in_person",
            minutes=25,
            notes="Über Förderprogramme gesprochen.",
            enjoyment=4,
            outcomes=[cv.OutcomeInput("insight", "KfW-Mittel früh beantragen")],
            follow_ups=[cv.FollowUpInput("Folien schicken", dt.date(2026, 12, 8))],
            goal_ids=[goal_id],
        )
    )
    ids.update(network=network.id, event=event.id, goal=goal_id, conversation=conversation)
    ids["follow_up"] = m.FollowUp.get(m.FollowUp.conversation == conversation).id
    return ids
