"""Relationships in vCards: ``RELATED`` (vCard 4.0) and Apple's ``X-ABRELATEDNAMES``
(vCard 3.0), read and written.

vCard 4.0 (RFC 6350) has ``RELATED`` with a ``TYPE`` (``co-worker``,
``acquaintance``, ``kin``, ``friend``, ``spouse`` …) and a URI or, with
``VALUE=text``, a name. vCard 3.0 has no such property; Apple's address book,
DAVx⁵ (for Android) and Nextcloud write ``itemN.X-ABRELATEDNAMES:Name`` with
``itemN.X-ABLabel:`` naming the relation — Apple's own labels look like
``_$!<Friend>!$_``, other programs write the label as plain text. We write the
name as text in both (our contacts have no shared UIDs with other address
books), and read all three forms.

Our kinds map as: works with = ``co-worker``, knows = ``acquaintance``, family =
``kin``, introduced by = ``x-introduced-by`` (RFC 6350 allows ``x-`` types), a
free label = the label itself. Read back, RFC and Apple types map onto our kinds
(``colleague``, ``friend``, ``spouse``, ``_$!<Mother>!$_`` …); anything else
becomes a free label. A ``urn:uuid:`` value names nobody we can find and is
reported, not guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

# our kind -> the TYPE / label written
WRITTEN: dict[str, str] = {
    "works_with": "co-worker",
    "knows": "acquaintance",
    "family": "kin",
    "introduced_by": "x-introduced-by",
}

# a TYPE or label read (lower case, Apple's markers removed) -> our kind
READ: dict[str, str] = {
    "co-worker": "works_with",
    "coworker": "works_with",
    "colleague": "works_with",
    "manager": "works_with",
    "assistant": "works_with",
    "acquaintance": "knows",
    "friend": "knows",
    "contact": "knows",
    "met": "knows",
    "neighbor": "knows",
    "kin": "family",
    "child": "family",
    "parent": "family",
    "sibling": "family",
    "spouse": "family",
    "mother": "family",
    "father": "family",
    "brother": "family",
    "sister": "family",
    "partner": "family",
    "x-introduced-by": "introduced_by",
}


@dataclass(frozen=True)
class RelatedRef:
    """A relationship named on a card: the other person's name, our kind, a label."""

    name: str
    kind: str
    label: str = ""


def kind_of(label: str) -> tuple[str, str]:
    """(kind, label) for a TYPE or an X-ABLabel as read ("_$!<Friend>!$_" -> knows)."""
    text = label.strip()
    if text.startswith("_$!<") and text.endswith(">!$_"):
        text = text[4:-4]
    kind = READ.get(text.lower())
    if kind is not None:
        return kind, ""
    return ("other", text) if text else ("knows", "")


def type_of(kind: str, label: str) -> str:
    """The TYPE (4.0) or X-ABLabel (3.0) written for one of our relationships."""
    return label if kind == "other" else WRITTEN.get(kind, "acquaintance")
