"""What the words typed into a capture mean: which contacts, which event.

A typed name is folded (case, umlauts, accents) and compared with every
contact's name; when nobody has exactly that name, close spellings are offered
before a new contact is made ("Meier"/"Maier", "J. Schröder"). A typed event
title means an event with the same title on the same day. Quick capture asks
the user only where these rules leave a choice (:attr:`TypedName.candidates`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kontaktbuch.journal.choices import Choice, active_goals, contact_choices_for, events_on
from kontaktbuch.journal.conversations.capture import NewEvent
from kontaktbuch.journal.names import display_name, fold_name_for_matching, split_name
from kontaktbuch.store.models import database_proxy


@functools.lru_cache(maxsize=32_768)
def _folded(text: str) -> str:
    """:func:`fold_name_for_matching`, remembered: duplicate checks fold every contact's name."""
    return fold_name_for_matching(text)


def _names() -> list[tuple[int, str, str]]:
    """(id, name without prefix, shown name) of every contact: the lean rows name checks scan.

    A typed name is compared with the name without its prefix ("Anna Müller"
    means "Dr. Anna Müller"), and with the name as shown.
    """
    rows = database_proxy.execute_sql(
        "SELECT id, prefix, first_name, last_name, organisation FROM contact"
    ).fetchall()
    return [
        (int(i), display_name("", f, la, o), display_name(p, f, la, o)) for i, p, f, la, o in rows
    ]


def find_contacts_by_name(name: str) -> list[Choice]:
    """Contacts whose name (or an e-mail address) equals ``name`` after folding."""
    key = fold_name_for_matching(name)
    if not key:
        return []
    address = name.strip().casefold()
    by_email = {
        int(cid)
        for cid, email in database_proxy.execute_sql(
            "SELECT contact_id, address FROM contact_email"
        ).fetchall()
        if email.strip().casefold() == address
    }
    found = [
        cid
        for cid, plain, shown in _names()
        if cid in by_email or key in (_folded(plain), _folded(shown))
    ]
    return contact_choices_for(found, by_name=True)


def similar_contacts(name: str, limit: int = 5) -> list[Choice]:
    """Existing contacts whose names look like ``name``: a check before creating one.

    Same folded name, the same last name with a matching first initial, or a
    close spelling ("Meier"/"Maier", "Jörg"/"Joerg"). Similarity is difflib's
    ratio; its cheap upper bounds (``real_quick_ratio``, ``quick_ratio``) rule
    out most of a decade's 10,000 contacts before the full comparison.
    """
    key = fold_name_for_matching(name)
    if not key:
        return []
    first, last = split_name(key)
    scored: list[tuple[float, int, str]] = []

    def ratio(a: str, b: str) -> float:
        return difflib.SequenceMatcher(None, a, b).ratio()

    def at_least(a: str, b: str, threshold: float) -> float | None:
        """The ratio of ``a`` and ``b`` if it reaches ``threshold``, else None."""
        matcher = difflib.SequenceMatcher(None, a, b)
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            return None
        score = matcher.ratio()
        return score if score >= threshold else None

    for cid, label, _shown in _names():
        other = _folded(label)
        if other == key:
            scored.append((1.0, cid, label))
            continue
        o_first, o_last = split_name(other)
        if not last or not o_last:
            score = at_least(key, other, 0.85)
            if score is not None:
                scored.append((score, cid, label))
            continue
        last_score = at_least(last, o_last, 0.8)
        if last_score is None:
            continue
        first_ok = (
            first[:1] == o_first[:1] or ratio(first, o_first) >= 0.8 or first.rstrip(".") in o_first
        )
        if first_ok:
            scored.append(((last_score + ratio(first, o_first)) / 2, cid, label))
    scored.sort(key=lambda entry: (-entry[0], entry[2]))
    return contact_choices_for([cid for _score, cid, _label in scored[:limit]])


# --- names and events typed into a capture -------------------------------------------


def typed_names(text: str) -> list[str]:
    """The names of a comma-separated field ("Anna Müller, Kemal"), trimmed, empties dropped."""
    return [part.strip() for part in text.split(",") if part.strip()]


@dataclass(frozen=True)
class TypedName:
    """What one typed name means: one contact, or candidates to choose from, or nobody yet."""

    name: str
    # the one contact the name means, when that is certain
    contact_id: int | None = None
    # several contacts have exactly this name
    same_name: tuple[Choice, ...] = ()
    # nobody has this name; these contacts' names look like it
    similar: tuple[Choice, ...] = ()

    @property
    def candidates(self) -> tuple[Choice, ...]:
        """Whom to offer before making a new contact (empty when certain, or nobody is alike)."""
        return self.same_name or self.similar


def resolve_name(name: str, picked: Mapping[str, int] | None = None) -> TypedName:
    """What ``name`` means: a contact picked from the completion for exactly this text, else
    the one contact of that name (or e-mail address), else several of that name to
    choose from, else contacts with similar names — or nobody, so a new contact."""
    if picked and name in picked:
        return TypedName(name, picked[name])
    found = find_contacts_by_name(name)
    if len(found) == 1:
        return TypedName(name, found[0].id)
    if found:
        return TypedName(name, same_name=tuple(found))
    return TypedName(name, similar=tuple(similar_contacts(name)))


def same_event(title: str, day: dt.date, events: Iterable[Choice]) -> int | None:
    """The event of ``events`` a typed title means: the same title (folded) on the same day."""
    key = fold_name_for_matching(title)
    for event in events:
        if (
            fold_name_for_matching(event.label) == key
            and event.when is not None
            and event.when.date() == day
        ):
            return event.id
    return None


def capture_event(
    title: str,
    when: dt.datetime,
    events: Iterable[Choice] | None = None,
    picked: tuple[int, str] | None = None,
) -> tuple[int | None, NewEvent | None]:
    """The event a capture belongs to, as (existing event's id, event to create).

    No title: neither. The event picked from the completion, while its title is
    still the one typed; else the same event (:func:`same_event`) of ``events``,
    by default the journal's events of that day; else a new event with that title
    at ``when``. Quick capture and ``kontaktbuch log`` both decide here.
    """
    title = title.strip()
    if not title:
        return None, None
    if picked is not None and picked[1] == title:
        return picked[0], None
    if events is None:
        events = events_on(when.date())
    existing = same_event(title, when.date(), events)
    if existing is not None:
        return existing, None
    return None, NewEvent(title, when)


# --- goals named on the command line ---------------------------------------------------


@dataclass(frozen=True)
class TypedGoal:
    """What a typed goal title means: one goal, or nothing (with titles that look alike)."""

    title: str
    goal_id: int | None = None
    # goals whose titles look like the one typed, best first (when none is that title)
    near: tuple[Choice, ...] = ()


def resolve_goal(title: str, goals: Iterable[Choice] | None = None) -> TypedGoal:
    """The goal ``title`` names among ``goals`` — by default the active goals, the
    ones quick capture offers to tick: the same title (case, umlauts and spacing
    folded), else none, with the titles that contain it or look like it."""
    offered = list(active_goals() if goals is None else goals)
    key = fold_name_for_matching(title)
    if not key:
        return TypedGoal(title)
    for goal in offered:
        if fold_name_for_matching(goal.label) == key:
            return TypedGoal(title, goal.id)
    scored: list[tuple[float, Choice]] = []
    for goal in offered:
        other = fold_name_for_matching(goal.label)
        score = difflib.SequenceMatcher(None, key, other).ratio()
        if key in other or other in key:
            score = max(score, 0.9)
        if score >= 0.6:
            scored.append((score, goal))
    scored.sort(key=lambda entry: (-entry[0], entry[1].label))
    return TypedGoal(title, near=tuple(goal for _score, goal in scored[:5]))
