"""How introductions and relationships are worded, in the window and on the command
line: "Anna Müller sucht „eine Steuerberaterin“ – Bernd Braun bietet „Steuerberatung“".

Only QtCore (translation), so the CLI words them without a screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from kontaktbuch.journal.introductions import ME, Introduction, Match, Proposal
from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP

_CTX = "introductions"

# a relationship as seen from the contact that holds it, and from the other side
RELATIONSHIP_LABELS: dict[str, tuple[str, str]] = {
    "introduced_by": (
        QT_TRANSLATE_NOOP("introductions", "Introduced by"),
        QT_TRANSLATE_NOOP("introductions", "Introduced"),
    ),
    "works_with": (
        QT_TRANSLATE_NOOP("introductions", "Works with"),
        QT_TRANSLATE_NOOP("introductions", "Works with"),
    ),
    "knows": (
        QT_TRANSLATE_NOOP("introductions", "Knows"),
        QT_TRANSLATE_NOOP("introductions", "Knows"),
    ),
    "family": (
        QT_TRANSLATE_NOOP("introductions", "Family"),
        QT_TRANSLATE_NOOP("introductions", "Family"),
    ),
    "other": (
        QT_TRANSLATE_NOOP("introductions", "Other"),
        QT_TRANSLATE_NOOP("introductions", "Other"),
    ),
}


def relationship_label(kind: str, label: str = "", *, reverse: bool = False) -> str:
    """ "Introduced by", or the free label of a relationship of kind "other"."""
    if kind == "other" and label:
        return label
    pair = RELATIONSHIP_LABELS.get(kind)
    return QCoreApplication.translate(_CTX, pair[1 if reverse else 0]) if pair else kind


def me() -> str:
    """How the user is named in a proposal."""
    return QCoreApplication.translate("introductions", "You")


def name_of(proposal: Proposal, contact_id: int) -> str:
    if contact_id == ME:
        return me()
    return proposal.first_name if contact_id == proposal.first_id else proposal.second_name


def match_sentence(proposal: Proposal, match: Match) -> str:
    """ "Anna sucht „eine Steuerberaterin“ – Bernd bietet „Steuerberatung für Gründer“"."""
    if match.seeker_id == ME:
        text = QCoreApplication.translate("introductions", "You seek “%1” – %2 offers “%3”")
        return (
            text.replace("%1", match.seek)
            .replace("%2", name_of(proposal, match.offerer_id))
            .replace("%3", match.offer)
        )
    if match.offerer_id == ME:
        text = QCoreApplication.translate("introductions", "%1 seeks “%2” – you offer “%3”")
        return (
            text.replace("%1", name_of(proposal, match.seeker_id))
            .replace("%2", match.seek)
            .replace("%3", match.offer)
        )
    text = QCoreApplication.translate("introductions", "%1 seeks “%2” – %3 offers “%4”")
    return (
        text.replace("%1", name_of(proposal, match.seeker_id))
        .replace("%2", match.seek)
        .replace("%3", name_of(proposal, match.offerer_id))
        .replace("%4", match.offer)
    )


def words_text(match: Match) -> str:
    """The words that met: "Steuerberaterin ≈ Steuerberatung"."""
    return ", ".join(a if a.casefold() == b.casefold() else f"{a} ≈ {b}" for a, b in match.words)


def topic(proposal: Proposal) -> str:
    """What the introduction is about, in the people's own words (the offers)."""
    return "; ".join(dict.fromkeys(m.offer for m in proposal.matches))


def introduction(proposal: Proposal, due: dt.date) -> Introduction:
    """The note, outcome and follow-ups of making ``proposal``, in the user's language."""
    first, second = proposal.first_name, proposal.second_name
    about = topic(proposal)
    if proposal.with_me:
        contact = proposal.second_id
        offers_to_me = any(m.offerer_id == contact for m in proposal.matches)
        text = (
            QCoreApplication.translate("introductions", "Ask %1 about: %2")
            if offers_to_me
            else QCoreApplication.translate("introductions", "Offer %1: %2")
        )
        seek = "; ".join(
            dict.fromkeys(m.seek if m.seeker_id == ME else m.offer for m in proposal.matches)
        )
        follow = text.replace("%1", second).replace("%2", seek)
        return Introduction(note="", outcome="", follow_up={contact: follow}, due=due)
    note = QCoreApplication.translate("introductions", "Introduced %1 and %2 to each other (%3)")
    outcome = QCoreApplication.translate("introductions", "Introduction: %1 and %2 – %3")
    ask = QCoreApplication.translate("introductions", "Ask %1 how the introduction to %2 went")
    return Introduction(
        note=note.replace("%1", first).replace("%2", second).replace("%3", about),
        outcome=outcome.replace("%1", first).replace("%2", second).replace("%3", about),
        follow_up={
            proposal.first_id: ask.replace("%1", first).replace("%2", second),
            proposal.second_id: ask.replace("%1", second).replace("%2", first),
        },
        due=due,
    )
