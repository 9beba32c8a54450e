"""Reading LinkedIn's ``Connections.csv`` in every shape it has had.

Also as Excel saves it again: German Excel writes semicolons and Windows-1252,
"Unicode text" tabs and UTF-16, and turns the dates into its own (09.10.2024);
the header may be LinkedIn's English or German one (``reading.find_header``).

The export starts with a "Notes:" preamble of varying length (sometimes none),
comes with a BOM and CRLF, and changed its columns over the years (the URL column
is newer) and its dates ("09 Oct 2024" now, "1/8/18, 6:14 PM" before). E-mails
are mostly empty and sometimes a LinkedIn member URN rather than an address.
Everyone imported joins the network "LinkedIn" with the day of connecting.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from pathlib import Path

from kontaktbuch.exchange import records
from kontaktbuch.exchange.reading import decode_text, find_header, read_bytes

NETWORK_NAME = "LinkedIn"
NETWORK_KIND = "online"

_COLUMNS = {
    "first name": "first",
    "vorname": "first",
    "last name": "last",
    "nachname": "last",
    "url": "url",
    "profile url": "url",
    "email address": "email",
    "e-mail-adresse": "email",
    "e-mail address": "email",
    "company": "company",
    "unternehmen": "company",
    "position": "position",
    "connected on": "connected",
    "verbunden am": "connected",
    "e-mail": "email",
    "email": "email",
    "firma": "company",
    "profil-url": "url",
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "januar", "january"),
            ("feb", "februar", "february"),
            ("mar", "mär", "märz", "march", "mrz"),
            ("apr", "april"),
            ("may", "mai"),
            ("jun", "juni", "june"),
            ("jul", "juli", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "okt", "oktober", "october"),
            ("nov", "november"),
            ("dec", "dez", "dezember", "december"),
        ),
        1,
    )
    for name in names
}
_EMAIL = re.compile(r"^[^@\s:]+@[^@\s]+\.[^@\s]+$")
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,6}|[A-Z][a-z]?[A-Z][a-z]?|(?:[A-Za-z]{1,4}\.-?){1,4}[A-Za-z]{0,3})$"
)
_PREFIXES = ("Prof. Dr.", "Dr.", "Prof.")


def read_connections(
    path: Path | str, progress: records.Progress | None = None
) -> records.ParseResult:
    """Read a LinkedIn ``Connections.csv``; raises :class:`ExchangeError` if it is not one."""
    path = Path(path)
    return parse_connections(read_bytes(path, "linkedin"), path, progress)


def parse_connections(
    data: bytes, path: Path | str = "Connections.csv", progress: records.Progress | None = None
) -> records.ParseResult:
    """The records of a Connections.csv as LinkedIn wrote it, or as Excel saved it
    again: comma, semicolon (German Excel) or tab ("Unicode text") between the
    cells; UTF-8, UTF-16 or Windows-1252; the English or the German header."""
    path = Path(path)
    try:
        text = decode_text(data)
    except ValueError as exc:
        raise records.ExchangeError(path, "not_csv", detail="binary data") from exc
    if not text.strip():
        raise records.ExchangeError(path, "empty")
    header = find_header(text, _header_columns)
    if header is None:
        raise records.ExchangeError(
            path, "no_header", detail="no 'First Name,Last Name' header line"
        )
    delimiter, skip, columns = header
    body = io.StringIO(text, newline="")
    for _ in range(skip + 1):
        body.readline()
    reader = csv.reader(body, delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((reader.line_num + skip + 1, row))
    except csv.Error as exc:
        raise records.ExchangeError(
            path, "parse", line=reader.line_num + skip + 1, detail=str(exc)
        ) from exc
    result = records.ParseResult(source=str(path))
    total = len(rows)
    records.report(progress, 0, total)
    for number, (line, row) in enumerate(rows, 1):
        record = _record(row, columns, path.name, line, result.warnings)
        if record is not None:
            result.records.append(record)
        if number % 50 == 0 or number == total:
            records.report(progress, number, total)
    return result


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """Which column holds what, when ``cells`` are the header (else None)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = _COLUMNS.get(cell.strip().strip("\ufeff").lower())
        if key is not None:
            found.setdefault(key, index)
    return found if "first" in found and "last" in found else None


def _cell(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    if index is None or index >= len(row):
        return ""
    return " ".join(row[index].split())


def _record(
    row: list[str],
    columns: dict[str, int],
    source: str,
    line: int,
    warnings: list[records.ImportWarning],
) -> records.ContactRecord | None:
    first = clean_name(_cell(row, columns, "first"))
    last = clean_name(_cell(row, columns, "last"))
    if not (first or last):
        warnings.append(
            records.ImportWarning(
                "nameless_row", source, line=line, detail=_cell(row, columns, "url")
            )
        )
        return None
    prefix = ""
    for candidate in _PREFIXES:
        if first.startswith(candidate + " "):
            prefix, first = candidate, first[len(candidate) :].strip()
            break
    record = records.ContactRecord(
        prefix=prefix,
        first_name=first,
        last_name=last,
        organisation=_cell(row, columns, "company"),
        position=_cell(row, columns, "position"),
        source=source,
        line=line,
    )
    email = _cell(row, columns, "email")
    if email:
        if _EMAIL.match(email):
            record.add_email(email, "")
        else:
            warnings.append(records.ImportWarning("fake_email", source, line=line, detail=email))
    url = _cell(row, columns, "url")
    if url:
        record.add_link(url, "linkedin")
    connected_text = _cell(row, columns, "connected")
    since = parse_date(connected_text)
    if connected_text and since is None:
        warnings.append(records.ImportWarning("bad_date", source, line=line, detail=connected_text))
    record.networks.append(records.NetworkRef(NETWORK_NAME, NETWORK_KIND, since))
    return record


def clean_name(text: str) -> str:
    """Drop emoji and trailing credentials.

    "Yıldız, MBA" -> "Yıldız"; "Hoffmann 🌱" -> "Hoffmann".
    """
    kept = "".join(
        ch
        for ch in text
        if not unicodedata.category(ch).startswith("S")
        and unicodedata.category(ch) not in ("Cf", "Co", "Cn", "Cs")
    )
    kept = " ".join(kept.split())
    if "," in kept:
        head, _, tail = kept.partition(",")
        words = [w for w in re.split(r"[\s,]+", tail) if w]
        if words and all(_CREDENTIAL.match(w) for w in words):
            kept = head.strip()
    return kept.strip(" ,")


def parse_date(text: str) -> dt.date | None:
    """LinkedIn's dates: "09 Oct 2024" (any UI language), "1/8/18, 6:14 PM", ISO."""
    text = text.strip()
    if not text:
        return None
    try:
        if match := re.fullmatch(r"(\d{1,2})\.?\s+([A-Za-zäÄ]+)\.?\s+(\d{4})", text):
            month = _MONTHS.get(match.group(2).lower())
            if month:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
            return None
        if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+.*)?", text):
            month, day, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000
            return dt.date(year, month, day)
        if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            return dt.date(*(int(g) for g in match.groups()))
        # German Excel turns "09 Oct 2024" into a date of its own: 09.10.2024 (or 09.10.24)
        if match := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s+[\d:]+)?", text):
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None
    return None
