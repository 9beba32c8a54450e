"""A contact as one piece of plain data, and the rules for what makes it valid.

:class:`ContactData` holds every field of a contact with its e-mails, phones,
links, tags and memberships; the contacts view edits it, importers fill it (as
``exchange.records.ContactRecord``, which adds where the data came from), and
:mod:`.writing` writes it. The rules of when two e-mails, phones, links or tags
of a contact are the same live here too, once for the editor and imports.

Validation returns *codes* per field (``{"emails.1": "email_invalid"}``); the UI
turns them into sentences in the user's language.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kontaktbuch.journal import limits
from kontaktbuch.journal.duplicates import normalise_url
from kontaktbuch.journal.names import display_name_of
from kontaktbuch.store import models as m


@dataclass
class Email:
    address: str
    label: str = ""


@dataclass
class Phone:
    number: str
    label: str = ""


@dataclass
class Link:
    url: str
    kind: str = ""  # recognised from the URL when empty


@dataclass
class MembershipData:
    network_id: int
    role: str = ""
    since: dt.date | None = None
    network_name: str = ""  # for showing only; ignored when saving


@dataclass(kw_only=True)
class ContactData:
    """Every field of a contact, with its e-mails, phones, links, tags and memberships.

    Keyword-only: of its sixteen fields twelve are strings, and a value given by
    position would land in the wrong one without any error.
    """

    id: int | None = None
    prefix: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    position: str = ""
    first_met: str = ""
    first_met_event_id: int | None = None
    offers: str = ""
    seeks: str = ""
    interests: str = ""
    notes: str = ""
    birthday_day: int | None = None
    birthday_month: int | None = None
    birthday_year: int | None = None
    keep_in_touch_days: int | None = None
    archived: bool = False
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    memberships: list[MembershipData] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return display_name_of(self)

    def has_name(self) -> bool:
        """A first or last name, or at least an organisation (what :func:`validate` asks)."""
        return bool(self.first_name.strip() or self.last_name.strip() or self.organisation.strip())

    # Adding without repeating what the contact already has (imports, merges).

    def add_email(self, address: str, label: str = "") -> None:
        address = address.strip()
        if address and email_key(address) not in {email_key(e.address) for e in self.emails}:
            self.emails.append(Email(address, label))

    def add_phone(self, number: str, label: str = "") -> None:
        number = number.strip()
        if number and phone_key(number) not in {phone_key(p.number) for p in self.phones}:
            self.phones.append(Phone(number, label))

    def add_link(self, url: str, kind: str = "") -> None:
        url = url.strip()
        if url and normalise_url(url) not in {normalise_url(li.url) for li in self.links}:
            self.links.append(Link(url, kind))

    def add_tag(self, name: str) -> None:
        name = tag_name(name)
        if name and tag_key(name) not in {tag_key(t) for t in self.tags}:
            self.tags.append(name)


SCALAR_FIELDS: tuple[str, ...] = (
    "prefix",
    "first_name",
    "last_name",
    "organisation",
    "position",
    "first_met",
    "first_met_event_id",
    "offers",
    "seeks",
    "interests",
    "notes",
    "birthday_day",
    "birthday_month",
    "birthday_year",
    "keep_in_touch_days",
    "archived",
)


# --- keep-in-touch intervals -------------------------------------------------------

INTERVAL_UNITS: dict[str, int] = {"days": 1, "weeks": 7, "months": 30}


def interval_parts(days: int | None) -> tuple[int, str] | None:
    """90 -> (3, "months"), 14 -> (2, "weeks"), None -> None: how a person would say it."""
    if not days:
        return None
    if days % 30 == 0:
        return days // 30, "months"
    if days % 7 == 0:
        return days // 7, "weeks"
    return days, "days"


def interval_days(count: int, unit: str) -> int:
    return count * INTERVAL_UNITS[unit]


# --- validation --------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
_DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", re.I)


class ValidationFailed(limits.FieldErrors):
    """A contact the journal refuses; ``errors`` maps field names to problem codes."""


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def normalise_link(url: str) -> str:
    """ "linkedin.com/in/anna" -> "https://linkedin.com/in/anna"; other text unchanged."""
    text = url.strip()
    if text and "://" not in text and " " not in text and "." in text.split("/", 1)[0]:
        return "https://" + text
    return text


def is_url(text: str) -> bool:
    parts = urlsplit(normalise_link(text))
    host = parts.hostname or ""
    return parts.scheme in ("http", "https") and bool(_DOMAIN.match(host)) and " " not in text


def birthday_problem(day: int | None, month: int | None, year: int | None) -> str | None:
    """None if the birthday is possible; 29 February without a year is allowed."""
    if day is None and month is None and year is None:
        return None
    if day is None or month is None:
        return "birthday_incomplete"
    if not 1 <= month <= 12:
        return "birthday_invalid"
    if year is not None:
        if not 1900 <= year <= dt.date.today().year:
            return "birthday_year_invalid"
        last = calendar.monthrange(year, month)[1]
    else:
        last = calendar.monthrange(2000, month)[1]  # a leap year: 29.2. is a birthday
    if not 1 <= day <= last:
        return "birthday_invalid"
    return None


def validate(data: ContactData) -> dict[str, str]:
    """Problems per field ("emails.1", "links.0", "birthday", …); empty when all is well."""
    errors: dict[str, str] = {}
    if not (data.first_name.strip() or data.last_name.strip() or data.organisation.strip()):
        errors["name"] = "name_missing"
    errors.update(length_problems(data))
    for i, email in enumerate(data.emails):
        if email.address.strip() and not is_email(email.address):
            errors[f"emails.{i}"] = "email_invalid"
    for i, phone in enumerate(data.phones):
        if phone.number.strip() and not re.search(r"\d", phone.number):
            errors[f"phones.{i}"] = "phone_invalid"
    for i, link in enumerate(data.links):
        if link.url.strip() and not is_url(link.url):
            errors[f"links.{i}"] = "url_invalid"
    problem = birthday_problem(data.birthday_day, data.birthday_month, data.birthday_year)
    if problem:
        errors["birthday"] = problem
    # None: as its networks say; 0: never remind; else every so many days.
    if data.keep_in_touch_days is not None and not (
        0 <= data.keep_in_touch_days <= limits.MAX_INTERVAL_DAYS
    ):
        errors["keep_in_touch"] = "interval_invalid"
    seen: set[int] = set()
    for i, membership in enumerate(data.memberships):
        if membership.network_id in seen:
            errors[f"memberships.{i}"] = "network_duplicate"
        elif not m.Network.select().where(m.Network.id == membership.network_id).exists():
            errors[f"memberships.{i}"] = "network_missing"
        seen.add(membership.network_id)
    if (
        data.first_met_event_id is not None
        and not m.Event.select().where(m.Event.id == data.first_met_event_id).exists()
    ):
        errors["first_met_event"] = "event_missing"
    return errors


# the journal's limits (``journal/limits.py``) per field of a contact
_LINE_LIMITS = {
    "prefix": limits.NAME_MAX,
    "first_name": limits.NAME_MAX,
    "last_name": limits.NAME_MAX,
    "organisation": limits.NAME_MAX,
    "position": limits.TITLE_MAX,
}
_TEXT_LIMITS = {"first_met": limits.TEXT_MAX, "offers": limits.TEXT_MAX,
                "seeks": limits.TEXT_MAX, "interests": limits.TEXT_MAX,
                "notes": limits.TEXT_MAX}  # fmt: skip


def length_problems(data: ContactData) -> dict[str, str]:
    """ "too_long" per field over its limit (names, texts, e-mails, phones, links,
    tags): what the editor marks and an import refuses, naming the card."""
    errors: dict[str, str] = {}
    for name, limit in _LINE_LIMITS.items():
        if limits.too_long(getattr(data, name), limit):
            errors["name" if name in ("first_name", "last_name") else name] = "too_long"
    for name, limit in _TEXT_LIMITS.items():
        if limits.too_long(getattr(data, name), limit, one_line=False):
            errors[name] = "too_long"
    for key, values, limit in (
        ("emails", [e.address for e in data.emails], limits.TITLE_MAX),
        ("phones", [p.number for p in data.phones], limits.TITLE_MAX),
        ("links", [li.url for li in data.links], limits.TITLE_MAX),
        ("tags", list(data.tags), limits.NAME_MAX),
    ):
        for i, value in enumerate(values):
            if limits.too_long(value, limit):
                errors[f"{key}.{i}"] = "too_long"
    return errors


# --- when two entries of a contact are the same ------------------------------------


def email_key(address: str) -> str:
    """E-mail addresses compare without case ("Anna@X.de" is "anna@x.de")."""
    return address.strip().lower()


def phone_key(number: str) -> str:
    """Phone numbers compare by their digits ("+49 170 1" is "+49-170-1")."""
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")


def tag_name(text: str) -> str:
    """A tag as it is kept: white space trimmed and folded (" Kunde  A " -> "Kunde A"),
    control characters removed (``limits.clean_line``)."""
    return limits.clean_line(text)


def tag_key(text: str) -> str:
    """What makes two tags one: their :func:`tag_name`, case folded ("kunde a" is "Kunde A")."""
    return tag_name(text).casefold()


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as kept (:func:`tag_name`), without empties and repeats (:func:`tag_key`), in order."""
    result: list[str] = []
    seen: set[str] = set()
    for tag in tags:
        name = tag_name(tag)
        if name and tag_key(name) not in seen:
            seen.add(tag_key(name))
            result.append(name)
    return result
