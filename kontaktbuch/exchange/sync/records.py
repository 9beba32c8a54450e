"""What a synced thing is, field by field: the *record*.

A record is a plain dict of JSON values (strings, numbers, booleans, None,
lists, dicts), so it can be stored as the "last synced version" in the journal
and compared with ``==``. References to other things are their UIDs, because
local ids differ between computers. Dates and date-times are the store's own
text (``YYYY-MM-DD``, ``YYYY-MM-DD HH:MM:SS``, naive local wall-clock time).

The shapes of the fields tell the merge how to combine two changes:

- scalar fields (text, numbers, one reference): changed on one side → that
  side wins; changed differently on both → a conflict;
- sets (tags, attendees, a conversation's contacts, goals): additions and
  removals of both sides are all kept, never a conflict;
- lists (e-mails, phones, links, outcomes): like sets, but keep their order;
- maps (a network's members → [role, since]): keys like a set, values like scalars.

:func:`clean` is the gate for everything that comes from a server: a value of
the wrong type or outside the vocabulary becomes the field's default, so a
phone app's odd data can never put an invalid row into the journal.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from kontaktbuch.journal.vocabulary import (
    CHANNELS,
    GOAL_KINDS,
    GOAL_STATUSES,
    LINK_KINDS,
    NETWORK_KINDS,
    OUTCOME_KINDS,
    PERIODS,
    RELATIONSHIP_KINDS,
    TARGET_KINDS,
    VERDICTS,
)

Record = dict[str, Any]

# the order in which incoming records are written: things referred to come first
KINDS: tuple[str, ...] = (
    "goal",
    "network",
    "event",
    "contact",
    "conversation",
    "follow_up",
    "reflection",
    "settings",
)
# kinds stored as rows of the journal (settings live in the settings file)
TABLE_KINDS: tuple[str, ...] = tuple(k for k in KINDS if k != "settings")

# the settings that change the reflection's figures and findings, and their types
SETTINGS_FIELDS: dict[str, type] = {
    "reflection_interval": str,
    "finding_network_share": float,
    "finding_low_enjoyment": float,
    "finding_no_goal_share": float,
    "finding_budget_overrun": float,
    "finding_high_enjoyment": float,
    "finding_falling_periods": int,
    "finding_budget_underuse": float,
    # not figures, but the user's own profile the introductions work from
    "profile_offers": str,
    "profile_seeks": str,
}
SETTINGS_UID = "kontaktbuch-settings"

_TEXT = ""
# every field of every kind with its default (also its type)
DEFAULTS: dict[str, Record] = {
    "contact": {
        "prefix": _TEXT,
        "first_name": _TEXT,
        "last_name": _TEXT,
        "organisation": _TEXT,
        "position": _TEXT,
        "first_met": _TEXT,
        "first_met_event": None,
        "offers": _TEXT,
        "seeks": _TEXT,
        "interests": _TEXT,
        "notes": _TEXT,
        "birthday": None,
        "keep_in_touch_days": None,
        "archived": False,
        "emails": [],
        "phones": [],
        "links": [],
        "tags": [],
        # how this contact relates to others: [other contact, kind, free label]
        "relations": [],
    },
    "network": {
        "name": _TEXT,
        "kind": "other",
        "description": _TEXT,
        "keep_in_touch_days": None,
        "members": {},
    },
    "event": {
        "title": _TEXT,
        "starts_at": "2000-01-01 00:00:00",
        "duration_minutes": 0,
        "travel_minutes": 0,
        "place": _TEXT,
        "network": None,
        "enjoyment": None,
        "notes": _TEXT,
        "attendees": [],
        "goals": [],
    },
    "conversation": {
        "occurred_at": "2000-01-01 00:00:00",
        "event": None,
        "channel": "in_person",
        "minutes": 0,
        "notes": _TEXT,
        "enjoyment": None,
        "contacts": [],
        "outcomes": [],
        "goals": [],
    },
    "follow_up": {
        "text": _TEXT,
        "due_date": None,
        "done_at": None,
        "snoozed_until": None,
        "contact": None,
        "conversation": None,
    },
    "goal": {
        "title": _TEXT,
        "why": _TEXT,
        "kind": "other",
        "period": "month",
        "budget_hours": None,
        "target_kind": None,
        "target_value": None,
        "target_outcome_kind": None,
        "status": "active",
        "starts_on": None,
    },
    "reflection": {
        "period_kind": "month",
        "period_start": "2000-01-01",
        "period_end": "2000-01-01",
        "answers": "{}",
        "verdict": _TEXT,
        "figures": "{}",
        "saved_at": "2000-01-01 00:00:00",
    },
    "settings": {},  # filled from the Settings defaults by the engine
}

SETS: dict[str, frozenset[str]] = {
    "contact": frozenset({"tags", "relations"}),
    "event": frozenset({"attendees", "goals"}),
    "conversation": frozenset({"contacts", "goals"}),
}
LISTS: dict[str, frozenset[str]] = {
    "contact": frozenset({"emails", "phones", "links"}),
    "conversation": frozenset({"outcomes"}),
}
MAPS: dict[str, frozenset[str]] = {"network": frozenset({"members"})}
# fields holding a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM:SS)
DATES = frozenset({"due_date", "period_start", "period_end", "starts_on"})
DATETIMES = frozenset({"starts_at", "occurred_at", "done_at", "snoozed_until", "saved_at"})

# references: field → the kind referred to (single values, sets, map keys)
REFERENCES: dict[str, dict[str, str]] = {
    "contact": {"first_met_event": "event", "relations": "contact"},
    "network": {"members": "contact"},
    "event": {"network": "network", "attendees": "contact", "goals": "goal"},
    "conversation": {"event": "event", "contacts": "contact", "goals": "goal"},
    "follow_up": {"contact": "contact", "conversation": "conversation"},
}

# the vocabulary of coded fields: a value outside it becomes the default
_VOCABULARY: dict[tuple[str, str], tuple[str, ...]] = {
    ("network", "kind"): NETWORK_KINDS,
    ("conversation", "channel"): CHANNELS,
    ("goal", "kind"): GOAL_KINDS,
    ("goal", "period"): PERIODS,
    ("goal", "status"): GOAL_STATUSES,
    ("reflection", "period_kind"): PERIODS,
}
_OPTIONAL_VOCABULARY: dict[tuple[str, str], tuple[str, ...]] = {
    ("goal", "target_kind"): TARGET_KINDS,
    ("goal", "target_outcome_kind"): OUTCOME_KINDS,
}

# UIDs of things made here: the same thing gets the same UID on every run
UID_NAMESPACE = uuid.UUID("6f1d7d2e-4b8a-4c3e-9d6b-2a1c0e5f7b90")


def new_uid(kind: str, local_id: int, created_at: str) -> str:
    """A stable UID for a thing made in this journal.

    Derived from its id and creation time (as ``export vcard`` does for contacts),
    so registering it again after a crash gives the same UID and the server
    never gets a second copy. Cards get the ``urn:uuid:`` form RFC 6350 asks for.
    """
    value = str(uuid.uuid5(UID_NAMESPACE, f"{kind}-{local_id}-{created_at}"))
    return f"urn:uuid:{value}" if kind in ("contact", "network") else value


def empty(kind: str) -> Record:
    """A record of ``kind`` with every field at its default (fresh lists)."""
    return {key: _copy(value) for key, value in DEFAULTS[kind].items()}


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _text(value: Any) -> str:
    return value.replace("\x00", "") if isinstance(value, str) else ""


def _int(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if low <= value <= high else None


def _date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat() if len(value) == 10 else None
    except ValueError:
        return None


def _datetime(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) < 19 or value[10] != " ":
        return None
    try:
        return dt.datetime.fromisoformat(value[:19]).isoformat(sep=" ")
    except ValueError:
        return None


def _pairs(value: Any, second: tuple[str, ...] | None = None) -> list[list[str]]:
    out: list[list[str]] = []
    if not isinstance(value, list):
        return out
    for item in value:
        if (
            isinstance(item, list)
            and len(item) == 2
            and all(isinstance(part, str) for part in item)
            and item[0].strip()
        ):
            first, other = _text(item[0]), _text(item[1])
            if second is not None and other not in second:
                other = second[-1]
            out.append([first, other])
    return out


def _uids(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return sorted({v for v in value if isinstance(v, str) and v})


def clean(kind: str, record: Record) -> Record:
    """``record`` with every field present, of its type and inside its vocabulary."""
    out = empty(kind)
    for key, default in DEFAULTS[kind].items():
        if key in record:
            out[key] = _clean_field(kind, key, default, record[key])
    if kind == "settings":
        for key, value in record.items():
            kind_of = SETTINGS_FIELDS.get(key)
            if kind_of is float and isinstance(value, (int, float)) and not isinstance(value, bool):
                out[key] = float(value)
            elif kind_of is not None and kind_of is not float and type(value) is kind_of:
                out[key] = value
    return out


def _clean_field(kind: str, key: str, default: Any, value: Any) -> Any:
    if (kind, key) in _VOCABULARY:
        return value if value in _VOCABULARY[(kind, key)] else default
    if (kind, key) in _OPTIONAL_VOCABULARY:
        return value if value in _OPTIONAL_VOCABULARY[(kind, key)] else None
    if key in ("emails", "phones"):
        return _pairs(value)
    if key == "links":
        return _pairs(value, LINK_KINDS)
    if key == "outcomes":
        return _outcome_items(value)
    if key == "tags":
        return _tags(value)
    if key == "relations":
        return _relations(value)
    if key in SETS.get(kind, ()):
        return _uids(value)
    if key == "members":
        return _members(value)
    if key in REFERENCES.get(kind, {}):
        return value if isinstance(value, str) and value else None
    if key == "birthday":
        return _birthday(value)
    if key == "verdict":
        return value if value in VERDICTS or value == "" else ""
    if key in ("enjoyment",):
        return _int(value, 1, 5)
    if key in ("keep_in_touch_days",):
        return _int(value, 1, 100_000)
    if key in ("duration_minutes", "travel_minutes", "minutes"):
        return _int(value, 0, 100_000) or 0
    if key == "target_value":
        return _int(value, 0, 10_000_000)
    if key == "budget_hours":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1e6
        return float(value) if ok else None
    if key == "archived":
        return value is True
    if key in DATES:
        parsed = _date(value)
        return parsed if parsed is not None or default is None else default
    if key in DATETIMES:
        parsed = _datetime(value)
        return parsed if parsed is not None or default is None else default
    return _text(value) if isinstance(default, str) else default


def _param_text(value: str) -> str:
    """Text that travels as a vCard parameter: one line, no double quotes."""
    return " ".join(_text(value).replace('"', "'").split())


def _relations(value: Any) -> list[list[str]]:
    """[other contact, kind, label] triples, once each, sorted (a set)."""
    if not isinstance(value, list):
        return []
    found = set()
    for item in value:
        if isinstance(item, list) and len(item) == 3 and all(isinstance(p, str) for p in item):
            other, kind, label = item
            if other:
                kind = kind if kind in RELATIONSHIP_KINDS else "other"
                found.add((other, kind, _param_text(label)))
    return [list(t) for t in sorted(found)]


def _tags(value: Any) -> list[str]:
    """Tag names, once each (tags compare without case), sorted."""
    if not isinstance(value, list):
        return []
    seen: dict[str, str] = {}
    for item in value:
        name = " ".join(_text(item).split()) if isinstance(item, str) else ""
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return sorted(seen.values(), key=lambda n: (n.casefold(), n))


def _outcome_items(value: Any) -> list[list[str]]:
    if not isinstance(value, list):
        return []
    out = []
    for item in value:
        if isinstance(item, list) and len(item) == 2 and all(isinstance(p, str) for p in item):
            kind = item[0] if item[0] in OUTCOME_KINDS else "other"
            out.append([kind, _text(item[1])])
    return out


def _members(value: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    if not isinstance(value, dict):
        return out
    for uid, details in value.items():
        if not isinstance(uid, str) or not uid:
            continue
        role, since = "", None
        if isinstance(details, list) and len(details) == 2:
            role = _param_text(details[0]) if isinstance(details[0], str) else ""
            since = _date(details[1])
        out[uid] = [role, since]
    return out


def _birthday(value: Any) -> list[int | None] | None:
    if not isinstance(value, list) or len(value) != 3:
        return None
    day, month, year = value
    day_ok = _int(day, 1, 31)
    month_ok = _int(month, 1, 12)
    year_ok = _int(year, 1, 9999) if year is not None else None
    if day_ok is None or month_ok is None:
        return None
    try:
        dt.date(year_ok or 2000, month_ok, day_ok)
    except ValueError:
        return None
    return [day_ok, month_ok, year_ok]
