"""Reading vCards 2.1, 3.0 and 4.0 from one file or a folder of ``.vcf`` files.

Real exports bend the standard: Outlook writes vCard 2.1 with Windows-1252 bytes
and quoted-printable values broken over lines with a soft ``=``; Apple groups a
URL with its label (``item1.URL`` + ``item1.X-ABLabel``) and stores a birthday
without year as 1604; Nextcloud writes ``--0612`` and ``tel:`` URIs. A small
line reader (``vcard_lines``) first brings every card to clean Unicode vCard
lines (unfolded, decoded, photos and control characters dropped); vobject then
parses the values (``vcard_component``). Any card that cannot
be read stops the whole import with an :class:`ExchangeError` naming the file,
the card and the line, so nothing is half imported.

The line reader lives in :mod:`kontaktbuch.exchange.vcard_lines`; this module
turns its clean lines into records.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Protocol

import vobject

from kontaktbuch.exchange import records
from kontaktbuch.exchange.reading import folder_files, read_bytes
from kontaktbuch.exchange.vcard_component import read_component
from kontaktbuch.exchange.vcard_lines import Card, clean_line, split_cards
from kontaktbuch.exchange.vcard_types import EMAIL_LABELS, PHONE_LABELS
from kontaktbuch.journal.names import split_name
from kontaktbuch.journal.vocabulary import LINK_KINDS, NETWORK_KINDS, link_kind_for_url

_OFFER_PREFIXES = ("bietet:", "offers:")
_SEEK_PREFIXES = ("sucht:", "seeks:")
_OWN = "X-KONTAKTBUCH-"


def read_vcards(path: Path | str, progress: records.Progress | None = None) -> records.ParseResult:
    """Read one ``.vcf`` file or every ``.vcf`` file below a folder.

    Only regular files are read, each within its size (``reading.py``). In a
    folder, an empty ``.vcf`` or an entry that is no regular file is skipped and
    said; a folder without any vCard is refused as such.
    """
    path = Path(path)
    warnings: list[records.ImportWarning] = []
    if path.is_dir():
        files, odd = folder_files(path, ".vcf")
        warnings += [records.ImportWarning("not_regular_skipped", f.name) for f in odd]
        if not files:
            raise records.ExchangeError(path, "no_vcards", detail="no .vcf files in this folder")
    else:
        files = [path]
    cards: list[tuple[Path, Card]] = []
    for file in files:
        try:
            cards += [(file, card) for card in split_cards(file, read_bytes(file, "vcard"))]
        except records.ExchangeError as exc:
            if exc.code != "empty" or len(files) == 1:
                raise
            warnings.append(records.ImportWarning("empty_skipped", file.name))
    if not cards:
        raise records.ExchangeError(
            path, "no_vcards", detail="only empty .vcf files in this folder"
        )
    result = records.ParseResult(source=str(path), warnings=warnings)
    total = len(cards)
    records.report(progress, 0, total)
    for number, (file, card) in enumerate(cards, 1):
        record = _read_card(file, card, result.warnings)
        if record is not None:
            result.records.append(record)
        if number % 20 == 0 or number == total:
            records.report(progress, number, total)
    return result


def parse_vcard_bytes(data: bytes, source: str = "cards.vcf") -> records.ParseResult:
    """Read cards from bytes (used by tests and by ``read_vcards``)."""
    result = records.ParseResult(source=source)
    for card in split_cards(Path(source), data):
        record = _read_card(Path(source), card, result.warnings)
        if record is not None:
            result.records.append(record)
    return result


# --- from a card to a record ------------------------------------------------------


def _read_card(
    path: Path, card: Card, warnings: list[records.ImportWarning]
) -> records.ContactRecord | None:
    source = path.name
    texts: list[str] = []
    numbers: list[int] = []
    photo = controls = False
    for line in card.lines:
        clean = clean_line(path, card, line)
        photo = photo or clean.dropped_binary
        controls = controls or clean.removed_controls
        if clean.text is None:
            continue
        if clean.name == "VERSION":
            # vobject reads all three versions with its 3.0 rules; our line
            # reader already undid what differs in 2.1.
            clean.text = "VERSION:3.0"
        texts.append(clean.text)
        numbers.append(line.number)
    if not any(t.upper().startswith("VERSION:") for t in texts):
        texts.insert(0, "VERSION:3.0")
        numbers.insert(0, card.begin_line)
    try:
        component = read_component(texts)
        record = _to_record(component, source, card.index, warnings)
    except records.ExchangeError:
        raise
    except Exception as exc:  # vobject raises many kinds; each is "this card is unreadable"
        number = getattr(exc, "lineNumber", None)
        line_no = card.begin_line
        if isinstance(number, int) and 2 <= number <= len(numbers) + 1:
            line_no = numbers[number - 2]
        raise records.ExchangeError(
            path, "parse", card=card.index, line=line_no, detail=str(exc) or type(exc).__name__
        ) from exc
    if photo:
        warnings.append(records.ImportWarning("photo_dropped", source, card=card.index))
    if controls:
        warnings.append(records.ImportWarning("controls_removed", source, card=card.index))
    if record is None:
        warnings.append(
            records.ImportWarning("skipped_card", source, card=card.index, line=card.begin_line)
        )
        return None
    record.line = card.begin_line
    return record


class _ContentLine(Protocol):
    """A vobject content line, as read here. Its value is text, a list, or a vCard
    Name or Address; vobject's stubs say ``str``, so the lines are typed here."""

    @property
    def value(self) -> object: ...


def _values(component: object, name: str) -> list[_ContentLine]:
    contents = getattr(component, "contents", {})
    return list(contents.get(name.lower(), []))


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v)
    return str(value or "").strip()


def _types(line: object) -> list[str]:
    params = getattr(line, "params", {})
    found: list[str] = []
    for value in params.get("TYPE", []):
        found.extend(v.strip().lower() for v in str(value).split(",") if v.strip())
    return found


def _to_record(
    component: object, source: str, index: int, warnings: list[records.ImportWarning]
) -> records.ContactRecord | None:
    record = records.ContactRecord(source=source, card=index)
    for line in _values(component, "n")[:1]:
        name = line.value
        if isinstance(name, vobject.vcard.Name):
            record.last_name = _text(name.family)
            record.first_name = " ".join(
                p for p in (_text(name.given), _text(name.additional)) if p
            )
            record.prefix = _text(name.prefix)
        else:
            record.first_name, record.last_name = split_name(_text(name))
    if not (record.first_name or record.last_name):
        for line in _values(component, "fn")[:1]:
            record.first_name, record.last_name = split_name(_text(line.value))
    for line in _values(component, "org")[:1]:
        value = line.value
        parts = value if isinstance(value, list) else [value]
        record.organisation = _text(parts[0]) if parts else ""
    for key in ("title", "role"):
        for line in _values(component, key)[:1]:
            if not record.position:
                record.position = _text(line.value)
    for line in _values(component, "email"):
        label = next((t for t in _types(line) if t in EMAIL_LABELS), "")
        address = _text(line.value).removeprefix("mailto:")
        if "@" in address:
            record.add_email(address, label)
    for line in _values(component, "tel"):
        label = next((PHONE_LABELS[t] for t in _types(line) if t in PHONE_LABELS), "")
        number = _text(line.value)
        record.add_phone(number.removeprefix("tel:"), label)
    labels: dict[str, str] = {}
    for line in _values(component, "x-ablabel"):
        group = getattr(line, "group", None)
        if group:
            labels[group.lower()] = _text(line.value).lower()
    for line in _values(component, "url"):
        url = _text(line.value)
        label = labels.get((getattr(line, "group", None) or "").lower(), "")
        record.add_link(url, _link_kind(url, [label, *_types(line)]))
    _read_related(component, record)
    for key in ("x-socialprofile", "socialprofile"):
        for line in _values(component, key):
            url = _text(line.value)
            if url.lower().startswith(("http://", "https://", "www.")):
                record.add_link(url, _link_kind(url, _types(line)))
    _read_birthday(component, record, warnings, source, index)
    notes: list[str] = []
    for line in _values(component, "note"):
        for text_line in _text(line.value).splitlines():
            stripped = text_line.strip()
            lowered = stripped.lower()
            if lowered.startswith(_OFFER_PREFIXES):
                record.offers = _join(record.offers, stripped.split(":", 1)[1].strip())
            elif lowered.startswith(_SEEK_PREFIXES):
                record.seeks = _join(record.seeks, stripped.split(":", 1)[1].strip())
            else:
                notes.append(text_line.rstrip())
    for line in _values(component, "adr"):
        address = _address(line.value)
        if address:
            notes.append(address)
    record.notes = "\n".join(notes).strip("\n")
    for line in _values(component, "categories"):
        value = line.value
        for tag in value if isinstance(value, list) else str(value).split(","):
            record.add_tag(str(tag))
    _read_own(component, record)
    if not record.has_name():
        return None
    return record


def _read_related(component: object, record: records.ContactRecord) -> None:
    """``RELATED`` (4.0) and ``X-ABRELATEDNAMES`` with its ``X-ABLabel`` (3.0, Apple,
    DAVx⁵): the other person's name and how they are related (see ``related``)."""
    from kontaktbuch.exchange.related import kind_of

    for line in _values(component, "related"):
        name = _text(line.value).strip()
        types = [str(t) for t in getattr(line, "params", {}).get("TYPE", []) if str(t).strip()]
        kind, label = kind_of(types[0] if types else "")
        record.relations.append((name, kind, label))
    for line in _values(component, "x-abrelatednames"):
        name = _text(line.value).strip()
        group = (getattr(line, "group", None) or "").lower()
        label_line = [
            v
            for v in _values(component, "x-ablabel")
            if (getattr(v, "group", None) or "").lower() == group and group
        ]
        raw = _text(label_line[0].value) if label_line else ""
        record.relations.append((name, *kind_of(raw)))
    record.relations = [r for r in record.relations if r[0]]


def _join(old: str, new: str) -> str:
    return f"{old}\n{new}" if old else new


def _link_kind(url: str, hints: list[str]) -> str:
    for hint in hints:
        for kind in LINK_KINDS:
            if hint and kind in hint.replace("-", ""):
                return kind
    return link_kind_for_url(url)


def _address(value: object) -> str:
    if not isinstance(value, vobject.vcard.Address):
        return _text(value)
    street = _text(value.street)
    city = " ".join(p for p in (_text(value.code), _text(value.city)) if p)
    parts = [p for p in (_text(value.box), _text(value.extended), street, city) if p]
    parts += [p for p in (_text(value.region), _text(value.country)) if p]
    return ", ".join(parts)


_BDAY_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_BDAY_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


def _read_birthday(
    component: object,
    record: records.ContactRecord,
    warnings: list[records.ImportWarning],
    source: str,
    index: int,
) -> None:
    lines = _values(component, "bday")
    if not lines:
        return
    text = _text(lines[0].value)
    omit = {_text(v.value) for v in _values(component, "x-apple-omit-year")}
    year: int | None
    if match := _BDAY_FULL.match(text):
        year, month, day = (int(g) for g in match.groups())
        if str(year) in omit or year == 1604:
            year = None
    elif match := _BDAY_NO_YEAR.match(text):
        year, month, day = None, int(match.group(1)), int(match.group(2))
    else:
        warnings.append(records.ImportWarning("bad_birthday", source, card=index, detail=text))
        return
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February without year
    except ValueError:
        warnings.append(records.ImportWarning("bad_birthday", source, card=index, detail=text))
        return
    record.birthday_day, record.birthday_month, record.birthday_year = day, month, year


def _read_own(component: object, record: records.ContactRecord) -> None:
    """Our own X- properties from a Kontaktbuch export: fields vCard has no place for."""
    for key, attr in (
        ("offers", "offers"),
        ("seeks", "seeks"),
        ("interests", "interests"),
        ("first-met", "first_met"),
    ):
        for line in _values(component, _OWN + key)[:1]:
            setattr(record, attr, _text(line.value))
    for line in _values(component, _OWN + "keep-in-touch-days")[:1]:
        text = _text(line.value)
        if text.isdigit() and 0 < int(text) < 100000:
            record.keep_in_touch_days = int(text)
    for line in _values(component, _OWN + "archived")[:1]:
        record.archived = _text(line.value) in ("1", "true", "yes")
    for line in _values(component, _OWN + "network"):
        params = getattr(line, "params", {})
        kind = (params.get("X-KIND") or ["other"])[0]
        since_text = (params.get("X-SINCE") or [""])[0]
        role = (params.get("X-ROLE") or [""])[0]
        try:
            since = dt.date.fromisoformat(since_text) if since_text else None
        except ValueError:
            since = None
        name = _text(line.value)
        if name:
            record.networks.append(
                records.NetworkRef(name, kind if kind in NETWORK_KINDS else "other", since, role)
            )
