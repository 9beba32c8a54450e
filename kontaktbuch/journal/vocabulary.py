"""The fixed vocabularies of the domain, stored in the database as these codes.

Labels for people live in ``kontaktbuch.text.labels`` (translated); the codes here
never change once shipped, because they are in users' files and archives.
"""

from __future__ import annotations

NETWORK_KINDS: tuple[str, ...] = (
    "association",
    "founders",
    "women",
    "expats",
    "alumni",
    "hobby",
    "online",
    "volunteering",
    "other",
)

CHANNELS: tuple[str, ...] = (
    "in_person",
    "phone",
    "video",
    "email",
    "linkedin",
    "xing",
    "facebook",
    "other",
)

OUTCOME_KINDS: tuple[str, ...] = (
    "insight",
    "market_news",
    "industry_internals",
    "trend",
    "law_change",
    "personnel_change",
    "strategy_learned",
    "recommendation_given",
    "recommendation_received",
    "support_given",
    "support_received",
    "opportunity",
    "other",
)

GOAL_KINDS: tuple[str, ...] = (
    "visibility",
    "experience_exchange",
    "new_job",
    "clients",
    "recommendations",
    "knowledge",
    "motivation",
    "engagement",
    "other",
)

PERIODS: tuple[str, ...] = ("week", "month", "quarter", "year")

GOAL_STATUSES: tuple[str, ...] = ("active", "paused", "done", "dropped")

TARGET_KINDS: tuple[str, ...] = ("conversations", "new_contacts", "outcomes")

VERDICTS: tuple[str, ...] = ("more", "same", "less", "differently")

LINK_KINDS: tuple[str, ...] = ("linkedin", "xing", "facebook", "website", "other")

ENJOYMENT_RANGE = range(1, 6)


def link_kind_for_url(url: str) -> str:
    """Recognise a profile link from its address (LinkedIn, XING, Facebook, website)."""
    lowered = url.strip().lower()
    for marker, kind in (
        ("linkedin.com", "linkedin"),
        ("lnkd.in", "linkedin"),
        ("xing.com", "xing"),
        ("facebook.com", "facebook"),
        ("fb.com", "facebook"),
    ):
        if marker in lowered:
            return kind
    if lowered.startswith(("http://", "https://", "www.")):
        return "website"
    return "other"


# how two contacts are related; "other" carries a free label. "introduced_by" is
# directed (the contact was introduced by the other), the rest are mutual.
RELATIONSHIP_KINDS: tuple[str, ...] = ("introduced_by", "works_with", "knows", "family", "other")

# what the user decided about a proposed introduction
INTRODUCTION_STATUSES: tuple[str, ...] = ("made", "postponed", "dismissed")
