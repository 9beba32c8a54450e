"""Contacts and networks as vCards (4.0 where the server offers it, else 3.0).

A contact's fields go where every address book looks (N, FN, ORG, TITLE, EMAIL,
TEL, URL, BDAY, NOTE, CATEGORIES); the fields only Kontaktbuch knows travel as
``X-KONTAKTBUCH-…`` properties, which other programs keep. A network is a group
card: ``KIND:group`` with ``MEMBER`` lines in 4.0, Apple's
``X-ADDRESSBOOKSERVER-KIND``/``-MEMBER`` in 3.0 (what iOS and DAVx⁵ understand);
members' roles and "since" dates ride along in ``X-KONTAKTBUCH-MEMBER``.

:func:`render` changes only the lines of fields that differ from the server's
text, and checks that reading the result gives the record back.
"""

from __future__ import annotations

import re

from kontaktbuch.exchange.sync.contentlines import Card, Line, escape, split_unescaped, unescape
from kontaktbuch.exchange.sync.records import Record, clean, empty
from kontaktbuch.exchange.vcard_types import EMAIL_LABELS, PHONE_LABELS, PHONE_TYPES
from kontaktbuch.journal.names import split_name
from kontaktbuch.journal.vocabulary import LINK_KINDS, link_kind_for_url

OWN = "X-KONTAKTBUCH-"
_BDAY_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_BDAY_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
# The journal's own text fields a card carries, each in a property named by :func:`_own_name`.
_TEXT_OWN = ("offers", "seeks", "interests", "first_met", "first_met_event")


def member_ref(uid: str) -> str:
    """A contact's UID as the URI a group card lists it by."""
    return uid if uid.startswith("urn:") else f"urn:uuid:{uid}"


def is_group(card: Card) -> bool:
    kind = card.value("KIND") or card.value("X-ADDRESSBOOKSERVER-KIND")
    return kind.strip().lower() == "group"


def uid_of(card: Card) -> str:
    return card.value("UID").strip()


def parse(text: str) -> tuple[str, str, Record]:
    """(kind, uid, record) of a card; raises ValueError for a card we cannot read."""
    card = Card.parse(text)
    uid = uid_of(card)
    if not uid:
        raise ValueError("card without UID")
    if is_group(card):
        return "network", uid, _network(card)
    return "contact", uid, _contact(card)


def _own_name(key: str) -> str:
    """The property of the journal's own field ``key``: its name in capitals with "-"
    for "_" after the prefix (``first_met`` → ``X-KONTAKTBUCH-FIRST-MET``), the rule
    the vCard export follows too; one rule, so no field's property is spelt apart."""
    return OWN + key.upper().replace("_", "-")


def _own(card: Card, key: str) -> str:
    return card.value(_own_name(key))


def _number(text: str, low: int, high: int) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and low <= int(text) <= high else None


def _name(card: Card) -> tuple[str, str, str]:
    """(prefix, first, last) from N, else from FN."""
    line = card.first("N")
    if line is not None:
        parts = [*split_unescaped(line.value, ";"), "", "", "", "", ""]
        family, given, additional, prefix = (" ".join(p.split()) for p in parts[:4])
        first = " ".join(p for p in (given, additional) if p)
        if family or first or prefix:
            return prefix, first, family
    # No name in N: a card with only FN (some phones), unless FN just repeats the
    # organisation or is our "?" for a card without any name.
    full = " ".join(card.value("FN").split())
    org = card.first("ORG")
    org_name = split_unescaped(org.value, ";")[0].strip() if org else ""
    if full in ("", "?") or full == org_name:
        return "", "", ""
    first, last = split_name(full)
    return "", first, last


def _contact(card: Card) -> Record:
    record = empty("contact")
    record["prefix"], record["first_name"], record["last_name"] = _name(card)
    org = card.first("ORG")
    record["organisation"] = split_unescaped(org.value, ";")[0].strip() if org else ""
    record["position"] = (card.value("TITLE") or card.value("ROLE")).strip()
    for line in card.all("EMAIL"):
        address = unescape(line.value).strip().removeprefix("mailto:")
        label = next((t for t in line.types() if t in EMAIL_LABELS), "")
        if address:
            record["emails"].append([address, label])
    for line in card.all("TEL"):
        number = unescape(line.value).strip().removeprefix("tel:")
        label = next((PHONE_LABELS[t] for t in line.types() if t in PHONE_LABELS), "")
        if number:
            record["phones"].append([number, label])
    labels = {line.group.lower(): unescape(line.value).lower() for line in card.all("X-ABLABEL")}
    for line in card.all("URL"):
        url = unescape(line.value).strip()
        if url:
            hints = [labels.get(line.group.lower(), ""), *line.types()]
            record["links"].append([url, _link_kind(url, hints)])
    record["birthday"] = _birthday(card)
    record["notes"] = "\n".join(unescape(line.value) for line in card.all("NOTE"))
    record["tags"] = [
        tag.strip() for line in card.all("CATEGORIES") for tag in split_unescaped(line.value, ",")
    ]
    for key in _TEXT_OWN:
        record[key] = _own(card, key) or record[key]
    record["keep_in_touch_days"] = _number(_own(card, "keep_in_touch_days"), 1, 100_000)
    record["archived"] = _own(card, "archived").strip().lower() in ("1", "true", "yes")
    record["relations"] = [
        [unescape(line.value).strip(), line.param("X-KIND") or "other", line.param("X-LABEL")]
        for line in card.all(OWN + "RELATED")
    ]
    return clean("contact", record)


def _link_kind(url: str, hints: list[str]) -> str:
    for hint in hints:
        if hint in LINK_KINDS:
            return hint
    return link_kind_for_url(url)


def _birthday(card: Card) -> list[int | None] | None:
    line = card.first("BDAY")
    if line is None:
        return None
    text = unescape(line.value).strip()
    omit = line.param("X-APPLE-OMIT-YEAR")
    if match := _BDAY_FULL.match(text):
        year, month, day = (int(g) for g in match.groups())
        return [day, month, None if year == 1604 or str(year) == omit else year]
    if match := _BDAY_NO_YEAR.match(text):
        return [int(match.group(2)), int(match.group(1)), None]
    return None


def _network(card: Card) -> Record:
    record = empty("network")
    record["name"] = card.value("FN").strip() or " ".join(p for p in _name(card) if p)
    record["description"] = "\n".join(unescape(line.value) for line in card.all("NOTE"))
    record["kind"] = _own(card, "kind").strip() or "other"
    record["keep_in_touch_days"] = _number(_own(card, "keep_in_touch_days"), 1, 100_000)
    details = {
        unescape(line.value).strip(): [line.param("X-ROLE"), line.param("X-SINCE") or None]
        for line in card.all(OWN + "MEMBER")
    }
    members: dict[str, list[object]] = {}
    for line in [*card.all("MEMBER"), *card.all("X-ADDRESSBOOKSERVER-MEMBER")]:
        ref = unescape(line.value).strip()
        if ref:
            members[ref] = list(details.get(ref, ["", None]))
    record["members"] = members
    return clean("network", record)


# --- writing ---------------------------------------------------------------------


def _text_line(name: str, value: str, params: dict[str, list[str]] | None = None) -> Line:
    return Line.make(name, escape(value), params)


def _full_name(record: Record) -> str:
    parts = (record["prefix"], record["first_name"], record["last_name"])
    return " ".join(p for p in parts if p) or record["organisation"] or "?"


def _bday_line(birthday: list[int | None], version: str) -> Line:
    day, month, year = birthday
    if version == "4.0":
        return Line.make(
            "BDAY", f"{year:04d}{month:02d}{day:02d}" if year else f"--{month:02d}{day:02d}"
        )
    if year:
        return Line.make("BDAY", f"{year:04d}-{month:02d}-{day:02d}")
    return Line.make("BDAY", f"1604-{month:02d}-{day:02d}", {"X-APPLE-OMIT-YEAR": ["1604"]})


def _reuse(old: list[Line], parse_one: object, items: list[list[str]], make: object) -> list[Line]:
    """Lines for ``items``: an old line that reads as the same item is kept as it was."""
    pool = list(old)
    out = []
    for item in items:
        match = next((line for line in pool if parse_one(line) == item), None)  # type: ignore[operator]
        if match is not None:
            pool.remove(match)
            out.append(match)
        else:
            out.append(make(item))  # type: ignore[operator]
    return out


def _email_item(line: Line) -> list[str]:
    card = Card([line])
    parsed = _contact(card)["emails"]
    return parsed[0] if parsed else []


def _phone_item(line: Line) -> list[str]:
    parsed = _contact(Card([line]))["phones"]
    return parsed[0] if parsed else []


def _contact_field_lines(
    key: str, record: Record, version: str, card: Card
) -> tuple[tuple[str, ...], list[Line]]:  # noqa: E501
    """The property names a contact field owns, and its new lines."""
    value = record[key]
    if key in ("prefix", "first_name", "last_name", "organisation"):
        n = ";".join(
            escape(p) for p in (record["last_name"], record["first_name"], "", record["prefix"], "")
        )
        lines = [Line.make("FN", escape(_full_name(record))), Line.make("N", n)]
        if key == "organisation":
            return ("ORG", "FN"), [lines[0], *([_text_line("ORG", value)] if value else [])]
        return ("FN", "N"), lines
    if key == "position":
        return ("TITLE", "ROLE"), [_text_line("TITLE", value)] if value else []
    if key == "emails":
        make = lambda item: _text_line("EMAIL", item[0], {"TYPE": [item[1]]} if item[1] else None)  # noqa: E731
        return ("EMAIL",), _reuse(card.all("EMAIL"), _email_item, value, make)
    if key == "phones":

        def make_phone(item: list[str]) -> Line:
            label = PHONE_TYPES.get(item[1], "")
            return _text_line("TEL", item[0], {"TYPE": [label]} if label else None)

        return ("TEL",), _reuse(card.all("TEL"), _phone_item, value, make_phone)
    if key == "links":
        labels = {
            line.group.lower(): unescape(line.value).lower() for line in card.all("X-ABLABEL")
        }

        def link_item(line: Line) -> list[str]:
            url = unescape(line.value).strip()
            return [url, _link_kind(url, [labels.get(line.group.lower(), ""), *line.types()])]

        def make_link(item: list[str]) -> Line:
            return Line.make("URL", escape(item[0]).replace("\\,", ","), {"TYPE": [item[1]]})

        return ("URL",), _reuse(card.all("URL"), link_item, value, make_link)
    if key == "birthday":
        return ("BDAY",), [_bday_line(value, version)] if value else []
    if key == "notes":
        return ("NOTE",), [_text_line("NOTE", value)] if value else []
    if key == "tags":
        return ("CATEGORIES",), [
            Line.make("CATEGORIES", ",".join(escape(t) for t in value))
        ] if value else []
    if key in _TEXT_OWN:
        name = _own_name(key)
        return (name,), [_text_line(name, value)] if value else []
    if key == "keep_in_touch_days":
        name = _own_name(key)
        return (name,), [Line.make(name, str(value))] if value else []
    if key == "archived":
        name = _own_name(key)
        return (name,), [Line.make(name, "1")] if value else []
    if key == "relations":
        name = OWN + "RELATED"
        lines = []
        for other, kind, label in value:
            params = {"X-KIND": [kind]}
            if label:
                params["X-LABEL"] = [label]
            lines.append(Line.make(name, escape(other), params))
        return (name,), lines
    raise KeyError(key)


def _network_field_lines(
    key: str, record: Record, version: str, card: Card
) -> tuple[tuple[str, ...], list[Line]]:  # noqa: E501
    value = record[key]
    if key == "name":
        return ("FN", "N"), [_text_line("FN", value), Line.make("N", escape(value) + ";;;;")]
    if key == "description":
        return ("NOTE",), [_text_line("NOTE", value)] if value else []
    if key == "kind":
        return (_own_name(key),), [Line.make(_own_name(key), escape(value))]
    if key == "keep_in_touch_days":
        name = _own_name(key)
        return (name,), [Line.make(name, str(value))] if value else []
    if key == "members":
        member = "MEMBER" if version == "4.0" else "X-ADDRESSBOOKSERVER-MEMBER"
        lines = [Line.make(member, ref) for ref in sorted(value)]
        for ref, (role, since) in sorted(value.items()):
            params: dict[str, list[str]] = {}
            if role:
                params["X-ROLE"] = [role]
            if since:
                params["X-SINCE"] = [since]
            if params:
                lines.append(Line.make(OWN + "MEMBER", ref, params))
        return ("MEMBER", "X-ADDRESSBOOKSERVER-MEMBER", OWN + "MEMBER"), lines
    raise KeyError(key)


def render(kind: str, uid: str, record: Record, version: str, raw: str | None) -> str:
    """The card text for ``record``: ``raw`` with the changed fields' lines replaced."""
    record = clean(kind, record)
    if raw:
        card = Card.parse(raw)
        version = card.value("VERSION").strip() or version
        current = _network(card) if kind == "network" else _contact(card)
    else:
        card = Card([Line.make("VERSION", version), _text_line("UID", uid)])
        if kind == "network":
            name = "KIND" if version == "4.0" else "X-ADDRESSBOOKSERVER-KIND"
            card.lines.append(Line.make(name, "group"))
        current = None
    field_lines = _network_field_lines if kind == "network" else _contact_field_lines
    for attempt in range(2):
        for key in record:
            if current is None or current.get(key) != record[key]:
                names, lines = field_lines(key, record, version, card)
                card.replace(names, lines)
        current = _network(card) if kind == "network" else _contact(card)
        if current == record:
            break
        if attempt == 1:  # pragma: no cover - a mapping bug; keep what we could write
            raise ValueError(f"card does not read back: {kind} {uid}")
        current = None  # write every field once more, from scratch
    return card.serialize()
