"""What every importer produces: contact records, errors and warnings.

Importers never write to the database themselves; they describe people as
:class:`ContactRecord` objects (the journal's contact data plus where it came
from) so that the duplicate check, the preview and the one-transaction write
through the journal's contact rules are the same for every file format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kontaktbuch.journal.contacts import ContactData

# ``progress(done, total)``; returning ``False`` asks the work to stop.
Progress = Callable[[int, int], "bool | None"]


@dataclass
class NetworkRef:
    """A network the person belongs to (created on import when missing)."""

    name: str
    kind: str = "other"
    since: dt.date | None = None
    role: str = ""


@dataclass(kw_only=True)
class ContactRecord(ContactData):
    """One person as read from a file, before it meets the journal.

    It *is* the journal's :class:`~kontaktbuch.journal.contacts.ContactData` —
    one definition of a contact's fields, and the same rules for when two
    e-mails, phones, links or tags are one — plus what only a file knows: where
    the person came from, and their networks by name (a file has no network
    ids; the import finds or creates each network and writes it as a
    membership). ``id`` and ``memberships`` stay empty in a record.
    """

    networks: list[NetworkRef] = field(default_factory=list)
    # relationships named on the card: (the other person's name, kind, label)
    relations: list[tuple[str, str, str]] = field(default_factory=list)
    # where it came from (file name, card or line number), for the preview
    source: str = ""
    card: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class ImportWarning:
    """Something the user should hear about although the import goes on.

    ``code`` is one of "photo_dropped", "nameless_row", "fake_email",
    "bad_birthday", "bad_date", "skipped_card", "related_not_found"; the words are
    chosen by the UI/CLI.
    """

    code: str
    source: str
    card: int | None = None
    line: int | None = None
    detail: str = ""


@dataclass
class ParseResult:
    """What an importer read from a file: records plus things worth saying."""

    records: list[ContactRecord] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    source: str = ""


class ExchangeError(Exception):
    """A file could not be read or written; nothing in the journal changed.

    ``code`` names the reason ("unreadable", "not_vcard", "parse", "no_header",
    "empty", "not_archive", "archive_version", "archive_value", "not_empty",
    "unwritable"); ``card`` and ``line`` say where (1-based, when known),
    ``detail`` the technical text. The UI/CLI word it in the user's language.
    """

    def __init__(
        self,
        path: Path | str,
        code: str,
        *,
        card: int | None = None,
        line: int | None = None,
        detail: str = "",
        reason: str = "",
    ) -> None:
        where = ", ".join(
            part
            for part in (f"card {card}" if card else "", f"line {line}" if line else "")
            if part
        )
        super().__init__(f"{path}{' (' + where + ')' if where else ''}: {code}: {detail}")
        self.path = str(path)
        self.code = code
        self.card = card
        self.line = line
        self.detail = detail
        # for "unwritable" (and "unreadable"): the storage fault, as
        # ``store.errors.StorageError.reason`` ("full", "read_only_folder", …)
        self.reason = reason


class Cancelled(Exception):
    """The user cancelled through the progress callback; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call the progress callback; raise :class:`Cancelled` when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
