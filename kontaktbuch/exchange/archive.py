"""The full archive: everything in the journal as one versioned JSON file.

Rows are written table by table with their ids, in the store's own notation
(dates ``YYYY-MM-DD``, date-times ``YYYY-MM-DD HH:MM:SS``), so that a restore into
an empty journal gives back exactly the same journal, and export → restore →
export gives the same file. The format is described in ``docs/archive-format.md``.
Restoring checks every value before anything is written and then writes in one
transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee as pw

from kontaktbuch import __version__
from kontaktbuch.exchange.archive_json import dumps as dumps  # the archive's text, for callers
from kontaktbuch.exchange.archive_json import encode, encode_text, table_text
from kontaktbuch.exchange.reading import read_bytes
from kontaktbuch.exchange.records import Cancelled, ExchangeError, Progress, report
from kontaktbuch.store import (
    cipher,
    daily_figures,
    faults,
    files,
    migrations,
    search_index,
    triggers,
)
from kontaktbuch.store import models as m
from kontaktbuch.store.models import database_proxy

FORMAT = "kontaktbuch-archive"
VERSION = 1


@dataclass
class ArchiveSummary:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _columns(model: type[m.BaseModel]) -> list[pw.Field]:
    return list(model._meta.sorted_fields)


def _table(model: type[m.BaseModel]) -> str:
    return str(model._meta.table_name)


def _header(now: dt.datetime | None) -> dict[str, Any]:
    """The archive's top-level keys before ``tables``."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": migrations.schema_version(database_proxy.obj),
        "app_version": __version__,
        "exported_at": (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" "),
    }


def _table_rows(
    model: type[m.BaseModel], done: int, total: int, progress: Progress | None
) -> Iterator[list[tuple[Any, ...]]]:
    """A table's rows in batches, ordered by id, as SQLite gives them (yes/no as bool)."""
    fields = _columns(model)
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    # Only yes/no columns need a conversion (SQLite stores 0/1); the rest is
    # taken as SQLite gives it, without a Python call per value.
    flags = [n for n, f in enumerate(fields) if isinstance(f, pw.BooleanField)]
    cursor = database_proxy.obj.execute_sql(f'SELECT {names} FROM "{_table(model)}" ORDER BY "id"')
    while batch := cursor.fetchmany(5000):
        if flags:
            batch = [_with_flags(row, flags) for row in batch]
        done += len(batch)
        report(progress, done, total)
        yield batch


def _with_flags(row: tuple[Any, ...], flags: list[int]) -> tuple[Any, ...]:
    values = list(row)
    for n in flags:
        if values[n] is not None:
            values[n] = bool(values[n])
    return tuple(values)


def _total_rows() -> int:
    return sum(model.select().count() for model in m.ALL_MODELS)


def build_archive(
    *, now: dt.datetime | None = None, progress: Progress | None = None
) -> dict[str, Any]:
    """Everything in the journal as a JSON-ready dictionary."""
    total = _total_rows()
    done = 0
    report(progress, 0, total)
    tables: dict[str, list[dict[str, Any]]] = {}
    for model in m.ALL_MODELS:
        keys = [f.column_name for f in _columns(model)]
        rows: list[dict[str, Any]] = []
        for batch in _table_rows(model, done, total, progress):
            rows += [dict(zip(keys, raw, strict=True)) for raw in batch]
            done += len(batch)
        tables[_table(model)] = rows
    report(progress, total, total)
    return {**_header(now), "tables": tables}


def archive_text(*, now: dt.datetime | None = None, progress: Progress | None = None) -> str:
    """``dumps(build_archive(…))``, written from the tables' rows without the dictionaries."""
    return _archive_text(now, progress)[0]


def _archive_text(now: dt.datetime | None, progress: Progress | None) -> tuple[str, dict[str, int]]:
    """The archive's text and the number of rows of each table."""
    total = _total_rows()
    done = 0
    report(progress, 0, total)
    out: list[str] = []
    encode(_header(now), 0, out)
    out.pop()  # its closing brace: "tables" comes last
    out.append(',\n "tables": {')
    counts: dict[str, int] = {}
    for number, model in enumerate(m.ALL_MODELS):
        batches = list(_table_rows(model, done, total, progress))
        counts[_table(model)] = sum(len(batch) for batch in batches)
        done += counts[_table(model)]
        keys = [f.column_name for f in _columns(model)]
        out.append(("," if number else "") + "\n  " + encode_text(_table(model)) + ": ")
        out.append(table_text(keys, batches, 2))
    out.append("\n }\n}\n")
    report(progress, total, total)
    return "".join(out), counts


def export_archive(
    path: Path | str, *, now: dt.datetime | None = None, progress: Progress | None = None
) -> ArchiveSummary:
    """Write the archive to ``path`` (atomically: a cancel leaves no half file)."""
    text, counts = _archive_text(now, progress)
    write_text_atomic(Path(path), text)
    return ArchiveSummary(counts)


def write_text_atomic(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write an export: next to the target and renamed, so readers never see half a
    file; private (0600); only to a new name or over a regular file — never through
    a link or onto a device (``store.files.write_atomic``)."""
    step = 1 << 20
    chunks = (text[start : start + step].encode(encoding) for start in range(0, len(text), step))
    try:
        files.write_atomic(Path(path), chunks)
    except OSError as exc:
        raise ExchangeError(
            path,
            "unwritable",
            detail=exc.strerror or str(exc),
            reason=faults.storage_error(Path(path), exc).reason,
        ) from exc


def read_archive(path: Path | str) -> dict[str, Any]:
    """Load and check an archive file; raises :class:`ExchangeError` with the reason."""
    path = Path(path)
    raw = read_bytes(path, "archive")
    if not raw or raw.isspace():  # (without a stripped copy of the whole file)
        raise ExchangeError(path, "empty")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExchangeError(path, "not_archive", detail=str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise ExchangeError(path, "not_archive", line=exc.lineno, detail=exc.msg) from exc
    except RecursionError as exc:
        raise ExchangeError(path, "not_archive", detail="nested too deeply") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(path, "not_archive", detail="no 'format': 'kontaktbuch-archive'")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError(path, "not_archive", detail="no version number")
    if version > VERSION:
        raise ExchangeError(path, "archive_version", detail=f"{version} > {VERSION}")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ExchangeError(path, "not_archive", detail="no 'tables'")
    known = {_table(model) for model in m.ALL_MODELS}
    for name, rows in tables.items():
        if name not in known:
            raise ExchangeError(path, "archive_value", detail=f"unknown table {name!r}")
        if not isinstance(rows, list):
            raise ExchangeError(path, "archive_value", detail=f"{name}: not a list")
    return data


def _check_value(f: pw.Field, value: Any) -> Any:
    """The value as stored, or ValueError with a reason (checked before writing)."""
    if value is None:
        if f.null:
            return None
        raise ValueError("missing")
    if isinstance(f, pw.BooleanField):
        if isinstance(value, bool) or value in (0, 1):
            return int(value)
        raise ValueError("not a yes/no value")
    if isinstance(f, (pw.IntegerField, pw.AutoField, pw.ForeignKeyField)):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**62:
            return value
        raise ValueError("not a whole number")
    if isinstance(f, pw.FloatField):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            number = float(value)
            if number == number and abs(number) != float("inf"):
                return value
        raise ValueError("not a number")
    if isinstance(f, pw.DateTimeField):
        if isinstance(value, str):
            dt.datetime.fromisoformat(value)
            if len(value) >= 19 and value[10] == " ":
                return value
        raise ValueError("not a date-time 'YYYY-MM-DD HH:MM:SS'")
    if isinstance(f, pw.DateField):
        if isinstance(value, str) and len(value) == 10:
            dt.date.fromisoformat(value)
            return value
        raise ValueError("not a date 'YYYY-MM-DD'")
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("contains a NUL character")
        return value
    raise ValueError("not text")


_INT, _TEXT, _TIME, _OTHER = 1, 2, 3, 0
_LIMIT = 2**62


def _kind(f: pw.Field) -> int:
    """How :func:`_check_value` treats a column: whole numbers, text, date-times, or else."""
    if isinstance(f, pw.BooleanField):
        return _OTHER
    if isinstance(f, (pw.IntegerField, pw.AutoField, pw.ForeignKeyField)):
        return _INT
    if isinstance(f, pw.DateTimeField):
        return _TIME
    if isinstance(f, (pw.FloatField, pw.DateField)):
        return _OTHER
    return _TEXT


def _prepare(
    path: Path, data: dict[str, Any]
) -> list[tuple[type[m.BaseModel], list[str], list[tuple[Any, ...]]]]:
    """Every row checked and converted; nothing written yet.

    Whole numbers, text and date-times that are plainly right (most values) are
    taken as they are, without a call of :func:`_check_value` each: the archive
    of a large journal holds 2.7 million values.
    """
    prepared = []
    for model in m.ALL_MODELS:
        rows = data["tables"].get(_table(model), [])
        fields = {f.column_name: f for f in _columns(model)}
        known = fields.keys()
        spec = [(name, f, _kind(f)) for name, f in fields.items()]
        names = list(fields)
        values: list[tuple[Any, ...]] = []
        append = values.append
        from_iso = dt.datetime.fromisoformat
        for number, row in enumerate(rows, 1):
            if type(row) is not dict:
                where = f"{_table(model)} #{number}"
                raise ExchangeError(path, "archive_value", detail=f"{where}: not an object")
            if not row.keys() <= known:
                where = f"{_table(model)} #{number}"
                unknown = sorted(set(row) - set(fields))[0]
                raise ExchangeError(
                    path, "archive_value", detail=f"{where}: unknown field {unknown!r}"
                )
            converted: list[Any] = []
            for name, f, kind in spec:
                value = row.get(name)
                if kind == _INT:
                    if type(value) is int and -_LIMIT < value < _LIMIT:
                        converted.append(value)
                        continue
                elif kind == _TEXT and type(value) is str and "\x00" not in value:
                    converted.append(value)
                    continue
                elif kind == _TIME and type(value) is str and len(value) == 19:
                    try:  # a time of the stored form (else checked below, and named)
                        if value[10] == " " and from_iso(value):
                            converted.append(value)
                            continue
                    except ValueError:
                        pass
                # Missing or null where the column cannot be empty: its default
                # (minutes 0, text "", …), as docs/archive-format.md says.
                if value is None and f.default is not None and not f.null:
                    value = f.default() if callable(f.default) else f.default
                    if isinstance(value, (dt.datetime, dt.date)):
                        value = str(value)
                try:
                    converted.append(_check_value(f, value))
                except ValueError as exc:
                    where = f"{_table(model)} #{number}"
                    raise ExchangeError(
                        path, "archive_value", detail=f"{where}: {name}: {exc}"
                    ) from exc
            append(tuple(converted))
        prepared.append((model, names, values))
    return prepared


def check_archive(path: Path | str, data: dict[str, Any]) -> None:
    """Check every row of a loaded archive; raises :class:`ExchangeError`."""
    _prepare(Path(path), data)


@contextmanager
def _references_checked_at_the_end(db: pw.SqliteDatabase) -> Iterator[None]:
    """Foreign keys off for the restore's transaction; its references are checked once.

    Each insert looked up the rows it refers to: on a decade, twice the cost
    of one ``PRAGMA foreign_key_check`` after the last row. SQLite ignores the
    switch inside a transaction, so a restore within one keeps the foreign keys
    (and is checked by its inserts).
    """
    enforced = db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
    if not enforced or db.in_transaction():
        yield
        return
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")


def restore_archive(
    path: Path | str,
    *,
    force: bool = False,
    progress: Progress | None = None,
    data: dict[str, Any] | None = None,
) -> ArchiveSummary:
    """Put the archive's content into the journal, in one transaction.

    Refused (``ExchangeError`` "not_empty") when the journal holds data, unless
    ``force``: then its current content is replaced. The UI and the CLI ask the
    user first and take a backup (:func:`kontaktbuch.store.backup.make_backup`).
    ``data`` is the file as :func:`read_archive` gave it, when the caller has read
    it already (a large archive takes seconds to read).
    """
    from kontaktbuch.exchange.importer import journal_has_data

    path = Path(path)
    if data is None:
        data = read_archive(path)
    prepared = _prepare(path, data)
    if journal_has_data() and not force:
        raise ExchangeError(path, "not_empty", detail="the journal already holds data")
    db = database_proxy.obj
    total = sum(len(values) for _model, _names, values in prepared)
    done = 0
    summary = ArchiveSummary()
    try:
        with (
            _references_checked_at_the_end(db),
            database_proxy.atomic(),
            triggers.without_idle_sync_marks(db),
            search_index.deferred_index(db) as index,
            daily_figures.deferred_figures(db),
            triggers.without_indexes(db, [_table(model) for model in m.ALL_MODELS]),
        ):
            # Every row is replaced: the search index and the reflection's stored
            # figures are filled once at the end instead of by triggers per row
            # (four fifths of the time otherwise), after the tables' indexes are
            # built again from all their rows.
            index.everything()
            for model in reversed(m.ALL_MODELS):
                db.execute_sql(f'DELETE FROM "{_table(model)}"')
            report(progress, 0, total)
            for model, names, values in prepared:
                columns = ", ".join(f'"{n}"' for n in names)
                marks = ", ".join("?" for _ in names)
                sql = f'INSERT INTO "{_table(model)}" ({columns}) VALUES ({marks})'
                for start in range(0, len(values), 500):
                    chunk = values[start : start + 500]
                    db.cursor().executemany(sql, chunk)
                    done += len(chunk)
                    report(progress, done, total)
                summary.counts[_table(model)] = len(values)
            # With foreign keys on (a restore inside another transaction), an
            # insert that refers to a missing row has failed already.
            enforced = (
                db.execute_sql("PRAGMA foreign_keys").fetchone()[0]
                and not (db.execute_sql("PRAGMA defer_foreign_keys").fetchone()[0])
            )
            problems = [] if enforced else db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                table, rowid, parent, _fk = problems[0]
                raise ExchangeError(
                    path,
                    "archive_value",
                    detail=f"{table} #{rowid}: refers to a missing {parent}",
                )
    except cipher.integrity_errors(pw.IntegrityError) as exc:
        raise ExchangeError(path, "archive_value", detail=str(exc)) from exc
    except Cancelled:
        raise
    return summary
