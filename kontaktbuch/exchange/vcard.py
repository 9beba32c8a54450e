"""Reading vCards 2.1, 3.0 and 4.0 from one file or a folder of ``.vcf`` files.

Real exports bend the standard: Outlook writes vCard 2.1 with Windows-1252 bytes
and quoted-printable values broken over lines with a soft ``=``; Apple groups a
URL with its label (``item1.URL`` + ``item1.X-ABLabel``) and stores a birthday
without year as 1604; Nextcloud writes ``--0612`` and ``tel:`` URIs. A small
line reader first brings every card to clean Unicode vCard lines (unfolded,
decoded, photos dropped); vobject then parses the values. Any card that cannot
be read stops the whole import with an :class:`ExchangeError` naming the file,
the card and the line, so nothing is half imported.

Over 500 lines because reading real-world vCards is one job with many cases:
the line reader and the value conversion share the card and line positions that
every error message names, so splitting them would only pass those around.
"""

from __future__ import annotations

import codecs
import datetime as dt
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import vobject

from kontaktbuch.exchange.records import (
    ContactRecord,
    ExchangeError,
    ImportWarning,
    NetworkRef,
    ParseResult,
    Progress,
    report,
)
from kontaktbuch.journal.names import split_name
from kontaktbuch.journal.vocabulary import LINK_KINDS, NETWORK_KINDS, link_kind_for_url

_LINE_BREAK = re.compile(rb"\r\n|\n|\r")
#: properties whose binary payload we do not keep
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
_OFFER_PREFIXES = ("bietet:", "offers:")
_SEEK_PREFIXES = ("sucht:", "seeks:")
_PHONE_LABELS = {
    "cell": "mobile",
    "mobile": "mobile",
    "iphone": "mobile",
    "work": "work",
    "home": "home",
    "fax": "fax",
    "pager": "pager",
    "main": "work",
}
_EMAIL_LABELS = {"work": "work", "home": "home", "other": "other"}
_OWN = "X-KONTAKTBUCH-"


@dataclass
class _Line:
    number: int  # 1-based line in the file where this logical line starts
    raw: bytes


@dataclass
class _Card:
    index: int  # 1-based card number in the file
    begin_line: int
    lines: list[_Line] = field(default_factory=list)


def read_vcards(path: Path | str, progress: Progress | None = None) -> ParseResult:
    """Read one ``.vcf`` file or every ``.vcf`` file below a folder."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".vcf")
        if not files:
            raise ExchangeError(path, "empty", detail="no .vcf files in this folder")
    else:
        files = [path]
    datas: list[tuple[Path, bytes]] = []
    for file in files:
        try:
            datas.append((file, file.read_bytes()))
        except OSError as exc:
            raise ExchangeError(file, "unreadable", detail=exc.strerror or str(exc)) from exc
    cards = [(file, card) for file, data in datas for card in _split_cards(file, data)]
    result = ParseResult(source=str(path))
    total = len(cards)
    report(progress, 0, total)
    for number, (file, card) in enumerate(cards, 1):
        record = _read_card(file, card, result.warnings)
        if record is not None:
            result.records.append(record)
        if number % 20 == 0 or number == total:
            report(progress, number, total)
    return result


def parse_vcard_bytes(data: bytes, source: str = "cards.vcf") -> ParseResult:
    """Read cards from bytes (used by tests and by ``read_vcards``)."""
    result = ParseResult(source=source)
    for card in _split_cards(Path(source), data):
        record = _read_card(Path(source), card, result.warnings)
        if record is not None:
            result.records.append(record)
    return result


# --- lines and cards -----------------------------------------------------------


def _to_utf8_bytes(path: Path, data: bytes) -> bytes:
    """Remove a BOM; turn UTF-16 exports (some phones) into UTF-8 bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ExchangeError(path, "not_vcard", detail=str(exc)) from exc
    if b"\x00" in data:
        raise ExchangeError(path, "not_vcard", detail="binary data")
    return data


def _is_qp(raw: bytes) -> bool:
    head = raw.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _is_base64(raw: bytes) -> bool:
    head = raw.split(b":", 1)[0].upper().replace(b" ", b"")
    return b"ENCODING=BASE64" in head or b"ENCODING=B;" in head + b";" or b";BASE64" in head


def _logical_lines(data: bytes) -> list[_Line]:
    """Unfold lines (leading blank = continuation; quoted-printable soft breaks).

    Old Outlook versions also write base64 photos over unindented lines; those
    lines (no colon, up to the blank line) belong to the photo.
    """
    lines: list[_Line] = []
    for number, physical in enumerate(_LINE_BREAK.split(data), 1):
        if lines and lines[-1].raw.endswith(b"=") and _is_qp(lines[-1].raw):
            lines[-1].raw = lines[-1].raw[:-1] + physical.lstrip(b" \t")
            continue
        if physical[:1] in (b" ", b"\t") and lines:
            lines[-1].raw += physical[1:]
            continue
        if (
            lines
            and physical.strip()
            and b":" not in physical
            and _is_base64(lines[-1].raw)
            and re.fullmatch(rb"[A-Za-z0-9+/=]+", physical.strip())
        ):
            lines[-1].raw += physical.strip()
            continue
        if not physical.strip():
            continue
        lines.append(_Line(number, physical))
    return lines


def _split_cards(path: Path, data: bytes) -> list[_Card]:
    data = _to_utf8_bytes(path, data)
    cards: list[_Card] = []
    current: _Card | None = None
    for line in _logical_lines(data):
        upper = line.raw.strip().upper()
        if upper == b"BEGIN:VCARD":
            if current is not None:
                raise ExchangeError(
                    path,
                    "parse",
                    card=current.index,
                    line=line.number,
                    detail="BEGIN:VCARD inside a card (END:VCARD missing)",
                )
            current = _Card(len(cards) + 1, line.number)
        elif upper == b"END:VCARD":
            if current is None:
                raise ExchangeError(
                    path, "parse", line=line.number, detail="END:VCARD without BEGIN"
                )
            cards.append(current)
            current = None
        elif current is not None:
            current.lines.append(line)
        elif cards:
            # Text between cards: tolerated only if blank (handled above).
            raise ExchangeError(path, "parse", line=line.number, detail="text outside a card")
    if current is not None:
        raise ExchangeError(
            path, "parse", card=current.index, line=current.begin_line, detail="END:VCARD missing"
        )
    if not cards:
        raise ExchangeError(path, "not_vcard", detail="no BEGIN:VCARD found")
    return cards


def _split_outside_quotes(text: str, sep: str, maxsplit: int = -1) -> list[str]:
    parts: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted and (maxsplit < 0 or len(parts) < maxsplit):
            parts.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf))
    return parts


def _decode(value: bytes, charset: str | None) -> str:
    if charset:
        try:
            return value.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("cp1252", errors="replace")


@dataclass
class _Clean:
    name: str
    text: str | None  # the clean vCard line for vobject, None when dropped
    dropped_binary: bool = False


def _clean_line(path: Path, card: _Card, line: _Line) -> _Clean:
    """One logical line as clean Unicode, with charset and quoted-printable undone."""
    raw = line.raw
    colon = _find_value_colon(raw)
    if colon < 0:
        raise ExchangeError(
            path, "parse", card=card.index, line=line.number, detail="a line without ':'"
        )
    head = raw[:colon].decode("utf-8", errors="replace").strip()
    value = raw[colon + 1 :]
    parts = _split_outside_quotes(head, ";")
    full_name = parts[0].strip()
    group, _, name = full_name.rpartition(".")
    name = name.upper()
    if (
        not name
        or not re.fullmatch(r"[A-Za-z0-9-]+", name)
        or (group and not re.fullmatch(r"[A-Za-z0-9-]+", group))
    ):
        raise ExchangeError(
            path, "parse", card=card.index, line=line.number, detail=f"bad property name {head!r}"
        )
    params: list[str] = []
    encoding = ""
    charset: str | None = None
    for param in parts[1:]:
        param = param.strip()
        if not param:
            continue
        key, eq, val = param.partition("=")
        key_u = key.strip().upper()
        if not eq:
            if key_u in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                encoding = key_u
                continue
            params.append(f"TYPE={key.strip()}")
            continue
        if key_u == "ENCODING":
            encoding = val.strip().upper()
            continue
        if key_u == "CHARSET":
            charset = val.strip().strip('"')
            continue
        params.append(f"{key.strip()}={val}")
    if name in _BINARY or encoding in ("BASE64", "B"):
        return _Clean(name, None, dropped_binary=name == "PHOTO")
    if encoding == "QUOTED-PRINTABLE":
        text = _decode(quopri.decodestring(value), charset)
        text = text.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n")
        text = text.replace("\r", "\\n")
    else:
        text = _decode(value, charset)
    text = text.replace("\r", "").replace("\n", "")
    prefix = f"{group}." if group else ""
    param_text = "".join(f";{p}" for p in params)
    return _Clean(name, f"{prefix}{name}{param_text}:{text}")


def _find_value_colon(raw: bytes) -> int:
    quoted = False
    for i, byte in enumerate(raw):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return -1


# --- from a card to a record ------------------------------------------------------


def _read_card(path: Path, card: _Card, warnings: list[ImportWarning]) -> ContactRecord | None:
    source = path.name
    texts: list[str] = []
    numbers: list[int] = []
    photo = False
    for line in card.lines:
        clean = _clean_line(path, card, line)
        if clean.dropped_binary:
            photo = True
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
    body = "\r\n".join(["BEGIN:VCARD", *texts, "END:VCARD"]) + "\r\n"
    try:
        component = vobject.readOne(body, ignoreUnreadable=False)
        record = _to_record(component, source, card.index, warnings)
    except ExchangeError:
        raise
    except Exception as exc:  # vobject raises many kinds; each is "this card is unreadable"
        number = getattr(exc, "lineNumber", None)
        line_no = card.begin_line
        if isinstance(number, int) and 2 <= number <= len(numbers) + 1:
            line_no = numbers[number - 2]
        raise ExchangeError(
            path, "parse", card=card.index, line=line_no, detail=str(exc) or type(exc).__name__
        ) from exc
    if photo:
        warnings.append(ImportWarning("photo_dropped", source, card=card.index))
    if record is None:
        warnings.append(
            ImportWarning("skipped_card", source, card=card.index, line=card.begin_line)
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
    component: object, source: str, index: int, warnings: list[ImportWarning]
) -> ContactRecord | None:
    record = ContactRecord(source=source, card=index)
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
        label = next((_EMAIL_LABELS[t] for t in _types(line) if t in _EMAIL_LABELS), "")
        address = _text(line.value).removeprefix("mailto:")
        if "@" in address:
            record.add_email(address, label)
    for line in _values(component, "tel"):
        label = next((_PHONE_LABELS[t] for t in _types(line) if t in _PHONE_LABELS), "")
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


def _read_related(component: object, record: ContactRecord) -> None:
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
    record: ContactRecord,
    warnings: list[ImportWarning],
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
        warnings.append(ImportWarning("bad_birthday", source, card=index, detail=text))
        return
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February without year
    except ValueError:
        warnings.append(ImportWarning("bad_birthday", source, card=index, detail=text))
        return
    record.birthday_day, record.birthday_month, record.birthday_year = day, month, year


def _read_own(component: object, record: ContactRecord) -> None:
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
                NetworkRef(name, kind if kind in NETWORK_KINDS else "other", since, role)
            )
