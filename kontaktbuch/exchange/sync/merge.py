"""The three-way merge of one thing, field by field, against the last synced version.

``base`` is the record both sides agreed on at the last sync, ``local`` what the
journal holds now, ``remote`` what the server holds now. A field changed on one
side only takes that side's value. A field changed on both sides to different
values is a *conflict*: the journal keeps its own value and the other one is kept
in the conflicts list for the user to choose — nothing is lost either way.

Sets, lists and maps merge element by element (an e-mail added on the phone and
a tag added on the desktop both stay), so only scalar fields and the values of a
map (a member's role) can conflict.

Without a base (a thing both sides made independently, or one half-written by
a killed sync) sets are united and equal scalars agree; a scalar that differs
is a conflict unless one side still has the field's default.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from kontaktbuch.exchange.sync.records import DEFAULTS, LISTS, MAPS, SETS, Record


@dataclass(frozen=True)
class Conflict:
    """One field both sides changed differently; the journal kept ``local``."""

    field: str
    local: Any
    remote: Any
    base: Any


_MISSING = object()


def merge(
    kind: str, base: Record | None, local: Record, remote: Record
) -> tuple[Record, list[Conflict]]:
    """The merged record and the conflicts found (the merged record holds the local side)."""
    merged: Record = {}
    conflicts: list[Conflict] = []
    defaults = DEFAULTS.get(kind, {})
    for key in dict.fromkeys([*local, *remote]):
        here = local.get(key, _MISSING)
        there = remote.get(key, _MISSING)
        if here is _MISSING:
            merged[key] = there
            continue
        if there is _MISSING:
            merged[key] = here
            continue
        before = base.get(key, _MISSING) if base is not None else _MISSING
        if key in SETS.get(kind, ()) or key == "tags":
            fold = str.casefold if key == "tags" else _key
            merged[key] = _merge_set(before, here, there, fold)
        elif key in LISTS.get(kind, ()):
            merged[key] = _merge_list(before, here, there)
        elif key in MAPS.get(kind, ()):
            merged[key] = _merge_map(key, before, here, there, conflicts)
        else:
            value, conflict = _merge_scalar(before, here, there, defaults.get(key, _MISSING))
            merged[key] = value
            if conflict:
                base_value = None if before is _MISSING else before
                conflicts.append(Conflict(key, here, there, base_value))
    return merged, conflicts


def _merge_scalar(before: Any, here: Any, there: Any, default: Any) -> tuple[Any, bool]:
    """(value, conflict?) for one scalar field."""
    if here == there:
        return here, False
    if before is _MISSING:
        if here == default:
            return there, False
        if there == default:
            return here, False
        return here, True
    if here == before:
        return there, False
    if there == before:
        return here, False
    return here, True


def _key(value: Any) -> Hashable:
    return tuple(value) if isinstance(value, list) else value


def _merge_set(
    before: Any, here: list[Any], there: list[Any], fold: Callable[[Any], Any]
) -> list[Any]:
    """Everything either side added; gone what either side removed. Sorted like the record."""
    was = {fold(v) for v in (before if isinstance(before, list) else [])}
    mine = {fold(v): v for v in here}
    theirs = {fold(v): v for v in there}
    keep = {k for k in mine if k in theirs or k not in was}
    keep |= {k for k in theirs if k not in was}
    values = [mine.get(k, theirs.get(k)) for k in keep]
    return sorted(values, key=lambda v: (fold(v), v))


def _merge_list(before: Any, here: list[Any], there: list[Any]) -> list[Any]:
    """A multiset merge that keeps the local order, the other side's additions last."""
    was = Counter(_key(v) for v in (before if isinstance(before, list) else []))
    mine = Counter(_key(v) for v in here)
    theirs = Counter(_key(v) for v in there)
    wanted: Counter[Hashable] = Counter()
    for key in mine.keys() | theirs.keys():
        b, m, t = was[key], mine[key], theirs[key]
        if before is _MISSING or not isinstance(before, list):
            wanted[key] = max(m, t)
        elif m == b:
            wanted[key] = t
        elif t == b:
            wanted[key] = m
        else:
            wanted[key] = max(m, t)
    out: list[Any] = []
    used: Counter[Hashable] = Counter()
    for value in [*here, *there]:
        key = _key(value)
        if used[key] < wanted[key]:
            used[key] += 1
            out.append(value)
    return out


def _merge_map(
    name: str, before: Any, here: dict[str, Any], there: dict[str, Any], conflicts: list[Conflict]
) -> dict[str, Any]:
    was: dict[str, Any] = before if isinstance(before, dict) else {}
    have_base = isinstance(before, dict)
    out: dict[str, Any] = {}
    for key in dict.fromkeys([*here, *there]):
        in_mine, in_theirs = key in here, key in there
        if in_mine and in_theirs:
            value, conflict = _merge_scalar(
                was.get(key, _MISSING) if have_base else _MISSING, here[key], there[key], _MISSING
            )
            out[key] = value
            if conflict:
                conflicts.append(Conflict(f"{name}:{key}", here[key], there[key], was.get(key)))
        elif in_mine:
            # the other side removed it (it was there before): gone, unless changed here
            if not have_base or key not in was or was[key] != here[key]:
                out[key] = here[key]
        elif not have_base or key not in was or was[key] != there[key]:
            out[key] = there[key]
    return out
