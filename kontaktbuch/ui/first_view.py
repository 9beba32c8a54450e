"""What the window's first view showed when it last closed, to paint it again at once.

Most starts open the same journal, unchanged since the window last closed, on the
Contacts view: the first page of the list, its count and the status bar's
counts. Reading them means importing the store (peewee and its modules, ~45 ms)
and opening the journal (~20 ms) before the first paint. So the window writes
them here when it closes; the next start paints them from this file while the
journal is opened right after the first paint, and the view then reloads from
the journal (the same rows).

The file is used only when the journal is provably the same: the same file
(device, inode, size and modification time to the nanosecond) with no
write-ahead log or rollback journal beside it (nobody has it open, nothing was
left unfinished), written by this version, before the next conversation or event
of the journal lies in the past ("last contact" counts only what has happened).
Nothing else the view shows moves with the clock: a contact's next due date
counts from its last contact (or the day it was added), and whether it is
overdue is decided when the cell is painted. So a new day alone does not make
the file stale: the first start of the morning, after the window closed last
night, is the one that gains most. Anything else — the command line or a second
device changed the journal, another version — starts the usual way.
An encrypted journal never leaves its names here: the file is removed instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kontaktbuch import __version__
from kontaktbuch.journal.contact_row import ContactRow
from kontaktbuch.paths import Paths, private_folder

if TYPE_CHECKING:
    import peewee as pw

log = logging.getLogger(__name__)

FORMAT = 2  # 2: no longer bound to the day it was written
# the view the file describes (the list's first page with no filter, by name)
VIEW = "contacts"


@dataclass(frozen=True)
class FirstView:
    """The Contacts view's first page and counts, and the status bar's counts."""

    rows: tuple[ContactRow, ...]
    exhausted: bool  # the page holds every contact the list shows
    shown: int  # contacts the list shows (not archived)
    everyone: int  # contacts in the journal
    counts: dict[str, int]  # the status bar's: contacts, conversations, events


def _file(paths: Paths) -> Path:
    return paths.first_view_file


def _identity(database: Path) -> list[int] | None:
    """What changes whenever anyone writes the journal; None while it is in use."""
    for suffix in ("-wal", "-journal"):
        if os.path.exists(f"{database}{suffix}"):
            return None
    try:
        st = os.stat(database)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]


def load(paths: Paths, now: dt.datetime) -> FirstView | None:
    """The first view as the window last closed on it, if the journal is unchanged."""
    try:
        with open(_file(paths), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    try:
        if (
            data["format"] != FORMAT
            or data["version"] != __version__
            or data["database"] != str(paths.database)
            or data["identity"] != _identity(paths.database)
            or (data["until"] is not None and now >= dt.datetime.fromisoformat(data["until"]))
        ):
            return None
        rows = tuple(
            ContactRow(
                id=int(r[0]),
                name=str(r[1]),
                organisation=str(r[2]),
                position=str(r[3]),
                networks=str(r[4]),
                last_contact=dt.datetime.fromisoformat(r[5]) if r[5] else None,
                next_due=dt.date.fromisoformat(r[6]) if r[6] else None,
                archived=bool(r[7]),
                key=str(r[8]),
            )
            for r in data["rows"]
        )
        return FirstView(
            rows=rows,
            exhausted=bool(data["exhausted"]),
            shown=int(data["shown"]),
            everyone=int(data["everyone"]),
            counts={name: int(value) for name, value in data["counts"].items()},
        )
    except (KeyError, TypeError, ValueError, IndexError):
        log.warning("Ignoring an unreadable %s", _file(paths))
        return None


def read_journal(now: dt.datetime, page_size: int) -> dict[str, Any]:
    """The first view's figures from the open journal, as :func:`load` reads them."""
    from kontaktbuch.journal import contacts, overview
    from kontaktbuch.journal.interactions import next_interaction_after

    flt = contacts.ContactFilter()
    rows = contacts.list_contacts(flt, now, limit=page_size)
    return {
        "rows": [
            [
                r.id,
                r.name,
                r.organisation,
                r.position,
                r.networks,
                r.last_contact.isoformat() if r.last_contact else None,
                r.next_due.isoformat() if r.next_due else None,
                r.archived,
                r.key,
            ]
            for r in rows
        ],
        "exhausted": len(rows) < page_size,
        "shown": contacts.count_contacts(flt, now),
        "everyone": contacts.total_contacts(),
        "counts": overview.counts(),
        "until": _isoformat(next_interaction_after(now)),
    }


def _isoformat(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def save(paths: Paths, db: pw.SqliteDatabase, now: dt.datetime, page_size: int) -> None:
    """Close the journal, remembering the first view for the next start.

    An encrypted journal, or one whose figures cannot be read, leaves no file.
    """
    target = _file(paths)
    figures: dict[str, Any] | None = None
    if not getattr(db, "encrypted", False):
        try:
            before = _data_version(db)
            figures = read_journal(now, page_size)
            if _data_version(db) != before:
                figures = None  # another process wrote meanwhile: its change would pass
        except Exception:  # noqa: BLE001 - a start without it is only slower
            log.warning("Could not remember the first view", exc_info=True)
            figures = None
    db.close()
    identity = _identity(paths.database)
    if figures is None or identity is None:
        forget(paths)
        return
    figures.update(
        format=FORMAT,
        version=__version__,
        database=str(paths.database),
        identity=identity,
    )
    try:
        private_folder(target.parent)
        part = target.with_name(target.name + ".part")
        part.unlink(missing_ok=True)
        # readable by the owner only from the start: it holds names
        descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(descriptor, "w", encoding="utf-8") as fh:
            json.dump(figures, fh, ensure_ascii=False)
        part.replace(target)
    except OSError as exc:
        log.info("Could not write %s: %s", target, exc)


def _data_version(db: pw.SqliteDatabase) -> int:
    """SQLite's count of other connections' commits, as this connection sees it."""
    return int(db.execute_sql("PRAGMA data_version").fetchone()[0])


def forget(paths: Paths) -> None:
    with contextlib.suppress(OSError):
        _file(paths).unlink(missing_ok=True)
