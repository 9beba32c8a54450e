"""Translated labels for the domain's codes (channels, kinds, periods, …).

The codes live in ``journal.vocabulary``; the words a person reads live here,
marked with ``QT_TRANSLATE_NOOP`` so lupdate finds them and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kontaktbuch.text.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

NETWORK_KINDS = {
    "association": QT_TRANSLATE_NOOP("labels", "Association"),
    "founders": QT_TRANSLATE_NOOP("labels", "Founders' group"),
    "women": QT_TRANSLATE_NOOP("labels", "Women's network"),
    "expats": QT_TRANSLATE_NOOP("labels", "Expats"),
    "alumni": QT_TRANSLATE_NOOP("labels", "Alumni"),
    "hobby": QT_TRANSLATE_NOOP("labels", "Hobby"),
    "online": QT_TRANSLATE_NOOP("labels", "Online network"),
    "volunteering": QT_TRANSLATE_NOOP("labels", "Volunteering"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

CHANNELS = {
    "in_person": QT_TRANSLATE_NOOP("labels", "In person"),
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "video": QT_TRANSLATE_NOOP("labels", "Video"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "linkedin": QT_TRANSLATE_NOOP("labels", "LinkedIn"),
    "xing": QT_TRANSLATE_NOOP("labels", "XING"),
    "facebook": QT_TRANSLATE_NOOP("labels", "Facebook"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

OUTCOME_KINDS = {
    "insight": QT_TRANSLATE_NOOP("labels", "Insight"),
    "market_news": QT_TRANSLATE_NOOP("labels", "Market news"),
    "industry_internals": QT_TRANSLATE_NOOP("labels", "Industry internals"),
    "trend": QT_TRANSLATE_NOOP("labels", "Trend"),
    "law_change": QT_TRANSLATE_NOOP("labels", "Change in law"),
    "personnel_change": QT_TRANSLATE_NOOP("labels", "Personnel change"),
    "strategy_learned": QT_TRANSLATE_NOOP("labels", "Strategy learned"),
    "recommendation_given": QT_TRANSLATE_NOOP("labels", "Recommendation given"),
    "recommendation_received": QT_TRANSLATE_NOOP("labels", "Recommendation received"),
    "support_given": QT_TRANSLATE_NOOP("labels", "Support given"),
    "support_received": QT_TRANSLATE_NOOP("labels", "Support received"),
    "opportunity": QT_TRANSLATE_NOOP("labels", "Opportunity"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

GOAL_KINDS = {
    "visibility": QT_TRANSLATE_NOOP("labels", "Visibility"),
    "experience_exchange": QT_TRANSLATE_NOOP("labels", "Exchange of experience"),
    "new_job": QT_TRANSLATE_NOOP("labels", "New job"),
    "clients": QT_TRANSLATE_NOOP("labels", "Clients"),
    "recommendations": QT_TRANSLATE_NOOP("labels", "Recommendations"),
    "knowledge": QT_TRANSLATE_NOOP("labels", "Knowledge"),
    "motivation": QT_TRANSLATE_NOOP("labels", "Motivation"),
    "engagement": QT_TRANSLATE_NOOP("labels", "Engagement"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

PERIODS = {
    "week": QT_TRANSLATE_NOOP("labels", "Week"),
    "month": QT_TRANSLATE_NOOP("labels", "Month"),
    "quarter": QT_TRANSLATE_NOOP("labels", "Quarter"),
    "year": QT_TRANSLATE_NOOP("labels", "Year"),
}

GOAL_STATUSES = {
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "paused": QT_TRANSLATE_NOOP("labels", "Paused"),
    "done": QT_TRANSLATE_NOOP("labels", "Completed"),
    "dropped": QT_TRANSLATE_NOOP("labels", "Dropped"),
}

TARGET_KINDS = {
    "conversations": QT_TRANSLATE_NOOP("labels", "Conversations"),
    "new_contacts": QT_TRANSLATE_NOOP("labels", "New contacts"),
    "outcomes": QT_TRANSLATE_NOOP("labels", "Outcomes"),
}

VERDICTS = {
    "more": QT_TRANSLATE_NOOP("labels", "More"),
    "same": QT_TRANSLATE_NOOP("labels", "The same"),
    "less": QT_TRANSLATE_NOOP("labels", "Less"),
    "differently": QT_TRANSLATE_NOOP("labels", "Differently"),
}

# why an imported contact may be one already in the journal (the import's "Found by")
MATCH_REASONS = {
    "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "link": QT_TRANSLATE_NOOP("labels", "profile link"),
    "name": QT_TRANSLATE_NOOP("labels", "similar name"),
}

LINK_KINDS = {
    "linkedin": QT_TRANSLATE_NOOP("labels", "LinkedIn"),
    "xing": QT_TRANSLATE_NOOP("labels", "XING"),
    "facebook": QT_TRANSLATE_NOOP("labels", "Facebook"),
    "website": QT_TRANSLATE_NOOP("labels", "Website"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}


def label(table: dict[str, str], code: str | None, context: str = _CONTEXT) -> str:
    """The translated word for ``code`` (the code itself if unknown, never empty); a
    table marked in another translation context than "labels" names it."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source else code


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(code, translated label) pairs in the table's order, for combo boxes."""
    return [(code, label(table, code)) for code in table]
