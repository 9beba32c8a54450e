"""Comparing people's names the way a person would.

"Müller" and "Mueller", "Yıldız" and "Yildiz", "Jörg" and "Joerg" are the same
name written differently. :func:`fold` maps all of them onto one key, so the
duplicate finder, imports and quick capture agree on who is who.
"""

from __future__ import annotations

import re
import unicodedata

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
