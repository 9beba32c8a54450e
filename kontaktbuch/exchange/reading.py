"""Reading the files a user imports: only regular files, within a size, any encoding.

Every importer reads through here, so that the same rules hold for vCards,
LinkedIn's CSV and archives (``docs/reliability.md``):

- **Only regular files** (and folders of them): a pipe would make the import wait
  forever for a writer, a device such as ``/dev/zero`` never ends. They are
  refused before a byte is read (``store.files.read_regular``).
- **A size limit per kind** (:data:`MAX_BYTES`), checked before reading: a file
  larger than any real export of its kind is refused instead of filling the memory.
- **Text in any of the encodings real exports use**: UTF-8 with or without BOM,
  UTF-16 (with BOM, or without as Excel's "Unicode text" writes it), and
  Windows-1252 (German Excel's "CSV (Trennzeichen-getrennt)").
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kontaktbuch.exchange.records import ExchangeError
from kontaktbuch.store import faults, files

MIB = 1024 * 1024
# The largest file each import reads. A vCard export of 20,000 contacts with
# photos is about 100 MiB (photos are dropped on import); LinkedIn's
# Connections.csv of 30,000 connections about 3 MiB; the archive of a decade's
# journal (62,000 rows) about 30 MiB.
MAX_BYTES = {"vcard": 256 * MIB, "linkedin": 64 * MIB, "archive": 512 * MIB}
# a folder of vCards: at most this many bytes and files in all
MAX_FOLDER_BYTES = 1024 * MIB
MAX_FOLDER_FILES = 100_000

T = TypeVar("T")


def read_bytes(path: Path, kind: str) -> bytes:
    """The bytes of the file ``path`` for an import of ``kind``, or ExchangeError:
    "not_regular", "too_large" (``detail``: the limit in MiB) or "unreadable"."""
    limit = MAX_BYTES[kind]
    try:
        return files.read_regular(path, limit)
    except files.NotRegularFileError as exc:
        raise ExchangeError(path, "not_regular", detail=exc.strerror or "") from exc
    except files.FileTooLargeError as exc:
        raise ExchangeError(path, "too_large", detail=str(limit // MIB)) from exc
    except OSError as exc:
        raise ExchangeError(
            path,
            "unreadable",
            detail=exc.strerror or str(exc),
            reason=faults.storage_error(path, exc).reason,
        ) from exc


def folder_files(folder: Path, suffix: str) -> tuple[list[Path], list[Path]]:
    """The regular files named ``*suffix`` below ``folder`` (sorted), and the entries
    of that name that are not regular files (pipes, devices: skipped, and said).

    Links to folders are not followed (a link to a parent would never end). Raises
    "too_large" when the files hold more than :data:`MAX_FOLDER_BYTES` or are more
    than :data:`MAX_FOLDER_FILES`.
    """
    found: list[Path] = []
    skipped: list[Path] = []
    total = 0
    for root, _dirs, names in os.walk(folder, followlinks=False):
        for name in names:
            if not name.lower().endswith(suffix):
                continue
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                skipped.append(path)
                continue
            if not stat.S_ISREG(st.st_mode):
                skipped.append(path)
                continue
            found.append(path)
            total += st.st_size
            if total > MAX_FOLDER_BYTES or len(found) > MAX_FOLDER_FILES:
                raise ExchangeError(folder, "too_large", detail=str(MAX_FOLDER_BYTES // MIB))
    return sorted(found), sorted(skipped)


# --- text ------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Text from the bytes of a CSV or another text export, whatever its encoding.

    A BOM decides (UTF-8, UTF-16); UTF-16 without one is recognised by its zero
    bytes (every other byte of Latin text); otherwise UTF-8, and what is not
    valid UTF-8 is Windows-1252 (which decodes every byte but five). A NUL in
    text that is none of these means a binary file: ValueError.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data:
        raise ValueError("binary data")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def utf16_without_bom(data: bytes) -> str:
    """ "utf-16-le" or "utf-16-be" when ``data`` looks like UTF-16 without a BOM (most
    odd or even bytes of its start are zero), else ""."""
    head = data[:4096]
    if len(head) < 4:
        return ""
    pairs = len(head) // 2
    even_zero = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd_zero = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    if odd_zero > pairs * 0.6 and even_zero < pairs * 0.1:
        return "utf-16-le"
    if even_zero > pairs * 0.6 and odd_zero < pairs * 0.1:
        return "utf-16-be"
    return ""


DELIMITERS = (",", ";", "\t")


def find_header(
    text: str, recognise: Callable[[list[str]], T | None], *, max_lines: int = 50
) -> tuple[str, int, T] | None:
    """The delimiter, the line index and what ``recognise`` made of the header line.

    Exports put a preamble before the header (LinkedIn's "Notes:"), and Excel saves
    with the delimiter of the system's language (";" in German, tab for "Unicode
    text"): each of the first ``max_lines`` lines is read with each delimiter until
    ``recognise`` knows one as the header. Counting delimiters alone would be
    misled by a preamble full of commas.
    """
    source = io.StringIO(text, newline="")  # the lines as the csv module sees them
    for number in range(max_lines):
        line = source.readline().rstrip("\r\n")
        for delimiter in DELIMITERS:
            if delimiter not in line:
                continue
            try:
                cells = next(csv.reader(io.StringIO(line), delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            found = recognise(cells)
            if found is not None:
                return delimiter, number, found
    return None
