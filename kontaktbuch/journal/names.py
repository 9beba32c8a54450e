"""Showing and comparing people's names the way a person would.

A contact's name is shown by one rule everywhere (lists, the log, reminders,
imports, exports): :func:`display_name` in Python and :func:`display_name_sql`
where a query builds the name itself; a test keeps both in step.

"Müller" and "Mueller", "Yıldız" and "Yildiz", "Jörg" and "Joerg" are the same
name written differently. :func:`fold` maps all of them onto one key, so the
duplicate finder, imports and quick capture agree on who is who;
:func:`fold_name_for_matching` is the gentler key for names a person types.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

# what :func:`display_name` shows for a contact without a name or organisation
NO_NAME = "?"

_TRANSLITERATE = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "ı": "i",
        "æ": "ae",
        "ø": "oe",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
    }
)
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
_TITLES = {
    "dr",
    "prof",
    "mba",
    "dipl",
    "ing",
    "phd",
    "msc",
    "bsc",
    "ll",
    "m",
    "mag",
    "herr",
    "frau",
}


def fold(text: str) -> str:
    """Lower-case ASCII form of a name: umlauts spelled out, other accents dropped."""
    lowered = text.casefold().translate(_TRANSLITERATE)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_only = ascii_only.encode("ascii", "ignore").decode("ascii")
    return _NOT_LETTERS.sub(" ", ascii_only).strip()


# spelled-out letters and what else they may stand for in a word typed to search:
# "ue" for "ü" (which the search index keeps as "u"), "ss" for "ß"
_READINGS = {"ae": "a", "oe": "o", "ue": "u", "ss": "ß"}
_SPELLED = re.compile("|".join(_READINGS))
# at most this many spelled-out places of one word are read both ways (2**4 spellings)
_MAX_READINGS = 4


def spellings(word: str) -> list[str]:
    """The ways a typed word may be written in the journal, for the search.

    The word as typed; spelled out as :func:`fold` spells it ("Müller" →
    "mueller", "Yıldız" → "yildiz", "Straße" → "strasse"); and each "ae", "oe",
    "ue", "ss" of that also read as the umlaut or "ß" it may stand for
    ("gruenderinnen" → "grunderinnen", the form the search index keeps for
    "Gründerinnen"). Lower case; the first one is the word as typed.
    """
    typed = word.lower()
    spelled = fold(word).replace(" ", "")
    found = [typed]
    if not spelled:
        return found
    places = [m.span() for m in _SPELLED.finditer(spelled)][:_MAX_READINGS]
    for choice in range(1 << len(places)):
        out, last = [], 0
        for bit, (start, end) in enumerate(places):
            out.append(spelled[last:start])
            pair = spelled[start:end]
            out.append(_READINGS[pair] if choice >> bit & 1 else pair)
            last = end
        out.append(spelled[last:])
        found.append("".join(out))
    return list(dict.fromkeys(found))


def name_key(first_name: str, last_name: str) -> str:
    """One key per person's name, ignoring titles, order of parts and emoji."""
    words = [w for w in fold(f"{first_name} {last_name}").split() if w not in _TITLES]
    return " ".join(sorted(words))


def split_name(full: str) -> tuple[str, str]:
    """ "Anna Müller" -> ("Anna", "Müller"); "Müller, Anna" -> ("Anna", "Müller")."""
    text = " ".join(full.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    if " " not in text:
        return text, ""
    first, _, last = text.rpartition(" ")
    return first, last


def display_name(prefix: str, first_name: str, last_name: str, organisation: str = "") -> str:
    """How a contact is shown: "Dr. Anna Müller"; the organisation when there is no name.

    The prefix (a title such as "Dr." or "Prof.") belongs to the name the user
    keeps for a person, so it is shown wherever the name is. A contact with
    neither a name nor an organisation (possible only through raw data) shows
    :data:`NO_NAME`. Each part is trimmed of white space.
    """
    name = " ".join(p for p in (first_name.strip(), last_name.strip()) if p)
    if not name:
        return organisation.strip() or NO_NAME
    return f"{prefix.strip()} {name}".strip()


class NameParts(Protocol):
    """What a contact's name is made of: a stored contact or a :class:`ContactData`."""

    @property
    def prefix(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def organisation(self) -> str: ...


def display_name_of(contact: NameParts) -> str:
    """:func:`display_name` of a contact's own fields."""
    return display_name(contact.prefix, contact.first_name, contact.last_name, contact.organisation)


# the white space :func:`display_name_sql` trims (SQLite's TRIM trims only spaces):
# space, tab, line breaks, form feed and no-break space
_SPACE = "char(32, 9, 10, 11, 12, 13, 160)"


def display_name_sql(alias: str) -> str:
    """:func:`display_name` as an SQL expression over the contact table aliased ``alias``.

    For queries that build names in SQL (group_concat of a conversation's
    people); ``tests/journal/test_names.py`` checks it agrees with the Python rule.
    """

    def trimmed(column: str) -> str:
        return f"TRIM({alias}.{column}, {_SPACE})"

    name = f"TRIM({trimmed('first_name')} || ' ' || {trimmed('last_name')})"
    return (
        f"(CASE WHEN {name} = '' "
        f"THEN COALESCE(NULLIF({trimmed('organisation')}, ''), '{NO_NAME}') "
        f"ELSE LTRIM({trimmed('prefix')} || ' ' || {name}) END)"
    )


_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})


def fold_name_for_matching(text: str) -> str:
    """A name reduced for comparing: case, umlauts (ä→ae) and other accents folded.

    "Jörg Schröder", "joerg schroeder" and "JÖRG  SCHRÖDER" all give the same key.
    Unlike :func:`fold` it keeps punctuation and letters outside ASCII, so
    "J. Schröder" stays an initial and a surname for the similarity check.
    """
    lowered = " ".join(text.casefold().split()).translate(_TRANSLITERATION)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
