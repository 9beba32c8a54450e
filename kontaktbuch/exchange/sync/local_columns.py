"""Where the journal keeps a record's fields, for reading and writing alike.

Each kind is a table of that name. Most fields are a column of the same name
holding the value as the store does (dates and times as its text); a single
reference is the local id of the thing referred to, in ``<field>_id``. Derived
from the records' own definitions (:mod:`kontaktbuch.exchange.sync.records`), so
a new plain field needs no change here; what is left (parts and links in other
tables, a contact's birthday and archived flag) each kind's reader and writer
handle themselves.
"""

from __future__ import annotations

from kontaktbuch.exchange.sync.records import (
    DATES,
    DATETIMES,
    DEFAULTS,
    LISTS,
    MAPS,
    REFERENCES,
    SETS,
    TABLE_KINDS,
)

# fields whose column is named otherwise: a reflection is saved when it is created
COLUMN_OF = {"saved_at": "created_at"}
# fields the store holds otherwise (a birthday in three columns, archived as 0 or 1)
_CONVERTED = frozenset({"birthday", "archived"})


def _single_references(kind: str) -> dict[str, str]:
    many = SETS.get(kind, frozenset()) | MAPS.get(kind, frozenset())
    return {field: other for field, other in REFERENCES.get(kind, {}).items() if field not in many}


def _plain(kind: str) -> tuple[str, ...]:
    elsewhere = (
        SETS.get(kind, frozenset())
        | LISTS.get(kind, frozenset())
        | MAPS.get(kind, frozenset())
        | REFERENCES.get(kind, {}).keys()
        | _CONVERTED
    )
    return tuple(field for field in DEFAULTS[kind] if field not in elsewhere)


# field → kind referred to, for the references kept as a local id in "<field>_id"
SINGLE_REFERENCES: dict[str, dict[str, str]] = {k: _single_references(k) for k in TABLE_KINDS}
# the fields kept as they are, in the column of the same name (or COLUMN_OF's)
PLAIN: dict[str, tuple[str, ...]] = {k: _plain(k) for k in TABLE_KINDS}


def stored_text(field: str, value: object) -> object:
    """A plain column's value as a record holds it: dates and times as the store's
    text, cut to its length (a date stored with a time of day is the date)."""
    if field in DATES:
        return str(value)[:10] if value else None
    if field in DATETIMES:
        return str(value)[:19] if value else None
    return value
