"""Introductions: where one contact's seek meets another's offer (or the user's).

- :mod:`.terms` — the words of offers and seeks, folded and stemmed (pure).
- :mod:`.proposals` — the index and the ranked proposals; who offers a seek.
- :mod:`.decisions` — make, postpone, dismiss.
"""

from __future__ import annotations

from kontaktbuch.journal.introductions.decisions import (
    POSTPONE_DAYS,
    BadKey,
    Introduction,
    decision,
    dismiss,
    make,
    postpone,
)
from kontaktbuch.journal.introductions.proposals import (
    ME,
    Journal,
    Match,
    Offerer,
    Proposal,
    find_proposals,
    pair_key,
    parse_key,
    proposals,
    read_journal,
    who_offers,
)

__all__ = [
    "ME",
    "POSTPONE_DAYS",
    "BadKey",
    "Introduction",
    "Journal",
    "Match",
    "Offerer",
    "Proposal",
    "decision",
    "dismiss",
    "find_proposals",
    "make",
    "pair_key",
    "parse_key",
    "postpone",
    "proposals",
    "read_journal",
    "who_offers",
]
