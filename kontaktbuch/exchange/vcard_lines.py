"""The vCard line reader: bytes of a file to cards of clean Unicode lines.

Real exports bend the standard: Outlook writes vCard 2.1 with Windows-1252 bytes
and quoted-printable values broken over lines with a soft ``=``; some phones
write UTF-16; photos come base64 over unindented lines. This brings every card
to clean vCard lines (unfolded, decoded, photos dropped) for vobject, keeping
each line's number for the messages (:mod:`kontaktbuch.exchange.vcard`).

Control characters (a NUL in a name, an escape) are removed from values, and the
card says so (``Clean.removed_controls``), so that one stray byte does not refuse
the whole file; a file that is binary (an image named ``.vcf``) is still refused.
"""

from __future__ import annotations

import codecs
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from kontaktbuch.exchange.reading import utf16_without_bom
from kontaktbuch.exchange.records import ExchangeError

_LINE_BREAK = re.compile(rb"\r\n|\n|\r")
# properties whose binary payload we do not keep
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
# C0 and C1 control characters but tab, and DEL: never text in a vCard value
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
# the same among the bytes of a line (C0 and DEL; C1 bytes may be Windows-1252 text)
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Line:
    number: int  # 1-based line in the file where this logical line starts
    raw: bytes


@dataclass
class Card:
    index: int  # 1-based card number in the file
    begin_line: int
    lines: list[Line] = field(default_factory=list)


# --- lines and cards -----------------------------------------------------------


def _to_utf8_bytes(path: Path, data: bytes) -> bytes:
    """Remove a BOM; turn UTF-16 exports (some phones) into UTF-8 bytes; refuse a
    binary file (a few stray control bytes in a real vCard are removed later)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    utf16 = (
        "utf-16"
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        else utf16_without_bom(data)
    )
    if utf16:
        try:
            return data.decode(utf16).encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ExchangeError(path, "not_vcard", detail=str(exc)) from exc
    if b"\x00" in data and _looks_binary(data):
        raise ExchangeError(path, "not_vcard", detail="binary data")
    return data


def _looks_binary(data: bytes) -> bool:
    """A file that does not start as a vCard, or in which control bytes are more
    than one in a hundred, is binary (an image, an archive), not a vCard with a
    stray byte."""
    if not data.lstrip().upper().startswith(b"BEGIN:VCARD"):
        return True
    head = data[: 1 << 16]
    controls = len(_CONTROL_BYTES.findall(head))
    return controls * 100 > len(head)


def _is_qp(raw: bytes) -> bool:
    head = raw.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head


def _is_base64(raw: bytes) -> bool:
    head = raw.split(b":", 1)[0].upper().replace(b" ", b"")
    return b"ENCODING=BASE64" in head or b"ENCODING=B;" in head + b";" or b";BASE64" in head


def _logical_lines(data: bytes) -> list[Line]:
    """Unfold lines (leading blank = continuation; quoted-printable soft breaks).

    Old Outlook versions also write base64 photos over unindented lines; those
    lines (no colon, up to the blank line) belong to the photo.
    """
    lines: list[Line] = []
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
        lines.append(Line(number, physical))
    return lines


def split_cards(path: Path, data: bytes) -> list[Card]:
    """The cards of a file; ExchangeError "empty" for an empty (or blank) file,
    "not_vcard" for one without a card or a binary one, "parse" for a broken card."""
    if not data.replace(b"\x00", b"").strip():
        raise ExchangeError(path, "empty")
    data = _to_utf8_bytes(path, data)
    if not data.strip():
        raise ExchangeError(path, "empty")
    cards: list[Card] = []
    current: Card | None = None
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
            current = Card(len(cards) + 1, line.number)
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
class Clean:
    name: str
    text: str | None  # the clean vCard line for vobject, None when dropped
    dropped_binary: bool = False
    removed_controls: bool = False


def clean_line(path: Path, card: Card, line: Line) -> Clean:
    """One logical line as clean Unicode, with charset and quoted-printable undone
    and control characters removed (``Clean.removed_controls`` then)."""
    raw, removed = _CONTROL_BYTES.subn(b"", line.raw)
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
        return Clean(name, None, dropped_binary=name == "PHOTO")
    if encoding == "QUOTED-PRINTABLE":
        text = _decode(quopri.decodestring(value), charset)
        text = text.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n")
        text = text.replace("\r", "\\n")
    else:
        text = _decode(value, charset)
    text = text.replace("\r", "").replace("\n", "")
    text, also = _CONTROL.subn("", text)
    prefix = f"{group}." if group else ""
    param_text = "".join(f";{p}" for p in params)
    return Clean(name, f"{prefix}{name}{param_text}:{text}", removed_controls=bool(removed + also))


def _find_value_colon(raw: bytes) -> int:
    quoted = False
    for i, byte in enumerate(raw):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return -1
