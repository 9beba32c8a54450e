"""What every importer produces: a plain contact record, errors and warnings.

Importers never write to the database themselves; they describe people as
:class:`ContactRecord` objects so that the duplicate check, the preview and the
one-transaction write are the same for every file format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: ``progress(done, total)``; returning ``False`` asks the work to stop.
Progress = Callable[[int, int], "bool | None"]


@dataclass
class NetworkRef:
    """A network the person belongs to (created on import when missing)."""

    name: str
    kind: str = "other"
    since: dt.date | None = None
    role: str = ""


@dataclass
class ContactRecord:
    """One person as read from a file, before it meets the journal."""

    prefix: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    position: str = ""
    first_met: str = ""
    offers: str = ""
    seeks: str = ""
    interests: str = ""
    notes: str = ""
    birthday_day: int | None = None
    birthday_month: int | None = None
    birthday_year: int | None = None
    keep_in_touch_days: int | None = None
    archived: bool = False
    emails: list[tuple[str, str]] = field(default_factory=list)  # (address, label)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (number, label)
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, kind)
    tags: list[str] = field(default_factory=list)
    networks: list[NetworkRef] = field(default_factory=list)
    #: relationships named on the card: (the other person's name, kind, label)
    relations: list[tuple[str, str, str]] = field(default_factory=list)
    #: where it came from (file name, card or line number), for the preview
    source: str = ""
    card: int | None = None
    line: int | None = None

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.organisation or "?"

    def has_name(self) -> bool:
        return bool(self.first_name.strip() or self.last_name.strip() or self.organisation.strip())

    def add_email(self, address: str, label: str = "") -> None:
        address = address.strip()
        if address and address.lower() not in {a.lower() for a, _ in self.emails}:
            self.emails.append((address, label))

    def add_phone(self, number: str, label: str = "") -> None:
        number = number.strip()
        if number and _digits(number) not in {_digits(n) for n, _ in self.phones}:
            self.phones.append((number, label))

    def add_link(self, url: str, kind: str) -> None:
        from kontaktbuch.journal.duplicates import normalise_url

        url = url.strip()
        if url and normalise_url(url) not in {normalise_url(u) for u, _ in self.links}:
            self.links.append((url, kind))

    def add_tag(self, name: str) -> None:
        name = " ".join(name.split())
        if name and name.casefold() not in {t.casefold() for t in self.tags}:
            self.tags.append(name)


def _digits(number: str) -> str:
    """Phone numbers compare by their digits ("+49 170 1" equals "+49-170-1")."""
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


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


class Cancelled(Exception):
    """The user cancelled through the progress callback; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call the progress callback; raise :class:`Cancelled` when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()
