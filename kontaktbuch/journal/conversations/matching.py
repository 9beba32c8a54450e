"""Which contacts a name typed into a capture or the command line means.

A typed name is folded (case, umlauts, accents) and compared with every
contact's name; when nobody has exactly that name, close spellings are offered
before a new contact is made ("Meier"/"Maier", "J. Schröder").
"""

from __future__ import annotations

import difflib
import functools

from kontaktbuch.journal.choices import Choice, contact_choices_for
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
